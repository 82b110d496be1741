using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
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

    /// <summary>
    /// Returns the obligation of a kind, and for a repeating obligation (<c>evaluatie</c>, <c>vangnet-ziekmelding</c>,
    /// <c>spoor-2-voortgangsrapportage</c>) its occurrence: <c>assessment.Obligation("evaluatie", 3)</c>. An obligation that
    /// does not repeat (its <see cref="Assessments.Obligation.Sequence"/> is 0) is its own sequence 1.
    /// </summary>
    /// <param name="kind">The obligation code, such as <c>plan-van-aanpak</c> (<see cref="ObligationCodes"/>).</param>
    /// <param name="sequence">The occurrence, 1 for the first (the default).</param>
    /// <returns>The obligation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No obligation of that kind (the message lists the kinds present and the
    /// nearest one), or not that occurrence (the message lists the sequences present).</exception>
    public Obligation Obligation(string kind, int sequence = 1) =>
        TryGetObligation(kind, sequence, out var obligation)
            ? obligation
            : throw new KeyNotFoundException(MissingObligation(kind, sequence));

    /// <summary>Finds the obligation of a kind and occurrence (see <see cref="Obligation(string, int)"/>).</summary>
    /// <param name="kind">The obligation code.</param>
    /// <param name="sequence">The occurrence, 1 for the first or for an obligation that does not repeat.</param>
    /// <param name="obligation">The obligation, or null.</param>
    /// <returns><see langword="true"/> when it is in the assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public bool TryGetObligation(string kind, int sequence, [NotNullWhen(true)] out Obligation? obligation)
    {
        ThrowIfNull(kind);
        var obligations = Obligations;
        for (var i = 0; i < obligations.Count; i++)
        {
            var o = obligations[i];
            if (string.Equals(o.Kind, kind, StringComparison.Ordinal) && (o.Sequence == sequence || (o.Sequence == 0 && sequence == 1)))
            {
                obligation = o;
                return true;
            }
        }

        obligation = null;
        return false;
    }

    /// <summary>Finds the obligation of a kind (its first occurrence when it repeats).</summary>
    /// <param name="kind">The obligation code.</param>
    /// <param name="obligation">The obligation, or null.</param>
    /// <returns><see langword="true"/> when it is in the assessment.</returns>
    public bool TryGetObligation(string kind, [NotNullWhen(true)] out Obligation? obligation) => TryGetObligation(kind, 1, out obligation);

    /// <summary>
    /// Returns the milestone of a kind, such as <c>einde-wachttijd</c> (<see cref="MilestoneCodes"/>). A kind given more
    /// than once (UWV's decision on each herstelmelding) returns the earliest; <see cref="Milestones"/> holds them all, by
    /// date.
    /// </summary>
    /// <param name="kind">The milestone code.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No milestone of that kind: the message lists the kinds present and the nearest
    /// one.</exception>
    public Milestone Milestone(string kind) =>
        TryGetMilestone(kind, out var milestone)
            ? milestone
            : throw new KeyNotFoundException(Missing("milestone", kind, KindsOf(Milestones, m => m.Kind)));

    /// <summary>Finds the milestone of a kind (the earliest, when there are several).</summary>
    /// <param name="kind">The milestone code.</param>
    /// <param name="milestone">The milestone, or null.</param>
    /// <returns><see langword="true"/> when it is in the assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public bool TryGetMilestone(string kind, [NotNullWhen(true)] out Milestone? milestone)
    {
        ThrowIfNull(kind);
        var milestones = Milestones;
        for (var i = 0; i < milestones.Count; i++)
        {
            if (string.Equals(milestones[i].Kind, kind, StringComparison.Ordinal))
            {
                milestone = milestones[i];
                return true;
            }
        }

        milestone = null;
        return false;
    }

    /// <summary>
    /// Returns the warning of a kind, such as <c>overdue</c> (<see cref="WarningCodes"/>), about an obligation when one is
    /// given: <c>assessment.Warning("overdue", "plan-van-aanpak")</c>. Of several, the most severe (the first in
    /// <see cref="Warnings"/>); <see cref="WarningsOf"/> returns them all.
    /// </summary>
    /// <param name="kind">The warning code.</param>
    /// <param name="obligation">The obligation code the warning is about, or null for any.</param>
    /// <returns>The warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such warning: the message lists the warnings present and the nearest
    /// kind.</exception>
    public Warning Warning(string kind, string? obligation = null) =>
        TryGetWarning(kind, obligation, out var warning) ? warning : throw new KeyNotFoundException(MissingWarning(kind, obligation));

    /// <summary>Finds the warning of a kind, about an obligation when one is given (see <see cref="Warning"/>).</summary>
    /// <param name="kind">The warning code.</param>
    /// <param name="obligation">The obligation code the warning is about, or null for any.</param>
    /// <param name="warning">The warning, or null.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public bool TryGetWarning(string kind, string? obligation, [NotNullWhen(true)] out Warning? warning)
    {
        ThrowIfNull(kind);
        var warnings = Warnings;
        for (var i = 0; i < warnings.Count; i++)
        {
            var w = warnings[i];
            if (
                string.Equals(w.Kind, kind, StringComparison.Ordinal)
                && (obligation is null || string.Equals(w.Obligation, obligation, StringComparison.Ordinal))
            )
            {
                warning = w;
                return true;
            }
        }

        warning = null;
        return false;
    }

    /// <summary>Returns every warning of a kind, most severe first; empty when there is none (absence is a fact too).</summary>
    /// <param name="kind">The warning code.</param>
    /// <returns>The warnings.</returns>
    public IReadOnlyList<Warning> WarningsOf(string kind)
    {
        List<Warning>? found = null;
        var warnings = Warnings;
        for (var i = 0; i < warnings.Count; i++)
        {
            if (string.Equals(warnings[i].Kind, kind, StringComparison.Ordinal))
            {
                (found ??= []).Add(warnings[i]);
            }
        }

        return found ?? (IReadOnlyList<Warning>)[];
    }

    private string MissingObligation(string kind, int sequence)
    {
        List<string>? sequences = null;
        foreach (var o in Obligations)
        {
            if (string.Equals(o.Kind, kind, StringComparison.Ordinal))
            {
                (sequences ??= []).Add(Math.Max(o.Sequence, 1).ToString(CultureInfo.InvariantCulture));
            }
        }

        return sequences is null
            ? Missing("obligation", kind, KindsOf(Obligations, o => o.Kind))
            : $"Case '{CaseId}' on {IsoDates.Format(AsOf)} has no {kind} #{sequence.ToString(CultureInfo.InvariantCulture)}; sequences present: {string.Join(", ", sequences)}.";
    }

    private string MissingWarning(string kind, string? obligation)
    {
        var present = new List<string>(Warnings.Count);
        foreach (var w in Warnings)
        {
            present.Add(w.Obligation is null ? w.Kind : $"{w.Kind} ({w.Obligation})");
        }

        var about = obligation is null ? string.Empty : $" about {obligation}";
        return $"Case '{CaseId}' on {IsoDates.Format(AsOf)} has no warning '{kind}'{about}.{Suggestions.Hint(kind, KindsOf(Warnings, w => w.Kind))} Warnings present: {(present.Count == 0 ? "none" : string.Join(", ", present))}.";
    }

    private string Missing(string what, string kind, List<string> present) =>
        $"Case '{CaseId}' on {IsoDates.Format(AsOf)} has no {what} '{kind}'.{Suggestions.Hint(kind, present)} Kinds present: {(present.Count == 0 ? "none" : string.Join(", ", present))}.";

    private static List<string> KindsOf<T>(IReadOnlyList<T> items, Func<T, string> kind)
    {
        var kinds = new List<string>(items.Count);
        foreach (var item in items)
        {
            var k = kind(item);
            if (!kinds.Contains(k))
            {
                kinds.Add(k);
            }
        }

        return kinds;
    }

    private static void ThrowIfNull(string kind)
    {
        if (kind is null)
        {
            throw new ArgumentNullException(nameof(kind));
        }
    }
}
