using System.Collections.Generic;
using NodaTime;

namespace Poortwachter.Assessments;

/// <summary>
/// The assessment of a case on a date: the wachttijd, every obligation with its due date and status, the
/// milestones, and the warnings about what is at stake.
/// </summary>
public sealed class Assessment
{
    internal Assessment(
        string caseId,
        LocalDate asOf,
        string ruleSet,
        WachttijdSummary wachttijd,
        IReadOnlyList<Obligation> obligations,
        IReadOnlyList<Milestone> milestones,
        IReadOnlyList<Warning> warnings
    )
    {
        CaseId = caseId;
        AsOf = asOf;
        RuleSet = ruleSet;
        Wachttijd = wachttijd;
        Obligations = obligations;
        Milestones = milestones;
        Warnings = warnings;
    }

    /// <summary>Gets the host's identifier of the case.</summary>
    public string CaseId { get; }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the code of the rule set applied, such as <c>wvp-2013</c>.</summary>
    public string RuleSet { get; }

    /// <summary>Gets the wachttijd on the assessment date.</summary>
    public WachttijdSummary Wachttijd { get; }

    /// <summary>Gets the obligations, ordered by due date.</summary>
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>Gets the milestones, ordered by date.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Gets the warnings, most severe first.</summary>
    public IReadOnlyList<Warning> Warnings { get; }
}
