using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Rules;

namespace Poortwachter.Testing;

/// <summary>
/// Evaluates a host's own <see cref="IRule"/> on a case, through the public engine exactly as a host runs it (added to the
/// options, replacing a shipped rule with the same code), and shows what the rule produced: its obligations, milestones
/// and warnings, including the engine's warnings about its obligations (overdue, due soon, fulfilled late). A host
/// cannot build a <see cref="RuleContext"/> itself; this is how its rule gets one.
/// </summary>
/// <remarks>
/// What the rule produced is found by assessing the case twice: with the rule, and with its code switched off; what the
/// first assessment has beyond the second is the rule's. A rule replacing a shipped rule is therefore shown with
/// everything that rule's code accounts for.
/// </remarks>
/// <example>
/// <code>
/// var run = new RuleHarness(new ContactOnDay3Rule()).Evaluate(@case, new LocalDate(2025, 9, 10));
/// var contact = run.Obligation();          // the rule's own obligation, kind = its code
/// // contact.DueBy == 2025-09-03, contact.Status == ObligationStatus.Overdue
/// </code>
/// </example>
public sealed class RuleHarness
{
    private readonly PoortwachterEngine _with;
    private readonly PoortwachterEngine _without;
    private readonly CaseReaderOptions _reader = new();

    /// <summary>Initializes a harness for a rule.</summary>
    /// <param name="rule">The rule to evaluate. A rule that is off by default (<see cref="RuleDescriptor.EnabledByDefault"/>)
    /// is switched on.</param>
    /// <param name="options">The engine options to run it under (copied, not changed); null for the defaults.</param>
    /// <exception cref="ArgumentException">The options, with the rule added, do not make an engine (an unknown code).</exception>
    public RuleHarness(IRule rule, PoortwachterOptions? options = null)
    {
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        var code = rule.Descriptor.Code;
        var with = Copy(options).Add(rule);
        if (!rule.Descriptor.EnabledByDefault)
        {
            with.Enable(code);
        }

        _with = new PoortwachterEngine(with);
        _without = new PoortwachterEngine(Copy(options).Add(rule).Disable(code));
        foreach (var r in _with.Options.Rules)
        {
            _reader.AddObligationCode(r.Descriptor.Code);
        }
    }

    /// <summary>Gets the rule.</summary>
    public IRule Rule { get; }

    /// <summary>Gets the engine the rule runs in (the options given, with the rule added).</summary>
    public PoortwachterEngine Engine => _with;

    /// <summary>Evaluates the rule on a case on a date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <returns>What the rule produced.</returns>
    /// <exception cref="InvalidCaseException">The case is not valid.</exception>
    public RuleEvaluation Evaluate(SicknessCase @case, LocalDate asOf)
    {
        var with = _with.Assess(@case ?? throw new ArgumentNullException(nameof(@case)), asOf);
        var without = _without.Assess(@case, asOf);
        return new RuleEvaluation(
            Rule,
            with,
            Beyond(with.Obligations, without.Obligations, ObligationKey),
            Beyond(with.Milestones, without.Milestones, MilestoneKey),
            Beyond(with.Warnings, without.Warnings, WarningKey)
        );
    }

    /// <summary>Evaluates the rule on a case given as the contract's JSON, read strictly; the event types of the rule's
    /// code (and of the options' other host rules) are accepted as obligations done.</summary>
    /// <param name="caseJson">The case document.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <returns>What the rule produced.</returns>
    /// <exception cref="InvalidCaseException">The reader or the engine refuses the case; it lists every problem.</exception>
    public RuleEvaluation Evaluate(string caseJson, LocalDate asOf) =>
        Evaluate(PoortwachterJson.ReadCaseOrThrow(caseJson ?? throw new ArgumentNullException(nameof(caseJson)), _reader), asOf);

    private static PoortwachterOptions Copy(PoortwachterOptions? options) =>
        options is null ? new PoortwachterOptions() : new PoortwachterEngine(options).Options;

    /// <summary>The items of the first list beyond those of the second, compared by value, in the first list's order.</summary>
    private static List<T> Beyond<T>(IReadOnlyList<T> with, IReadOnlyList<T> without, Func<T, string> key)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in without)
        {
            var k = key(item);
            counts[k] = counts.TryGetValue(k, out var n) ? n + 1 : 1;
        }

        var beyond = new List<T>();
        foreach (var item in with)
        {
            var k = key(item);
            if (counts.TryGetValue(k, out var n) && n > 0)
            {
                counts[k] = n - 1;
            }
            else
            {
                beyond.Add(item);
            }
        }

        return beyond;
    }

    private static string ObligationKey(Obligation o) =>
        string.Join("\u001f", o.Kind, o.Sequence, o.DueBy, o.Status, o.FulfilledOn, o.LegalBasis.Citation, o.LegalCharacter, o.Explanation);

    private static string MilestoneKey(Milestone m) => string.Join("\u001f", m.Kind, m.On, m.LegalBasis.Citation, m.Explanation);

    private static string WarningKey(Warning w) => string.Join("\u001f", w.Kind, w.Obligation, w.Sequence, w.Severity, w.Message);
}
