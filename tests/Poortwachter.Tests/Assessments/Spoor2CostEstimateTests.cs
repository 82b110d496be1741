using System;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Tests.Rules;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Assessments;

/// <summary>
/// The spoor-2 cost estimate (<c>Spoor2CostEstimate</c>): the weeks left in the wachttijd, rounded up, times a weekly
/// rate. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d728 = 3 Jan 2027.
/// </summary>
public sealed class Spoor2CostEstimateTests : RuleTestBase
{
    [Fact]
    public void The_cost_estimate_is_the_weeks_left_rounded_up_times_the_rate()
    {
        // asOf 24 Jul 2026, last day 3 Jan 2027: 163 days = 23 weeks and 2 days -> 24 weeks x EUR 100 = EUR 2,400.
        var a = Assess(SicknessCase.Builder("R-10", Day1).Build(), D(2026, 7, 24));

        var estimate = Spoor2CostEstimate.For(a);

        estimate.Until.Should().Be(D(2027, 1, 3));
        estimate.Weeks.Should().Be(24);
        estimate.Amount.Should().Be(2400m);
        estimate.Character.Should().Be(LegalCharacter.Practice);
        estimate
            .Explanation.Should()
            .StartWith(
                "163 day(s) from 2026-07-24 to the last day of the wachttijd 2027-01-03: 24 week(s), rounded up, x EUR 100 = EUR 2400."
            );
        Spoor2CostEstimate.For(a, 87.5m).Amount.Should().Be(2100m);
    }

    [Fact]
    public void The_cost_estimate_is_zero_when_the_case_ended_and_refuses_a_negative_rate()
    {
        var recovered = Assess(SicknessCase.Builder("R-11", Day1).SickUntil(D(2025, 3, 1)).Build(), D(2025, 6, 1));

        recovered.Wachttijd.State.Should().Be(WachttijdState.EndedRecovered);
        Spoor2CostEstimate.For(recovered).Weeks.Should().Be(0);
        Spoor2CostEstimate.For(recovered).Amount.Should().Be(0m);
        var act = () => Spoor2CostEstimate.For(recovered, -1m);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_cost_estimate_refuses_nothing_and_a_negative_rate()
    {
        var a = Assess(OnTime("W-23").Build(), D(2026, 12, 27));

        var act = () => Spoor2CostEstimate.For(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("assessment");
        var negative = () => Spoor2CostEstimate.For(a, -1m);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The weekly rate must be 0 or more euros.*");

        // 27 Dec 2026 to 3 Jan 2027: 7 days, 1 week; at rate 0 the estimate is EUR 0.
        var free = Spoor2CostEstimate.For(a, 0m);
        free.Weeks.Should().Be(1);
        free.Amount.Should().Be(0m);
        free.Explanation.Should()
            .Be(
                "7 day(s) from 2026-12-27 to the last day of the wachttijd 2027-01-03: 1 week(s), rounded up, x EUR 0 = EUR 0. Practice, not law and not a quote: one bureau's rule of thumb, the weeks until the end of the wachttijd times a weekly rate."
            );
    }

    [Fact]
    public void On_the_last_day_no_weeks_are_left_to_estimate()
    {
        var a = Assess(OnTime("W-24").Build(), D(2027, 1, 3));

        var e = Spoor2CostEstimate.For(a);
        e.Weeks.Should().Be(0);
        e.Explanation.Should()
            .Be(
                "No weeks of the wachttijd are left after 2027-01-03, so nothing to estimate. Practice, not law and not a quote: one bureau's rule of thumb, the weeks until the end of the wachttijd times a weekly rate."
            );
    }
}
