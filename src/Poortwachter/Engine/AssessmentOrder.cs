using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;

namespace Poortwachter.Engine;

/// <summary>
/// The order of an assessment: obligations by due date (none last), then in the law's order of their codes, then by
/// number; milestones by date; warnings by severity, most severe first. Every sort is stable, so ties keep the order
/// in which the rules gave them.
/// </summary>
internal static class AssessmentOrder
{
    /// <summary>The obligations in the order of the assessment.</summary>
    /// <param name="obligations">What the rules produced.</param>
    /// <param name="ruleSet">The rule set that ran: its <see cref="RuleSet.ObligationCodes"/> are the law's order.</param>
    /// <param name="meter">Counts the comparisons when given.</param>
    /// <returns>The ordered obligations.</returns>
    public static Obligation[] Obligations(
        IReadOnlyList<(Obligation Obligation, RuleDescriptor Rule)> obligations,
        RuleSet ruleSet,
        WorkMeter? meter
    )
    {
        var result = new Obligation[obligations.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = obligations[i].Obligation;
        }

        StableSort.Sort(result, (a, b) => Compare(a, b, ruleSet), meter);
        return result;
    }

    /// <summary>Orders milestones by date, in place.</summary>
    /// <param name="milestones">The milestones.</param>
    /// <param name="meter">Counts the comparisons when given.</param>
    public static void Milestones(List<Milestone> milestones, WorkMeter? meter) =>
        StableSort.Sort(milestones, static (a, b) => a.On.CompareTo(b.On), meter);

    /// <summary>Orders warnings by severity, most severe first, in place.</summary>
    /// <param name="warnings">The warnings.</param>
    /// <param name="meter">Counts the comparisons when given.</param>
    public static void Warnings(List<Warning> warnings, WorkMeter? meter) =>
        StableSort.Sort(warnings, static (a, b) => ((int)b.Severity).CompareTo((int)a.Severity), meter);

    private static int Compare(Obligation a, Obligation b, RuleSet ruleSet)
    {
        var byDue = (a.DueBy ?? LocalDate.MaxIsoValue).CompareTo(b.DueBy ?? LocalDate.MaxIsoValue);
        if (byDue != 0)
        {
            return byDue;
        }

        var byRank = ruleSet.LawOrderOf(a.Kind).CompareTo(ruleSet.LawOrderOf(b.Kind));
        return byRank != 0 ? byRank : a.Sequence.CompareTo(b.Sequence);
    }
}
