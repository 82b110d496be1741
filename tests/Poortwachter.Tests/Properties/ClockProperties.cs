using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Properties.CaseGenerators;

namespace Poortwachter.Tests.Properties;

public sealed class ClockProperties
{
    [Fact]
    public void Counted_days_are_strictly_increasing_in_the_date_and_invert_exactly() =>
        Check(
            ValidCases,
            spec =>
            {
                var clock = WachttijdClock.Create(spec.Build(), spec.AsOf());
                LocalDate? previous = null;
                foreach (var n in Milestones)
                {
                    if (clock.DateOfCountedDay(n) is not { } date)
                    {
                        continue;
                    }

                    clock.CountedDaysThrough(date).Should().Be(n);
                    clock.IsCounted(date).Should().BeTrue();
                    clock.CountedDaysThrough(date.PlusDays(-1)).Should().Be(n - 1);
                    if (previous is { } p)
                    {
                        date.Should().BeGreaterThan(p);
                    }

                    previous = date;
                }
            }
        );

    [Fact]
    public void Counted_days_never_exceed_calendar_days() =>
        Check(
            ValidCases,
            spec =>
            {
                var clock = WachttijdClock.Create(spec.Build(), spec.AsOf());
                var split = clock.SplitThrough(spec.AsOf());
                split.CountedDays.Should().BeLessThanOrEqualTo(split.CalendarDays);
                (split.CountedDays + split.LeaveDays + split.FitDays).Should().Be(split.CalendarDays);
            }
        );

    [Fact]
    public void Shifting_a_whole_case_shifts_every_date_by_the_same_amount() =>
        Check(
            ValidCases,
            spec =>
            {
                const int shift = 1234;
                var clock = WachttijdClock.Create(spec.Build(), spec.AsOf());
                var shifted = WachttijdClock.Create(spec.Build(shift), spec.AsOf(shift));
                foreach (var n in Milestones)
                {
                    shifted.DateOfCountedDay(n).Should().Be(clock.DateOfCountedDay(n)?.PlusDays(shift));
                }
            }
        );

    [Fact]
    public void An_extra_interruption_never_moves_a_date_earlier() =>
        Check(
            ValidCases,
            spec =>
            {
                if (!spec.LastOpen)
                {
                    return;
                }

                var baseline = WachttijdClock.Create(spec.Build(), spec.AsOf());
                foreach (var gap in new[] { 1, 13, 27 })
                {
                    var interrupted = WachttijdClock.Create(spec.Build(extraGapAt: 5, extraGap: gap), spec.AsOf());
                    foreach (var n in Milestones)
                    {
                        if (baseline.DateOfCountedDay(n) is { } before && interrupted.DateOfCountedDay(n) is { } after)
                        {
                            after.Should().BeGreaterThanOrEqualTo(before, $"a {gap}-day interruption cannot bring day {n} forward");
                        }
                    }
                }
            }
        );
}
