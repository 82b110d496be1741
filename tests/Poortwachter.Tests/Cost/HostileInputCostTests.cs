using System;
using FluentAssertions;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Cost;

/// <summary>
/// Cost on hostile input, counted rather than timed: an internal <see cref="WorkMeter"/> (one per call, no global
/// state) counts every comparison of the engine's sorts, every read of an event by the validator, the extensions and
/// the rules, every sickness or leave period the clock reads and every step of its leave look-ups. A valid case of n
/// events or periods must cost at most 4 n log2 n steps, and doubling n must not much more than double the count. The
/// insertion sort this replaces took n^2/2 comparisons on events listed newest first (2 x 10^8 for n = 20,000, against
/// a budget of 1.2 x 10^6), a bekorting that searched every loonsanctie n^2/4 reads, and a look-up of deviations per
/// evaluation 400 n.
/// </summary>
public sealed class HostileInputCostTests
{
    private static readonly PoortwachterEngine Engine = new(new PoortwachterOptions().EnableSpoor2Traject());

    public static TheoryData<string> Families => new(HostileCases.Families.Keys);

    [Theory]
    [MemberData(nameof(Families))]
    public void Validating_a_hostile_case_costs_at_most_4_n_log_n_steps(string family)
    {
        const int n = 20_000;
        var @case = HostileCases.Families[family](n);
        var meter = new WorkMeter();

        var problems = CaseValidator.Validate(@case, meter);

        problems.Should().BeEmpty("the family is a valid case, so every check runs");
        meter.Steps.Should().BeInRange(n, Budget(n), "every item is read at least once and at most a few times");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Assessing_a_hostile_case_costs_at_most_4_n_log_n_steps(string family)
    {
        const int n = 20_000;
        var meter = new WorkMeter();

        Engine.Assess(HostileCases.Families[family](n), HostileCases.AsOf, meter);

        meter.Steps.Should().BeInRange(n, Budget(n));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Doubling_a_hostile_case_about_doubles_its_cost(string family)
    {
        // n log n grows by 2 (1 + 1 / log2 n), 2.15 from 10,000 to 20,000; n^2 by 4.
        var small = Steps(HostileCases.Families[family](10_000));
        var large = Steps(HostileCases.Families[family](20_000));

        ((double)large / small).Should().BeLessThan(2.5, $"{small} steps for 10,000 items and {large} for 20,000");
    }

    [Fact]
    public void The_hostile_cases_are_the_size_they_claim()
    {
        // Guards the families themselves: a generator that quietly built a small case would make the bounds above vacuous.
        HostileCases.NewestFirst(100).Events.Should().HaveCount(100);
        HostileCases.SanctionsAndBekortingen(100).Events.Should().HaveCount(100);
        HostileCases.StartsAndPlacements(100).Events.Should().HaveCount(100);
        HostileCases.Evaluaties(100).Events.Should().HaveCount(101);
        HostileCases.Afwijkingen(100).Events.Should().HaveCount(601);
        HostileCases.Verlengingen(100).Events.Should().HaveCount(100);
        HostileCases.ProgressReports(100).Events.Should().HaveCount(101);
        HostileCases.SicknessPeriods(100).Sickness.Should().HaveCount(100);
        HostileCases.LeavePeriods(100).Leave.Should().HaveCount(100);
        var both = HostileCases.SicknessAndLeave(100);
        both.Sickness.Should().HaveCount(50);
        both.Leave.Should().HaveCount(50);
    }

    private static long Budget(int n) => 4L * n * (long)Math.Ceiling(Math.Log2(n));

    private static long Steps(SicknessCase @case)
    {
        var meter = new WorkMeter();
        Engine.Assess(@case, HostileCases.AsOf, meter);
        return meter.Steps;
    }
}
