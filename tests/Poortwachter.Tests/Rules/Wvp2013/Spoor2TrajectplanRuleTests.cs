using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The spoor-2 trajectory plan (<c>Spoor2TrajectplanRule</c>, practice, enabled here). Day 1 = Monday 6 January 2025,
/// sick throughout: dN = 6 Jan 2025 + (N - 1).
/// </summary>
public sealed class Spoor2TrajectplanRuleTests : RuleTestBase
{
    [Fact]
    public void A_trajectory_plan_the_case_never_reaches_names_no_date()
    {
        // Sick through 10 Dec 2025, fit since: on 20 Jan 2026 41 fit days, ended by recovery; S + 28 is never reached.
        var a = Traject.Assess(Case("T-8").SickUntil(D(2025, 12, 10)).Spoor2(D(2025, 12, 1)).Build(), D(2026, 1, 20));

        var o = a.Obligation(ObligationCodes.Spoor2Trajectplan);
        o.DueBy.Should().BeNull();
        o.Explanation.Should()
            .StartWith("Spoor 2 started on 2025-12-01; bureau practice drafts the trajectory plan within 28 counted days.");
    }
}
