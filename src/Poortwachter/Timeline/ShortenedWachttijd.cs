using System.Collections.Generic;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Timeline;

/// <summary>
/// The terms of a shortened wachttijd (<i>verkorte wachttijd</i>, the early IVA, WIA art. 23 lid 6): "Een verkorte
/// wachttijd bedraagt ten minste 13 weken en ten hoogste 78 weken. Het einde van een verkorte wachttijd wordt niet
/// eerder vastgesteld dan tien weken na de dag waarop de aanvraag daartoe is ingediend." The weeks are lengths of the
/// wachttijd, so counted days (art. 23 lid 3); the ten weeks run from a calendar date, so calendar days.
/// </summary>
internal static class ShortenedWachttijd
{
    /// <summary>The shortest shortened wachttijd: 13 weeks, counted day 91.</summary>
    public const int MinimumDays = 13 * 7;

    /// <summary>The longest shortened wachttijd: 78 weeks, counted day 546.</summary>
    public const int MaximumDays = 78 * 7;

    /// <summary>
    /// The end is fixed no earlier than ten weeks after the day of the application: its last day is at least the
    /// application + 70 calendar days (the IVA starts the day after). UWV's reading, that the IVA starts ten weeks after
    /// the application, allows one day less; the engine accepts that day with a warning and refuses an earlier one.
    /// </summary>
    public const int EarliestDaysAfterApplication = 10 * 7;

    /// <summary>The application for a shortened wachttijd among the events (the first; a case has one).</summary>
    public static VervroegdeIvaAanvraag? Application(IReadOnlyList<CaseEvent> events)
    {
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is VervroegdeIvaAanvraag a)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>UWV's decision on it among the events (the first; a case has one).</summary>
    public static VervroegdeIvaBesluit? Decision(IReadOnlyList<CaseEvent> events)
    {
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is VervroegdeIvaBesluit d)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>A granted decision among the events, with the end UWV fixed; null when there is none.</summary>
    public static VervroegdeIvaBesluit? Grant(IReadOnlyList<CaseEvent> events) =>
        Decision(events) is { Granted: true, WachttijdEndsOn: not null } d ? d : null;

    /// <summary>The problem with an end fixed too soon after the application.</summary>
    public static string TooSoonAfterApplication(LocalDate end, LocalDate applied) =>
        $"the shortened wachttijd cannot end on {IsoDates.Format(end)}, {Period.DaysBetween(applied, end)} day(s) after the application of {IsoDates.Format(applied)}: its end is fixed 'niet eerder ... dan tien weken na de dag waarop de aanvraag daartoe is ingediend' (WIA art. 23 lid 6), so its last day is {IsoDates.Format(applied.PlusDays(EarliestDaysAfterApplication))} at the earliest (application + 70 days; one day earlier only on the reading that the IVA starts ten weeks after the application).";
}
