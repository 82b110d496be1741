using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// WIA art. 64 lid 6: when UWV's letter about the WIA application (lid 2, due when the wachttijd has lasted 89 weeks,
/// counted day 623) reaches the employee later, an application "binnen vier weken nadat deze kennisgeving is
/// ontvangen" counts as on time, unless the employer had not made the 42nd-week report (Ziektewet art. 38 lid 1)
/// before the day the wachttijd had lasted 81 weeks (counted day 567). Only an application within those four weeks is
/// saved; a later one is late against the statutory due date (art. 64 lid 3), and the wage period is extended by the
/// delay from that date (BW 7:629 lid 11 onder a).
/// </summary>
internal static class LateLetterProtection
{
    /// <summary>The counted day by which UWV's letter is due: the day the wachttijd has lasted 89 weeks.</summary>
    public const int LetterDay = 623;

    /// <summary>The counted day before which the 42nd-week report must have been made: the day the wachttijd has lasted 81 weeks.</summary>
    public const int ReportBeforeDay = 567;

    /// <summary>The days after receipt of a late letter within which an application counts as on time (four weeks).</summary>
    public const int DaysToApply = 28;

    /// <summary>The protection of art. 64 lid 6 for this case, when it applies.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="events">The events known on the assessment date, in date order.</param>
    /// <param name="vangnet">
    /// Whether the case is a safety-net case: Ziektewet art. 38 lid 4 switches the 42nd-week report off, and the report
    /// of art. 38a (<c>vangnet-ziekmelding</c>) is taken in its place (a choice; the text names art. 38 lid 1 only).
    /// </param>
    /// <returns>The last day on which an application counts as on time and the facts behind it; null when lid 6 does not apply.</returns>
    public static Protection? For(WachttijdClock clock, IReadOnlyList<CaseEvent> events, bool vangnet = false)
    {
        UwvWiaBrief? letter = null;
        LocalDate? report = null;
        // An application for a shortened wachttijd or a request for a voluntary extension made before any report is the
        // report of art. 38 lid 1 (Ziektewet art. 38 lid 8), so it counts for the 81 weeks too.
        var deemed = vangnet ? null : DeemedReport.Of(events);
        for (var at = 0; at < events.Count; at++)
        {
            switch (events[at])
            {
                case UwvWiaBrief l when letter is null:
                    letter = l;
                    break;
                case ObligationFulfilled { Obligation: ObligationCodes.UwvZiekmelding } r when report is null:
                    report = r.On;
                    break;
                case ObligationFulfilled { Obligation: ObligationCodes.VangnetZiekmelding } v when vangnet && report is null:
                    report = v.On;
                    break;
            }
        }

        if (letter is null || clock.DateOfCountedDay(LetterDay) is not { } letterDue || letter.On <= letterDue)
        {
            return null;
        }

        if (deemed is not null)
        {
            report = deemed.On;
        }

        if (report is not { } reported || clock.DateOfCountedDay(ReportBeforeDay) is not { } reportBefore || reported >= reportBefore)
        {
            return null;
        }

        return new Protection(letter.On.PlusDays(DaysToApply), letter.On, letterDue, reported, reportBefore)
        {
            Vangnet = vangnet,
            DeemedBy = deemed,
        };
    }

    /// <summary>The facts of a late letter that protect the application.</summary>
    public sealed record Protection(LocalDate Until, LocalDate Received, LocalDate LetterDue, LocalDate Reported, LocalDate ReportBefore)
    {
        /// <summary>Gets a value indicating whether the case is a safety-net case, whose report of Ziektewet art. 38a stands in for the 42nd-week report.</summary>
        public bool Vangnet { get; init; }

        /// <summary>Gets the application or request that counts as the 42nd-week report (Ziektewet art. 38 lid 8), when one does.</summary>
        public CaseEvent? DeemedBy { get; init; }

        /// <summary>Writes the derivation, for an explanation, in the buffer's language.</summary>
        /// <param name="text">The buffer.</param>
        public void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append(
                    $"De brief van UWV over de WIA-aanvraag moest uiterlijk op {LetterDue} komen (getelde ziektedag {LetterDay}, WIA art. 64 lid 2) en heeft de werknemer op {Received} bereikt; de "
                );
                if (Vangnet)
                {
                    text.Append(
                        "melding aan UWV (bij deze vangnetter de melding van Ziektewet art. 38a, in de plaats van de 42e-weeksmelding die art. 38 lid 4 uitschakelt)"
                    );
                }
                else if (DeemedBy is { } deemed)
                {
                    text.Append("42e-weeksmelding (");
                    DeemedReport.Write(text, deemed);
                    text.Append(deemed is VerlengingVerzoek ? ", dat" : ", die");
                    text.Append(" op grond van Ziektewet art. 38 lid 8 als die melding geldt)");
                }
                else
                {
                    text.Append("42e-weeksmelding");
                }

                text.Append(
                    $" is gedaan op {Reported}, vóór {ReportBefore} (getelde ziektedag {ReportBeforeDay}, 81 weken), dus een aanvraag binnen vier weken na ontvangst, uiterlijk op {Until}, geldt als tijdig (WIA art. 64 lid 6)."
                );
                return;
            }

            text.Append(
                $"UWV's letter about the WIA application was due by {LetterDue} (counted day {LetterDay}, WIA art. 64 lid 2) and reached the employee on {Received}; the "
            );
            if (Vangnet)
            {
                text.Append(
                    "report to UWV (in this safety-net case the report of Ziektewet art. 38a, taken in place of the 42nd-week report that art. 38 lid 4 switches off)"
                );
            }
            else if (DeemedBy is { } deemed)
            {
                text.Append("42nd-week report (");
                DeemedReport.Write(text, deemed);
                text.Append(", which counts as that report under Ziektewet art. 38 lid 8)");
            }
            else
            {
                text.Append("42nd-week report");
            }

            text.Append(
                $" was made on {Reported}, before {ReportBefore} (counted day {ReportBeforeDay}, 81 weeks), so an application within four weeks of receipt, by {Until}, counts as on time (WIA art. 64 lid 6)."
            );
        }
    }
}
