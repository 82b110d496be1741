using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Tests.Support;
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

    /// <summary>Every rule the library ships, by code: a rule added to a rule set is in this list without a word here.</summary>
    public static TheoryData<string> ShippedRules =>
        new(RuleSets.All.SelectMany(set => set.Rules).Select(rule => rule.Descriptor.Code).Distinct(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ShippedRules))]
    public void Every_shipped_rule_alone_reads_a_case_of_every_event_type_in_at_most_4_n_log_n_steps(string code)
    {
        // Each rule runs alone (every other rule disabled; the extensions of the end still run) over the families with
        // every event type, its texts read too. A rule that scans the events per event it finds (the re-integratievisie
        // check did, 50,000 documents without a view took 80 s) exceeds the budget and more than doubles with n. A rule
        // in force for neither family's day 1 fails here: give it a family of its own.
        var engine = Alone(code);
        var days = new[] { HostileCases.ViewsDay1, HostileCases.TransitionDay1 }.Where(day1 => InForce(code, day1)).ToArray();
        days.Should().NotBeEmpty($"rule {code} must be in force for a family's day 1, or have a family of its own here");
        foreach (var day1 in days)
        {
            var small = Steps(engine, HostileCases.EveryEventType(10_000, day1), readTexts: true);
            var large = Steps(engine, HostileCases.EveryEventType(20_000, day1), readTexts: true);

            large.Should().BeInRange(20_000, Budget(20_000), $"rule {code}, day 1 {day1}");
            ((double)large / small)
                .Should()
                .BeLessThan(2.5, $"rule {code}, day 1 {day1}: {small} steps for 10,000 events and {large} for 20,000");
        }
    }

    private static PoortwachterEngine Alone(string code)
    {
        var options = new PoortwachterOptions().EnableSpoor2Traject();
        foreach (
            var other in RuleSets.All.SelectMany(set => set.Rules).Select(rule => rule.Descriptor.Code).Distinct(StringComparer.Ordinal)
        )
        {
            if (!string.Equals(other, code, StringComparison.Ordinal))
            {
                options.Disable(other);
            }
        }

        return new PoortwachterEngine(options);
    }

    private static bool InForce(string code, LocalDate day1) =>
        RuleSets.All.SelectMany(set => set.Rules).Any(rule => rule.Descriptor.Code == code && rule.Descriptor.AppliesTo(day1));

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
        HostileCases.EveryEventType(100, HostileCases.ViewsDay1).Events.Should().HaveCount(100);
        HostileCases.SicknessPeriods(100).Sickness.Should().HaveCount(100);
        HostileCases.LeavePeriods(100).Leave.Should().HaveCount(100);
        var both = HostileCases.SicknessAndLeave(100);
        both.Sickness.Should().HaveCount(50);
        both.Leave.Should().HaveCount(50);
    }

    private static long Budget(int n) => 4L * n * (long)Math.Ceiling(Math.Log2(n));

    private static long Steps(SicknessCase @case) => Steps(Engine, @case, readTexts: false);

    private static long Steps(PoortwachterEngine engine, SicknessCase @case, bool readTexts)
    {
        var meter = new WorkMeter();
        var assessment = engine.Assess(@case, HostileCases.AsOf, meter);
        if (readTexts)
        {
            // Texts are built on first read, from the same (counted) events.
            AssessmentText.Render(assessment).Should().NotBeEmpty();
        }

        return meter.Steps;
    }
}
