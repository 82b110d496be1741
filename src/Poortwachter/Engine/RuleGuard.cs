using System;
using System.Collections.Generic;
using Poortwachter.Rules;

namespace Poortwachter.Engine;

/// <summary>
/// Runs one rule and holds it to the contract every rule, shipped or host, shares: what it throws is wrapped with its
/// code (<see cref="RuleEvaluationException"/>), its obligations carry its own code, not another rule's, and none falls
/// due before the case's first sick day; its warnings and milestones are marked with its code, so a text of theirs that
/// throws when read names the rule too.
/// </summary>
internal static class RuleGuard
{
    /// <summary>Runs a rule when it is in force for the case's first sick day.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="context">The context every rule reads.</param>
    /// <param name="output">Where the rules write.</param>
    /// <param name="codes">The codes of every rule of the plan: an obligation under one of them belongs to that rule.</param>
    /// <exception cref="RuleEvaluationException">The rule threw, or yielded an obligation the engine refuses.</exception>
    public static void Run(IRule rule, RuleContext context, RuleOutput output, HashSet<string> codes)
    {
        var descriptor =
            rule.Descriptor
            ?? throw new RuleEvaluationException(
                rule.GetType().FullName ?? rule.GetType().Name,
                $"The rule {rule.GetType()} has no Descriptor."
            );
        var code = descriptor.Code;
        var day1 = context.Case.FirstSickDay;
        // A rule in force for part of the rule set's span runs only for the cases its period covers, by first sick day,
        // as the rule set itself is chosen.
        if (!descriptor.AppliesTo(day1))
        {
            return;
        }

        var obligations = output.Obligations.Count;
        var warnings = output.Warnings.Count;
        var milestones = output.Milestones.Count;
        try
        {
            rule.Evaluate(context, output);
        }
        catch (Exception e) when (e is not RuleEvaluationException r || !string.Equals(r.RuleCode, code, StringComparison.Ordinal))
        {
            throw RuleEvaluationException.Threw(code, "Rule", e);
        }

        for (var i = obligations; i < output.Obligations.Count; i++)
        {
            var (obligation, by) = output.Obligations[i];
            Refuse(code, obligation.Kind, codes);
            Refuse(code, by.Code, codes);
            if (obligation.DueBy is { } due && due < day1)
            {
                throw new RuleEvaluationException(
                    code,
                    $"Rule '{code}' yielded obligation '{obligation.Kind}' due on {IsoDates.Format(due)}, before the first sick day {IsoDates.Format(day1)}: an obligation falls due on or after day 1 of the case."
                );
            }
        }

        for (var i = warnings; i < output.Warnings.Count; i++)
        {
            output.Warnings[i].Rule ??= code;
        }

        for (var i = milestones; i < output.Milestones.Count; i++)
        {
            output.Milestones[i].Rule ??= code;
        }
    }

    /// <summary>Refuses an obligation under the code of another rule of the plan.</summary>
    private static void Refuse(string code, string kind, HashSet<string> codes)
    {
        if (!string.Equals(kind, code, StringComparison.Ordinal) && codes.Contains(kind))
        {
            throw new RuleEvaluationException(
                code,
                $"Rule '{code}' yielded an obligation under the code '{kind}', which is another rule's: a rule yields obligations under its own code (to change the rule '{kind}', register a host rule with that code, which replaces it)."
            );
        }
    }
}
