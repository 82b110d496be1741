using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The milestones of a spoor-2 trajectory (<c>Spoor2TrajectRule</c>, practice, enabled here): its phases, the planned
/// end and the aftercare. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d728 = 3 Jan 2027.
/// </summary>
public sealed class Spoor2TrajectRuleTests : RuleTestBase
{
    [Fact]
    public void The_trajectory_milestones_explain_their_phases()
    {
        // S = 1 Mar 2026; plan 20 Mar 2026 for 6 months: 1 Sep 2026. Placement 1 Jun 2026 + 91 = 31 Aug 2026.
        var @case = Case("T-5").Spoor2(D(2026, 3, 1)).Spoor2Trajectplan(D(2026, 3, 20), 6).Spoor2Plaatsing(D(2026, 6, 1)).Build();

        var a = Traject.Assess(@case, D(2026, 6, 2));

        string Text(string kind) => a.Milestones.Single(m => m.Kind == kind).Explanation;
        Text(MilestoneCodes.Spoor2Start)
            .Should()
            .Be(
                "Spoor 2 started on 2026-03-01: phase 1, diagnose and orientation (intake, what the employee can and wants, the search profile)."
            );
        Text(MilestoneCodes.Spoor2Begeleiding)
            .Should()
            .Be("The trajectory plan of 2026-03-20 opens phase 2, guidance and mediation (applications, work-experience places).");
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2TrajectEinde, D(2026, 9, 1));
        Text(MilestoneCodes.Spoor2TrajectEinde)
            .Should()
            .Be("The plan foresees 6 months from the start on 2026-03-01: 2026-09-01 (calendar months).");
        Text(MilestoneCodes.Spoor2Plaatsing).Should().Be("Placed with another employer on 2026-06-01: phase 3, placement and aftercare.");
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2NazorgEinde, D(2026, 8, 31));
        Text(MilestoneCodes.Spoor2NazorgEinde).Should().Be("Aftercare runs 91 counted days after the placement: 2026-08-31.");
    }

    [Fact]
    public void Aftercare_stops_at_the_last_day_of_the_wachttijd()
    {
        // Placement 1 Dec 2026 + 91 = 2 Mar 2027, after 3 Jan 2027.
        var @case = Case("T-6").WiaAanvraag(D(2026, 10, 1)).Spoor2(D(2026, 3, 1)).Spoor2Plaatsing(D(2026, 12, 1)).Build();

        var a = Traject.Assess(@case, D(2026, 12, 2));

        a.ShouldHaveMilestone(MilestoneCodes.Spoor2NazorgEinde, D(2027, 1, 3));
        a.Milestones.Single(m => m.Kind == MilestoneCodes.Spoor2NazorgEinde)
            .Explanation.Should()
            .Be("Aftercare runs 91 counted days after the placement, but not past the last day of the wachttijd: 2027-01-03.");
    }

    [Fact]
    public void A_placement_after_the_wachttijd_has_no_aftercare_within_it()
    {
        var @case = Case("T-7").WiaAanvraag(D(2026, 10, 1)).Spoor2(D(2026, 3, 1)).Spoor2Plaatsing(D(2027, 1, 10)).Build();

        var a = Traject.Assess(@case, D(2027, 1, 15));

        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Plaatsing, D(2027, 1, 10));
        a.ShouldNotHaveMilestone(MilestoneCodes.Spoor2NazorgEinde);
    }
}
