using System.Collections.Generic;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Ziektewet art. 38 lid 8: "Indien een aanvraag tot verkorte wachttijd als bedoeld in artikel 23, zesde lid, van de Wet
/// werk en inkomen naar arbeidsvermogen, of een verzoek om verlenging [...] als bedoeld in artikel 24, eerste lid, van
/// [die wet], wordt ingediend zonder dat een aangifte op grond van het eerste lid heeft plaatsgevonden, wordt deze
/// aanvraag, respectievelijk dit verzoek, beschouwd als een aangifte op grond van het eerste lid." The first application
/// for a shortened wachttijd (<see cref="VervroegdeIvaAanvraag"/>) or request for a voluntary extension
/// (<see cref="VerlengingVerzoek"/>) made before any 42nd-week report is that report, on its own day. A report made on
/// the same day came first (the request was not made "zonder dat een aangifte ... heeft plaatsgevonden").
/// </summary>
internal static class DeemedReport
{
    /// <summary>The application or request that counts as the 42nd-week report; null when a report came first or there is none.</summary>
    /// <param name="events">The known events, in date order.</param>
    /// <returns>The event, or null.</returns>
    public static CaseEvent? Of(IReadOnlyList<CaseEvent> events)
    {
        CaseEvent? deemed = null;
        for (var at = 0; at < events.Count; at++)
        {
            switch (events[at])
            {
                case ObligationFulfilled { Obligation: ObligationCodes.UwvZiekmelding } report:
                    return deemed is not null && deemed.On < report.On ? deemed : null;
                case VervroegdeIvaAanvraag or VerlengingVerzoek when deemed is null:
                    deemed = events[at];
                    break;
            }
        }

        return deemed;
    }

    /// <summary>Writes what the deemed report is, for an explanation: "the request for a voluntary extension of 2026-08-03".</summary>
    /// <param name="text">The buffer, in its language.</param>
    /// <param name="deemed">The application or request.</param>
    public static void Write(TextBuffer text, CaseEvent deemed)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        if (deemed is VerlengingVerzoek)
        {
            text.Append(
                dutch
                    ? "het gezamenlijke verzoek om vrijwillige verlenging van de loondoorbetaling (WIA art. 24 lid 1) van "
                    : "the joint request for a voluntary extension of wage continuation (WIA art. 24 lid 1) of "
            );
        }
        else
        {
            text.Append(
                dutch
                    ? "de aanvraag van de werknemer voor een verkorte wachttijd (WIA art. 23 lid 6) van "
                    : "the employee's application for a shortened wachttijd (WIA art. 23 lid 6) of "
            );
        }

        text.AppendDate(deemed.On);
    }
}
