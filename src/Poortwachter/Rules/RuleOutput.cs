using System;
using System.Collections.Generic;
using Poortwachter.Assessments;

namespace Poortwachter.Rules;

/// <summary>Collects what the rules yield for one assessment. Not thread-safe; one per assessment.</summary>
public sealed class RuleOutput
{
    private readonly List<(Obligation Obligation, RuleDescriptor Rule)> _obligations = new(16);
    private readonly List<Milestone> _milestones = new(8);
    private readonly List<Warning> _warnings = [];

    internal RuleOutput() { }

    internal IReadOnlyList<(Obligation Obligation, RuleDescriptor Rule)> Obligations => _obligations;

    internal List<Milestone> Milestones => _milestones;

    internal List<Warning> Warnings => _warnings;

    /// <summary>Adds an obligation; the engine adds the standard overdue, due-soon and late warnings from the rule's descriptor.</summary>
    /// <param name="rule">The descriptor of the rule that yields it.</param>
    /// <param name="obligation">The obligation.</param>
    public void Add(RuleDescriptor rule, Obligation obligation) =>
        _obligations.Add(
            (obligation ?? throw new ArgumentNullException(nameof(obligation)), rule ?? throw new ArgumentNullException(nameof(rule)))
        );

    /// <summary>Adds a milestone.</summary>
    /// <param name="milestone">The milestone.</param>
    public void Add(Milestone milestone) => _milestones.Add(milestone ?? throw new ArgumentNullException(nameof(milestone)));

    /// <summary>Adds a warning.</summary>
    /// <param name="warning">The warning.</param>
    public void Add(Warning warning) => _warnings.Add(warning ?? throw new ArgumentNullException(nameof(warning)));
}
