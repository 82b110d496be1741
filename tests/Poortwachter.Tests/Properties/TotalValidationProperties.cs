using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Rules;
using Poortwachter.Tests.Support;
using Xunit;

namespace Poortwachter.Tests.Properties;

/// <summary>
/// Validation is total (issue 22): no case, however its dates sit at the edges of the calendar, makes the validator, the
/// engine or the strict JSON reader throw anything but <see cref="InvalidCaseException"/>. The cases hold one to five
/// events of every type the contract knows (pairs and combinations, so every check that compares one event with another
/// meets extreme partners) with dates at 0001-01-01, 9999-12-31 and NodaTime's first day, the supported range's edges
/// (1899-12-31, 1900-01-01, 2199-12-31, 2200-01-01), the current regime's start, leap days, a few hundred days from any of
/// them, or near day 1. A granted early-IVA decision on 9999-12-31 after an application on 9999-12-31 threw
/// OverflowException before.
/// <para>
/// Runs: 60,000 built cases through validation and the engine (each assessment made is rendered in full, texts and JSON
/// included), and 40,000 documents through <see cref="PoortwachterJson.ReadCase(string, CaseReaderOptions?)"/>: 100,000 in
/// all, about 20 seconds on two cores.
/// </para>
/// </summary>
public sealed class TotalValidationProperties
{
    /// <summary>Built cases checked by validation and the engine.</summary>
    public const int BuiltCases = 60_000;

    /// <summary>JSON documents read by the strict reader.</summary>
    public const int Documents = 40_000;

    private static readonly PoortwachterEngine Engine = new();
    private static readonly PoortwachterEngine EngineWithTraject = new(new PoortwachterOptions().EnableSpoor2Traject());

    private static readonly LocalDate First = new(1, 1, 1);

    /// <summary>The edges: of the calendar, of the supported range, of the regime, and leap days.</summary>
    private static readonly LocalDate[] Edges =
    [
        First,
        LocalDate.MaxIsoValue,
        new(1899, 12, 31),
        CaseValidator.MinSupportedDate,
        CaseValidator.MaxSupportedDate,
        new(2200, 1, 1),
        new(2013, 6, 30),
        CaseValidator.CurrentRegimeStart,
        new(1904, 2, 29),
        new(2000, 2, 29),
        new(2024, 2, 29),
        new(2196, 2, 29),
        new(2199, 2, 28),
    ];

    private static readonly string[] Codes = [.. RuleSets.Wvp2013.ObligationCodes, "contact-dag-3"];

    private static readonly string[] DateTexts =
    [
        "\"0000-01-01\"",
        "\"0001-01-01\"",
        "\"9999-12-31\"",
        "\"10000-01-01\"",
        "\"-0001-01-01\"",
        "\"2023-02-29\"",
        "\"2024-02-29\"",
        "\"2100-02-29\"",
        "\"2199-12-31\"",
        "\"2200-01-01\"",
        "\"1899-12-31\"",
    ];

    private static LocalDate Plus(LocalDate date, int days)
    {
        // Within the calendar: NodaTime's own range is -9998..9999.
        var room = days >= 0 ? Period.DaysBetween(date, LocalDate.MaxIsoValue) : Period.DaysBetween(date, LocalDate.MinIsoValue);
        return date.PlusDays(days >= 0 ? Math.Min(days, room) : Math.Max(days, room));
    }

    private static Gen<LocalDate> Date(LocalDate day1) =>
        Gen.Frequency(
            (4, Gen.Elements(Edges)),
            (1, Gen.Constant(LocalDate.MinIsoValue)),
            (3, from edge in Gen.Elements(Edges) from d in Gen.Choose(-800, 800) select Plus(edge, d)),
            (6, Gen.Choose(-30, 1500).Select(d => Plus(day1, d)))
        );

    private static Gen<LocalDate?> Maybe(Gen<LocalDate> date) =>
        Gen.Frequency((2, Gen.Constant<LocalDate?>(null)), (1, date.Select(d => (LocalDate?)d)));

    private static Gen<CaseEvent> Event(LocalDate day1) =>
        from day in Date(day1)
        from other in Date(day1)
        from code in Gen.Elements(Codes)
        from number in Gen.Elements(-1, 0, 1, 6, 12, 24, 25, 52, 53, int.MaxValue)
        from flags in Gen.Choose(0, 8)
        from kind in Gen.Choose(0, 19)
        select Make(kind, day, other, code, number, flags);

    private static bool? View(int flags) =>
        (flags % 3) switch
        {
            0 => null,
            1 => true,
            _ => false,
        };

    private static CaseEvent Make(int kind, LocalDate on, LocalDate other, string code, int number, int flags) =>
        kind switch
        {
            0 => new ObligationFulfilled(code, on),
            1 => new GeenTerugkeerEigenOrganisatie(on),
            2 => new Loonsanctie(on, number),
            3 => new Bekorting(on),
            4 => new Verlenging(on, other),
            5 => new Afwijking(on, code, other, flags == 0 ? "" : "agreed with the bedrijfsarts"),
            6 => new GeenTerugkeerEigenFunctie(on),
            7 => new Spoor2Uitstel(on, other),
            8 => new Spoor2Trajectplan(on, flags == 0 ? null : number),
            9 => new Spoor2Plaatsing(on),
            10 => new Herstelmelding(on),
            11 => new HerstelAfgewezen(on),
            12 => new UwvWiaBrief(on),
            13 => new RivAanvulling(on),
            14 => new VervroegdeIvaAanvraag(on),
            15 => new VervroegdeIvaBesluit(on, flags % 2 == 0, flags < 6 ? other : null),
            16 => new PlanVanAanpak(on, View(flags), View(flags / 3)),
            17 => new Evaluatie(on, View(flags), View(flags / 3)),
            18 => new Eerstejaarsevaluatie(on, View(flags), View(flags / 3)),
            _ => new ObligationFulfilled(ObligationCodes.Spoor2, on),
        };

    private static Gen<SicknessPeriod[]> Sickness(LocalDate day1) =>
        Gen.Frequency(
            (3, Gen.Constant(Array.Empty<SicknessPeriod>())),
            (
                2,
                from until in Date(day1)
                from again in Date(day1)
                from open in Gen.Elements(true, false)
                select new[] { new SicknessPeriod(day1, until), new SicknessPeriod(again, open ? null : Plus(again, 30)) }
            )
        );

    /// <summary>A case with one to five events and every optional field sometimes at an edge, and the date it is assessed on.</summary>
    private static Gen<AnyCase> Cases { get; } =
        from day1 in Gen.Frequency(
            (3, Gen.Elements(Edges)),
            (4, Gen.Choose(0, 60_000).Select(d => CaseValidator.CurrentRegimeStart.PlusDays(d))),
            (1, Gen.Choose(-800, 800).Select(d => Plus(CaseValidator.MaxSupportedDate, d)))
        )
        from count in Gen.Choose(1, 5)
        from events in Gen.ArrayOf(Event(day1), count)
        from sickness in Sickness(day1)
        from leave in Gen.Frequency(
            (4, Gen.Constant(Array.Empty<LeavePeriod>())),
            (1, from f in Date(day1) from u in Date(day1) select new[] { new LeavePeriod(LeaveKind.ZwangerschapBevalling, f, u) })
        )
        from ends in Maybe(Date(day1))
        from lastWorkingDay in Maybe(Date(day1))
        from aow in Maybe(Date(day1))
        from vangnet in Gen.Elements<string?>([null, null, null, .. VangnetCodes.All])
        from asOf in Date(day1)
        select new AnyCase(
            new SicknessCase("C-1", day1, sickness, leave, ends, events)
            {
                LastWorkingDay = lastWorkingDay,
                ReachesAowAgeOn = aow,
                Vangnet = vangnet,
            },
            asOf
        );

    private static void ShouldBeReported(CaseProblem problem)
    {
        problem.Path.Should().MatchRegex(@"^(\$(\.[A-Za-z]+|\[\d+\])*|asOf)$", "every problem names the path of the offending value");
        problem.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Validation_and_the_engine_give_an_assessment_or_problems_with_paths_for_any_dates_never_another_exception() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(BuiltCases),
            Prop.ForAll(
                Cases.ToArbitrary(),
                Gen.Elements(false, true).ToArbitrary(),
                (c, traject) =>
                {
                    var problems = CaseValidator.Validate(c.Case);
                    foreach (var problem in problems)
                    {
                        ShouldBeReported(problem);
                    }

                    Assessment assessment;
                    try
                    {
                        assessment = (traject ? EngineWithTraject : Engine).Assess(c.Case, c.AsOf);
                    }
                    catch (InvalidCaseException invalid)
                    {
                        invalid.Problems.Should().NotBeEmpty();
                        foreach (var problem in invalid.Problems)
                        {
                            ShouldBeReported(problem);
                        }

                        return;
                    }

                    problems.Should().BeEmpty("the engine assesses only a valid case");
                    // Every text is built on first read: reading them all is part of "never an exception".
                    AssessmentText.Render(assessment).Should().NotBeEmpty();
                    PoortwachterJson.WriteAssessment(assessment).Should().StartWith("{");
                }
            )
        );

    [Fact]
    public void The_reader_gives_a_case_or_problems_with_paths_for_any_dates_never_an_exception() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Documents),
            Prop.ForAll(
                (
                    from c in Cases
                    let json = PoortwachterJson.WriteCase(c.Case)
                    from edit in Gen.Choose(0, 3)
                    from text in Gen.Elements(DateTexts)
                    from at in Gen.Choose(0, Math.Max(0, json.Length - 1))
                    select edit == 0 ? json : ReplaceDate(json, at, text)
                ).ToArbitrary(),
                json =>
                {
                    var result = PoortwachterJson.ReadCase(json);
                    if (result.IsValid)
                    {
                        CaseValidator.Validate(result.Case!).Should().BeEmpty();
                        return;
                    }

                    result.Problems.Should().NotBeEmpty();
                    foreach (var problem in result.Problems)
                    {
                        problem.Path.Should().StartWith("$");
                        problem.Message.Should().NotBeNullOrWhiteSpace();
                    }

                    PoortwachterJson.ReadCase(Encoding.UTF8.GetBytes(json)).Problems.Should().Equal(result.Problems);
                }
            )
        );

    /// <summary>Replaces the first date of the document at or after a position by another date text.</summary>
    private static string ReplaceDate(string json, int at, string text)
    {
        var start = json.IndexOf(":\"", at, StringComparison.Ordinal);
        while (start >= 0 && !(start + 12 < json.Length && json[start + 6] == '-' && json[start + 12] == '"'))
        {
            start = json.IndexOf(":\"", start + 1, StringComparison.Ordinal);
        }

        return start < 0 ? json : string.Concat(json.AsSpan(0, start + 1), text, json.AsSpan(start + 13));
    }

    [Fact]
    public void The_generated_cases_reach_every_event_type_and_the_edges()
    {
        // Guards the generator: a property over cases that never hold the event or the date would hold vacuously.
        var sample = Cases.Sample(2000);
        var types = sample.SelectMany(c => c.Case.Events).Select(e => e.GetType()).Distinct().ToArray();
        types.Should().HaveCount(19, "every event class of the contract, PlanVanAanpak to VervroegdeIvaBesluit");
        sample
            .SelectMany(c => c.Case.Events)
            .Select(e => e.On)
            .Should()
            .Contain([First, LocalDate.MaxIsoValue, new LocalDate(2024, 2, 29)]);
        sample.Should().Contain(c => CaseValidator.Validate(c.Case).Count == 0, "some cases are valid, so the engine runs");
    }
}
