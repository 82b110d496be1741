using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// UWV's decision on a herstelmelding (<c>HerstelBeslissingRule</c>): within three weeks of receipt (WIA art. 25 lid
/// 13), on time, late, or still awaited. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1).
/// </summary>
public sealed class HerstelBeslissingRuleTests : RuleTestBase
{
    // The sanction of the scenario tests: RIV and application on time, loonsanctie of 52 weeks decided on 10 Nov 2026
    // (on time: by d686 = 22 Nov 2026), herstelmelding received 1 Mar 2027, so UWV decides by 1 Mar + 21 = 22 Mar 2027.
    private static CaseBuilder Sanctioned() =>
        Case()
            .ReIntegratieverslag(D(2026, 10, 1))
            .WiaAanvraag(D(2026, 10, 12))
            .Loonsanctie(D(2026, 11, 10), 52)
            .Herstelmelding(D(2027, 3, 1));

    [Fact]
    public void The_herstel_decision_milestone_says_when_the_decision_came_on_time()
    {
        var m = Milestone(Engine.Assess(Sanctioned().Bekorting(D(2027, 3, 19)).Build(), D(2027, 3, 25)), MilestoneCodes.HerstelBeslissing);

        m.On.Should().Be(D(2027, 3, 22));
        m.LegalBasis.Citation.Should().EndWith("art. 25 lid 13");
        m.Explanation.Should()
            .Be(
                "UWV received the herstelmelding on 2027-03-01 and decides within three weeks, by 2027-03-22 (WIA art. 25 lid 13); it decided on 2027-03-19, on time."
            );
    }

    [Fact]
    public void The_herstel_decision_milestone_says_how_late_a_late_decision_was()
    {
        // 22 Mar -> 13 Apr 2027: 22 days late.
        var m = Milestone(Engine.Assess(Sanctioned().Bekorting(D(2027, 4, 13)).Build(), D(2027, 4, 20)), MilestoneCodes.HerstelBeslissing);

        m.Explanation.Should().EndWith("; it decided on 2027-04-13, 22 day(s) late, so the loonsanctie ends 22 day(s) earlier (lid 14).");
    }

    [Fact]
    public void The_herstel_decision_milestone_waits_for_the_decision_without_guessing()
    {
        // 22 Mar -> 1 Apr 2027: 10 days past the date. Before it: just the date.
        Milestone(Engine.Assess(Sanctioned().Build(), D(2027, 4, 1)), MilestoneCodes.HerstelBeslissing)
            .Explanation.Should()
            .Contain("no decision is recorded on 2027-04-01, 10 day(s) past that date")
            .And.EndWith("The end shown does not guess the outcome.");
        Milestone(Engine.Assess(Sanctioned().Build(), D(2027, 3, 10)), MilestoneCodes.HerstelBeslissing)
            .Explanation.Should()
            .EndWith("by 2027-03-22 (WIA art. 25 lid 13).");
    }

    [Fact]
    public void A_second_herstelmelding_before_a_decision_leaves_the_first_undecided()
    {
        // Two reports (1 Mar, 8 Mar) and one decision (19 Mar): the decision answers the second report.
        var a = Engine.Assess(Sanctioned().Herstelmelding(D(2027, 3, 8)).Bekorting(D(2027, 3, 19)).Build(), D(2027, 4, 1));
        var milestones = a.Milestones.Where(m => m.Kind == MilestoneCodes.HerstelBeslissing).ToArray();

        milestones.Select(m => m.On).Should().Equal(D(2027, 3, 22), D(2027, 3, 29));
        milestones[0].Explanation.Should().Contain("no decision is recorded");
        milestones[1].Explanation.Should().EndWith("it decided on 2027-03-19, on time.");
        // The bekorting of 19 Mar ends the sanction six weeks later: 19 Mar + 42 = 30 Apr 2027; on time, no shortening.
        a.Wachttijd.LastDay.Should().Be(D(2027, 4, 30));
    }

    [Fact]
    public void No_herstel_decision_milestone_without_a_loonsanctie()
    {
        Engine.Assess(Case().Build(), D(2025, 6, 1)).Milestones.Should().NotContain(m => m.Kind == MilestoneCodes.HerstelBeslissing);
    }

    [Fact]
    public void A_herstel_decision_on_its_deadline_is_on_time()
    {
        // Received 1 Mar 2027, due 22 Mar 2027; decided on 22 Mar itself: on time, and 22 Mar + 42 = 3 May 2027.
        var a = Engine.Assess(Sanctioned().Bekorting(D(2027, 3, 22)).Build(), D(2027, 3, 25));

        Milestone(a, MilestoneCodes.HerstelBeslissing).Explanation.Should().EndWith("; it decided on 2027-03-22, on time.");
        a.Wachttijd.LastDay.Should().Be(D(2027, 5, 3));
    }

    [Fact]
    public void On_the_herstel_deadline_itself_no_decision_is_overdue_yet()
    {
        Milestone(Engine.Assess(Sanctioned().Build(), D(2027, 3, 22)), MilestoneCodes.HerstelBeslissing)
            .Explanation.Should()
            .Be("UWV received the herstelmelding on 2027-03-01 and decides within three weeks, by 2027-03-22 (WIA art. 25 lid 13).");
    }

    [Fact]
    public void The_herstel_decision_is_found_past_other_events()
    {
        // An evaluation on 10 Mar between the report (1 Mar) and the decision (19 Mar) does not hide the decision.
        var a = Engine.Assess(Sanctioned().Evaluatie(D(2027, 3, 10)).Bekorting(D(2027, 3, 19)).Build(), D(2027, 3, 25));

        Milestone(a, MilestoneCodes.HerstelBeslissing).Explanation.Should().EndWith("; it decided on 2027-03-19, on time.");
    }
}
