using System;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>
/// The clock at its edges: the first and last day of a gap, of leave and of the projection; each date and count
/// derived by hand in a comment (day 1 = Monday 6 January 2025, so counted day n = 6 Jan 2025 + (n - 1) days
/// while there is no gap and no leave).
/// </summary>
public sealed class ClockBoundaryTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static CaseBuilder Case() => SicknessCase.Builder("B", Day1);

    [Fact]
    public void A_null_case_is_refused_with_its_parameter_name()
    {
        var act = () => WachttijdClock.Create(null!, Day1);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("case");
    }

    [Fact]
    public void A_running_or_interrupted_case_is_projected()
    {
        // Sick on asOf: the clock projects sickness after asOf.
        WachttijdClock.Create(Case().Build(), D(2025, 2, 10)).IsProjected.Should().BeTrue();

        // Fit since 1 Feb, assessed on 10 Feb (10 fit days): the projection assumes sickness resumes on 11 Feb.
        var interrupted = WachttijdClock.Create(Case().SickUntil(D(2025, 1, 31)).Build(), D(2025, 2, 10));
        interrupted.IsProjected.Should().BeTrue();
        // 6..31 Jan = 26 counted days; day 27 is the day after asOf.
        interrupted.DateOfCountedDay(27).Should().Be(D(2025, 2, 11));
    }

    [Fact]
    public void A_closed_interruption_runs_from_the_day_after_the_last_sick_day_to_the_day_before_sickness_resumes()
    {
        // Sick 6..31 Jan, fit 1..9 Feb (9 days), sick again from 10 Feb.
        var @case = Case().SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 10)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 3, 1));

        var gap = clock.Interruptions.Should().ContainSingle().Subject;
        gap.From.Should().Be(D(2025, 2, 1));
        gap.Until.Should().Be(D(2025, 2, 9));
        gap.FitDays.Should().Be(9);
        gap.IsOngoing.Should().BeFalse();
        // 26 counted days in January, so 10 Feb is counted day 27.
        clock.DateOfCountedDay(27).Should().Be(D(2025, 2, 10));
    }

    [Fact]
    public void An_ongoing_interruption_runs_to_the_assessment_date()
    {
        // Sick 6..31 Jan, fit from 1 Feb, assessed on 10 Feb: 10 fit days so far.
        var clock = WachttijdClock.Create(Case().SickUntil(D(2025, 1, 31)).Build(), D(2025, 2, 10));

        clock.SicknessState.Should().Be(SicknessState.Interrupted);
        clock.LastSickDay.Should().Be(D(2025, 1, 31));
        clock.FitDaysSoFar.Should().Be(10);
        var gap = clock.Interruptions.Should().ContainSingle().Subject;
        gap.From.Should().Be(D(2025, 2, 1));
        gap.Until.Should().Be(D(2025, 2, 10));
        gap.FitDays.Should().Be(10);
        gap.IsOngoing.Should().BeTrue();
    }

    [Fact]
    public void The_interruption_that_ends_a_case_has_no_last_day()
    {
        // Sick 6..25 Jan, fit 26 Jan..22 Feb = 6 + 22 = 28 days: the case ended by recovery.
        var clock = WachttijdClock.Create(Case().SickUntil(D(2025, 1, 25)).Build(), D(2025, 2, 22));

        var gap = clock.Interruptions.Should().ContainSingle().Subject;
        gap.From.Should().Be(D(2025, 1, 26));
        gap.Until.Should().BeNull();
        gap.FitDays.Should().Be(28);
        gap.IsOngoing.Should().BeFalse();
    }

    [Fact]
    public void On_the_first_fit_day_one_fit_day_has_passed()
    {
        // Last sick day 31 Jan, assessed on 1 Feb: interrupted with exactly 1 fit day.
        var clock = WachttijdClock.Create(Case().SickUntil(D(2025, 1, 31)).Build(), D(2025, 2, 1));

        clock.SicknessState.Should().Be(SicknessState.Interrupted);
        clock.FitDaysSoFar.Should().Be(1);
        clock.LastSickDay.Should().Be(D(2025, 1, 31));
    }

    [Fact]
    public void A_gap_of_one_fit_day_is_one_fit_day()
    {
        // Sick 6..31 Jan, fit on 1 Feb only, sick again from 2 Feb: 2 Feb is counted day 27.
        var @case = Case().SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 2)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 3, 1));

        var gap = clock.Interruptions.Should().ContainSingle().Subject;
        gap.From.Should().Be(D(2025, 2, 1));
        gap.Until.Should().Be(D(2025, 2, 1));
        gap.FitDays.Should().Be(1);
        clock.DateOfCountedDay(27).Should().Be(D(2025, 2, 2));
    }

    [Fact]
    public void A_new_wachttijd_does_not_carry_the_interruptions_of_the_earlier_case()
    {
        // Sick 6..31 Jan, fit 1..9 Feb (9 days: one case), sick 10..28 Feb, fit 1..31 Mar (31 days: the case ends),
        // sick again from 1 Apr: a new wachttijd from 1 Apr without interruptions so far.
        var @case = Case()
            .SickUntil(D(2025, 1, 31))
            .SickAgainFrom(D(2025, 2, 10))
            .SickUntil(D(2025, 2, 28))
            .SickAgainFrom(D(2025, 4, 1))
            .Build();
        var clock = WachttijdClock.Create(@case, D(2025, 5, 1));

        clock.IsRestarted.Should().BeTrue();
        clock.FirstSickDay.Should().Be(D(2025, 4, 1));
        clock.Interruptions.Should().BeEmpty();
        // 1 Apr..1 May = 31 counted days of the new wachttijd.
        clock.CountedDaysAsOf.Should().Be(31);
    }

    [Fact]
    public void Fit_days_before_leave_end_the_case_once_the_interruption_reaches_four_weeks()
    {
        // Literal reading (default): sick until 30 Apr, then 5 fit days and leave from 6 May. The first period does not
        // directly adjoin the leave (limb b of BW 7:629 lid 10 is out), so every day from 1 May interrupts; on 28 May
        // (1 May + 27) the interruption reaches 28 days and the case ends. On 1 Jun: recovered, 5 fit days.
        var @case = Case().SickUntil(D(2025, 4, 30)).ZwangerschapsBevallingsverlof(D(2025, 5, 6), D(2025, 8, 20)).Build();

        WachttijdClock.Create(@case, D(2025, 5, 27)).SicknessState.Should().Be(SicknessState.Interrupted);
        var clock = WachttijdClock.Create(@case, D(2025, 5, 28));
        clock.SicknessState.Should().Be(SicknessState.Recovered);
        clock.FitDaysSoFar.Should().Be(5);
        clock.DateOfCountedDay(116).Should().BeNull("a case that ended by recovery projects nothing");
    }

    [Fact]
    public void Fit_days_before_leave_keep_the_case_interrupted_during_the_leave_under_the_neutral_reading()
    {
        // Sick 6 Jan..30 Apr (26 + 28 + 31 + 30 = 115 counted days), fit 1..5 May (5 days), leave 6 May..20 Aug.
        // On 1 Jun the employee is on leave but was fit before it: with leave neutral, 5 fit days so far.
        var @case = Case().SickUntil(D(2025, 4, 30)).ZwangerschapsBevallingsverlof(D(2025, 5, 6), D(2025, 8, 20)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 6, 1), LeaveInGapReading.Neutral);

        clock.SicknessState.Should().Be(SicknessState.Interrupted);
        clock.FitDaysSoFar.Should().Be(5);
        clock.LastSickDay.Should().Be(D(2025, 4, 30));
        var gap = clock.Interruptions.Should().ContainSingle().Subject;
        gap.From.Should().Be(D(2025, 5, 1));
        gap.Until.Should().Be(D(2025, 6, 1));
        gap.FitDays.Should().Be(5);
        clock.CountedDaysAsOf.Should().Be(115);
        // Projected from 2 Jun, but 2 Jun..20 Aug is leave: counted day 116 is 21 Aug.
        clock.DateOfCountedDay(116).Should().Be(D(2025, 8, 21));
    }

    [Fact]
    public void Sickness_entirely_within_leave_never_counts_a_day()
    {
        // Sick 6..20 Jan, all of it leave (6..20 Jan); fit 21 Jan..17 Feb = 11 + 17 = 28 days: the case ended
        // without a single counted day.
        var @case = Case().SickUntil(D(2025, 1, 20)).ZwangerschapsBevallingsverlof(D(2025, 1, 6), D(2025, 1, 20)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 2, 17));

        clock.SicknessState.Should().Be(SicknessState.Recovered);
        clock.IsProjected.Should().BeFalse();
        clock.CountedDaysAsOf.Should().Be(0);
        clock.DateOfCountedDay(1).Should().BeNull();
        clock.IsCounted(D(2025, 1, 6)).Should().BeFalse();
    }

    [Fact]
    public void IsCounted_is_true_from_the_first_to_the_last_sick_day_of_each_period()
    {
        // Sick 6..31 Jan, fit 1..9 Feb, sick again from 10 Feb; assessed on 1 Mar.
        var @case = Case().SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 10)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 3, 1));

        clock.IsCounted(D(2025, 1, 5)).Should().BeFalse("the day before day 1");
        clock.IsCounted(D(2025, 1, 6)).Should().BeTrue("day 1");
        clock.IsCounted(D(2025, 1, 31)).Should().BeTrue("the last sick day before the gap");
        clock.IsCounted(D(2025, 2, 1)).Should().BeFalse("the first fit day");
        clock.IsCounted(D(2025, 2, 9)).Should().BeFalse("the last fit day");
        clock.IsCounted(D(2025, 2, 10)).Should().BeTrue("sick again");
        clock.IsCounted(D(2025, 3, 2)).Should().BeTrue("projected after asOf");
    }

    [Fact]
    public void IsLeave_covers_the_first_and_the_last_day_of_leave_and_nothing_else()
    {
        var @case = Case().ZwangerschapsBevallingsverlof(D(2025, 5, 1), D(2025, 8, 20)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 6, 1));

        clock.IsLeave(D(2025, 4, 30)).Should().BeFalse();
        clock.IsLeave(D(2025, 5, 1)).Should().BeTrue();
        clock.IsLeave(D(2025, 6, 15)).Should().BeTrue();
        clock.IsLeave(D(2025, 8, 20)).Should().BeTrue();
        clock.IsLeave(D(2025, 8, 21)).Should().BeFalse();
        WachttijdClock.Create(Case().Build(), D(2025, 6, 1)).IsLeave(D(2025, 6, 1)).Should().BeFalse("no leave at all");
    }

    [Fact]
    public void IsLeave_finds_the_second_of_two_leave_periods()
    {
        // Two pregnancies in one wachttijd: leave 1 May..20 Aug 2025 and 1 Jun..20 Sep 2026.
        var @case = Case()
            .ZwangerschapsBevallingsverlof(D(2025, 5, 1), D(2025, 8, 20))
            .ZwangerschapsBevallingsverlof(D(2026, 6, 1), D(2026, 9, 20))
            .Build();
        var clock = WachttijdClock.Create(@case, D(2025, 6, 1));

        clock.IsLeave(D(2026, 6, 1)).Should().BeTrue();
        clock.IsLeave(D(2026, 9, 20)).Should().BeTrue();
        clock.IsLeave(D(2026, 5, 31)).Should().BeFalse();
        clock.IsLeave(D(2026, 9, 21)).Should().BeFalse();
    }

    [Fact]
    public void SplitThrough_counts_day_1_and_the_first_leave_day()
    {
        var @case = Case().ZwangerschapsBevallingsverlof(D(2025, 5, 1), D(2025, 8, 20)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 6, 1));

        clock.SplitThrough(D(2025, 1, 6)).Should().Be(new DaySplit(1, 1, 0, 0), "day 1 is one counted day");
        // 6 Jan..1 May = 116 calendar days: 115 counted (6 Jan..30 Apr) and 1 of leave (1 May).
        clock.SplitThrough(D(2025, 5, 1)).Should().Be(new DaySplit(116, 115, 1, 0));
        clock.SplitThrough(D(2024, 12, 27)).Should().Be(new DaySplit(0, 0, 0, 0), "ten days before day 1 nothing has passed");
    }

    [Fact]
    public void Sickness_that_resumes_on_the_first_day_of_leave_counts_only_after_the_leave()
    {
        // Sick 6 Jan..28 Apr (26 + 28 + 31 + 28 = 113 counted days), fit 29..30 Apr, sick again from 1 May, which is
        // also the first day of leave (1 May..20 Aug). Assessed on 1 May: that day is leave, so still 113 counted
        // days, and counted day 114 is the first day after the leave, 21 Aug.
        var @case = Case()
            .SickUntil(D(2025, 4, 28))
            .SickAgainFrom(D(2025, 5, 1))
            .ZwangerschapsBevallingsverlof(D(2025, 5, 1), D(2025, 8, 20))
            .Build();
        var clock = WachttijdClock.Create(@case, D(2025, 5, 1));

        clock.SicknessState.Should().Be(SicknessState.Sick);
        clock.CountedDaysAsOf.Should().Be(113);
        clock.IsCounted(D(2025, 5, 1)).Should().BeFalse();
        clock.DateOfCountedDay(114).Should().Be(D(2025, 8, 21));
        clock.Interruptions.Should().ContainSingle().Which.FitDays.Should().Be(2);
    }

    [Fact]
    public void On_the_day_before_the_last_leave_day_the_projection_skips_that_last_leave_day()
    {
        // Sick throughout, leave 1 May..20 Aug: 115 counted days before it (6 Jan..30 Apr). Assessed on 19 Aug, the
        // projection starts on 20 Aug, still leave, so counted day 116 is 21 Aug.
        var @case = Case().ZwangerschapsBevallingsverlof(D(2025, 5, 1), D(2025, 8, 20)).Build();
        var clock = WachttijdClock.Create(@case, D(2025, 8, 19));

        clock.CountedDaysAsOf.Should().Be(115);
        clock.IsCounted(D(2025, 8, 20)).Should().BeFalse();
        clock.DateOfCountedDay(116).Should().Be(D(2025, 8, 21));
    }
}
