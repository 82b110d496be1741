using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Rules.Wvp2013;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The milestone <c>einde-opzegverbod</c> (BW 7:670 lid 1 onder a, lid 11): its derivation, and the cases at its edges.
/// Day 1 = Monday 6 January 2025: two years to 5 January 2027, 730 days; counted day 728 = 3 January 2027.
/// </summary>
public sealed class EindeOpzegverbodRuleTests : RuleTestBase
{
    [Fact]
    public void The_derivation_can_be_checked_by_hand()
    {
        var ban = Milestone(Engine.Assess(Case().Build(), D(2025, 6, 1)), MilestoneCodes.EindeOpzegverbod);

        ban.On.Should().Be(D(2027, 1, 5));
        ban.Explanation.Should()
            .Be(
                "The employer cannot give notice during sickness until the incapacity has lasted two years (BW 7:670 lid 1 onder a). Two years of incapacity are the two calendar years its counted days span: 730 days, as no 29 February lies between 2025-01-06 and the date of the 731st counted day, 2027-01-06. Periods of incapacity are added up like the 104 weeks (fit days of an interruption under four weeks and pregnancy and birth leave do not count, lid 1), so the ban ends on counted day 730: counted day 730 (in week 105) falls on 2027-01-05: day 1 (2025-01-06) + 729 days (projected as if the employee is sick every day after 2025-06-01). Check: the last day of wage continuation 2027-01-03 + 2 days = 2027-01-05, the last day of the ban; notice may be given from 2027-01-06 if the employee is still sick then (with UWV's permission or by agreement, BW 7:669 lid 3 onder b)."
            );
        EindeOpzegverbodRule.Descriptor.LegalBasis.Citation.Should().Be("Burgerlijk Wetboek Boek 7, art. 670 lid 1 onder a");
    }

    [Fact]
    public void One_extension_is_named_with_its_days()
    {
        // WIA application due 18 Oct 2026, made 28 Oct: 10 days late; ban 5 Jan 2027 + 10 = 15 Jan 2027.
        var ban = Milestone(Engine.Assess(Case().WiaAanvraag(D(2026, 10, 28)).Build(), D(2026, 11, 1)), MilestoneCodes.EindeOpzegverbod);

        ban.On.Should().Be(D(2027, 1, 15));
        ban.Explanation.Should().Contain("a loonsanctie): wia-aanvraag-te-laat +10 calendar days, so 2027-01-05 +10 days = 2027-01-15.");
    }

    [Fact]
    public void An_open_end_moves_the_ban_with_it()
    {
        // No WIA application by its due date 18 Oct 2026: on 1 Nov 2026 the end is open, the earliest application 2 Nov
        // (15 days late): wage to 18 Jan 2027, the ban to 20 Jan 2027.
        var a = Engine.Assess(Case().Build(), D(2026, 11, 1));

        a.Wachttijd.IsLastDayOpen.Should().BeTrue();
        var ban = Milestone(a, MilestoneCodes.EindeOpzegverbod);
        ban.On.Should().Be(a.Wachttijd.LastDay!.Value.PlusDays(2));
        ban.Explanation.Should().EndWith("The end waits for the late WIA application, and the ban moves with it.");
    }

    [Fact]
    public void A_recovery_after_the_104_weeks_but_before_the_two_years_is_shown_from_day_728()
    {
        // Sick 6 Jan 2025 .. 3 Jan 2027 (counted day 728), fit since, the WIA application on time: on 15 Feb 2027 the case
        // ended by recovery, but it has its last day; counted day 730 is never reached, so the ban is shown as
        // 3 Jan 2027 + 2 = 5 Jan 2027.
        var a = Engine.Assess(OnTime("T").SickUntil(StatutoryEnd).Build(), D(2027, 2, 15));

        var ban = Milestone(a, MilestoneCodes.EindeOpzegverbod);
        ban.On.Should().Be(D(2027, 1, 5));
        ban.Explanation.Should()
            .Contain(
                "the case ended by recovery before it, so it is shown as counted day 728 (2027-01-03) + 2 days = 2027-01-05, and the ban ended with the recovery."
            );
    }

    [Fact]
    public void Employment_ending_before_the_ban_ends_is_said()
    {
        var ban = Milestone(Engine.Assess(Case().EmploymentEndsOn(D(2025, 6, 30)).Build(), D(2025, 6, 1)), MilestoneCodes.EindeOpzegverbod);

        ban.On.Should().Be(D(2027, 1, 5));
        ban.Explanation.Should().EndWith("Employment ends on 2025-06-30, before that: the ban protects only while the employment lasts.");
    }

    [Fact]
    public void Past_the_AOW_age_the_ban_ends_with_the_wage_period_and_the_AOW_ground_is_named()
    {
        var a = Engine.Assess(Case().ReachesAowAgeOn(D(2025, 4, 1)).EmploymentEndsOn(D(2025, 5, 1)).Build(), D(2025, 4, 15));

        var ban = Milestone(a, MilestoneCodes.EindeOpzegverbod);
        ban.On.Should().Be(D(2025, 5, 12), "counted day 86 + 41 = 127");
        ban.Explanation.Should()
            .StartWith(
                "The employee reaches the AOW age on 2025-04-01: the dismissal ban then runs with the same weeks as wage continuation"
            )
            .And.Contain("(BW 7:670a lid 2 onder e)")
            .And.EndWith("Employment ends on 2025-05-01, before that: the ban protects only while the employment lasts.");
        Milestone(Engine.Assess(Case().ReachesAowAgeOn(D(2024, 4, 1)).Build(), D(2025, 1, 15)), MilestoneCodes.EindeOpzegverbod)
            .Explanation.Should()
            .StartWith("The employee reached the AOW age on 2024-04-01");
    }

    [Fact]
    public void Leave_outside_the_case_says_nothing_about_pregnancy()
    {
        // Leave after the ban's end is not in the case's two years (a hypothetical planned leave far ahead).
        var ban = Milestone(
            Engine.Assess(Case().ZwangerschapsBevallingsverlof(D(2027, 3, 1), D(2027, 6, 20)).Build(), D(2025, 6, 1)),
            MilestoneCodes.EindeOpzegverbod
        );

        ban.Explanation.Should().NotContain("pregnancy before");
    }

    [Fact]
    public void Two_extensions_are_named_in_order_and_added_up()
    {
        // WIA application 25 Oct 2026, 7 days after 18 Oct: wage end 3 -> 10 Jan 2027; a loonsanctie of 12 weeks decided
        // 1 Nov 2026: 84 days from 11 Jan to 4 Apr 2027. Together +91: ban 5 Jan 2027 + 91 = 6 Apr 2027.
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 25)).Loonsanctie(D(2026, 11, 1), 12).Build(), D(2026, 11, 5));
        var ban = Milestone(a, MilestoneCodes.EindeOpzegverbod);

        ban.On.Should().Be(D(2027, 4, 6));
        ban.Explanation.Should()
            .Contain(
                "a loonsanctie): wia-aanvraag-te-laat +7, loonsanctie +84, together +91 calendar days, so 2027-01-05 +91 days = 2027-04-06."
            )
            .And.Contain("Check: the last day of wage continuation 2027-04-04 + 2 days = 2027-04-06");
    }

    [Theory]
    [InlineData(2027, 1, 4, true)]
    [InlineData(2027, 1, 5, false)]
    public void Employment_ending_on_the_last_day_of_the_ban_is_not_before_it(int y, int m, int d, bool said)
    {
        // The ban's last day is 5 Jan 2027; employment ending on 4 Jan ends before it, on 5 Jan it does not. The WIA
        // application on time keeps the end fixed.
        var ban = Milestone(
            Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).EmploymentEndsOn(D(y, m, d)).Build(), D(2026, 12, 1)),
            MilestoneCodes.EindeOpzegverbod
        );

        ban.On.Should().Be(D(2027, 1, 5));
        if (said)
        {
            ban.Explanation.Should().Contain($"Employment ends on {y:D4}-{m:D2}-{d:D2}, before that");
        }
        else
        {
            ban.Explanation.Should().NotContain("Employment ends on");
        }
    }
}
