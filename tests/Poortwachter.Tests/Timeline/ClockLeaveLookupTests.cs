using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>
/// The clock's leave look-ups with several leave periods (a binary search over the running total of leave days):
/// the total before each period must add up, or every date after the second period shifts. Day 1 is Monday 6 January
/// 2025; each count is derived by hand in a comment.
/// </summary>
public sealed class ClockLeaveLookupTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Three_leave_periods_in_one_sickness_add_up()
    {
        // Leave 1-10 Feb (10 days), 1-5 Mar (5 days), 1-20 Apr (20 days); sick throughout.
        var @case = SicknessCase
            .Builder("L3", D(2025, 1, 6))
            .ZwangerschapsBevallingsverlof(D(2025, 2, 1), D(2025, 2, 10))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 3, 5))
            .ZwangerschapsBevallingsverlof(D(2025, 4, 1), D(2025, 4, 20))
            .Build();
        var clock = WachttijdClock.Create(@case, D(2025, 6, 1));

        // 6 Jan..3 Mar is 26 + 28 + 3 = 57 calendar days, of which 10 + 3 leave: 44 counted.
        clock.SplitThrough(D(2025, 3, 3)).Should().Be(new DaySplit(57, 44, 13, 0));
        // 6 Jan..10 Apr is 26 + 28 + 31 + 10 = 95 calendar days, of which 10 + 5 + 10 leave: 70 counted.
        clock.SplitThrough(D(2025, 4, 10)).Should().Be(new DaySplit(95, 70, 25, 0));
        // 6 Jan..1 Jun is 95 + 20 + 31 + 1 = 147 days, of which 35 leave: 112 counted.
        clock.SplitThrough(D(2025, 6, 1)).Should().Be(new DaySplit(147, 112, 35, 0));
        clock.CountedDaysThrough(D(2025, 4, 10)).Should().Be(70);
        // Counted day 71 is the first day after the third leave period: 21 Apr.
        clock.DateOfCountedDay(71).Should().Be(D(2025, 4, 21));
        clock.IsLeave(D(2025, 3, 5)).Should().BeTrue();
        clock.IsLeave(D(2025, 3, 6)).Should().BeFalse();
        clock.IsLeave(D(2025, 2, 28)).Should().BeFalse();
    }

    [Fact]
    public void Two_leave_periods_in_one_gap_do_not_count_as_fit_days()
    {
        // Sick 6-31 Jan, fit 1 Feb-9 Mar (28 + 9 = 37 calendar days), sick again from 10 Mar. Leave 3-12 Feb (10
        // days) and 20-28 Feb (9 days) lie in the gap: 37 - 19 = 18 fit days. Under the neutral reading (only fit days
        // interrupt) that is fewer than 28, so one case; under the default literal reading the 37-day interruption ends
        // the case (neither period adjoins the leave directly), and 10 Mar starts a new wachttijd.
        var @case = SicknessCase
            .Builder("G2", D(2025, 1, 6))
            .SickUntil(D(2025, 1, 31))
            .SickAgainFrom(D(2025, 3, 10))
            .ZwangerschapsBevallingsverlof(D(2025, 2, 3), D(2025, 2, 12))
            .ZwangerschapsBevallingsverlof(D(2025, 2, 20), D(2025, 2, 28))
            .Build();
        WachttijdClock.Create(@case, D(2025, 4, 1)).IsRestarted.Should().BeTrue();
        var clock = WachttijdClock.Create(@case, D(2025, 4, 1), LeaveInGapReading.Neutral);

        clock.IsRestarted.Should().BeFalse();
        clock.Interruptions.Should().ContainSingle().Which.FitDays.Should().Be(18);
        // 26 counted days in January, then 10 Mar is counted day 27.
        clock.DateOfCountedDay(27).Should().Be(D(2025, 3, 10));
    }

    [Fact]
    public void The_meter_counts_every_leave_period_the_clock_visits()
    {
        // One open sickness period and 1,000 one-day leave periods on days 2, 4, ..., 2000. Building the clock reads
        // the 1,000 leave periods and the one sickness period (1,001 steps); the counted segments of the sickness
        // start with a bisection for day 1, which lies before every period (9 halvings: 499, 249, 124, 61, 30, 14,
        // 6, 2, 0), then walk all 1,000 periods (1,000 steps); the projection after asOf starts with a bisection
        // past the last period (10 steps) and walks none. IsLeave(day 2) bisects once more (10 steps): 2,030.
        var meter = new WorkMeter();

        var clock = WachttijdClock.Create(Cost.HostileCases.LeavePeriods(1000), Cost.HostileCases.AsOf, meter);
        clock.IsLeave(Cost.HostileCases.Day1.PlusDays(1)).Should().BeTrue();

        meter.Steps.Should().Be(2030);
    }
}
