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
/// The loonsanctie's derivation in words, and the boundaries of its late-decision and leave arithmetic (WIA 25 lid 9-14).
/// Day 1 = Monday 6 January 2025, sick throughout: d686 = 22 Nov 2026 (the decision deadline, lid 10), d728 = 3 Jan
/// 2027; a sanction starts on 4 Jan 2027. RIV and WIA application on time, so the end is not otherwise moved.
/// </summary>
public sealed class LoonsanctieExtensionTests : RuleTestBase
{
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
}

/// <summary>The ziek-uit-dienst report's due date at its boundaries and the words of its explanation (ZW 38 lid 2).</summary>
public sealed class ZiekUitDienstMeldingTextTests : RuleTestBase
{
    [Fact]
    public void Employment_ending_on_day_1_makes_the_report_due_on_day_1()
    {
        var o = Of(Case().EmploymentEndsOn(Day1), Day1, ObligationCodes.ZiekUitDienstMelding);

        o.ShouldBe(Day1, ObligationStatus.Open);
    }

    [Fact]
    public void The_explanation_names_the_last_working_day_and_the_end_of_employment()
    {
        var o = Of(
            Case().EmploymentEndsOn(D(2026, 2, 28)).LastWorkingDay(D(2026, 2, 27)),
            D(2026, 2, 1),
            ObligationCodes.ZiekUitDienstMelding
        );

        o.DueBy.Should().Be(D(2026, 2, 27));
        o.Explanation.Should()
            .StartWith(
                "Employment ends while the employee is sick: the employer reports the sickness to UWV on the last working day before employment ends (Ziektewet art. 38 lid 2), here the last working day 2026-02-27 given in the case (employment ends on 2026-02-28)."
            );
    }

    [Fact]
    public void No_report_without_an_end_of_employment() =>
        Engine.Assess(Case().Build(), D(2025, 6, 1)).Obligations.Should().NotContain(o => o.Kind == ObligationCodes.ZiekUitDienstMelding);
}
