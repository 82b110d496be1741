using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// Facts about the end of the wachttijd that the law allows but that are implausible as recorded, or that the
/// engine resolves in one of several ways: it applies them as recorded and says so with a warning and its source,
/// instead of passing them silently. Checked for the decisions the engine applies: the last <c>verlenging</c> and the
/// last <c>loonsanctie</c> recorded.
/// </summary>
internal static class ImplausibleFacts
{
    /// <summary>The last counted day of the first sick year: the first-year evaluation (Regeling procesgang art. 4 lid 2 onder b).</summary>
    private const int FirstYearDays = 364;

    /// <summary>The counted day by which UWV writes about the WIA application: 89 weeks (WIA art. 64 lid 2).</summary>
    private const int WiaLetterDay = 623;

    /// <summary>An extension longer than this many days after the statutory end gets a plausibility warning.</summary>
    private const int LongExtensionDays = 52 * 7;

    /// <summary>Adds the warnings for the known events of the wachttijd, in date order.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="events">The known events, in date order.</param>
    /// <param name="statutory">The statutory last day, counted day 728.</param>
    /// <param name="wiaApplicationCode">The code of the obligation that is the WIA application (a rule's trait); null for none.</param>
    /// <param name="warnings">The warnings of the assessment.</param>
    public static void Add(
        WachttijdClock clock,
        IReadOnlyList<CaseEvent> events,
        LocalDate statutory,
        string? wiaApplicationCode,
        ref List<Warning>? warnings
    )
    {
        Verlenging? verlenging = null;
        Loonsanctie? sanction = null;
        Loonsanctie? firstReplaced = null;
        Loonsanctie? lastReplaced = null;
        var replaced = 0;
        LocalDate? application = null;
        LocalDate? reachedBefore = null;
        for (var at = 0; at < events.Count; at++)
        {
            switch (events[at])
            {
                case Verlenging v:
                    // The decision before this one sets the end in force until this one (WIA art. 24 lid 2: a
                    // later decision shortens or further extends the period).
                    reachedBefore = verlenging?.Until;
                    verlenging = v;
                    break;
                case Loonsanctie s:
                    if (sanction is not null)
                    {
                        firstReplaced ??= sanction;
                        lastReplaced = sanction;
                        replaced++;
                    }

                    sanction = s;
                    break;
                case ObligationFulfilled f when application is null && wiaApplicationCode is not null && f.Obligation == wiaApplicationCode:
                    application = f.On;
                    break;
            }
        }

        if (verlenging is not null)
        {
            CheckVerlenging(clock, verlenging, statutory, reachedBefore, ref warnings);
        }

        if (sanction is not null)
        {
            CheckLoonsanctie(clock, sanction, application, ref warnings);
        }

        if (firstReplaced is not null && lastReplaced is not null && sanction is not null)
        {
            (warnings ??= []).Add(
                new Warning(WarningCodes.EventIgnored, Severity.Warning, Replaced(replaced, firstReplaced, lastReplaced, sanction))
            );
        }
    }

    private static void CheckVerlenging(
        WachttijdClock clock,
        Verlenging v,
        LocalDate statutory,
        LocalDate? reachedBefore,
        ref List<Warning>? warnings
    )
    {
        // The end in force when it was granted: the statutory end, or a later one set by the decision before it.
        var ended = reachedBefore is { } reached && reached > statutory ? reached : statutory;
        var day = clock.CountedDaysThrough(v.On);
        if (day <= FirstYearDays)
        {
            (warnings ??= []).Add(
                new Warning(
                    WarningCodes.ImplausibleEvent,
                    Severity.Warning,
                    EngineTexts.Both(
                        () =>
                            $"The extension of wage continuation to {IsoDates.Format(v.Until)} is recorded as granted on {IsoDates.Format(v.On)}, counted day {day}, in the first sick year: employer and employee ask UWV for it jointly near the end of the wachttijd, when the WIA application comes up (WIA art. 24 lid 1; UWV writes about the application by week 89, art. 64 lid 2). The engine applies it as recorded; check the date.",
                        text =>
                            text.Append(
                                $"De verlenging van de loondoorbetaling tot {v.Until} staat geregistreerd als toegekend op {v.On}, getelde ziektedag {day}, in het eerste ziektejaar: werkgever en werknemer vragen die samen bij UWV aan tegen het einde van de wachttijd, als de WIA-aanvraag aan de orde komt (WIA art. 24 lid 1; UWV schrijft uiterlijk in week 89 over de aanvraag, art. 64 lid 2). De verlenging is toegepast zoals geregistreerd; controleer de datum."
                            )
                    )
                )
            );
        }
        else if (v.On > ended)
        {
            (warnings ??= []).Add(
                new Warning(
                    WarningCodes.ImplausibleEvent,
                    Severity.Warning,
                    EngineTexts.Both(
                        () =>
                            $"The extension of wage continuation to {IsoDates.Format(v.Until)} is recorded as granted on {IsoDates.Format(v.On)}, after wage continuation ended on {IsoDates.Format(ended)}: UWV extends a wage period that is still running (WIA art. 24 lid 1), or further extends an extended one (lid 2). The engine applies it as recorded; check the date.",
                        text =>
                            text.Append(
                                $"De verlenging van de loondoorbetaling tot {v.Until} staat geregistreerd als toegekend op {v.On}, nadat de loondoorbetaling op {ended} was geëindigd: UWV verlengt een tijdvak van loondoorbetaling dat nog loopt (WIA art. 24 lid 1), of verlengt een verlengd tijdvak verder (lid 2). De verlenging is toegepast zoals geregistreerd; controleer de datum."
                            )
                    )
                )
            );
        }

        var days = Period.DaysBetween(statutory, v.Until);
        if (days > LongExtensionDays)
        {
            (warnings ??= []).Add(
                new Warning(
                    WarningCodes.ImplausibleEvent,
                    Severity.Warning,
                    EngineTexts.Both(
                        () =>
                            $"The extension runs to {IsoDates.Format(v.Until)}, {days} days after the end of the wachttijd ({IsoDates.Format(statutory)}): the law sets no maximum (WIA art. 24; UWV: at least 13 weeks, no maximum), but an extension of more than 52 weeks, the longest the WIA itself sets (the loonsanctie, art. 25 lid 9), is unusual. The engine applies it as recorded; check the date.",
                        text =>
                            text.Append(
                                $"De verlenging loopt tot {v.Until}, {days} dagen na het einde van de wachttijd ({statutory}): de wet stelt geen maximum (WIA art. 24; UWV: ten minste 13 weken, geen maximum), maar een verlenging van meer dan 52 weken, de langste die de WIA zelf stelt (de loonsanctie, art. 25 lid 9), is ongebruikelijk. De verlenging is toegepast zoals geregistreerd; controleer de datum."
                            )
                    )
                )
            );
        }
    }

    private static void CheckLoonsanctie(WachttijdClock clock, Loonsanctie s, LocalDate? application, ref List<Warning>? warnings)
    {
        if (application is { } applied)
        {
            if (s.On < applied)
            {
                (warnings ??= []).Add(
                    new Warning(
                        WarningCodes.ImplausibleEvent,
                        Severity.Warning,
                        EngineTexts.Both(
                            () =>
                                $"The loonsanctie of {IsoDates.Format(s.On)} comes before the WIA application of {IsoDates.Format(applied)}: UWV imposes a loonsanctie when it treats the WIA application and finds the re-integration efforts insufficient (WIA art. 25 lid 9), so not before it. The engine applies it as recorded; check the dates.",
                            text =>
                                text.Append(
                                    $"De loonsanctie van {s.On} ligt vóór de WIA-aanvraag van {applied}: UWV legt een loonsanctie op wanneer het de WIA-aanvraag behandelt en de re-integratie-inspanningen onvoldoende vindt (WIA art. 25 lid 9), dus niet daarvoor. De loonsanctie is toegepast zoals geregistreerd; controleer de data."
                                )
                        )
                    )
                );
            }

            return;
        }

        var day = clock.CountedDaysThrough(s.On);
        if (day < WiaLetterDay)
        {
            (warnings ??= []).Add(
                new Warning(
                    WarningCodes.ImplausibleEvent,
                    Severity.Warning,
                    EngineTexts.Both(
                        () =>
                            $"The loonsanctie of {IsoDates.Format(s.On)} (counted day {day}) comes before UWV's letter about the WIA application, due by counted day {WiaLetterDay} (WIA art. 64 lid 2), and no WIA application is on record: UWV imposes a loonsanctie when it treats the WIA application (WIA art. 25 lid 9). The engine applies it as recorded; check the date, and record the application (event 'wia-aanvraag') if it was made early.",
                        text =>
                            text.Append(
                                $"De loonsanctie van {s.On} (getelde ziektedag {day}) ligt vóór de brief van UWV over de WIA-aanvraag, uiterlijk op getelde ziektedag {WiaLetterDay} (WIA art. 64 lid 2), en er staat geen WIA-aanvraag geregistreerd: UWV legt een loonsanctie op wanneer het de WIA-aanvraag behandelt (WIA art. 25 lid 9). De loonsanctie is toegepast zoals geregistreerd; controleer de datum, en registreer de aanvraag (gebeurtenis 'wia-aanvraag') als die vroeg is gedaan."
                            )
                    )
                )
            );
        }
    }

    private static DeferredText Replaced(int count, Loonsanctie first, Loonsanctie last, Loonsanctie applied) =>
        EngineTexts.Both(() => ReplacedEnglish(count, first, last, applied), text => WriteReplacedDutch(text, count, first, last, applied));

    private static void WriteReplacedDutch(TextBuffer text, int count, Loonsanctie first, Loonsanctie last, Loonsanctie applied)
    {
        if (count == 1)
        {
            text.Append($"De loonsanctie waartoe op {first.On} is besloten (");
            WriteWeeks(text, first.Weeks);
            text.Append($") is vervangen door de latere beschikking van {applied.On} (");
        }
        else
        {
            text.Append(
                $"{count} beschikkingen over een loonsanctie, van {first.On} tot {last.On}, zijn vervangen door de laatste beschikking, van {applied.On} ("
            );
        }

        WriteWeeks(text, applied.Weeks);
        text.Append(')');

        text.Append(
            ": de laatste beschikking die UWV vóór het einde van de wachttijd gaf (WIA art. 25 lid 11) is toegepast als de beschikking die voor de tekortkoming geldt, zoals een beslissing op bezwaar het bestreden besluit herroept en vervangt (Awb art. 7:11 lid 2) en een correctie vervangt wat zij corrigeert; een bekorting verkort alleen de beschikking waarop zij volgt (art. 25 lid 14). De WIA zegt zelf niet dat een wachttijd één sanctietijdvak heeft (art. 25 lid 9 stelt ten hoogste 52 weken per verlenging): als UWV een tweede, afzonderlijk tijdvak bedoelde, is dat niet gemodelleerd (zie README). Controleer de beschikkingen."
        );
    }

    /// <summary>Writes a number of weeks in Dutch: <c>1 week</c>, <c>26 weken</c>.</summary>
    internal static void WriteWeeks(TextBuffer text, int weeks) => CountedDayText.AppendCount(text, weeks, "week", "weken");

    private static string ReplacedEnglish(int count, Loonsanctie first, Loonsanctie last, Loonsanctie applied) =>
        (
            count == 1
                ? $"The loonsanctie decided on {IsoDates.Format(first.On)} ({first.Weeks} week(s)) is replaced by the later decision of {IsoDates.Format(applied.On)} ({applied.Weeks} week(s))"
                : $"{count} loonsanctie decisions, from {IsoDates.Format(first.On)} to {IsoDates.Format(last.On)}, are replaced by the last decision, of {IsoDates.Format(applied.On)} ({applied.Weeks} week(s))"
        )
        + ": the engine applies UWV's last decision given by the end of the wachttijd (WIA art. 25 lid 11) as the one in force on the shortfall, as a decision on objection revokes and replaces the decision objected to (Awb art. 7:11 lid 2) and a correction replaces what it corrects; a bekorting shortens only the decision it follows (art. 25 lid 14). The WIA itself does not say a wachttijd has one sanction period (art. 25 lid 9 sets at most 52 weeks per extension): if UWV meant a second, separate period, the engine does not model it (README, 'Not modelled yet'). Check the decisions.";
}
