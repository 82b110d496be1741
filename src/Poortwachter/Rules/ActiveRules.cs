using System.Collections.Generic;

namespace Poortwachter.Rules;

/// <summary>
/// The rules an engine applies to cases of one first sick day: the rule set that governs them and its rules in
/// force, host rules included and switched-off rules left out, in catalogue order (<see cref="PoortwachterEngine.RulesFor"/>).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ActiveRules
{
    internal ActiveRules(RuleSet ruleSet, IReadOnlyList<IRule> rules)
    {
        RuleSet = ruleSet;
        Rules = rules;
    }

    /// <summary>Gets the rule set chosen by the first sick day.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the rules that run, in catalogue order.</summary>
    public IReadOnlyList<IRule> Rules { get; }
}
