using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>The wachttijd clock on every situation of domain.md section 1; each date derived by hand in a comment.</summary>
public sealed class ClockTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Public_example_with_a_21_day_interruption_ends_on_21_January_2024()
    {
        // Sick 3 Jan - 3 Jul 2022, fit 4 - 24 Jul 2022 (21 days), sick again from 25 Jul 2022.
        // Without the gap day 728 = 3 Jan 2022 + 727 days = 31 Dec 2023; the 21 fit days push it to 21 Jan 2024.
        var @case = SicknessCase.Builder("P", D(2022, 1, 3)).SickUntil(D(2022, 7, 3)).SickAgainFrom(D(2022, 7, 25)).Build();
        var clock = WachttijdClock.Create(@case, D(2022, 9, 1));

        clock.DateOfCountedDay(728).Should().Be(D(2024, 1, 21));
        clock.DateOfCountedDay(729).Should().Be(D(2024, 1, 22), "the WIA can start the next day");
        clock.CountedDaysThrough(D(2022, 7, 3)).Should().Be(182, "3 Jan..3 Jul 2022 is 29+28+31+30+31+30+3 = 182 days");
        clock.CountedDaysThrough(D(2022, 7, 24)).Should().Be(182, "fit days do not count");
        clock.DateOfCountedDay(183).Should().Be(D(2022, 7, 25));
        clock.Interruptions.Should().ContainSingle().Which.FitDays.Should().Be(21);
        clock.SicknessState.Should().Be(SicknessState.Sick);
    }

    [Fact]
    public void A_gap_of_27_fit_days_merges_the_periods()
    {
        // Sick 6 Jan - 9 Feb 2025 (35 counted days), fit 10 Feb - 8 Mar (19 + 8 = 27 days), sick from 9 Mar.
        var @case = SicknessCase.Builder("G27", D(2025, 1, 6)).SickUntil(D(2025, 2, 9)).SickAgainFrom(D(2025, 3, 9)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 4, 1));

        clock.FirstSickDay.Should().Be(D(2025, 1, 6));
        clock.IsRestarted.Should().BeFalse();
        clock.DateOfCountedDay(36).Should().Be(D(2025, 3, 9));
        clock.DateOfCountedDay(42).Should().Be(D(2025, 3, 15), "day 36 is 9 Mar, so day 42 is 6 days later");
    }

    [Fact]
    public void A_gap_of_28_fit_days_starts_a_new_wachttijd()
    {
        // Fit 10 Feb - 9 Mar 2025 is 19 + 9 = 28 days: the sickness from 10 Mar is a new case with day 1 = 10 Mar.
        var @case = SicknessCase.Builder("G28", D(2025, 1, 6)).SickUntil(D(2025, 2, 9)).SickAgainFrom(D(2025, 3, 10)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 4, 1));

        clock.IsRestarted.Should().BeTrue();
        clock.FirstSickDay.Should().Be(D(2025, 3, 10));
        clock.DateOfCountedDay(1).Should().Be(D(2025, 3, 10));
        clock.DateOfCountedDay(42).Should().Be(D(2025, 4, 20), "10 Mar + 41 days");
    }

    [Fact]
    public void Fit_for_28_days_on_the_assessment_date_ends_the_case()
    {
        var @case = SicknessCase.Builder("R", D(2025, 1, 6)).SickUntil(D(2025, 1, 25)).Build();

        var after27 = WachttijdClock.Create(@case, D(2025, 2, 21)); // fit 26 Jan .. 21 Feb = 6 + 21 = 27 days
        after27.SicknessState.Should().Be(SicknessState.Interrupted);
        after27.FitDaysSoFar.Should().Be(27);
        after27.DateOfCountedDay(21).Should().Be(D(2025, 2, 22), "projection: sick again from asOf + 1");

        var after28 = WachttijdClock.Create(@case, D(2025, 2, 22));
        after28.SicknessState.Should().Be(SicknessState.Recovered);
        after28.IsProjected.Should().BeFalse();
        after28.DateOfCountedDay(20).Should().Be(D(2025, 1, 25));
        after28.DateOfCountedDay(21).Should().BeNull("the case ended by recovery after 20 counted days");
        after28.LastSickDay.Should().Be(D(2025, 1, 25));
    }

    [Fact]
    public void Leave_at_the_start_does_not_count()
    {
        // Leave 6 - 20 Jan 2025 (15 days): counted day 1 is 21 Jan, day 42 is 21 Jan + 41 = 3 Mar.
        var @case = SicknessCase.Builder("L1", D(2025, 1, 6)).ZwangerschapsBevallingsverlof(D(2025, 1, 6), D(2025, 1, 20)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 4, 1));

        clock.CountedDaysThrough(D(2025, 1, 20)).Should().Be(0);
        clock.DateOfCountedDay(1).Should().Be(D(2025, 1, 21));
        clock.DateOfCountedDay(42).Should().Be(D(2025, 3, 3));
    }

    [Fact]
    public void Leave_in_the_middle_moves_later_days_by_its_length()
    {
        // 6 - 31 Jan = 26 counted days; leave 1 - 14 Feb (14 days); 15 Feb is day 27, so day 42 = 15 Feb + 15 = 2 Mar
        // (16 Feb without the leave, + 14).
        var @case = SicknessCase.Builder("L2", D(2025, 1, 6)).ZwangerschapsBevallingsverlof(D(2025, 2, 1), D(2025, 2, 14)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 4, 1));

        clock.DateOfCountedDay(26).Should().Be(D(2025, 1, 31));
        clock.DateOfCountedDay(27).Should().Be(D(2025, 2, 15));
        clock.DateOfCountedDay(42).Should().Be(D(2025, 3, 2));
        clock.SplitThrough(D(2025, 3, 2)).Should().Be(new DaySplit(56, 42, 14, 0));
    }

    [Fact]
    public void Planned_leave_after_the_assessment_date_is_left_out_of_the_projection()
    {
        // The same leave, but assessed on 20 Jan: the projection still skips the 14 leave days.
        var @case = SicknessCase.Builder("L3", D(2025, 1, 6)).ZwangerschapsBevallingsverlof(D(2025, 2, 1), D(2025, 2, 14)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 1, 20));

        clock.DateOfCountedDay(42).Should().Be(D(2025, 3, 2));
        clock.DateOfCountedDay(728).Should().Be(D(2027, 1, 17), "3 Jan 2027 + 14 leave days");
    }

    [Fact]
    public void Sickness_directly_before_and_after_leave_is_added_together()
    {
        // Sick 6 Jan - 30 Apr 2025 (26+28+31+30 = 115 days), leave 1 May - 20 Aug (112 days), sick again from 21 Aug:
        // the gap holds only leave, so no fit day: one case, and 21 Aug is counted day 116.
        var @case = SicknessCase
            .Builder("L4", D(2025, 1, 6))
            .SickUntil(D(2025, 4, 30))
            .SickAgainFrom(D(2025, 8, 21))
            .ZwangerschapsBevallingsverlof(D(2025, 5, 1), D(2025, 8, 20))
            .Build();
        var clock = WachttijdClock.Create(@case, D(2025, 9, 1));

        clock.IsRestarted.Should().BeFalse();
        clock.CountedDaysThrough(D(2025, 4, 30)).Should().Be(115);
        clock.DateOfCountedDay(116).Should().Be(D(2025, 8, 21));
        clock.Interruptions.Should().ContainSingle().Which.FitDays.Should().Be(0);
    }

    [Fact]
    public void On_leave_straight_after_sickness_the_case_runs()
    {
        // Sick until 30 Apr 2025, leave from 1 May, assessed on 1 Jun during the leave: not fit, so running.
        var @case = SicknessCase
            .Builder("L5", D(2025, 1, 6))
            .SickUntil(D(2025, 4, 30))
            .ZwangerschapsBevallingsverlof(D(2025, 5, 1), D(2025, 8, 20))
            .Build();
        var clock = WachttijdClock.Create(@case, D(2025, 6, 1));

        clock.SicknessState.Should().Be(SicknessState.Sick);
        clock.DateOfCountedDay(116).Should().Be(D(2025, 8, 21), "115 counted days through 30 Apr; the projection resumes after the leave");
    }

    [Fact]
    public void Events_and_periods_after_the_assessment_date_are_not_known_yet()
    {
        // The recovery on 1 Mar is after asOf 1 Feb: on 1 Feb the clock still projects continuous sickness.
        var @case = SicknessCase.Builder("F", D(2025, 1, 6)).SickUntil(D(2025, 3, 1)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 2, 1));

        clock.SicknessState.Should().Be(SicknessState.Sick);
        clock.DateOfCountedDay(728).Should().Be(D(2027, 1, 3));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(42, 6)]
    [InlineData(43, 7)]
    [InlineData(295, 43)] // "na 42 weken": the first day of week 43
    [InlineData(651, 93)]
    [InlineData(728, 104)]
    [InlineData(0, 0)]
    public void Week_n_holds_counted_days_7n_minus_6_to_7n(int day, int week) => WachttijdClock.WeekOf(day).Should().Be(week);

    [Fact]
    public void Counted_day_zero_or_less_is_refused()
    {
        var clock = WachttijdClock.Create(SicknessCase.Builder("Z", D(2025, 1, 6)).Build(), D(2025, 1, 6));

        var act = () => clock.DateOfCountedDay(0);

        act.Should().Throw<System.ArgumentOutOfRangeException>().WithMessage("*start at day 1*");
    }

    [Fact]
    public void The_assessment_date_may_not_precede_day_1()
    {
        var act = () => WachttijdClock.Create(SicknessCase.Builder("Z", D(2025, 1, 6)).Build(), D(2025, 1, 5));

        act.Should().Throw<System.ArgumentOutOfRangeException>().WithMessage("*on or after the first sick day 2025-01-06*");
    }
}
