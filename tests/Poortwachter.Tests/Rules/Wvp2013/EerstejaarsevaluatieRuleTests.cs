using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The first-year evaluation (<c>EerstejaarsevaluatieRule</c>): by counted day 364, reported as early before week 46.
/// Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d316 = 17 Nov 2025 (the first day of week
/// 46), d364 = 4 Jan 2026.
/// </summary>
public sealed class EerstejaarsevaluatieRuleTests : RuleTestBase
{
    [Fact]
    public void Due_on_counted_day_364() =>
        Of(Case(), D(2025, 12, 1), ObligationCodes.Eerstejaarsevaluatie).DueBy.Should().Be(D(2026, 1, 4));

    [Fact]
    public void Held_before_week_46_is_fulfilled_but_reported_early()
    {
        // Week 46 starts on counted day 316 = 17 Nov 2025.
        var a = Engine.Assess(Case().Eerstejaarsevaluatie(D(2025, 11, 16)).Build(), D(2025, 12, 1));
        Only(a, ObligationCodes.Eerstejaarsevaluatie).Status.Should().Be(ObligationStatus.Fulfilled);
        Warnings(a, WarningCodes.Early).Should().ContainSingle().Which.Message.Should().Contain("2025-11-17");
        Warnings(Engine.Assess(Case().Eerstejaarsevaluatie(D(2025, 11, 17)).Build(), D(2025, 12, 1)), WarningCodes.Early)
            .Should()
            .BeEmpty();
    }
}
