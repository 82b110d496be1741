using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Cases;

/// <summary>
/// The edges of every validation rule: the first day that is allowed, the last one that is not, the path of each
/// out-of-range date, and no follow-on problems from a value that was already reported.
/// </summary>
public sealed class CaseValidatorBoundaryTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private const string Range = "is out of the supported range 1900-01-01..2199-12-31.";

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static CaseProblem[] Problems(SicknessCase @case) => CaseValidator.Validate(@case).ToArray();

    private static LeavePeriod Wazo(LocalDate from, LocalDate until) => new(LeaveKind.ZwangerschapBevalling, from, until);

    private static CaseBuilder Open() => SicknessCase.Builder("C", Day1);

    [Fact]
    public void A_first_sick_day_on_1_July_2013_is_the_current_regime() =>
        Problems(new SicknessCase("C", CaseValidator.CurrentRegimeStart)).Should().BeEmpty();

    [Fact]
    public void The_first_and_last_supported_dates_are_in_range()
    {
        // 1900-01-01 is in range, so only the regime is reported, not the range.
        Problems(new SicknessCase("C", CaseValidator.MinSupportedDate))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Match<CaseProblem>(p =>
                p.Path == "$.firstSickDay"
                && p.Message.StartsWith("first sick day 1900-01-01 is before 2013-07-01", System.StringComparison.Ordinal)
            );
        Problems(new SicknessCase("C", CaseValidator.MaxSupportedDate)).Should().BeEmpty();
        Problems(new SicknessCase("C", Day1, employmentEndsOn: CaseValidator.MaxSupportedDate)).Should().BeEmpty();
        Problems(Open().Probleemanalyse(CaseValidator.MaxSupportedDate).BuildUnvalidated()).Should().BeEmpty();
    }

    [Fact]
    public void A_first_sick_day_just_before_the_range_is_reported_once_not_also_as_an_earlier_regime() =>
        Problems(new SicknessCase("C", D(1899, 12, 31)))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.firstSickDay", $"1899-12-31 {Range}"));

    [Fact]
    public void A_date_before_year_0_is_written_in_ISO_8601_with_its_sign() =>
        Problems(new SicknessCase("C", D(-1, 3, 1)))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.firstSickDay", $"-0001-03-01 {Range}"));

    [Fact]
    public void An_employment_end_out_of_range_is_reported_once() =>
        Problems(new SicknessCase("C", Day1, employmentEndsOn: D(1899, 12, 31)))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.employmentEndsOn", $"1899-12-31 {Range}"));

    [Fact]
    public void Employment_ending_on_day_1_is_sickness_during_employment() =>
        Problems(new SicknessCase("C", Day1, employmentEndsOn: Day1)).Should().BeEmpty();

    [Fact]
    public void A_sickness_start_out_of_range_is_reported_at_its_path_without_follow_on_problems() =>
        Problems(new SicknessCase("C", Day1, [new SicknessPeriod(Day1, D(2025, 2, 1)), new SicknessPeriod(D(1899, 12, 31), D(2025, 3, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.sickness[1].from", $"1899-12-31 {Range}"));

    [Fact]
    public void A_sickness_end_out_of_range_is_reported_at_its_path() =>
        Problems(new SicknessCase("C", Day1, [new SicknessPeriod(Day1, D(2025, 2, 1)), new SicknessPeriod(D(2025, 3, 1), D(2200, 1, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.sickness[1].until", $"2200-01-01 {Range}"));

    [Fact]
    public void Two_periods_starting_on_the_same_day_are_out_of_order() =>
        Problems(new SicknessCase("C", Day1, [new SicknessPeriod(Day1, D(2025, 2, 1)), new SicknessPeriod(Day1, D(2025, 3, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.sickness[1].from",
                    "period 1 starts on 2025-01-06, not after period 0 (2025-01-06): list the periods in date order."
                )
            );

    [Fact]
    public void Leave_is_checked_against_a_last_sick_day_on_the_last_supported_date() =>
        Problems(
                new SicknessCase(
                    "C",
                    Day1,
                    [new SicknessPeriod(Day1, CaseValidator.MaxSupportedDate)],
                    [Wazo(D(2024, 10, 1), D(2024, 12, 31))]
                )
            )
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[0]",
                    "leave 2024-10-01..2024-12-31 lies outside the sickness (2025-01-06..2199-12-31): only leave during the case affects the wachttijd."
                )
            );

    [Fact]
    public void Leave_is_checked_against_a_last_sick_day_on_the_first_supported_date()
    {
        var day1 = CaseValidator.MinSupportedDate;
        // Sick on 1 January 1900 only; leave from 1 March is more than 28 fit days later.
        var problems = Problems(new SicknessCase("C", day1, [new SicknessPeriod(day1, day1)], [Wazo(D(1900, 3, 1), D(1900, 4, 1))]));

        problems.Select(p => p.Path).Should().Equal("$.firstSickDay", "$.leave[0]");
        problems[1]
            .Message.Should()
            .Be(
                "leave 1900-03-01..1900-04-01 lies outside the sickness (1900-01-01..1900-01-01): only leave during the case affects the wachttijd."
            );
    }

    [Fact]
    public void Leave_before_an_open_case_is_outside_the_sickness() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(D(2024, 10, 1), D(2024, 12, 31))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[0]",
                    "leave 2024-10-01..2024-12-31 lies outside the sickness (2025-01-06 on): only leave during the case affects the wachttijd."
                )
            );

    [Fact]
    public void An_unknown_leave_kind_is_reported() =>
        Problems(new SicknessCase("C", Day1, leave: [new LeavePeriod((LeaveKind)7, D(2025, 2, 1), D(2025, 3, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.leave[0].kind", "unknown leave kind 7: the only kind is 'zwangerschap-bevalling'."));

    [Fact]
    public void A_leave_start_out_of_range_is_reported_without_follow_on_problems() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(D(1899, 12, 31), D(2025, 2, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.leave[0].from", $"1899-12-31 {Range}"));

    [Fact]
    public void Both_leave_dates_out_of_range_are_reported() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(D(1899, 12, 31), D(2200, 1, 1))]))
            .Should()
            .Equal(new CaseProblem("$.leave[0].from", $"1899-12-31 {Range}"), new CaseProblem("$.leave[0].until", $"2200-01-01 {Range}"));

    [Fact]
    public void A_leave_end_out_of_range_is_reported() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(D(2025, 2, 1), D(2200, 1, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.leave[0].until", $"2200-01-01 {Range}"));

    [Fact]
    public void Reversed_leave_is_reported_once_even_when_it_lies_before_the_case() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(D(2025, 1, 3), D(2025, 1, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[0].until",
                    "until (2025-01-01) is before from (2025-01-03): leave ends on or after the day it starts."
                )
            );

    [Fact]
    public void One_day_of_leave_on_day_1_is_leave_during_the_case() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(Day1, Day1)])).Should().BeEmpty();

    [Fact]
    public void Two_separate_leave_periods_are_valid() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(D(2025, 2, 1), D(2025, 2, 10)), Wazo(D(2025, 3, 1), D(2025, 3, 10))]))
            .Should()
            .BeEmpty();

    [Fact]
    public void Leave_starting_on_the_single_day_of_the_previous_leave_overlaps_it() =>
        Problems(new SicknessCase("C", Day1, leave: [Wazo(D(2025, 2, 1), D(2025, 2, 1)), Wazo(D(2025, 2, 1), D(2025, 3, 1))]))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.leave[1].from",
                    "leave 1 starts on 2025-02-01, not after leave 0 ends (2025-02-01): list leave in date order without overlap."
                )
            );

    [Fact]
    public void A_bekorting_is_valid_when_any_loonsanctie_precedes_it() =>
        // The second decision comes after the bekorting; the first one, listed before it, is what the bekorting shortens.
        Problems(Open().Loonsanctie(D(2026, 11, 2), 26).Bekorting(D(2027, 1, 4)).Loonsanctie(D(2027, 9, 6), 12).BuildUnvalidated())
            .Should()
            .BeEmpty();

    [Fact]
    public void A_bekorting_on_the_day_of_the_loonsanctie_is_refused() =>
        // The employer reports the repair after the decision and UWV judges it within three weeks of that report
        // (WIA art. 25 lid 12-13): a finding on the decision's own day cannot be, and the engine would apply it or not
        // depending on the order in which the two were listed.
        Problems(Open().Loonsanctie(D(2026, 11, 2), 26).Bekorting(D(2026, 11, 2)).BuildUnvalidated())
            .Should()
            .Equal(
                new CaseProblem(
                    "$.events[1]",
                    "bekorting on 2026-11-02 without a loonsanctie before that day: a bekorting is UWV's finding that the employer repaired the shortcoming, which the employer reports after the loonsanctie and UWV judges within three weeks of that report (WIA art. 25 lid 12-14), so it comes after the decision, never on its day."
                )
            );

    [Fact]
    public void A_bekorting_the_day_after_the_loonsanctie_is_valid() =>
        Problems(Open().Loonsanctie(D(2026, 11, 2), 26).Bekorting(D(2026, 11, 3)).BuildUnvalidated()).Should().BeEmpty();

    [Theory]
    [InlineData(1)]
    [InlineData(52)]
    public void A_loonsanctie_of_1_or_52_weeks_is_valid(int weeks) =>
        Problems(Open().Loonsanctie(D(2026, 11, 2), weeks).BuildUnvalidated()).Should().BeEmpty();

    [Fact]
    public void An_event_type_of_only_spaces_is_reported() =>
        Problems(Open().Done(" ", D(2025, 2, 1)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[0].type", "type is required."));

    [Fact]
    public void An_event_on_day_1_is_valid() => Problems(Open().Probleemanalyse(Day1).BuildUnvalidated()).Should().BeEmpty();

    [Fact]
    public void An_event_date_out_of_range_is_reported_at_its_path() =>
        Problems(Open().Probleemanalyse(D(2025, 2, 1)).Probleemanalyse(D(2200, 1, 1)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[1].on", $"2200-01-01 {Range}"));

    [Fact]
    public void An_extension_end_out_of_range_is_reported_at_its_path() =>
        Problems(Open().Verlenging(D(2026, 11, 2), D(2200, 1, 1)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[0].until", $"2200-01-01 {Range}"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_deviation_names_its_obligation(string? obligation) =>
        Problems(Open().Afwijking(D(2025, 2, 1), obligation!, D(2025, 3, 1), "bedrijfsarts met vakantie").BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[0].obligation", "obligation is required: the code of the obligation whose term is changed."));

    [Fact]
    public void A_deviation_without_a_reason_is_reported() =>
        Problems(Open().Afwijking(D(2025, 2, 1), "plan-van-aanpak", D(2025, 3, 1), null!).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[0].reason", "a deviation needs its reason (Regeling procesgang art. 5: 'gemotiveerd')."));

    [Fact]
    public void A_deviation_due_on_day_1_is_valid() =>
        Problems(Open().Afwijking(Day1, "probleemanalyse", Day1, "bedrijfsarts met vakantie").BuildUnvalidated()).Should().BeEmpty();

    [Fact]
    public void A_deviation_due_date_out_of_range_is_reported_at_its_path() =>
        Problems(Open().Afwijking(D(2025, 2, 1), "plan-van-aanpak", D(2200, 1, 1), "bedrijfsarts met vakantie").BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[0].dueBy", $"2200-01-01 {Range}"));

    [Fact]
    public void A_postponement_until_out_of_range_is_reported_at_its_path() =>
        Problems(Open().Spoor2Uitstel(D(2025, 12, 1), D(2200, 1, 1)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new CaseProblem("$.events[0].until", $"2200-01-01 {Range}"));

    [Theory]
    [InlineData(1)]
    [InlineData(24)]
    public void A_trajectory_of_1_or_24_months_is_valid(int months) =>
        Problems(Open().Spoor2Trajectplan(D(2025, 12, 1), months).BuildUnvalidated()).Should().BeEmpty();

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void A_trajectory_lasts_1_to_24_months(int months) =>
        Problems(Open().Spoor2Trajectplan(D(2025, 12, 1), months).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0].months",
                    $"a spoor-2 trajectory is planned for 1 to 24 months (6, 9 or 12 in practice), not {months}."
                )
            );

    [Fact]
    public void A_placement_on_the_day_spoor_2_starts_is_valid() =>
        Problems(Open().Spoor2(D(2025, 12, 1)).Spoor2Plaatsing(D(2025, 12, 1)).BuildUnvalidated()).Should().BeEmpty();

    [Fact]
    public void A_placement_before_spoor_2_starts_is_reported() =>
        Problems(Open().Spoor2Plaatsing(D(2025, 11, 30)).Spoor2(D(2025, 12, 1)).BuildUnvalidated())
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0]",
                    "spoor-2-plaatsing on 2025-11-30 without the start of spoor 2 (event 'spoor-2') on or before that day: a placement with another employer is the result of spoor 2."
                )
            );
}
