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
        };

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
