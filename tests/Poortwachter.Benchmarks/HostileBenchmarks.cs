using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Rules;

namespace Poortwachter.Benchmarks;

/// <summary>
/// Hostile input (issue 16): one valid case of N events or periods in the worst order for a careless algorithm, read
/// from JSON, validated and assessed. With N at 1,000, 10,000 and 100,000 the scaling shows: every family must grow
/// about tenfold per step (n log n), not a hundredfold (n^2).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HostileBenchmarks
{
    private static readonly LocalDate Day1 = new(2014, 1, 6);
    private static readonly LocalDate AsOf = new(2199, 12, 31);

    private readonly PoortwachterEngine _engine = new(new PoortwachterOptions().EnableSpoor2Traject());
    private byte[] _json = null!;

    /// <summary>The hostile families.</summary>
    public enum HostileFamily
    {
        /// <summary>Events of every obligation, listed newest first.</summary>
        NewestFirst,

        /// <summary>N/2 loonsancties newest first from day 2, then N/2 bekortingen on day 3.</summary>
        LoonsanctieBekorting,

        /// <summary>N/2 starts of spoor 2 newest first, then N/2 placements on day 2.</summary>
        Spoor2Plaatsing,

        /// <summary>A plan van aanpak and N evaluations.</summary>
        Evaluaties,

        /// <summary>A plan, 500 evaluations and N deviations.</summary>
        Afwijkingen,

        /// <summary>N voluntary extensions, newest first.</summary>
        Verlengingen,

        /// <summary>N/10 one-day sickness periods, each followed by a day of leave (a fit day between them).</summary>
        SicknessAndLeave,
    }

    /// <summary>Gets or sets the family.</summary>
    [ParamsAllValues]
    public HostileFamily Family { get; set; }

    /// <summary>Gets or sets the number of events (periods: a tenth of it, so the dates stay in the supported range).</summary>
    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    /// <summary>Builds the case and writes it as JSON once.</summary>
    [GlobalSetup]
    public void Setup() => _json = Encoding.UTF8.GetBytes(PoortwachterJson.WriteCase(Build(Family, N)));

    /// <summary>JSON in (parse, contract checks, validation), then the assessment.</summary>
    /// <returns>The number of obligations.</returns>
    [Benchmark(Description = "Hostile: JSON read + validate + assess")]
    public int ReadAndAssess() => _engine.Assess(PoortwachterJson.ReadCaseOrThrow(_json), AsOf).Obligations.Count;

    /// <summary>Builds a hostile case.</summary>
    /// <param name="family">The family.</param>
    /// <param name="n">The number of events.</param>
    /// <returns>The case.</returns>
    public static SicknessCase Build(HostileFamily family, int n) =>
        family switch
        {
            HostileFamily.NewestFirst => Events(
                Enumerable
                    .Range(0, n)
                    .Select(i =>
                        (CaseEvent)
                            new ObligationFulfilled(
                                RuleSets.Wvp2013.ObligationCodes[i % RuleSets.Wvp2013.ObligationCodes.Count],
                                Spread(n - 1 - i, n)
                            )
                    )
            ),
            HostileFamily.LoonsanctieBekorting => Events(
                Enumerable
                    .Range(0, n / 2)
                    .Select(i => (CaseEvent)new Loonsanctie(Spread(n / 2 - 1 - i, n / 2).PlusDays(1), 1 + (i % 52)))
                    .Concat(Enumerable.Range(0, n / 2).Select(_ => (CaseEvent)new Bekorting(Day1.PlusDays(2))))
            ),
            HostileFamily.Spoor2Plaatsing => Events(
                Enumerable
                    .Range(0, n / 2)
                    .Select(i => (CaseEvent)new ObligationFulfilled(ObligationCodes.Spoor2, Spread(n / 2 - 1 - i, n / 2).PlusDays(1)))
                    .Concat(Enumerable.Range(0, n / 2).Select(_ => (CaseEvent)new Spoor2Plaatsing(Day1.PlusDays(1))))
            ),
            HostileFamily.Evaluaties => Events(
                Enumerable
                    .Range(0, n)
                    .Select(i => (CaseEvent)new ObligationFulfilled(ObligationCodes.Evaluatie, Spread(i, n).PlusDays(11)))
                    .Prepend(new ObligationFulfilled(ObligationCodes.PlanVanAanpak, Day1.PlusDays(10)))
            ),
            HostileFamily.Afwijkingen => Events(
                Enumerable
                    .Range(0, 500)
                    .Select(i => (CaseEvent)new ObligationFulfilled(ObligationCodes.Evaluatie, Day1.PlusDays(11 + i)))
                    .Prepend(new ObligationFulfilled(ObligationCodes.PlanVanAanpak, Day1.PlusDays(10)))
                    .Concat(
                        Enumerable
                            .Range(0, n)
                            .Select(i =>
                                (CaseEvent)new Afwijking(Day1.PlusDays(1), ObligationCodes.Probleemanalyse, Day1.PlusDays(60), "r")
                            )
                    )
            ),
            HostileFamily.Verlengingen => Events(
                Enumerable
                    .Range(0, n)
                    .Select(i => (CaseEvent)new Verlenging(Spread(n - 1 - i, n).PlusDays(1), Day1.PlusDays(800 + (i % 300))))
            ),
            _ => SicknessAndLeave(n / 10),
        };

    private static SicknessCase SicknessAndLeave(int periods) =>
        new(
            "HOSTILE",
            Day1,
            sickness: Enumerable
                .Range(0, periods)
                .Select(i => new SicknessPeriod(Day1.PlusDays(3 * i), i == periods - 1 ? null : Day1.PlusDays(3 * i))),
            leave: Enumerable
                .Range(0, periods)
                .Select(i => new LeavePeriod(LeaveKind.ZwangerschapBevalling, Day1.PlusDays((3 * i) + 1), Day1.PlusDays((3 * i) + 1)))
        );

    private static LocalDate Spread(int i, int n) => Day1.PlusDays((int)((long)i * 700 / n));

    private static SicknessCase Events(IEnumerable<CaseEvent> events) => new("HOSTILE", Day1, events: events);
}
