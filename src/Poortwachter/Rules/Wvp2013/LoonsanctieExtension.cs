using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// A loonsanctie: UWV extends wage continuation by the weeks it decided, at most 52 (WIA art. 25 lid 9).
/// <list type="bullet">
/// <item>The period is a calendar period from the day after the last day so far. Fit days do not move it; only
/// pregnancy and birth leave interrupts it, "voor de duur van dat verlof", and leave running when it starts makes it
/// start after the leave (lid 9).</item>
/// <item>After a herstelmelding (lid 12) and UWV's finding that the repair is sufficient (event <c>bekorting</c>) it ends
/// six weeks after that finding, never later than the weeks decided (lid 14).</item>
/// <item>UWV must decide on the sanction at the latest six weeks before the end it extends (lid 10) and on a
/// herstelmelding within three weeks of receiving it (lid 13). A decision given later "eindigt het tijdvak zoveel
/// eerder als de beschikking later is afgegeven" (lid 14): each late decision shortens the period by its own delay,
/// in calendar days, after the 52-week cap. A shortening never ends the period before the last day it extends.</item>
/// <item>A sanction decided after the end extends nothing (lid 11). The last decision recorded applies (the engine
/// warns that it replaces the earlier ones); a bekorting or herstel decision counts only after it.</item>
/// </list>
/// </summary>
internal sealed class LoonsanctieExtension : IStatutoryPeriodExtension
{
    /// <summary>The code of this extension.</summary>
    public const string ExtensionCode = EventCodes.Loonsanctie;

    /// <summary>The days after UWV's finding of a sufficient repair on which the sanction ends (six weeks, lid 14).</summary>
    public const int DaysAfterBekorting = 42;

    /// <summary>The days before the end by which UWV decides on the sanction (six weeks, lid 10), counted on the clock as the milestone is.</summary>
    public const int DecisionDaysBeforeEnd = 42;

    /// <summary>The days after receiving a herstelmelding within which UWV decides on it (three weeks, lid 13).</summary>
    public const int HerstelDecisionDays = 21;

    /// <inheritdoc/>
    public string Code => ExtensionCode;

    /// <inheritdoc/>
    public bool IsDecision(CaseEvent caseEvent) => caseEvent is Loonsanctie;

    /// <inheritdoc/>
    public LegalSource LegalBasis => new(Laws.Wia, "25", "9");

    /// <inheritdoc/>
    public WachttijdEndChange? Apply(WachttijdEndContext context)
    {
        // "Verlenging ... vindt niet plaats indien het UWV de beschikking ... niet geeft voor de afloop van de wachttijd,
        // bedoeld in artikel 23, of indien toepassing is gegeven aan artikel 24 [...] voor afloop van het verlengde tijdvak"
        // (WIA art. 25 lid 11): a decision after the end is without effect, so it cannot replace an earlier one either; the
        // last decision by the end applies. After a shortened wachttijd (art. 23 lid 6) the end is its own last day; a
        // decision before it is applied, with a warning (no article voids it, though art. 66 lid 6 switches off the review
        // of art. 65 it follows from).
        var lastDay = context.LastDay;
        var sanction = LastSanction(context.Events, AppliesUntil(context.WachttijdEndsOn, lastDay));
        if (sanction is null)
        {
            return null;
        }

        var steps = new List<Step>();
        var start = lastDay.PlusDays(1);
        var cap = CalendarEnd(start, sanction.Weeks * 7, context.Case.Leave, out var leaveDays);
        steps.Add(new Step(StepKind.Imposed, leaveDays, sanction.On, start, cap, sanction.Weeks));

        // Lid 10: the sanction decision is due six weeks before the end it extends (counted back on the clock, as the
        // loonsanctie-beslissing milestone is).
        var shortening = 0;
        // The end it extends is counted day 728 or later, so the deadline is a counted day of this wachttijd.
        var deadline = context.Clock.DateOfCountedDay(context.Clock.CountedDaysThrough(lastDay) - DecisionDaysBeforeEnd) ?? lastDay;
        var late = Period.DaysBetween(deadline, sanction.On);
        if (late > 0)
        {
            shortening += late;
            steps.Add(new Step(StepKind.LateDecision, late, deadline, lastDay, lastDay, 0));
        }

        var end = cap;
        Herstelmelding? melding = null;
        for (var at = 0; at < context.Events.Count; at++)
        {
            var e = context.Events[at];
            if (e.On <= sanction.On && e is Herstelmelding or Bekorting or HerstelAfgewezen)
            {
                // A repair, and UWV's decision on it, follow the sanction decision they are about.
                continue;
            }

            switch (e)
            {
                case Herstelmelding m:
                    melding = m;
                    break;
                case Bekorting b:
                    var repaired = b.On.PlusDays(DaysAfterBekorting);
                    if (repaired < end)
                    {
                        end = repaired;
                        steps.Add(new Step(StepKind.Repaired, 0, b.On, repaired, repaired, 0));
                    }

                    shortening += Delay(melding, b.On, sufficient: true, steps);
                    melding = null;
                    break;
                case HerstelAfgewezen n:
                    steps.Add(new Step(StepKind.Insufficient, 0, n.On, n.On, n.On, 0));
                    shortening += Delay(melding, n.On, sufficient: false, steps);
                    melding = null;
                    break;
            }
        }

        if (shortening > 0)
        {
            var shortened = end.PlusDays(-shortening);
            steps.Add(new Step(StepKind.Total, shortening, shortened, lastDay, lastDay, shortened <= lastDay ? 1 : 0));
            end = shortened;
        }

        var moves = end > lastDay;
        return new WachttijdEndChange(
            Code,
            moves ? end : lastDay,
            movesReferenceEnd: false,
            LegalBasis,
            new StepsText(steps.ToArray(), moves || shortening > 0, lastDay)
        );
    }

    /// <summary>The last loonsanctie decision known on the assessment date (a later one replaces an earlier one).</summary>
    /// <summary>The last day on which a loonsanctie decision can take effect (WIA art. 25 lid 11): the end of the (shortened) wachttijd or of the extended period.</summary>
    /// <param name="shortenedEnd">The last day of a shortened wachttijd, if any.</param>
    /// <param name="lastDay">The last day of wage continuation before the loonsanctie.</param>
    /// <returns>The day.</returns>
    internal static LocalDate AppliesUntil(LocalDate? shortenedEnd, LocalDate lastDay) =>
        shortenedEnd is { } end && end < lastDay ? end : lastDay;

    private static Loonsanctie? LastSanction(IReadOnlyList<CaseEvent> events, LocalDate until)
    {
        Loonsanctie? sanction = null;
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is Loonsanctie l && l.On <= until)
            {
                sanction = l;
            }
        }

        return sanction;
    }

    /// <summary>
    /// The end of a calendar period of <paramref name="days"/> days from <paramref name="start"/>, interrupted for the
    /// duration of each pregnancy and birth leave that falls in it or is running when it starts (WIA art. 25 lid 9).
    /// </summary>
    internal static LocalDate CalendarEnd(LocalDate start, int days, IReadOnlyList<LeavePeriod> leave, out int leaveDays)
    {
        var end = start.PlusDays(days - 1);
        leaveDays = 0;
        // Leave periods are in date order and do not overlap (the validator sees to it).
        for (var i = 0; i < leave.Count; i++)
        {
            var l = leave[i];
            if (l.Until < start)
            {
                continue;
            }

            if (l.From > end)
            {
                break;
            }

            var from = l.From > start ? l.From : start;
            var length = Period.DaysBetween(from, l.Until) + 1;
            leaveDays += length;
            end = end.PlusDays(length);
        }

        return end;
    }

    /// <summary>The delay of UWV's decision on a herstelmelding past its three weeks (lid 13), 0 when on time or without a herstelmelding on record.</summary>
    private static int Delay(Herstelmelding? melding, LocalDate decided, bool sufficient, List<Step> steps)
    {
        if (melding is null)
        {
            return 0;
        }

        var due = melding.On.PlusDays(HerstelDecisionDays);
        var late = Period.DaysBetween(due, decided);
        if (late <= 0)
        {
            return 0;
        }

        steps.Add(new Step(StepKind.LateHerstel, late, due, melding.On, melding.On, sufficient ? 1 : 0));
        return late;
    }

    private enum StepKind
    {
        Imposed,
        LateDecision,
        Repaired,
        Insufficient,
        LateHerstel,
        Total,
    }

    /// <summary>
    /// One step of the derivation, as the facts it prints: a number of days, up to three dates and one more number
    /// (the weeks decided; whether the repair was found sufficient; whether nothing is left of the extension).
    /// </summary>
    private readonly record struct Step(StepKind Kind, int Days, LocalDate A, LocalDate B, LocalDate C, int Extra);

    /// <summary>The derivation of the sanction's end, written when read: its steps joined by semicolons.</summary>
    private sealed class StepsText(Step[] steps, bool changes, LocalDate lastDay) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            var dutch = text.Language == TextLanguage.Dutch;
            for (var i = 0; i < steps.Length; i++)
            {
                if (i > 0)
                {
                    text.Append("; ");
                }

                if (dutch)
                {
                    WriteDutch(text, steps[i]);
                }
                else
                {
                    WriteEnglish(text, steps[i]);
                }
            }

            if (changes)
            {
                text.Append('.');
            }
            else if (dutch)
            {
                text.Append($"; dat ligt niet na {lastDay}, dus het einde verschuift niet.");
            }
            else
            {
                text.Append($"; that is not after {lastDay}, so the end does not move.");
            }
        }

        private static void WriteEnglish(TextBuffer text, Step step)
        {
            switch (step.Kind)
            {
                case StepKind.Imposed:
                    text.Append(
                        $"UWV imposed a loonsanctie of {step.Extra} week(s) on {step.A} (WIA art. 25 lid 9): wage continuation runs on for {step.Extra * 7} calendar days from {step.B}"
                    );
                    if (step.Days > 0)
                    {
                        text.Append($", interrupted for {step.Days} day(s) of pregnancy and birth leave, to {step.C}");
                    }
                    else
                    {
                        text.Append($", to {step.C}");
                    }

                    text.Append("; a calendar period: fit days do not move it");
                    break;
                case StepKind.LateDecision:
                    text.Append(
                        $"UWV decided {step.Days} day(s) after its deadline {step.A}, six weeks before the end {step.B} (WIA art. 25 lid 10), so the period ends {step.Days} day(s) earlier (WIA art. 25 lid 14)"
                    );
                    break;
                case StepKind.Repaired:
                    text.Append(
                        $"UWV found the repair sufficient on {step.A}, so the sanction ends six weeks later, on {step.B} (WIA art. 25 lid 14)"
                    );
                    break;
                case StepKind.Insufficient:
                    text.Append($"UWV found the repair insufficient on {step.A}: the sanction runs on (WIA art. 25 lid 14)");
                    break;
                case StepKind.LateHerstel:
                    text.Append(
                        $"UWV {(step.Extra == 1 ? "found the repair sufficient" : "found the repair insufficient")} {step.Days} day(s) after its deadline {step.A}, three weeks after receiving the herstelmelding of {step.B} (WIA art. 25 lid 13), so the period ends {step.Days} day(s) earlier (WIA art. 25 lid 14)"
                    );
                    break;
                default:
                    text.Append($"in all {step.Days} day(s) earlier: {step.A}");
                    if (step.Extra == 1)
                    {
                        text.Append($", which is not after {step.B}, so nothing is left of the extension");
                    }

                    break;
            }
        }

        private static void WriteDutch(TextBuffer text, Step step)
        {
            switch (step.Kind)
            {
                case StepKind.Imposed:
                    text.Append("UWV heeft op ");
                    text.AppendDate(step.A);
                    text.Append(" een loonsanctie van ");
                    CountedDayText.AppendCount(text, step.Extra, "week", "weken");
                    text.Append(
                        $" opgelegd (WIA art. 25 lid 9): de loondoorbetaling loopt {step.Extra * 7} kalenderdagen door, van {step.B} tot en met {step.C}"
                    );
                    if (step.Days > 0)
                    {
                        text.Append(", onderbroken door ");
                        CountedDayText.AppendCount(text, step.Days, "dag", "dagen");
                        text.Append(" zwangerschaps- en bevallingsverlof");
                    }

                    text.Append(" (een vaste kalenderperiode; hersteldagen schuiven die niet op)");
                    break;
                case StepKind.LateDecision:
                    text.Append("UWV besliste ");
                    CountedDayText.AppendCount(text, step.Days, "dag", "dagen");
                    text.Append(
                        $" na de uiterste datum {step.A} (zes weken vóór het einde van de wachttijd, {step.B}; WIA art. 25 lid 10), dus de loonsanctie wordt bekort met "
                    );
                    CountedDayText.AppendCount(text, step.Days, "dag", "dagen");
                    text.Append(" (WIA art. 25 lid 14)");
                    break;
                case StepKind.Repaired:
                    text.Append(
                        $"UWV heeft op {step.A} het herstel van de tekortkoming voldoende geacht (bekorting): de loonsanctie eindigt zes weken later, op {step.B} (WIA art. 25 lid 14)"
                    );
                    break;
                case StepKind.Insufficient:
                    text.Append(
                        $"UWV heeft op {step.A} het herstel van de tekortkoming onvoldoende geacht: de loonsanctie loopt door (WIA art. 25 lid 14)"
                    );
                    break;
                case StepKind.LateHerstel:
                    text.Append($"UWV heeft het herstel van de tekortkoming {(step.Extra == 1 ? "voldoende" : "onvoldoende")} geacht ");
                    CountedDayText.AppendCount(text, step.Days, "dag", "dagen");
                    text.Append(
                        $" na de uiterste datum {step.A} (drie weken na ontvangst van de herstelmelding van {step.B}; WIA art. 25 lid 13), dus de loonsanctie wordt bekort met "
                    );
                    CountedDayText.AppendCount(text, step.Days, "dag", "dagen");
                    text.Append(" (WIA art. 25 lid 14)");
                    break;
                default:
                    text.Append("in totaal ");
                    CountedDayText.AppendCount(text, step.Days, "dag", "dagen");
                    text.Append($" eerder: {step.A}");
                    if (step.Extra == 1)
                    {
                        text.Append($", dat niet na {step.B} ligt, dus van de verlenging blijft niets over");
                    }

                    break;
            }
        }
    }
}
