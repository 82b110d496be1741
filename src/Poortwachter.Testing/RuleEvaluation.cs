using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;

namespace Poortwachter.Testing;

/// <summary>
/// What one host rule produced on a case (see <see cref="RuleHarness"/>): its obligations, milestones and warnings, with
/// lookups that name what is there when something is missing, and the whole assessment it is part of.
/// </summary>
public sealed class RuleEvaluation
{
    internal RuleEvaluation(
        IRule rule,
        Assessment assessment,
        IReadOnlyList<Obligation> obligations,
        IReadOnlyList<Milestone> milestones,
        IReadOnlyList<Warning> warnings
    )
    {
        Rule = rule;
        Assessment = assessment;
        Obligations = obligations;
        Milestones = milestones;
        Warnings = warnings;
    }

    /// <summary>Gets the rule.</summary>
    public IRule Rule { get; }

    /// <summary>Gets the whole assessment the rule ran in.</summary>
    public Assessment Assessment { get; }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AsOf => Assessment.AsOf;

    /// <summary>Gets the obligations the rule produced, ordered by due date.</summary>
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>Gets the milestones the rule produced, ordered by date.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Gets the warnings the rule produced and the engine's warnings about its obligations, most severe first.</summary>
    public IReadOnlyList<Warning> Warnings { get; }

    /// <summary>Returns the rule's own obligation: the one whose kind is the rule's code (its first, when it repeats).</summary>
    /// <returns>The obligation.</returns>
    /// <exception cref="KeyNotFoundException">The rule produced none: the message lists what it produced.</exception>
    public Obligation Obligation() => Obligation(Rule.Descriptor.Code);

    /// <summary>Returns an obligation the rule produced, by kind and occurrence (a non-repeating one is sequence 1).</summary>
    /// <param name="kind">The obligation code.</param>
    /// <param name="sequence">The occurrence, 1 for the first.</param>
    /// <returns>The obligation.</returns>
    /// <exception cref="KeyNotFoundException">The rule produced no such obligation: the message lists what it produced.</exception>
    public Obligation Obligation(string kind, int sequence = 1)
    {
        foreach (var o in Obligations)
        {
            if (string.Equals(o.Kind, kind, StringComparison.Ordinal) && (o.Sequence == sequence || (o.Sequence == 0 && sequence == 1)))
            {
                return o;
            }
        }

        throw new KeyNotFoundException(
            $"Rule '{Rule.Descriptor.Code}' produced no obligation {kind} #{sequence.ToString(CultureInfo.InvariantCulture)} on "
                + $"{AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.{Suggestions.Hint(kind, Kinds(Obligations, o => o.Kind))} "
                + Produced()
        );
    }

    /// <summary>Returns a milestone the rule produced, by kind (the earliest of several).</summary>
    /// <param name="kind">The milestone code.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="KeyNotFoundException">The rule produced no such milestone: the message lists what it produced.</exception>
    public Milestone Milestone(string kind)
    {
        foreach (var m in Milestones)
        {
            if (string.Equals(m.Kind, kind, StringComparison.Ordinal))
            {
                return m;
            }
        }

        throw new KeyNotFoundException(
            $"Rule '{Rule.Descriptor.Code}' produced no milestone '{kind}'.{Suggestions.Hint(kind, Kinds(Milestones, m => m.Kind))} {Produced()}"
        );
    }

    /// <summary>Returns a warning the rule produced or the engine gave about its obligations, by kind (and obligation).</summary>
    /// <param name="kind">The warning code, such as <c>overdue</c>.</param>
    /// <param name="obligation">The obligation code it is about, or null for any.</param>
    /// <returns>The warning (the most severe of several).</returns>
    /// <exception cref="KeyNotFoundException">There is no such warning: the message lists what the rule produced.</exception>
    public Warning Warning(string kind, string? obligation = null) =>
        FindWarning(kind, obligation)
        ?? throw new KeyNotFoundException(
            $"Rule '{Rule.Descriptor.Code}' produced no warning '{kind}'{(obligation is null ? string.Empty : " about " + obligation)}.{Suggestions.Hint(kind, Kinds(Warnings, w => w.Kind))} {Produced()}"
        );

    /// <summary>Returns whether there is a warning of a kind (about an obligation, when given): absence is a fact too.</summary>
    /// <param name="kind">The warning code.</param>
    /// <param name="obligation">The obligation code it is about, or null for any.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool HasWarning(string kind, string? obligation = null) => FindWarning(kind, obligation) is not null;

    /// <summary>The first warning of a kind (about an obligation, when given), or null.</summary>
    private Warning? FindWarning(string kind, string? obligation)
    {
        foreach (var w in Warnings)
        {
            if (
                string.Equals(w.Kind, kind, StringComparison.Ordinal)
                && (obligation is null || string.Equals(w.Obligation, obligation, StringComparison.Ordinal))
            )
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>Returns what the rule produced, one item a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Produced();

    private string Produced()
    {
        var text = new StringBuilder();
        text.Append("It produced");
        if (Obligations.Count + Milestones.Count + Warnings.Count == 0)
        {
            return text.Append(" nothing.").ToString();
        }

        text.Append(':');
        foreach (var o in Obligations)
        {
            text.AppendLine().Append("  obligation ").Append(o);
        }

        foreach (var m in Milestones)
        {
            text.AppendLine().Append("  milestone ").Append(m);
        }

        foreach (var w in Warnings)
        {
            text.AppendLine().Append("  warning ").Append(w);
        }

        return text.ToString();
    }

    private static List<string> Kinds<T>(IReadOnlyList<T> items, Func<T, string> kind)
    {
        var kinds = new List<string>();
        foreach (var item in items)
        {
            kinds.Add(kind(item));
        }

        return kinds;
    }
}
