using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Tests.Support;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Issue 17 group 5: the end of the ban on notice during sickness (BW 7:670 lid 1 onder a: the incapacity "ten minste
/// twee jaren heeft geduurd"). Two calendar years from day 1 D are N = (D + 2 years) - D days: 730, or 731 with a 29
/// February between (D = 29 Feb: the 29 February itself is in them, so 731; issue 24). Periods of incapacity are added up
/// like the 104 weeks, so the ban ends on counted day N; lid 11 extends it by the same durations as the wage period (a
/// late WIA application, a voluntary extension, a loonsanctie): last day of the ban = counted day N + the extension
/// days = last day of wage continuation + (N - 728) when sick throughout. Milestone <c>einde-opzegverbod</c> = the last
/// day of the ban; notice may be given from the next day. Dates from the hand derivations (B1..B10 of the analysis).
/// </summary>
public sealed class EindeOpzegverbodScenarios
{
    [Fact]
    public void B1_continuous_sickness_ends_the_ban_two_days_after_the_wage_period()
    {
        // D = Mon 6 Jan 2025; D + 2 years = 6 Jan 2027 -> N = 730; counted day 730 = 6 Jan 2025 + 729 = Tue 5 Jan 2027.
        // Wage continuation ends on counted day 728 = Sun 3 Jan 2027; notice possible from Wed 6 Jan 2027.
        var a = Assess(SicknessCase.Builder("B1", D(2025, 1, 6)).Build(), D(2025, 6, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 1, 5));
        var ban = a.Milestones.Should().ContainSingle(m => m.Kind == MilestoneCodes.EindeOpzegverbod).Which;
        ban.LegalBasis.Citation.Should().Be("Burgerlijk Wetboek Boek 7, art. 670 lid 1 onder a");
        ban.Explanation.Should().Contain("730 days").And.Contain("notice may be given from 2027-01-06");
        ban.Explanation.Should().NotContain("pregnancy before");

        Golden.Verify("s19a-dismissal-ban-2025-06-01", AssessmentText.Render(a));
    }

    [Fact]
    public void B2_a_29_February_in_the_two_years_makes_them_731_days()
    {
        // D = Mon 1 Mar 2027; D + 2 years = 1 Mar 2029 with 29 Feb 2028 between -> N = 731; counted day 731 = 1 Mar 2027 +
        // 730 = Wed 28 Feb 2029; counted day 728 = Sun 25 Feb 2029.
        var a = Assess(SicknessCase.Builder("B2", D(2027, 3, 1)).Build(), D(2027, 6, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2029, 2, 25));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2029, 2, 28));
        a.Milestones.Should().Contain(m => m.Kind == MilestoneCodes.EindeOpzegverbod && m.Explanation.Contains("29 February"));
    }

    [Fact]
    public void B2b_a_first_sick_day_of_29_February_counts_two_years_to_28_February()
    {
        // D = Tue 29 Feb 2028; the two years 29 Feb 2028 .. 28 Feb 2030 hold the 29 February itself -> N = 731 (issue 24;
        // was 730 from PlusYears); counted day 731 = 29 Feb 2028 + 730 = Thu 28 Feb 2030.
        var a = Assess(SicknessCase.Builder("B2b", D(2028, 2, 29)).Build(), D(2028, 6, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2030, 2, 28));
    }

    [Fact]
    public void B3_fit_days_of_a_short_interruption_push_the_ban_later()
    {
        // Sick 6 Jan..Sun 6 Apr 2025, fit Mon 7..Sun 20 Apr (14 days < 28), sick from Mon 21 Apr: counted day 730 =
        // 5 Jan 2027 + 14 = Tue 19 Jan 2027 (wage: 3 Jan + 14 = Sun 17 Jan 2027).
        var @case = SicknessCase.Builder("B3", D(2025, 1, 6)).SickUntil(D(2025, 4, 6)).SickAgainFrom(D(2025, 4, 21)).Build();
        var a = Assess(@case, D(2025, 6, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 17));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 1, 19));
    }

    [Fact]
    public void B5_a_loonsanctie_extends_the_ban_by_its_length()
    {
        // D = 6 Jan 2025; WIA application on time (10 Oct 2026 <= 18 Oct 2026); loonsanctie of 52 weeks decided 1 Nov 2026
        // (before 22 Nov 2026, six weeks before the end): wage to 4 Jan 2027 + 363 = Sun 2 Jan 2028 (+364 days); the ban
        // 5 Jan 2027 + 364 = Tue 4 Jan 2028 (BW 7:670 lid 11 onder c).
        var @case = SicknessCase.Builder("B5", D(2025, 1, 6)).WiaAanvraag(D(2026, 10, 10)).Loonsanctie(D(2026, 11, 1), 52).Build();
        var a = Assess(@case, D(2026, 12, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2028, 1, 2));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2028, 1, 4));
        a.Milestones.Should()
            .Contain(m =>
                m.Kind == MilestoneCodes.EindeOpzegverbod && m.Explanation.Contains("loonsanctie +364") && m.Explanation.Contains("lid 11")
            );

        Golden.Verify("s19b-dismissal-ban-loonsanctie-2026-12-01", AssessmentText.Render(a));
    }

    [Fact]
    public void B7_a_voluntary_extension_extends_the_ban_by_the_same_days()
    {
        // Voluntary extension (WIA 24) to Wed 31 Mar 2027: 3 Jan 2027 -> 31 Mar 2027 = 87 days; ban 5 Jan 2027 + 87 = Fri 2 Apr 2027.
        var a = Assess(SicknessCase.Builder("B7", D(2025, 1, 6)).Verlenging(D(2026, 9, 1), D(2027, 3, 31)).Build(), D(2026, 10, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 3, 31));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 4, 2));
    }

    [Fact]
    public void B8_a_late_WIA_application_extends_the_ban_by_the_delay()
    {
        // Application due counted day 651 = Sun 18 Oct 2026, made Wed 28 Oct 2026: 10 days late -> wage to 3 Jan + 10 =
        // Wed 13 Jan 2027; ban 5 Jan 2027 + 10 = Fri 15 Jan 2027.
        var a = Assess(SicknessCase.Builder("B8", D(2025, 1, 6)).WiaAanvraag(D(2026, 10, 28)).Build(), D(2026, 11, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 13));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 1, 15));
    }

    [Fact]
    public void B9_pregnancy_and_birth_leave_does_not_count_and_the_ban_says_pregnancy_sickness_would_not_either()
    {
        // Sick 6 Jan..Fri 28 Feb 2025, Wazo leave Sat 1 Mar..Fri 20 Jun 2025 (112 days), sick from Sat 21 Jun (both adjoin):
        // counted day 730 = 5 Jan 2027 + 112 = Tue 27 Apr 2027 (wage: 3 Jan + 112 = Sun 25 Apr 2027).
        var @case = SicknessCase
            .Builder("B9", D(2025, 1, 6))
            .SickUntil(D(2025, 2, 28))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 20))
            .SickAgainFrom(D(2025, 6, 21))
            .Build();
        var a = Assess(@case, D(2025, 7, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 25));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 4, 27));
        // Sickness caused by the pregnancy before the leave does not count toward the two years (7:670 lid 1); the case
        // carries no cause, so the engine can only say so, in the milestone's explanation.
        a.Milestones.Should()
            .Contain(m => m.Kind == MilestoneCodes.EindeOpzegverbod && m.Explanation.Contains("caused by the pregnancy before"));
    }

    [Fact]
    public void B10_past_the_AOW_age_the_ban_runs_with_the_six_weeks()
    {
        // AOW age before D = 6 Jan 2025: L = 42, counted day 42 = Sun 16 Feb 2025 is the last day of wage and ban alike.
        var a = Assess(SicknessCase.Builder("B10", D(2025, 1, 6)).ReachesAowAgeOn(D(2024, 10, 1)).Build(), D(2025, 2, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2025, 2, 16));
        a.Milestones.Should()
            .Contain(m => m.Kind == MilestoneCodes.EindeOpzegverbod && m.Explanation.Contains("notice may be given from 2025-02-17"));
    }

    [Fact]
    public void A_case_ended_by_recovery_has_no_ban_date()
    {
        // Sick 6..25 Jan 2025, fit from 26 Jan; on 26 Mar 2025 60 fit days: the case ended, no last day, no ban date.
        var a = Assess(SicknessCase.Builder("B11", D(2025, 1, 6)).SickUntil(D(2025, 1, 25)).Build(), D(2025, 3, 26));

        a.ShouldNotHaveMilestone(MilestoneCodes.EindeOpzegverbod);
    }
}
