using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Cases;

/// <summary>Every validation problem, with its path and its message.</summary>
public sealed class ValidationTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static CaseProblem[] Problems(SicknessCase @case) => CaseValidator.Validate(@case).ToArray();

    [Fact]
    public void A_valid_case_has_no_problems() =>
        Problems(
                SicknessCase
                    .Builder("C-1", Day1)
                    .SickUntil(D(2025, 2, 1))
                    .SickAgainFrom(D(2025, 2, 10))
                    .Probleemanalyse(D(2025, 2, 12))
                    .BuildUnvalidated()
            )
            .Should()
            .BeEmpty();

    [Fact]
    public void Case_id_is_required() =>
        Problems(new SicknessCase(" ", Day1))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.caseId", "caseId is required: give the host's identifier of the case (no name, no BSN)."));

    [Fact]
    public void A_first_sick_day_before_1_July_2013_is_an_unsupported_regime() =>
        Problems(new SicknessCase("C", D(2013, 6, 30)))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.firstSickDay",
                    "first sick day 2013-06-30 is before 2013-07-01: cases of earlier regimes (RIV due 15 weeks and WIA application 13 weeks before the end) are not supported."
                )
            );

    [Fact]
    public void Dates_out_of_range_are_reported() =>
        Problems(new SicknessCase("C", D(2300, 1, 1)))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.firstSickDay", "2300-01-01 is out of the supported range 1900-01-01..2199-12-31."));

    [Fact]
    public void The_first_period_must_start_on_the_first_sick_day() =>
        Problems(new SicknessCase("C", Day1, [new SicknessPeriod(D(2025, 1, 7))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.sickness[0].from",
                    "the first sickness period starts on 2025-01-07, but firstSickDay is 2025-01-06: they must be the same day."
                )
            );

    [Fact]
    public void Until_before_from_is_reported() =>
        Problems(new SicknessCase("C", Day1, [new SicknessPeriod(Day1, D(2025, 1, 5))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.sickness[0].until",
                    "until (2025-01-05) is before from (2025-01-06): a period ends on or after the day it starts."
                )
            );

    [Fact]
    public void Only_the_last_period_may_be_open() =>
        Problems(new SicknessCase("C", Day1, [new SicknessPeriod(Day1), new SicknessPeriod(D(2025, 3, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.sickness[0].until",
                    "period 0 has no until, but only the last sickness period may be open: give the last sick day before the employee was fit again."
                )
            );

    [Fact]
    public void Overlapping_periods_are_reported() =>
        Problems(new SicknessCase("C", Day1, [new SicknessPeriod(Day1, D(2025, 2, 1)), new SicknessPeriod(D(2025, 2, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.sickness[1].from",
                    "period 1 starts on 2025-02-01, but period 0 runs until 2025-02-01: sickness periods must not overlap."
                )
            );

    [Fact]
    public void Unordered_periods_are_reported() =>
        Problems(
                new SicknessCase(
                    "C",
                    Day1,
                    [
                        new SicknessPeriod(Day1, D(2025, 2, 1)),
                        new SicknessPeriod(D(2025, 3, 1), D(2025, 3, 2)),
                        new SicknessPeriod(D(2025, 2, 20)),
                    ]
                )
            )
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.sickness[2].from",
                    "period 2 starts on 2025-02-20, not after period 1 (2025-03-01): list the periods in date order."
                )
            );

    [Fact]
    public void Leave_until_before_from_is_reported() =>
        Problems(new SicknessCase("C", Day1, leave: [new LeavePeriod(LeaveKind.ZwangerschapBevalling, D(2025, 3, 1), D(2025, 2, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[0].until",
                    "until (2025-02-01) is before from (2025-03-01): leave ends on or after the day it starts."
                )
            );

    [Fact]
    public void Leave_outside_the_sickness_is_reported() =>
        // Fit 2 Feb .. 1 Mar 2025 is 28 days: the case has ended before leave starting on 2 Mar.
        Problems(
                new SicknessCase(
                    "C",
                    Day1,
                    [new SicknessPeriod(Day1, D(2025, 2, 1))],
                    [new LeavePeriod(LeaveKind.ZwangerschapBevalling, D(2025, 3, 2), D(2025, 6, 1))]
                )
            )
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[0]",
                    "leave 2025-03-02..2025-06-01 lies outside the sickness (2025-01-06..2025-02-01): only leave during the case affects the wachttijd."
                )
            );

    [Fact]
    public void Leave_within_28_days_of_the_last_sick_day_belongs_to_the_case() =>
        Problems(
                new SicknessCase(
                    "C",
                    Day1,
                    [new SicknessPeriod(Day1, D(2025, 2, 1))],
                    [new LeavePeriod(LeaveKind.ZwangerschapBevalling, D(2025, 3, 1), D(2025, 6, 1))]
                )
            )
            .Should()
            .BeEmpty();

    [Fact]
    public void Leave_that_starts_before_day_1_is_reported() =>
        Problems(new SicknessCase("C", Day1, leave: [new LeavePeriod(LeaveKind.ZwangerschapBevalling, D(2025, 1, 1), D(2025, 2, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[0].from",
                    "leave starts on 2025-01-01, before the first sick day 2025-01-06: give only the part during the case, or correct the first sick day."
                )
            );

    [Fact]
    public void Overlapping_leave_is_reported() =>
        Problems(
                new SicknessCase(
                    "C",
                    Day1,
                    leave:
                    [
                        new LeavePeriod(LeaveKind.ZwangerschapBevalling, D(2025, 2, 1), D(2025, 3, 1)),
                        new LeavePeriod(LeaveKind.ZwangerschapBevalling, D(2025, 3, 1), D(2025, 4, 1)),
                    ]
                )
            )
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[1].from",
                    "leave 1 starts on 2025-03-01, not after leave 0 ends (2025-03-01): list leave in date order without overlap."
                )
            );

    [Fact]
    public void Employment_ending_before_day_1_is_reported() =>
        Problems(new SicknessCase("C", Day1, employmentEndsOn: D(2025, 1, 1)))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.employmentEndsOn",
                    "employment ends on 2025-01-01, before the first sick day 2025-01-06: the case would not be sickness during employment."
                )
            );

    [Fact]
    public void An_event_before_day_1_is_reported() =>
        Problems(SicknessCase.Builder("C", Day1).Probleemanalyse(D(2025, 1, 5)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0].on",
                    "probleemanalyse on 2025-01-05 is before the first sick day 2025-01-06: events of a case happen on or after day 1."
                )
            );

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    public void A_loonsanctie_lasts_1_to_52_weeks(int weeks) =>
        Problems(SicknessCase.Builder("C", Day1).Loonsanctie(D(2026, 11, 1), weeks).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[0].weeks", $"a loonsanctie lasts 1 to 52 weeks (WIA art. 25 lid 9), not {weeks}."));

    [Fact]
    public void A_bekorting_needs_an_earlier_loonsanctie() =>
        Problems(SicknessCase.Builder("C", Day1).Bekorting(D(2026, 11, 1)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0]",
                    "bekorting on 2026-11-01 without a loonsanctie before that day: a bekorting is UWV's finding that the employer repaired the shortcoming, which the employer reports after the loonsanctie and UWV judges within three weeks of that report (WIA art. 25 lid 12-14), so it comes after the decision, never on its day."
                )
            );

    [Fact]
    public void An_extension_must_end_after_it_was_granted() =>
        Problems(SicknessCase.Builder("C", Day1).Verlenging(D(2026, 11, 1), D(2026, 11, 1)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0].until",
                    "the extended wage period must end after the day it was granted (2026-11-01), not on 2026-11-01."
                )
            );

    [Fact]
    public void A_deviation_is_only_for_the_terms_of_art_2_and_4() =>
        Problems(SicknessCase.Builder("C", Day1).Afwijking(D(2025, 2, 1), "uwv-ziekmelding", D(2025, 12, 1), "reden").BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0].obligation",
                    "'uwv-ziekmelding' is not a term of art. 2 or 4 of the Regeling procesgang: art. 5 allows a reasoned deviation only for probleemanalyse, plan-van-aanpak, evaluatie, eerstejaarsevaluatie."
                )
            );

    [Fact]
    public void A_deviation_needs_a_reason_and_a_due_date_in_the_case() =>
        Problems(SicknessCase.Builder("C", Day1).Afwijking(D(2025, 2, 1), "plan-van-aanpak", D(2025, 1, 1), " ").BuildUnvalidated())
            .Should()
            .BeEquivalentTo(
                new[]
                {
                    new CaseProblem("$.events[0].dueBy", "dueBy 2025-01-01 is before the first sick day 2025-01-06."),
                    new CaseProblem("$.events[0].reason", "a deviation needs its reason (Regeling procesgang art. 5: 'gemotiveerd')."),
                },
                o => o.WithStrictOrdering()
            );

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var @case = new SicknessCase(
            string.Empty,
            Day1,
            [new SicknessPeriod(Day1, D(2025, 1, 1)), new SicknessPeriod(D(2025, 1, 3))],
            events: [new ObligationFulfilled("probleemanalyse", D(2024, 12, 1))]
        );

        Problems(@case).Select(p => p.Path).Should().Equal("$.caseId", "$.sickness[0].until", "$.sickness[1].from", "$.events[0].on");
    }

    [Fact]
    public void Build_throws_one_exception_listing_every_problem()
    {
        var act = () => SicknessCase.Builder(string.Empty, Day1).Probleemanalyse(D(2024, 1, 1)).Build();

        act.Should().Throw<InvalidCaseException>().Which.Problems.Select(p => p.Path).Should().Equal("$.caseId", "$.events[0].on");
    }

    [Fact]
    public void The_engine_refuses_an_assessment_date_before_day_1()
    {
        var act = () => new PoortwachterEngine().Assess(SicknessCase.Builder("C", Day1).Build(), D(2025, 1, 5));

        act.Should()
            .Throw<InvalidCaseException>()
            .Which.Problems.Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("asOf", "the assessment date 2025-01-05 is before the first sick day 2025-01-06."));
    }
}
