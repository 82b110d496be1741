using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// The checks of a shortened wachttijd (WIA art. 23 lid 6) that need the clock, and the decisions it leaves without
/// effect. The validator checks what the dates alone show (an application first, one of each, the end after the ten
/// weeks); the 13 and 78 weeks are lengths of the wachttijd, counted days, so they are checked here, on the clock of
/// the case: an end outside them is refused with its path, as an impossible fact. An end one day short of the ten
/// weeks, which one reading of the text allows, is applied with a warning.
/// </summary>
internal static class ShortenedWachttijdFacts
{
    /// <summary>Throws when a granted shortened wachttijd known on the assessment date ends before 13 or after 78 weeks.</summary>
    /// <param name="case">The case.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="events">The known events, in date order.</param>
    /// <exception cref="InvalidCaseException">The end lies outside the statute's bounds; the problem names the path of <c>wachttijdEndsOn</c>.</exception>
    public static void Check(SicknessCase @case, WachttijdClock clock, IReadOnlyList<CaseEvent> events)
    {
        if (ShortenedWachttijd.Grant(events) is not { WachttijdEndsOn: { } end } grant)
        {
            return;
        }

        var day = clock.CountedDaysThrough(end);
        string? problem = null;
        if (day < ShortenedWachttijd.MinimumDays)
        {
            problem =
                $"the shortened wachttijd cannot end on {IsoDates.Format(end)}, counted day {day}: it lasts 'ten minste 13 weken' (WIA art. 23 lid 6), so it ends on counted day {ShortenedWachttijd.MinimumDays}{DateOf(clock, ShortenedWachttijd.MinimumDays)} at the earliest.";
        }
        else if (day > ShortenedWachttijd.MaximumDays)
        {
            problem =
                $"the shortened wachttijd cannot end on {IsoDates.Format(end)}, counted day {day}: it lasts 'ten hoogste 78 weken' (WIA art. 23 lid 6), so it ends on counted day {ShortenedWachttijd.MaximumDays}{DateOf(clock, ShortenedWachttijd.MaximumDays)} at the latest; an application too late for that gets the wachttijd of 104 weeks.";
        }

        if (problem is not null)
        {
            throw new InvalidCaseException([new CaseProblem($"$.events[{IndexOf(@case.Events, grant)}].wachttijdEndsOn", problem)]);
        }
    }

    /// <summary>The warning for an end one day short of ten weeks after the application, applied as recorded.</summary>
    /// <param name="events">The known events, in date order.</param>
    /// <param name="warnings">The warnings of the assessment.</param>
    public static void Add(IReadOnlyList<CaseEvent> events, ref List<Warning>? warnings)
    {
        if (
            ShortenedWachttijd.Grant(events) is not { WachttijdEndsOn: { } end }
            || ShortenedWachttijd.Application(events) is not { } application
            || end != application.On.PlusDays(ShortenedWachttijd.EarliestDaysAfterApplication - 1)
        )
        {
            return;
        }

        (warnings ??= []).Add(
            new Warning(
                WarningCodes.ImplausibleEvent,
                Severity.Warning,
                EngineTexts.Both(
                    () =>
                        $"The shortened wachttijd ends on {IsoDates.Format(end)}, 69 days after the application of {IsoDates.Format(application.On)}: the statute fixes the end 'niet eerder ... dan tien weken na de dag waarop de aanvraag daartoe is ingediend' (WIA art. 23 lid 6), read here as a last day of {IsoDates.Format(application.On.PlusDays(ShortenedWachttijd.EarliestDaysAfterApplication))} at the earliest; UWV's page reads the IVA as starting ten weeks after the application, which allows this day. The engine applies it as recorded; check the date.",
                    text =>
                        text.Append(
                            $"De verkorte wachttijd eindigt op {end}, 69 dagen na de aanvraag van {application.On}: de wet stelt het einde 'niet eerder ... dan tien weken na de dag waarop de aanvraag daartoe is ingediend' (WIA art. 23 lid 6), hier gelezen als een laatste dag van op zijn vroegst {application.On.PlusDays(ShortenedWachttijd.EarliestDaysAfterApplication)}; de pagina van UWV laat de IVA tien weken na de aanvraag ingaan, wat deze dag toelaat. De verkorte wachttijd is toegepast zoals geregistreerd; controleer de datum."
                        )
                )
            )
        );
    }

    /// <summary>
    /// The decisions recorded after a shortened wachttijd: a loonsanctie decided after its end is without effect (WIA art.
    /// 25 lid 11); a loonsanctie decided by then and a voluntary extension are applied as UWV decided them, with a warning
    /// (no article voids them); an extension that ends on or before the last day changes nothing.
    /// </summary>
    /// <param name="events">The known events, in date order.</param>
    /// <param name="end">The last day of the shortened wachttijd.</param>
    /// <param name="statutory">The last day of the 104 weeks of wage continuation (BW 7:629 lid 1).</param>
    /// <param name="changes">The changes applied to the end.</param>
    /// <param name="warnings">The warnings of the assessment.</param>
    public static void AddIgnored(
        IReadOnlyList<CaseEvent> events,
        LocalDate end,
        LocalDate statutory,
        List<WachttijdEndChange>? changes,
        ref List<Warning>? warnings
    )
    {
        var sanctioned = changes?.Find(static c => c.Code == EventCodes.Loonsanctie) is not null;
        var extended = changes?.Find(static c => c.Code == EventCodes.Verlenging) is { } extension
            ? extension.NewLastDay
            : (LocalDate?)null;
        for (var at = 0; at < events.Count; at++)
        {
            switch (events[at])
            {
                case Loonsanctie s when s.On > end:
                    (warnings ??= []).Add(
                        new Warning(
                            WarningCodes.EventIgnored,
                            Severity.Warning,
                            EngineTexts.Both(
                                () =>
                                    $"The loonsanctie decided on {IsoDates.Format(s.On)} ({s.Weeks} week(s)) does not extend wage continuation: UWV shortened the wachttijd to {IsoDates.Format(end)} (WIA art. 23 lid 6), and 'Verlenging van het tijdvak als bedoeld in het negende lid vindt niet plaats indien het UWV de beschikking omtrent de toepassing van het negende lid niet geeft voor de afloop van de wachttijd, bedoeld in artikel 23' (WIA art. 25 lid 11): this decision came after that end, so it is without effect. On an application for a shortened wachttijd UWV does not review the re-integration efforts either (art. 66 lid 6: art. 65 does not apply). Check the decision.",
                                text =>
                                {
                                    text.Append($"De loonsanctie waartoe op {s.On} is besloten (");
                                    ImplausibleFacts.WriteWeeks(text, s.Weeks);
                                    text.Append(
                                        $") verlengt de loondoorbetaling niet: UWV heeft de wachttijd verkort tot {end} (WIA art. 23 lid 6), en 'Verlenging van het tijdvak als bedoeld in het negende lid vindt niet plaats indien het UWV de beschikking omtrent de toepassing van het negende lid niet geeft voor de afloop van de wachttijd, bedoeld in artikel 23' (WIA art. 25 lid 11): deze beschikking kwam na dat einde en heeft dus geen gevolg. Bij een aanvraag om een verkorte wachttijd beoordeelt UWV ook de re-integratie-inspanningen niet (art. 66 lid 6: art. 65 is niet van toepassing). Controleer de beschikking."
                                    );
                                }
                            )
                        )
                    );
                    break;
                case Loonsanctie s when sanctioned:
                    (warnings ??= []).Add(
                        new Warning(
                            WarningCodes.ImplausibleEvent,
                            Severity.Warning,
                            EngineTexts.Both(
                                () =>
                                    $"The loonsanctie decided on {IsoDates.Format(s.On)} ({s.Weeks} week(s)) is applied as UWV decided it (BW 7:629 lid 11 onder b), although UWV shortened the wachttijd to {IsoDates.Format(end)} (WIA art. 23 lid 6) and on an application for a shortened wachttijd does not review the re-integration efforts (art. 66 lid 6: art. 65 does not apply), the review a loonsanctie follows from (art. 25 lid 9). No article makes the decision void, and it came before the end of the wachttijd (art. 25 lid 11), so it stands until UWV revokes or changes it. Check the decision with UWV.",
                                text =>
                                {
                                    text.Append($"De loonsanctie waartoe op {s.On} is besloten (");
                                    ImplausibleFacts.WriteWeeks(text, s.Weeks);
                                    text.Append(
                                        $") is toegepast zoals UWV besliste (BW 7:629 lid 11 onder b), hoewel UWV de wachttijd heeft verkort tot {end} (WIA art. 23 lid 6) en bij een aanvraag om een verkorte wachttijd de re-integratie-inspanningen niet beoordeelt (art. 66 lid 6: art. 65 is niet van toepassing), de beoordeling waaruit een loonsanctie volgt (art. 25 lid 9). Geen artikel maakt de beschikking nietig, en zij kwam vóór het einde van de wachttijd (art. 25 lid 11), dus zij blijft staan totdat UWV haar intrekt of wijzigt. Controleer de beschikking bij UWV."
                                    );
                                }
                            )
                        )
                    );
                    break;
                case Verlenging v when extended is { } until && until == v.Until:
                    (warnings ??= []).Add(
                        new Warning(
                            WarningCodes.ImplausibleEvent,
                            Severity.Warning,
                            EngineTexts.Both(
                                () =>
                                    $"The voluntary extension granted on {IsoDates.Format(v.On)} to {IsoDates.Format(v.Until)} is applied as UWV decided it (BW 7:629 lid 11 onder b): wage continuation runs to that day, while the wachttijd ended on {IsoDates.Format(end)} (WIA art. 23 lid 6) and the IVA benefit runs from the next day, deducted from the wage (BW 7:629 lid 5). WIA art. 24 extends the wage period 'na afloop van de wachttijd'; no article bars or voids it after a shortened wachttijd. Check the decision with UWV.",
                                text =>
                                    text.Append(
                                        $"De vrijwillige verlenging die op {v.On} is toegekend tot {v.Until}, is toegepast zoals UWV besliste (BW 7:629 lid 11 onder b): de loondoorbetaling loopt tot die dag, terwijl de wachttijd eindigde op {end} (WIA art. 23 lid 6) en de IVA-uitkering vanaf de volgende dag loopt, in mindering op het loon (BW 7:629 lid 5). WIA art. 24 verlengt het tijdvak van loondoorbetaling 'na afloop van de wachttijd'; geen artikel verbiedt of vernietigt dat na een verkorte wachttijd. Controleer de beschikking bij UWV."
                                    )
                            )
                        )
                    );
                    break;
                case Verlenging v when extended is null:
                    (warnings ??= []).Add(
                        new Warning(WarningCodes.EventIgnored, Severity.Warning, EngineTexts.VerlengingNotAfterTheEnd(v, statutory))
                    );
                    break;
            }
        }
    }

    private static string DateOf(WachttijdClock clock, int countedDay) =>
        clock.DateOfCountedDay(countedDay) is { } date ? $" ({IsoDates.Format(date)})" : string.Empty;

    private static int IndexOf(IReadOnlyList<CaseEvent> events, CaseEvent e)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (ReferenceEquals(events[i], e))
            {
                return i;
            }
        }

        return -1;
    }
}
