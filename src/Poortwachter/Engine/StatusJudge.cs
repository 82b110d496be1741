using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// Judges the status of an obligation on the assessment date, the same way for every rule, shipped or host: done on
/// time or late; open, overdue or suspended; not applicable when the case ended (by recovery, or, for an employer's
/// obligation, by the end of employment) before it became due, or when UWV granted a shortened wachttijd (WIA art. 23
/// lid 6) before an employer's re-integration obligation became due. It keeps only the facts it needs, so an obligation
/// that holds it for its explanation keeps nothing else of the assessment alive. A struct held by the rule context, so
/// judging allocates nothing.
/// </summary>
internal sealed class StatusJudge(
    LocalDate asOf,
    SicknessState state,
    LocalDate? lastSickDay,
    int fitDaysSoFar,
    LocalDate? employmentEndsOn,
    Cases.VervroegdeIvaBesluit? shortened = null,
    Rules.Wvp2013.AowRegime? aow = null
)
{
    /// <summary>Judges a status, and gives the reason when asked for it.</summary>
    /// <param name="dueBy">The due date, or null when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first, or when UWV grants a shortened wachttijd first).</param>
    /// <param name="withReason">Whether to build the reason.</param>
    /// <param name="reason">The reason, when asked for.</param>
    /// <param name="kind">The obligation code, for the obligations that lapse after a shortened wachttijd or past the AOW age; null when not known (a host's <c>StatusOf</c>).</param>
    /// <returns>The status.</returns>
    public ObligationStatus Judge(
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        bool employerObligation,
        bool withReason,
        out string? reason,
        string? kind = null
    )
    {
        reason = null;
        if (aow is not null && kind is not null && aow.Lapses(kind, dueBy))
        {
            // Past the AOW age the obligation does not arise, whether or not something was done (BW 7:629 lid 2 onder b).
            reason = withReason ? aow.Reason(kind, dueBy, fulfilledOn) : null;
            return ObligationStatus.NotApplicable;
        }

        if (fulfilledOn is { } done)
        {
            if (dueBy is not { } due || done <= due)
            {
                if (withReason)
                {
                    reason = $"Done on {IsoDates.Format(done)}" + (dueBy is { } d2 ? $", on time (due by {IsoDates.Format(d2)})." : ".");
                }

                return ObligationStatus.Fulfilled;
            }

            if (withReason)
            {
                reason =
                    $"Done on {IsoDates.Format(done)}, {Period.DaysBetween(due, done)} day(s) after the due date {IsoDates.Format(due)}.";
            }

            return ObligationStatus.FulfilledLate;
        }

        if (dueBy is not { } dueDate)
        {
            // A shipped rule gives no due date only when the clock never reaches it: the case ended by recovery.
            reason =
                !withReason ? null
                : state == SicknessState.Recovered ? RecoveredReason()
                : "It has no due date in this case, so it does not fall due.";
            return ObligationStatus.NotApplicable;
        }

        if (employerObligation && employmentEndsOn is { } end && dueDate > end)
        {
            if (withReason)
            {
                reason =
                    $"Employment ended on {IsoDates.Format(end)}, before this fell due: from then UWV takes over the re-integration (Ziektewet art. 38 lid 2).";
            }

            return ObligationStatus.NotApplicable;
        }

        if (
            employerObligation
            && shortened is { WachttijdEndsOn: { } shortenedEnd } grant
            && dueDate > grant.On
            && kind != ObligationCodes.ZiekUitDienstMelding
        )
        {
            if (withReason)
            {
                reason =
                    $"UWV granted a shortened wachttijd on {IsoDates.Format(grant.On)}, before this fell due (WIA art. 23 lid 6): the wachttijd ends on {IsoDates.Format(shortenedEnd)} and the IVA benefit starts the next day. UWV no longer reviews the re-integration (art. 66 lid 6), and the re-integration obligations lapse with the grant (practice; see interpretation.md, 'Vervroegde IVA').";
            }

            return ObligationStatus.NotApplicable;
        }

        if (state == SicknessState.Recovered && lastSickDay is { } lastSick && dueDate > lastSick)
        {
            reason = withReason ? RecoveredReason() : null;
            return ObligationStatus.NotApplicable;
        }

        if (asOf <= dueDate)
        {
            if (state == SicknessState.Interrupted)
            {
                if (withReason)
                {
                    reason =
                        $"The employee is fit on {IsoDates.Format(asOf)} ({fitDaysSoFar} fit day(s) so far); the due date is projected as if sickness resumes the next day, and the case ends if the employee stays fit for 28 days.";
                }

                return ObligationStatus.Suspended;
            }

            if (withReason)
            {
                reason = $"Not done yet; {Period.DaysBetween(asOf, dueDate)} day(s) left on {IsoDates.Format(asOf)}.";
            }

            return ObligationStatus.Open;
        }

        if (withReason)
        {
            reason = $"Not done; {Period.DaysBetween(dueDate, asOf)} day(s) past the due date on {IsoDates.Format(asOf)}.";
        }

        return ObligationStatus.Overdue;
    }

    /// <summary>The explanation of an obligation: its derivation, then the reason for its status.</summary>
    /// <param name="derivation">How the due date was found.</param>
    /// <param name="dueBy">The due date.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="employerObligation">Whether the employer must do it.</param>
    /// <param name="kind">The obligation code.</param>
    /// <returns>The explanation.</returns>
    public string AppendReason(string derivation, LocalDate? dueBy, LocalDate? fulfilledOn, bool employerObligation, string kind)
    {
        Judge(dueBy, fulfilledOn, employerObligation, withReason: true, out var reason, kind);
        return derivation.Length == 0 ? reason! : derivation.TrimEnd() + " " + reason;
    }

    // Only called for a case that ended by recovery, which always has a last sick day.
    private string RecoveredReason() =>
        $"The case ended by recovery: the employee is fit since {IsoDates.Format(lastSickDay!.Value.PlusDays(1))} ({fitDaysSoFar} fit days by {IsoDates.Format(asOf)}, 28 end a case), before this fell due.";
}
