using System.Collections;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
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
    public void Every_read_of_an_event_by_a_rule_is_counted()
    {
        // The same case assessed with and without a host rule that reads each event once: the counts differ by
        // exactly the number of events, so a rule that scanned the events once per event would show as n^2.
        var @case = HostileCases.NewestFirst(500);
        var plain = new WorkMeter();
        var withReader = new WorkMeter();

        new PoortwachterEngine().Assess(@case, HostileCases.AsOf, plain);
        new PoortwachterEngine(new PoortwachterOptions().Add(new ReadsEveryEvent())).Assess(@case, HostileCases.AsOf, withReader);

        (withReader.Steps - plain.Steps).Should().Be(500);
    }

    private sealed class ReadsEveryEvent : IRule
    {
        public RuleDescriptor Descriptor { get; } =
            new(
                "reads-every-event",
                "Reads every event",
                "never due",
                new LegalSource(Laws.Wia),
                LegalCharacter.Practice,
                string.Empty,
                new LocalDate(2013, 7, 1)
            );

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            for (var at = 0; at < context.Events.Count; at++)
            {
                _ = context.Events[at];
            }
        }
    }
}
