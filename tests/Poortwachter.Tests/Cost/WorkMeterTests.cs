using System.Collections;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Poortwachter.Tests.Cost;

/// <summary>The meter itself: it must count what it claims, or the cost bounds above would hold vacuously.</summary>
public sealed class WorkMeterTests
{
    [Fact]
    public void A_counting_list_counts_each_read_by_index_and_by_enumeration()
    {
        var meter = new WorkMeter();
        var list = meter.Counting<int>([10, 20, 30]);

        list.Count.Should().Be(3);
        meter.Steps.Should().Be(0, "the count is not a read of an item");
        list[1].Should().Be(20);
        meter.Steps.Should().Be(1);
        list.Sum().Should().Be(60);
        meter.Steps.Should().Be(4);
        ((IEnumerable)list).Cast<int>().Should().Equal(10, 20, 30);
        meter.Steps.Should().Be(7);
    }

    [Fact]
    public void A_counting_comparison_counts_each_call_and_keeps_the_order()
    {
        var meter = new WorkMeter();
        var compare = meter.Counting<int>(static (a, b) => a.CompareTo(b));

        compare(1, 2).Should().BeNegative();
        compare(2, 1).Should().BePositive();
        meter.Steps.Should().Be(2);
    }

    [Fact]
    public void Steps_add_up()
    {
        var meter = new WorkMeter();

        meter.Add();
        meter.Add(41);

        meter.Steps.Should().Be(42);
    }

    [Fact]
    public void The_clock_counts_its_leave_look_ups()
    {
        // One open sickness period and 1,000 one-day leave periods: building the clock visits each leave period a
        // bounded number of times, so the count lies between n and a small multiple of n log2 n.
        var meter = new WorkMeter();
        var @case = HostileCases.LeavePeriods(1000);

        var clock = Poortwachter.Timeline.WachttijdClock.Create(@case, HostileCases.AsOf, meter);

        clock.IsLeave(HostileCases.Day1.PlusDays(1)).Should().BeTrue();
        meter.Steps.Should().BeInRange(1000, 4L * 1000 * 10);
    }
}
