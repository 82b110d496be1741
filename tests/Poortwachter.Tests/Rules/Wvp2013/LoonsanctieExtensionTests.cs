using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules.Wvp2013;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The loonsanctie (<c>LoonsanctieExtension</c>, WIA art. 25 lid 9-14): its derivation in words, the calendar period
/// and its leave, a repair that ends it earlier, and the boundaries of its late-decision arithmetic. Day 1 = Monday 6
/// January 2025, sick throughout: d686 = 22 Nov 2026 (the decision deadline, lid 10), d728 = 3 Jan 2027; a sanction
/// starts on 4 Jan 2027.
/// </summary>
public sealed class LoonsanctieExtensionTests : RuleTestBase
{
    /// <summary>RIV and WIA application on time, so the end is not otherwise moved (<see cref="RuleTestBase.OnTime(string)"/> has the application only).</summary>
    private static CaseBuilder OnTime() => Case().ReIntegratieverslag(D(2026, 10, 1)).WiaAanvraag(D(2026, 10, 12));

    private static string Explanation(CaseBuilder builder, LocalDate asOf) =>
        Engine.Assess(builder.Build(), asOf).Wachttijd.Extensions.Single(e => e.Code == LoonsanctieExtension.ExtensionCode).Explanation;

    [Fact]
    public void The_extension_cites_WIA_25_lid_9() =>
        new LoonsanctieExtension().LegalBasis.Citation.Should().Be("Wet werk en inkomen naar arbeidsvermogen, art. 25 lid 9");

    [Fact]
    public void A_decision_on_its_deadline_is_on_time_and_one_day_later_is_one_day_late()
    {
        // On d686 = 22 Nov 2026 itself: 0 days late, nothing said about lateness; 12 weeks: 4 Jan + 83 = 28 Mar 2027.
        Explanation(OnTime().Loonsanctie(D(2026, 11, 22), 12), D(2026, 11, 25))
            .Should()
            .Be(
                "UWV imposed a loonsanctie of 12 week(s) on 2026-11-22 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, to 2027-03-28; a calendar period: fit days do not move it."
            );
        Explanation(OnTime().Loonsanctie(D(2026, 11, 23), 12), D(2026, 11, 25))
            .Should()
            .Be(
                "UWV imposed a loonsanctie of 12 week(s) on 2026-11-23 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, to 2027-03-28; a calendar period: fit days do not move it; UWV decided 1 day(s) after its deadline 2026-11-22, six weeks before the end 2027-01-03 (WIA art. 25 lid 10), so the period ends 1 day(s) earlier (WIA art. 25 lid 14); in all 1 day(s) earlier: 2027-03-27."
            );
    }

    [Fact]
    public void Leave_in_the_sanction_is_named_in_the_derivation()
    {
        // Sick until 31 Jan 2027, leave 1-7 Feb 2027 (7 days), sick again from 8 Feb: 28 Mar + 7 = 4 Apr 2027.
        var builder = SicknessCase
            .Builder("L", Day1)
            .SickUntil(D(2027, 1, 31))
            .SickAgainFrom(D(2027, 2, 8))
            .ZwangerschapsBevallingsverlof(D(2027, 2, 1), D(2027, 2, 7))
            .ReIntegratieverslag(D(2026, 10, 1))
            .WiaAanvraag(D(2026, 10, 12))
            .Loonsanctie(D(2026, 11, 10), 12);

        Explanation(builder, D(2027, 2, 10))
            .Should()
            .Be(
                "UWV imposed a loonsanctie of 12 week(s) on 2026-11-10 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, interrupted for 7 day(s) of pregnancy and birth leave, to 2027-04-04; a calendar period: fit days do not move it."
            );
    }

    [Fact]
    public void A_negative_herstel_decision_on_its_deadline_shortens_nothing_and_a_late_one_says_so()
    {
        // Herstelmelding received 1 Mar 2027: UWV decides by 22 Mar 2027 (lid 13). On 22 Mar: on time.
        var onTime = OnTime().Loonsanctie(D(2026, 11, 10), 52).Herstelmelding(D(2027, 3, 1)).HerstelAfgewezen(D(2027, 3, 22));
        Explanation(onTime, D(2027, 3, 25))
            .Should()
            .EndWith("; UWV found the repair insufficient on 2027-03-22: the sanction runs on (WIA art. 25 lid 14).");
        Engine.Assess(onTime.Build(), D(2027, 3, 25)).Wachttijd.LastDay.Should().Be(D(2028, 1, 2));

        // On 5 Apr 2027: 14 days late, 2 Jan 2028 - 14 = 19 Dec 2027 (S12-2e).
        var late = OnTime().Loonsanctie(D(2026, 11, 10), 52).Herstelmelding(D(2027, 3, 1)).HerstelAfgewezen(D(2027, 4, 5));
        Explanation(late, D(2027, 4, 20))
            .Should()
            .EndWith(
                "; UWV found the repair insufficient on 2027-04-05: the sanction runs on (WIA art. 25 lid 14); UWV found the repair insufficient 14 day(s) after its deadline 2027-03-22, three weeks after receiving the herstelmelding of 2027-03-01 (WIA art. 25 lid 13), so the period ends 14 day(s) earlier (WIA art. 25 lid 14); in all 14 day(s) earlier: 2027-12-19."
            );
    }

    [Fact]
    public void A_positive_herstel_decision_that_is_late_says_so()
    {
        // S12-2d: repair found 13 Apr 2027, 22 days after 22 Mar: 13 Apr + 42 = 25 May 2027, minus 22 = 3 May 2027.
        Explanation(OnTime().Loonsanctie(D(2026, 11, 10), 52).Herstelmelding(D(2027, 3, 1)).Bekorting(D(2027, 4, 13)), D(2027, 4, 20))
            .Should()
            .EndWith(
                "; UWV found the repair sufficient on 2027-04-13, so the sanction ends six weeks later, on 2027-05-25 (WIA art. 25 lid 14); UWV found the repair sufficient 22 day(s) after its deadline 2027-03-22, three weeks after receiving the herstelmelding of 2027-03-01 (WIA art. 25 lid 13), so the period ends 22 day(s) earlier (WIA art. 25 lid 14); in all 22 day(s) earlier: 2027-05-03."
            );
    }

    [Fact]
    public void A_shortening_that_leaves_nothing_of_the_sanction_says_so()
    {
        // One week (4-10 Jan 2027) decided 7 days late (29 Nov 2026, deadline 22 Nov): 10 Jan - 7 = 3 Jan 2027, the last
        // day itself: nothing is left, the end stays 3 Jan 2027.
        var exactly = Engine.Assess(OnTime().Loonsanctie(D(2026, 11, 29), 1).Build(), D(2026, 12, 1));
        exactly.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        exactly
            .Wachttijd.Extensions.Single()
            .Explanation.Should()
            .EndWith("; in all 7 day(s) earlier: 2027-01-03, which is not after 2027-01-03, so nothing is left of the extension.");

        // Decided 6 days late (28 Nov): 10 Jan - 6 = 4 Jan 2027, one day of sanction left.
        var oneDay = Engine.Assess(OnTime().Loonsanctie(D(2026, 11, 28), 1).Build(), D(2026, 12, 1));
        oneDay.Wachttijd.LastDay.Should().Be(D(2027, 1, 4));
        oneDay.Wachttijd.Extensions.Single().Explanation.Should().EndWith("; in all 6 day(s) earlier: 2027-01-04.");
    }

    [Fact]
    public void Leave_on_the_first_and_the_last_day_of_the_period_counts()
    {
        // 7 days from Mon 4 Jan 2027 end on Sun 10 Jan. Leave on 4 Jan only (ending on the start day): 1 day, to 11 Jan.
        // Leave on 10 Jan only (starting on the last day): 1 day, to 11 Jan. Leave ending the day before the start, or
        // starting the day after the end: nothing.
        LeavePeriod Leave(LocalDate from, LocalDate until) => new(LeaveKind.ZwangerschapBevalling, from, until);
        LoonsanctieExtension
            .CalendarEnd(D(2027, 1, 4), 7, [Leave(D(2027, 1, 1), D(2027, 1, 4))], out var first)
            .Should()
            .Be(D(2027, 1, 11));
        first.Should().Be(1);
        LoonsanctieExtension
            .CalendarEnd(D(2027, 1, 4), 7, [Leave(D(2027, 1, 10), D(2027, 1, 10))], out var last)
            .Should()
            .Be(D(2027, 1, 11));
        last.Should().Be(1);
        LoonsanctieExtension
            .CalendarEnd(D(2027, 1, 4), 7, [Leave(D(2027, 1, 1), D(2027, 1, 3)), Leave(D(2027, 1, 11), D(2027, 1, 20))], out var none)
            .Should()
            .Be(D(2027, 1, 10));
        none.Should().Be(0);
    }

    [Fact]
    public void A_sanction_ended_before_the_end_by_an_early_repair_does_not_move_it()
    {
        // Sanction decided 1 Nov 2026, repair found 10 Nov 2026: 10 Nov + 42 = 22 Dec 2026,
        // before 3 Jan 2027: no shortening, no move.
        Explanation(OnTime().Loonsanctie(D(2026, 11, 1), 12).Bekorting(D(2026, 11, 10)), D(2026, 11, 20))
            .Should()
            .EndWith("(WIA art. 25 lid 14); that is not after 2027-01-03, so the end does not move.");
    }

    [Fact]
    public void A_loonsanctie_extends_by_its_weeks_and_a_bekorting_shortens_it()
    {
        // 12 weeks after 3 Jan 2027: 3 Jan + 84 = 28 Mar 2027 (the WIA application was on time, so no other extension).
        Engine
            .Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 20), 12).Build(), D(2026, 12, 1))
            .Wachttijd.LastDay.Should()
            .Be(D(2027, 3, 28));

        // Repair found sufficient on 1 Dec 2026: the sanction ends six weeks later, 12 Jan 2027.
        Engine
            .Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 20), 12).Bekorting(D(2026, 12, 1)).Build(), D(2026, 12, 2))
            .Wachttijd.LastDay.Should()
            .Be(D(2027, 1, 12));
    }

    [Fact]
    public void A_loonsanctie_decided_after_the_end_extends_nothing()
    {
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2027, 1, 10), 12).Build(), D(2027, 1, 11));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.State.Should().Be(Poortwachter.Timeline.WachttijdState.Ended);
        Warnings(a, WarningCodes.EventIgnored).Should().ContainSingle().Which.Message.Should().Contain("art. 25 lid 11");
    }

    [Fact]
    public void A_loonsanctie_decided_on_the_last_day_itself_extends_the_wachttijd_shortened_by_its_delay()
    {
        // 12 weeks = 84 calendar days from 4 Jan 2027: 31 Jan (28), 28 Feb (56), 28 Mar 2027 (84). UWV had to decide by
        // d686 = 22 Nov 2026, six weeks before 3 Jan 2027 (WIA 25 lid 10); deciding on 3 Jan 2027 is 42 days late, so the
        // period ends 42 days earlier (lid 14): 28 Mar 2027 - 42 = 14 Feb 2027. Still before the end: it extends (lid 11).
        var a = Assess(OnTime("W-1").Loonsanctie(D(2027, 1, 3), 12).Build(), D(2027, 1, 3));

        a.Wachttijd.LastDay.Should().Be(D(2027, 2, 14));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Subject;
        change.LegalBasis.Law.Should().Be(Laws.Wia);
        change.LegalBasis.Article.Should().Be("25");
        change.LegalBasis.Lid.Should().Be("9");
        change
            .Explanation.Should()
            .Be(
                "UWV imposed a loonsanctie of 12 week(s) on 2027-01-03 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, to 2027-03-28; a calendar period: fit days do not move it; UWV decided 42 day(s) after its deadline 2026-11-22, six weeks before the end 2027-01-03 (WIA art. 25 lid 10), so the period ends 42 day(s) earlier (WIA art. 25 lid 14); in all 42 day(s) earlier: 2027-02-14."
            );
    }

    [Fact]
    public void A_repair_found_exactly_six_weeks_before_the_sanction_ends_does_not_shorten_it()
    {
        // Sanction end 28 Mar 2027; bekorting 14 Feb 2027 + 42 = 28 Mar 2027: not earlier, so no shortening.
        var a = Assess(OnTime("W-2").Loonsanctie(D(2026, 11, 1), 12).Bekorting(D(2027, 2, 14)).Build(), D(2027, 2, 20));

        a.Wachttijd.LastDay.Should().Be(D(2027, 3, 28));
        a.Wachttijd.Extensions.Should()
            .ContainSingle()
            .Which.Explanation.Should()
            .Be(
                "UWV imposed a loonsanctie of 12 week(s) on 2026-11-01 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, to 2027-03-28; a calendar period: fit days do not move it."
            );
    }

    [Fact]
    public void A_repair_that_ends_the_sanction_before_the_end_does_not_move_it()
    {
        // Bekorting 10 Nov 2026 + 42 = 22 Dec 2026, before 3 Jan 2027: the end stays.
        var a = Assess(OnTime("W-3").Loonsanctie(D(2026, 11, 1), 12).Bekorting(D(2026, 11, 10)).Build(), D(2026, 11, 20));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.Extensions.Should()
            .ContainSingle()
            .Which.Explanation.Should()
            .Be(
                "UWV imposed a loonsanctie of 12 week(s) on 2026-11-01 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, to 2027-03-28; a calendar period: fit days do not move it; UWV found the repair sufficient on 2026-11-10, so the sanction ends six weeks later, on 2026-12-22 (WIA art. 25 lid 14); that is not after 2027-01-03, so the end does not move."
            );
    }

    [Fact]
    public void A_repair_that_ends_the_sanction_on_the_last_day_itself_does_not_move_it()
    {
        // Bekorting 22 Nov 2026 + 42 = 3 Jan 2027 = the last day: not after it.
        var a = Assess(OnTime("W-4").Loonsanctie(D(2026, 11, 1), 12).Bekorting(D(2026, 11, 22)).Build(), D(2026, 11, 25));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.Extensions.Should()
            .ContainSingle()
            .Which.Explanation.Should()
            .EndWith("on 2027-01-03 (WIA art. 25 lid 14); that is not after 2027-01-03, so the end does not move.");
    }

    [Fact]
    public void A_finding_of_repair_that_would_end_the_sanction_after_its_weeks_leaves_the_cap()
    {
        // 4 weeks from 4 Jan 2027: to 31 Jan 2027. Repair found on 20 Jan 2027 (report 10 Jan, decided on time):
        // 20 Jan + 42 = 3 Mar 2027, after 31 Jan: the cap holds ("niet later dan na 52 weken", here the 4 weeks decided).
        var a = Engine.Assess(
            Case()
                .ReIntegratieverslag(D(2026, 10, 1))
                .WiaAanvraag(D(2026, 10, 12))
                .Loonsanctie(D(2026, 11, 10), 4)
                .Herstelmelding(D(2027, 1, 10))
                .Bekorting(D(2027, 1, 20))
                .Build(),
            D(2027, 1, 25)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 31));
        a.Wachttijd.Extensions.Single().Explanation.Should().NotContain("found the repair sufficient");
    }

    [Fact]
    public void Leave_is_counted_into_the_sanction_only_where_it_falls_in_it()
    {
        // 84 calendar days from Mon 4 Jan 2027 end on 28 Mar 2027. Leave before the start (1-10 Mar 2026) and after the
        // end (1-5 Jan 2028) changes nothing; leave running at the start (1-10 Jan 2027: 4..10 Jan, 7 days) and leave
        // inside (1-7 Feb 2027, 7 days) interrupt it: 28 Mar + 14 = 11 Apr 2027.
        LeavePeriod[] leave =
        [
            new(LeaveKind.ZwangerschapBevalling, D(2026, 3, 1), D(2026, 3, 10)),
            new(LeaveKind.ZwangerschapBevalling, D(2027, 1, 1), D(2027, 1, 10)),
            new(LeaveKind.ZwangerschapBevalling, D(2027, 2, 1), D(2027, 2, 7)),
            new(LeaveKind.ZwangerschapBevalling, D(2028, 1, 1), D(2028, 1, 5)),
        ];

        LoonsanctieExtension.CalendarEnd(D(2027, 1, 4), 84, leave, out var leaveDays).Should().Be(D(2027, 4, 11));
        leaveDays.Should().Be(14);
        LoonsanctieExtension.CalendarEnd(D(2027, 1, 4), 84, [], out var none).Should().Be(D(2027, 3, 28));
        none.Should().Be(0);
    }
}
