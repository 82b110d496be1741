using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
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
    AowAgeRegime? aow = null,
    IReadOnlyDictionary<string, RuleDescriptor>? rules = null
)
{
    /// <summary>Judges a status, and writes the reason when asked for it.</summary>
    /// <param name="dueBy">The due date, or null when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first, or when UWV grants a shortened wachttijd first).</param>
    /// <param name="reason">Where to write the reason; null when no reason is wanted.</param>
    /// <param name="rule">The descriptor of the obligation's rule, whose traits say whether it lapses after a shortened wachttijd or past the AOW age; null when not known (a host's <c>StatusOf</c>).</param>
    /// <returns>The status.</returns>
    public ObligationStatus Judge(
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        bool employerObligation,
        TextBuffer? reason,
        RuleDescriptor? rule = null
    )
    {
        if (aow is not null && rule is not null && aow.Lapses(rule, dueBy))
        {
            // Past the AOW age the obligation does not arise, whether or not something was done (BW 7:629 lid 2 onder b).
            aow.WriteReason(reason, rule, dueBy, fulfilledOn);
            return ObligationStatus.NotApplicable;
        }

        if (reason is { Language: TextLanguage.Dutch })
        {
            return JudgeDutch(dueBy, fulfilledOn, employerObligation, reason, rule);
        }

        if (fulfilledOn is { } done)
        {
            if (dueBy is not { } due || done <= due)
            {
                if (reason is not null)
                {
                    reason.Append($"Done on {done}");
                    if (dueBy is { } d2)
                    {
                        reason.Append($", on time (due by {d2}).");
                    }
                    else
                    {
                        reason.Append('.');
                    }
                }

                return ObligationStatus.Fulfilled;
            }

            reason?.Append($"Done on {done}, {Period.DaysBetween(due, done)} day(s) after the due date {due}.");
            return ObligationStatus.FulfilledLate;
        }

        if (dueBy is not { } dueDate)
        {
            // A shipped rule gives no due date only when the clock never reaches it: the case ended by recovery.
            if (reason is not null)
            {
                if (state == SicknessState.Recovered)
                {
                    WriteRecoveredReason(reason);
                }
                else
                {
                    reason.Append("It has no due date in this case, so it does not fall due.");
                }
            }

            return ObligationStatus.NotApplicable;
        }

        if (employerObligation && employmentEndsOn is { } end && dueDate > end)
        {
            reason?.Append(
                $"Employment ended on {end}, before this fell due: from then UWV takes over the re-integration (Ziektewet art. 38 lid 2)."
            );
            return ObligationStatus.NotApplicable;
        }

        if (
            employerObligation
            && shortened is { WachttijdEndsOn: { } shortenedEnd } grant
            && dueDate > grant.On
            && rule?.LapsesWithShortenedWachttijd != false
        )
        {
            reason?.Append(
                $"UWV granted a shortened wachttijd on {grant.On}, before this fell due (WIA art. 23 lid 6): the wachttijd ends on {shortenedEnd} and the IVA benefit starts the next day. UWV no longer reviews the re-integration (art. 66 lid 6), and the re-integration obligations lapse with the grant (practice; see interpretation.md, 'Vervroegde IVA')."
            );
            return ObligationStatus.NotApplicable;
        }

        if (state == SicknessState.Recovered && lastSickDay is { } lastSick && dueDate > lastSick)
        {
            if (reason is not null)
            {
                WriteRecoveredReason(reason);
            }

            return ObligationStatus.NotApplicable;
        }

        if (asOf <= dueDate)
        {
            if (state == SicknessState.Interrupted)
            {
                reason?.Append(
                    $"The employee is fit on {asOf} ({fitDaysSoFar} fit day(s) so far); the due date is projected as if sickness resumes the next day, and the case ends if the employee stays fit for 28 days."
                );
                return ObligationStatus.Suspended;
            }

            reason?.Append($"Not done yet; {Period.DaysBetween(asOf, dueDate)} day(s) left on {asOf}.");
            return ObligationStatus.Open;
        }

        reason?.Append($"Not done; {Period.DaysBetween(dueDate, asOf)} day(s) past the due date on {asOf}.");
        return ObligationStatus.Overdue;
    }

    /// <summary>The judgement of <see cref="Judge"/> with its reason written in Dutch (the same statuses).</summary>
    private ObligationStatus JudgeDutch(
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        bool employerObligation,
        TextBuffer reason,
        RuleDescriptor? rule
    )
    {
        if (fulfilledOn is { } done)
        {
            if (dueBy is not { } due || done <= due)
            {
                reason.Append($"{DutchFulfilment.Capitalised(rule)} op {done}");
                if (dueBy is { } d2)
                {
                    reason.Append($", op tijd (uiterlijk op {d2}).");
                }
                else
                {
                    reason.Append('.');
                }

                return ObligationStatus.Fulfilled;
            }

            reason.Append($"{DutchFulfilment.Capitalised(rule)} op {done}, ");
            CountedDayText.AppendCount(reason, Period.DaysBetween(due, done), "dag", "dagen");
            reason.Append($" na de uiterste datum {due}.");
            return ObligationStatus.FulfilledLate;
        }

        if (dueBy is not { } dueDate)
        {
            if (state == SicknessState.Recovered)
            {
                WriteRecoveredReason(reason);
            }
            else
            {
                reason.Append("Er is in deze zaak geen uiterste datum, dus de verplichting wordt niet opeisbaar.");
            }

            return ObligationStatus.NotApplicable;
        }

        if (employerObligation && employmentEndsOn is { } end && dueDate > end)
        {
            reason.Append(
                $"Het dienstverband eindigde op {end}, voordat deze verplichting opeisbaar werd: vanaf dan neemt UWV de re-integratie over (Ziektewet art. 38 lid 2)."
            );
            return ObligationStatus.NotApplicable;
        }

        if (
            employerObligation
            && shortened is { WachttijdEndsOn: { } shortenedEnd } grant
            && dueDate > grant.On
            && rule?.LapsesWithShortenedWachttijd != false
        )
        {
            reason.Append(
                $"UWV heeft op {grant.On} een verkorte wachttijd toegekend, voordat deze verplichting opeisbaar werd (WIA art. 23 lid 6): de wachttijd eindigt op {shortenedEnd} en de IVA-uitkering begint de dag erna. UWV beoordeelt de re-integratie niet meer (art. 66 lid 6), en de re-integratieverplichtingen vervallen met de toekenning (praktijk; zie interpretation.md, 'Vervroegde IVA')."
            );
            return ObligationStatus.NotApplicable;
        }

        if (state == SicknessState.Recovered && lastSickDay is { } lastSick && dueDate > lastSick)
        {
            WriteRecoveredReason(reason);
            return ObligationStatus.NotApplicable;
        }

        if (asOf <= dueDate)
        {
            if (state == SicknessState.Interrupted)
            {
                reason.Append($"De werknemer is op {asOf} hersteld (tot nu toe ");
                CountedDayText.AppendCount(reason, fitDaysSoFar, "hersteldag", "hersteldagen");
                reason.Append(
                    "); de uiterste datum is vooruitberekend alsof de ziekte de volgende dag hervat, en de ziekteperiode eindigt als de werknemer 28 dagen hersteld blijft."
                );
                return ObligationStatus.Suspended;
            }

            var left = Period.DaysBetween(asOf, dueDate);
            reason.Append($"Nog niet {DutchFulfilment.Participle(rule)}; op ");
            reason.AppendDate(asOf);
            reason.Append(left == 1 ? " resteert " : " resteren ");
            CountedDayText.AppendCount(reason, left, "dag", "dagen");
            reason.Append('.');
            return ObligationStatus.Open;
        }

        reason.Append($"Niet {DutchFulfilment.Participle(rule)}; op ");
        reason.AppendDate(asOf);
        reason.Append(" is de uiterste datum ");
        CountedDayText.AppendCount(reason, Period.DaysBetween(dueDate, asOf), "dag", "dagen");
        reason.Append(" overschreden.");
        return ObligationStatus.Overdue;
    }

    /// <summary>
    /// Finishes an obligation's explanation whose derivation was written into <paramref name="text"/> from
    /// <paramref name="start"/>: the derivation without trailing white space, a space, then the reason for its status
    /// (just the reason when there is no derivation).
    /// </summary>
    /// <param name="text">The buffer holding the derivation.</param>
    /// <param name="start">Where the derivation began.</param>
    /// <param name="dueBy">The due date.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="employerObligation">Whether the employer must do it.</param>
    /// <param name="kind">The obligation code: its rule's descriptor gives the traits.</param>
    public void WriteReason(TextBuffer text, int start, LocalDate? dueBy, LocalDate? fulfilledOn, bool employerObligation, string kind)
    {
        if (text.Length > start)
        {
            text.TrimEnd(start);
            text.Append(' ');
        }

        RuleDescriptor? rule = null;
        rules?.TryGetValue(kind, out rule);
        Judge(dueBy, fulfilledOn, employerObligation, text, rule);
    }

    // Only called for a case that ended by recovery, which always has a last sick day.
    private void WriteRecoveredReason(TextBuffer text)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            text.Append($"De ziekteperiode eindigde door herstel: de werknemer is hersteld sinds {lastSickDay!.Value.PlusDays(1)} (");
            CountedDayText.AppendCount(text, fitDaysSoFar, "hersteldag", "hersteldagen");
            text.Append($" op {asOf}; 28 hersteldagen beëindigen een ziekteperiode), voordat deze verplichting opeisbaar werd.");
            return;
        }

        WriteRecoveredReasonEnglish(text);
    }

    private void WriteRecoveredReasonEnglish(TextBuffer text) =>
        text.Append(
            $"The case ended by recovery: the employee is fit since {lastSickDay!.Value.PlusDays(1)} ({fitDaysSoFar} fit days by {asOf}, 28 end a case), before this fell due."
        );
}
