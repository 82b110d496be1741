using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// What the engine runs for one rule set: its rules with the host's replacements, additions and switches applied, in
/// catalogue order, and its extensions of the end of the wachttijd. Built once per engine.
/// </summary>
internal sealed class RulePlan
{
    private readonly IRule[] _rules;

    // The codes of every rule of the plan: a rule yields obligations under its own code, never under one of these others.
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    private RulePlan(RuleSet set, IRule[] rules, IWachttijdExtension[] extensions)
    {
        Set = set;
        _rules = rules;
        Extensions = extensions;
        foreach (var rule in set.Rules)
        {
            _codes.Add(rule.Descriptor.Code);
        }

        foreach (var rule in rules)
        {
            _codes.Add(rule.Descriptor.Code);
        }

        var byCode = new Dictionary<string, RuleDescriptor>(rules.Length, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            byCode[rule.Descriptor.Code] = rule.Descriptor;
        }

        ByCode = byCode;
        WiaApplicationCode = WiaApplicationOf(rules) ?? WiaApplicationOf(set.Rules);
    }

    /// <summary>Gets the rule set.</summary>
    public RuleSet Set { get; }

    /// <summary>Gets the descriptors of the rules that run, by code: the status judge reads their traits.</summary>
    public IReadOnlyDictionary<string, RuleDescriptor> ByCode { get; }

    /// <summary>
    /// Gets the code of the obligation that is the WIA application (<see cref="RuleDescriptor.IsWiaApplication"/>): of a
    /// rule that runs, else of the rule set's own (a recorded application counts even when its rule is switched off);
    /// null when neither names one.
    /// </summary>
    public string? WiaApplicationCode { get; }

    /// <summary>Gets the extensions of the end of the wachttijd, the rule set's then the host's, in the order they run.</summary>
    public IWachttijdExtension[] Extensions { get; }

    /// <summary>Composes the plan of a rule set under the engine's options.</summary>
    /// <param name="set">The rule set.</param>
    /// <param name="options">The engine's options.</param>
    /// <returns>The plan.</returns>
    public static RulePlan Compose(RuleSet set, PoortwachterOptions options)
    {
        // A host rule replaces the shipped rule with its code, in the shipped rule's place; a host rule with a new
        // code joins after the shipped ones. For one code registered more than once, the last registration counts.
        var hostByCode = new Dictionary<string, IRule>(StringComparer.Ordinal);
        foreach (var rule in options.Rules)
        {
            hostByCode[rule.Descriptor.Code] = rule;
        }

        var composed = new List<IRule>();
        foreach (var rule in set.Rules)
        {
            var code = rule.Descriptor.Code;
            if (hostByCode.TryGetValue(code, out var replacement))
            {
                composed.Add(replacement);
                hostByCode.Remove(code);
            }
            else
            {
                composed.Add(rule);
            }
        }

        foreach (var rule in options.Rules)
        {
            if (hostByCode.TryGetValue(rule.Descriptor.Code, out var last))
            {
                composed.Add(last);
                hostByCode.Remove(rule.Descriptor.Code);
            }
        }

        var active = new List<IRule>(composed.Count);
        foreach (var rule in composed)
        {
            var d = rule.Descriptor;
            if (
                (d.EnabledByDefault || options.EnabledRules.Contains(d.Code))
                && !options.DisabledRules.Contains(d.Code)
                && (d.InForceUntil is not { } until || until >= set.InForceFrom)
            )
            {
                active.Add(rule);
            }
        }

        var extensions = new List<IWachttijdExtension>(set.Extensions.Count + options.Extensions.Count);
        foreach (var extension in set.Extensions)
        {
            // An extension that is also a rule (the AOW age) runs only while that rule does: disabling or replacing the
            // rule switches off both.
            if (extension is not IRule rule || active.Contains(rule))
            {
                extensions.Add(extension);
            }
        }

        extensions.AddRange(options.Extensions);
        return new RulePlan(set, [.. active], [.. extensions]);
    }

    /// <summary>Whether the plan runs a rule for employees past the AOW age in force for this first sick day.</summary>
    /// <param name="firstSickDay">The first sick day of the wachttijd assessed.</param>
    /// <returns><see langword="true"/> when the AOW age can change the case.</returns>
    public bool RunsAowRule(LocalDate firstSickDay)
    {
        foreach (var extension in Extensions)
        {
            if (extension is IAowAgeTerm and IRule rule && rule.Descriptor.AppliesTo(firstSickDay))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rules in force for a case with this first sick day (<see cref="RuleDescriptor.AppliesTo"/>), in catalogue order.</summary>
    /// <param name="firstSickDay">The case's first sick day.</param>
    /// <returns>The rules.</returns>
    public IRule[] RulesFor(LocalDate firstSickDay) => Array.FindAll(_rules, r => r.Descriptor.AppliesTo(firstSickDay));

    /// <summary>Runs the rules in force for the context's case, in catalogue order.</summary>
    /// <param name="context">The context every rule reads.</param>
    /// <returns>What the rules yielded.</returns>
    /// <exception cref="RuleEvaluationException">A rule threw, or yielded an obligation the engine refuses.</exception>
    public RuleOutput Run(RuleContext context)
    {
        var output = new RuleOutput();
        foreach (var rule in _rules)
        {
            RuleGuard.Run(rule, context, output, _codes);
        }

        return output;
    }

    /// <summary>Finds the plan whose rule set applies to a first sick day.</summary>
    /// <param name="plans">The engine's plans.</param>
    /// <param name="firstSickDay">The first sick day.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidCaseException">No rule set applies to that day.</exception>
    public static RulePlan Select(RulePlan[] plans, LocalDate firstSickDay)
    {
        foreach (var plan in plans)
        {
            if (plan.Set.AppliesTo(firstSickDay))
            {
                return plan;
            }
        }

        throw new InvalidCaseException([new CaseProblem("$.firstSickDay", EngineTexts.NoRuleSet(firstSickDay, plans))]);
    }

    private static string? WiaApplicationOf(IEnumerable<IRule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.Descriptor.IsWiaApplication)
            {
                return rule.Descriptor.Code;
            }
        }

        return null;
    }
}
