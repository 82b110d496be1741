using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// Boundaries of the end-of-wachttijd extensions, the evaluations, ziek uit dienst, the RIV supplement, the milestones'
/// texts and the cost estimate. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d637 =
/// 4 Oct 2026, d651 = 18 Oct 2026, d728 = 3 Jan 2027 (domain.md 1).
/// </summary>
public sealed class WachttijdRuleEdgeTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static CaseBuilder Case(string id) => SicknessCase.Builder(id, Day1);

    // The WIA application on time (due d651 = 18 Oct 2026), so the end does not move for a late application.
    private static CaseBuilder OnTime(string id) => Case(id).WiaAanvraag(D(2026, 10, 1));

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
    public void The_end_of_wachttijd_milestones_explain_the_extension()
    {
        var a = Assess(OnTime("W-5").Loonsanctie(D(2026, 11, 1), 12).Build(), D(2026, 11, 5));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 3, 28));
        var end = a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeWachttijd);
        end.Explanation.Should()
            .StartWith(
                "Wage continuation lasts 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1): counted day 728 (the last day of week 104) falls on 2027-01-03: day 1 (2025-01-06) + 727 days"
            )
            .And.EndWith(
                ". UWV imposed a loonsanctie of 12 week(s) on 2026-11-01 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, to 2027-03-28; a calendar period: fit days do not move it."
            );
        a.Milestones.Single(m => m.Kind == MilestoneCodes.WiaStart)
            .Explanation.Should()
            .Be("A WIA benefit can start the day after the last day of wage continuation 2027-03-28.");
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

    [Fact]
    public void A_wia_application_on_its_due_date_does_not_extend()
    {
        var a = Assess(Case("W-7").WiaAanvraag(D(2026, 10, 18)).Build(), D(2026, 12, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.Extensions.Should().BeEmpty();
    }

    [Fact]
    public void A_wia_application_one_day_late_extends_by_one_day_citing_bw_7_629_lid_11()
    {
        var a = Assess(Case("W-8").WiaAanvraag(D(2026, 10, 19)).Build(), D(2026, 12, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 4));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Subject;
        change.LegalBasis.Law.Should().Be(Laws.Bw7);
        change.LegalBasis.Article.Should().Be("629");
        change.LegalBasis.Lid.Should().Be("11 onder a");
    }

    [Fact]
    public void The_first_wia_application_measures_the_delay()
    {
        // Applied 25 Oct 2026, 7 days after 18 Oct: the end moves to 10 Jan 2027; a second filing changes nothing.
        var a = Assess(Case("W-9").WiaAanvraag(D(2026, 10, 25)).WiaAanvraag(D(2026, 11, 1)).Build(), D(2026, 12, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 10));
    }

    [Fact]
    public void A_voluntary_extension_to_the_last_day_itself_changes_nothing()
    {
        var a = Assess(OnTime("W-10").Verlenging(D(2026, 9, 1), D(2027, 1, 3)).Build(), D(2026, 10, 5));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.Extensions.Should().BeEmpty();
    }

    [Fact]
    public void A_voluntary_extension_cites_wia_article_24_lid_1()
    {
        var a = Assess(OnTime("W-11").Verlenging(D(2026, 9, 1), D(2027, 7, 4)).Build(), D(2026, 10, 5));

        a.Wachttijd.LastDay.Should().Be(D(2027, 7, 4));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Subject;
        change.LegalBasis.Law.Should().Be(Laws.Wia);
        change.LegalBasis.Article.Should().Be("24");
        change.LegalBasis.Lid.Should().Be("1");
    }

    [Fact]
    public void A_riv_made_before_an_extension_must_be_supplemented_warning_until_the_new_date_and_high_after()
    {
        // New end 4 Jul 2027 = d910 (3 Jan 2027 + 182); supplement by d910 - 91 = d819 = 3 Jan 2027 + 91 = 4 Apr 2027.
        // The RIV of 20 Aug 2026 is judged on the original d637 = 4 Oct 2026. The WIA application after the extension is
        // due d833 = 18 Apr 2027, so on these dates it is not late.
        CaseBuilder Riv(string id) => Case(id).ReIntegratieverslag(D(2026, 8, 20)).Verlenging(D(2026, 9, 1), D(2027, 7, 4));
        var onTheDay = Assess(Riv("W-12").Build(), D(2027, 4, 4));
        var after = Assess(Riv("W-13").Build(), D(2027, 4, 5));

        onTheDay.Obligation(ObligationCodes.ReIntegratieverslag).ShouldBe(D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 8, 20));
        var w = onTheDay.Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.RivSupplement).Subject;
        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should()
            .Be(
                "The wage period was extended to 2027-07-04 after the RIV was made on 2026-08-20: supplement the RIV by 2027-04-04, 13 weeks before the new end (WIA art. 25 lid 4 onder b)."
            );
        after.Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.RivSupplement).Which.Severity.Should().Be(Severity.High);
    }

    [Fact]
    public void An_extension_that_does_not_move_the_end_asks_no_riv_supplement()
    {
        var a = Assess(OnTime("W-14").ReIntegratieverslag(D(2026, 8, 20)).Verlenging(D(2026, 9, 1), D(2027, 1, 3)).Build(), D(2026, 10, 5));

        a.Obligation(ObligationCodes.ReIntegratieverslag).ShouldBe(D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 8, 20));
        a.Warnings.Should().NotContain(w => w.Kind == WarningKinds.RivSupplement);
    }

    [Fact]
    public void Employment_ending_on_day_1_is_still_ziek_uit_dienst()
    {
        var a = Assess(Case("W-15").EmploymentEndsOn(Day1).Build(), Day1);

        a.ShouldHaveMilestone(MilestoneCodes.EindeDienstverband, Day1);
        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeDienstverband)
            .Explanation.Should()
            .StartWith(
                "Employment ends on 2025-01-06 while the employee is sick: the employer reports to UWV on the last day of employment, 2025-01-06, as the case gives no last working day and, when that is six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW, hands over a re-integratieverslag"
            );
        a.Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.ZiekUitDienst).Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void The_ziek_uit_dienst_warning_drops_to_info_the_day_after_employment_ends()
    {
        var onTheDay = Assess(Case("W-16").EmploymentEndsOn(D(2025, 6, 30)).Build(), D(2025, 6, 30));
        var after = Assess(Case("W-17").EmploymentEndsOn(D(2025, 6, 30)).Build(), D(2025, 7, 1));

        onTheDay.Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.ZiekUitDienst).Which.Severity.Should().Be(Severity.Warning);
        after.Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.ZiekUitDienst).Which.Severity.Should().Be(Severity.Info);
    }

    // Plan van aanpak 17 Feb 2025 (d43); evaluation 1 due 42 counted days later = 31 Mar 2025.
    private static CaseBuilder Planned(string id) => Case(id).PlanVanAanpak(D(2025, 2, 17));

    [Fact]
    public void An_evaluation_on_the_day_of_the_plan_is_not_an_evaluation_of_it()
    {
        var a = Assess(Planned("W-18").Evaluatie(D(2025, 2, 17)).Build(), D(2025, 3, 1));

        a.EvaluationCount().Should().Be(1);
        a.Obligation(ObligationCodes.Evaluatie).ShouldBe(D(2025, 3, 31), ObligationStatus.Open);
    }

    [Fact]
    public void An_evaluation_due_on_the_assessment_date_is_not_projected()
    {
        var a = Assess(Planned("W-19").Build(), D(2025, 3, 31));

        var o = a.Obligation(ObligationCodes.Evaluatie);
        o.ShouldBe(D(2025, 3, 31), ObligationStatus.Open);
        o.Explanation.Should().StartWith("Evaluation 1: 42 counted days after the plan van aanpak of 2025-02-17, on 2025-03-31.");
    }

    [Fact]
    public void A_deviation_applies_to_the_evaluation_pending_when_it_was_agreed()
    {
        // Evaluation 1 held 20 Mar 2025 (due 31 Mar). Deviation agreed 1 Apr 2025, while evaluation 2 (20 Mar + 42 =
        // 1 May 2025) is pending: evaluation 2 is due 15 May 2025; evaluation 1 keeps its own date.
        var a = Assess(
            Planned("W-20")
                .Evaluatie(D(2025, 3, 20))
                .Afwijking(D(2025, 4, 1), ObligationCodes.Evaluatie, D(2025, 5, 15), "vakantie")
                .Build(),
            D(2025, 4, 10)
        );

        a.Obligation(ObligationCodes.Evaluatie, 1).ShouldBe(D(2025, 3, 31), ObligationStatus.Fulfilled, D(2025, 3, 20));
        a.Obligation(ObligationCodes.Evaluatie, 2).ShouldBe(D(2025, 5, 15), ObligationStatus.Open);
    }

    [Fact]
    public void No_evaluation_is_due_after_the_end_of_the_wachttijd()
    {
        // Plan 1 Dec 2026 = d695; d695 + 42 = d737, after d728.
        var a = Assess(OnTime("W-21").PlanVanAanpak(D(2026, 12, 1)).Build(), D(2026, 12, 2));

        a.EvaluationCount().Should().Be(0);
    }

    [Fact]
    public void An_evaluation_the_case_never_reaches_says_so()
    {
        // Sick through 10 Mar 2025 (d64), fit since: on 30 Apr 2025 51 fit days, ended by recovery; d85 is never reached.
        var a = Assess(Planned("W-22").SickUntil(D(2025, 3, 10)).Build(), D(2025, 4, 30));

        var o = a.Obligation(ObligationCodes.Evaluatie);
        o.DueBy.Should().BeNull();
        o.Explanation.Should()
            .StartWith("Evaluation 1: 42 counted days after the plan van aanpak of 2025-02-17, which the case never reaches.");
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

    [Fact]
    public void The_end_of_wachttijd_without_changes_explains_only_the_104_weeks()
    {
        var a = Assess(Case("W-25").Build(), D(2026, 1, 5));

        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeWachttijd)
            .Explanation.Should()
            .Be(
                "Wage continuation lasts 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1): counted day 728 (the last day of week 104) falls on 2027-01-03: day 1 (2025-01-06) + 727 days (projected as if the employee is sick every day after 2026-01-05)."
            );
    }

    [Fact]
    public void The_end_of_wachttijd_lists_a_late_application_and_a_loonsanctie_in_order()
    {
        // WIA application 25 Oct 2026, 7 days after 18 Oct: end 10 Jan 2027. UWV decides by six weeks before that end
        // (WIA 25 lid 10, second sentence): d735 - 42 = d693 = 29 Nov 2026; 1 Nov 2026 is on time. Loonsanctie of 12
        // weeks: 84 calendar days from 11 Jan 2027 = 7 Feb (28), 7 Mar (56), 4 Apr 2027 (84).
        var a = Assess(Case("W-26").WiaAanvraag(D(2026, 10, 25)).Loonsanctie(D(2026, 11, 1), 12).Build(), D(2026, 11, 5));

        a.Wachttijd.LastDay.Should().Be(D(2027, 4, 4));
        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeWachttijd)
            .Explanation.Should()
            .EndWith(
                ". The WIA application was made on 2026-10-25, 7 day(s) after its due date 2026-10-18: wage continuation is extended by the delay, from 2027-01-03 to 2027-01-10 (BW 7:629 lid 11 onder a). UWV imposed a loonsanctie of 12 week(s) on 2026-11-01 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-11, to 2027-04-04; a calendar period: fit days do not move it."
            );
    }
}
