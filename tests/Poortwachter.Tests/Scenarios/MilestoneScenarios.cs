using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Tests.Rules;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// The milestones of an uninterrupted case, from several rules at once: UWV's letter about the WIA application
/// (<c>UwvWiaBriefRule</c>, d623 = 20 Sep 2026), the loonsanctie decision (<c>LoonsanctieBeslissingRule</c>, d686 = 22
/// Nov 2026), the end of the wachttijd (d728 = 3 Jan 2027) and the WIA start. Day 1 = Monday 6 January 2025, sick
/// throughout: dN = 6 Jan 2025 + (N - 1).
/// </summary>
public sealed class MilestoneScenarios : RuleTestBase
{
    [Fact]
    public void The_milestones_of_an_uninterrupted_case()
    {
        var a = Engine.Assess(Case().Build(), D(2025, 3, 1));
        Milestone(a, MilestoneCodes.UwvWiaBrief).On.Should().Be(D(2026, 9, 20));
        Milestone(a, MilestoneCodes.LoonsanctieBeslissing).On.Should().Be(D(2026, 11, 22));
        Milestone(a, MilestoneCodes.EindeWachttijd).On.Should().Be(D(2027, 1, 3));
        Milestone(a, MilestoneCodes.WiaStart).On.Should().Be(D(2027, 1, 4));
    }

    [Fact]
    public void The_loonsanctie_decision_and_wia_letter_milestones_explain_their_counted_day()
    {
        // d686 = d728 - 42 = 22 Nov 2026; d623 = 3 Jan 2027 - 105 days = 20 Sep 2026.
        var a = Assess(Case("W-6").Build(), D(2026, 1, 5));

        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
        a.Milestones.Single(m => m.Kind == MilestoneCodes.LoonsanctieBeslissing)
            .Explanation.Should()
            .StartWith(
                "UWV decides on a loonsanctie at the latest six weeks before the end 2027-01-03 (WIA art. 25 lid 10): counted day 686 (the last day of week 98) falls on 2026-11-22"
            );
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 9, 20));
        a.Milestones.Single(m => m.Kind == MilestoneCodes.UwvWiaBrief)
            .Explanation.Should()
            .StartWith(
                "UWV writes to the employee about the WIA application at the latest when the wachttijd has lasted 89 weeks (WIA art. 64 lid 2): counted day 623 (the last day of week 89) falls on 2026-09-20"
            );
    }
}
