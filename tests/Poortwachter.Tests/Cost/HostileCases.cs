using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Tests.Cost;

/// <summary>
/// Valid cases built to make a careless algorithm quadratic: many events in the worst order for a per-event scan,
/// many sickness and leave periods. Each family takes a size n, the number of events or periods.
/// </summary>
internal static class HostileCases
{
    /// <summary>Day 1: Monday 6 January 2014, so that 10,000 short periods three days apart still end before 2199.</summary>
    public static readonly LocalDate Day1 = new(2014, 1, 6);

    /// <summary>An assessment date after every event of every family.</summary>
    public static readonly LocalDate AsOf = new(2199, 12, 31);

    private static readonly string[] Obligations =
    [
        ObligationCodes.Probleemanalyse,
        ObligationCodes.PlanVanAanpak,
        ObligationCodes.Evaluatie,
        ObligationCodes.UwvZiekmelding,
        ObligationCodes.Eerstejaarsevaluatie,
        ObligationCodes.ArbeidsdeskundigOnderzoek,
        ObligationCodes.Spoor2,
        ObligationCodes.ReIntegratieverslag,
        ObligationCodes.WiaAanvraag,
        ObligationCodes.Spoor2Trajectplan,
        ObligationCodes.Spoor2Voortgangsrapportage,
        ObligationCodes.Spoor2Eindrapportage,
    ];

    /// <summary>The families by name, for theories.</summary>
    public static IReadOnlyDictionary<string, Func<int, SicknessCase>> Families { get; } =
        new Dictionary<string, Func<int, SicknessCase>>(StringComparer.Ordinal)
        {
            ["events newest first"] = NewestFirst,
            ["loonsanctie and bekorting"] = SanctionsAndBekortingen,
            ["spoor-2 and plaatsing"] = StartsAndPlacements,
            ["evaluaties"] = Evaluaties,
            ["afwijkingen"] = Afwijkingen,
            ["verlengingen newest first"] = Verlengingen,
            ["progress reports, half on one day"] = ProgressReports,
            ["sickness periods"] = SicknessPeriods,
            ["leave periods"] = LeavePeriods,
            ["sickness and leave periods"] = SicknessAndLeave,
            ["every event type, documents without views"] = n => EveryEventType(n, ViewsDay1),
            ["every event type, transition of art. 7b"] = n => EveryEventType(n, TransitionDay1),
        };

    /// <summary>Day 1 of the families under the amended art. 4 lid 2 (first sick day from 1 July 2023): Monday 3 July 2023.</summary>
    public static readonly LocalDate ViewsDay1 = new(2023, 7, 3);

    /// <summary>
    /// Day 1 of the families under the transition of art. 7b (first sick day before 1 July 2023): Monday 2 January 2023, with
    /// a safety net, the end of employment and the AOW age on record, so the rules for them read the events too.
    /// </summary>
    public static readonly LocalDate TransitionDay1 = new(2023, 1, 2);

    /// <summary>
    /// The predecessors every dependent event needs (a loonsanctie before a bekorting, a verlenging before a riv-aanvulling,
    /// the start of spoor 2 before a placement, one early-IVA application and its decision), then n - 14 events cycling
    /// through every event type the contract allows more than once, in date order over 700 days: the plan van aanpak, its
    /// bijstellingen, evaluations and first-year evaluations all record a view as missing, so every rule that looks at the
    /// events, the re-integratievisie checks among them, has thousands to look at.
    /// </summary>
    public static SicknessCase EveryEventType(int n, LocalDate day1)
    {
        CaseEvent[] first =
        [
            new ObligationFulfilled(ObligationCodes.Probleemanalyse, day1.PlusDays(1)),
            new PlanVanAanpak(day1.PlusDays(2), false, true),
            new Loonsanctie(day1.PlusDays(2), 4),
            new Verlenging(day1.PlusDays(2), day1.PlusDays(900)),
            new ObligationFulfilled(ObligationCodes.Spoor2, day1.PlusDays(2)),
            new Herstelmelding(day1.PlusDays(3)),
            new HerstelAfgewezen(day1.PlusDays(4)),
            new VervroegdeIvaAanvraag(day1.PlusDays(2)),
            new VervroegdeIvaBesluit(day1.PlusDays(3), false, null),
            new GeenTerugkeerEigenFunctie(day1.PlusDays(3)),
            new GeenTerugkeerEigenOrganisatie(day1.PlusDays(3)),
            new Spoor2Uitstel(day1.PlusDays(3), day1.PlusDays(60)),
            new Spoor2Trajectplan(day1.PlusDays(4), 12),
            new UwvWiaBrief(day1.PlusDays(4)),
        ];
        Func<LocalDate, int, CaseEvent>[] cycle =
        [
            (on, _) => new Evaluatie(on, false, false),
            (on, _) => new Eerstejaarsevaluatie(on, true, false),
            (on, _) => new PlanVanAanpak(on, false, null),
            (on, i) => new ObligationFulfilled(Obligations[i % Obligations.Length], on),
            (on, i) => new Afwijking(on, ObligationCodes.Evaluatie, on.PlusDays(30), "r" + i),
            (on, _) => new Bekorting(on),
            (on, _) => new Herstelmelding(on),
            (on, _) => new HerstelAfgewezen(on),
            (on, _) => new RivAanvulling(on),
            (on, _) => new Spoor2Plaatsing(on),
            (on, _) => new UwvWiaBrief(on),
            (on, i) => new Loonsanctie(on, 1 + (i % 52)),
            (on, _) => new Verlenging(on, on.PlusDays(400)),
            (on, _) => new Spoor2Uitstel(on, on.PlusDays(60)),
            (on, _) => new GeenTerugkeerEigenFunctie(on),
            (on, _) => new Spoor2Trajectplan(on, 6),
        ];
        var rest = Enumerable
            .Range(0, n - first.Length)
            .Select(i => cycle[i % cycle.Length](day1.PlusDays(5 + (int)((long)i * 700 / n)), i));
        var transition = day1 < new LocalDate(2023, 7, 1);
        return new SicknessCase("H", day1, employmentEndsOn: transition ? day1.PlusDays(600) : null, events: first.Concat(rest))
        {
            Vangnet = transition ? VangnetCodes.All[0] : null,
            ReachesAowAgeOn = transition ? day1.PlusDays(650) : null,
        };
    }

    /// <summary>Events of every obligation, listed newest first (the worst order for an insertion sort).</summary>
    public static SicknessCase NewestFirst(int n) =>
        Case(
            Enumerable
                .Range(0, n)
                .Select(i => (CaseEvent)new ObligationFulfilled(Obligations[i % Obligations.Length], Spread(n - 1 - i, n)))
        );

    /// <summary>
    /// n/2 loonsancties newest first from day 2, then n/2 bekortingen on day 3: each bekorting has its loonsanctie only at the end of
    /// the list, the worst case for a per-bekorting search.
    /// </summary>
    public static SicknessCase SanctionsAndBekortingen(int n) =>
        Case(
            Enumerable
                .Range(0, n / 2)
                .Select(i => (CaseEvent)new Loonsanctie(Spread(n / 2 - 1 - i, n / 2).PlusDays(1), 1 + (i % 52)))
                .Concat(Enumerable.Range(0, n / 2).Select(_ => (CaseEvent)new Bekorting(Day1.PlusDays(2))))
        );

    /// <summary>n/2 starts of spoor 2 newest first, then n/2 placements on day 2 (as above).</summary>
    public static SicknessCase StartsAndPlacements(int n) =>
        Case(
            Enumerable
                .Range(0, n / 2)
                .Select(i => (CaseEvent)new ObligationFulfilled(ObligationCodes.Spoor2, Spread(n / 2 - 1 - i, n / 2).PlusDays(1)))
                .Concat(Enumerable.Range(0, n / 2).Select(_ => (CaseEvent)new Spoor2Plaatsing(Day1.PlusDays(1))))
        );

    /// <summary>A plan van aanpak and n evaluations in date order.</summary>
    public static SicknessCase Evaluaties(int n) =>
        Case(
            Enumerable
                .Range(0, n)
                .Select(i => (CaseEvent)new ObligationFulfilled(ObligationCodes.Evaluatie, Spread(i, n).PlusDays(11)))
                .Prepend(new ObligationFulfilled(ObligationCodes.PlanVanAanpak, Day1.PlusDays(10)))
        );

    /// <summary>A plan, 500 evaluations (more than the rule yields) and n deviations of evaluations, none in the range asked.</summary>
    public static SicknessCase Afwijkingen(int n) =>
        Case(
            Enumerable
                .Range(0, 500)
                .Select(i => (CaseEvent)new ObligationFulfilled(ObligationCodes.Evaluatie, Day1.PlusDays(11 + i)))
                .Prepend(new ObligationFulfilled(ObligationCodes.PlanVanAanpak, Day1.PlusDays(10)))
                .Concat(
                    Enumerable
                        .Range(0, n)
                        .Select(i =>
                            (CaseEvent)new Afwijking(Day1.PlusDays(1), ObligationCodes.Probleemanalyse, Day1.PlusDays(60), "r" + i)
                        )
                )
        );

    /// <summary>n voluntary extensions, newest first.</summary>
    public static SicknessCase Verlengingen(int n) =>
        Case(
            Enumerable.Range(0, n).Select(i => (CaseEvent)new Verlenging(Spread(n - 1 - i, n).PlusDays(1), Day1.PlusDays(800 + (i % 300))))
        );

    /// <summary>A start of spoor 2 and n progress reports: the first half on one day, then one a day.</summary>
    public static SicknessCase ProgressReports(int n) =>
        Case(
            Enumerable
                .Range(0, n)
                .Select(i =>
                    (CaseEvent)
                        new ObligationFulfilled(
                            ObligationCodes.Spoor2Voortgangsrapportage,
                            Day1.PlusDays(i < n / 2 ? 11 : 12 + i - (n / 2))
                        )
                )
                .Prepend(new ObligationFulfilled(ObligationCodes.Spoor2, Day1.PlusDays(10)))
        );

    /// <summary>n one-day sickness periods with one fit day between them.</summary>
    public static SicknessCase SicknessPeriods(int n) =>
        new(
            "H",
            Day1,
            sickness: Enumerable.Range(0, n).Select(i => new SicknessPeriod(Day1.PlusDays(2 * i), i == n - 1 ? null : Day1.PlusDays(2 * i)))
        );

    /// <summary>One open sickness period with n one-day leave periods, one day apart.</summary>
    public static SicknessCase LeavePeriods(int n) =>
        new("H", Day1, leave: Enumerable.Range(0, n).Select(i => Leave(Day1.PlusDays((2 * i) + 1))));

    /// <summary>n/2 one-day sickness periods, each followed by a day of leave and a fit day.</summary>
    public static SicknessCase SicknessAndLeave(int n) =>
        new(
            "H",
            Day1,
            sickness: Enumerable
                .Range(0, n / 2)
                .Select(i => new SicknessPeriod(Day1.PlusDays(3 * i), i == (n / 2) - 1 ? null : Day1.PlusDays(3 * i))),
            leave: Enumerable.Range(0, n / 2).Select(i => Leave(Day1.PlusDays((3 * i) + 1)))
        );

    private static LeavePeriod Leave(LocalDate day) => new(LeaveKind.ZwangerschapBevalling, day, day);

    /// <summary>Event i of n spread over the first 700 days (several events share a day when n is large).</summary>
    private static LocalDate Spread(int i, int n) => Day1.PlusDays((int)((long)i * 700 / n));

    private static SicknessCase Case(IEnumerable<CaseEvent> events) => new("H", Day1, events: events);
}
