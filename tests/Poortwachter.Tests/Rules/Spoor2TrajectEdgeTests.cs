using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// Boundaries and texts of the spoor-2 trajectory rules (practice, enabled here) and of the arbeidsdeskundig onderzoek.
/// Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d630 = 27 Sep 2026 (week 90), d637 =
/// 4 Oct 2026 (the RIV), d728 = 3 Jan 2027.
/// </summary>
public sealed class Spoor2TrajectEdgeTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static readonly PoortwachterEngine Traject = new(new PoortwachterOptions().EnableSpoor2Traject());

    private static CaseBuilder Case(string id) => SicknessCase.Builder(id, Day1);

    [Fact]
    public void A_spoor_2_started_on_the_week_90_date_itself_gets_its_report_one_interval_later()
    {
        // S = d630 = 27 Sep 2026; S + 42 = d672 = 8 Nov 2026.
        var o = Traject.Assess(Case("T-1").Spoor2(D(2026, 9, 27)).Build(), D(2026, 9, 28)).Obligation(ObligationCodes.Spoor2Eindrapportage);

        o.ShouldBe(D(2026, 11, 8), ObligationStatus.Open);
        o.Explanation.Should()
            .Contain(
                " Spoor 2 started on 2026-09-27, on or after that date: the bureau's report is due one reporting interval (42 counted days) after the start, 2026-11-08, and the re-integratieverslag must explain the late start."
            );
    }

    [Fact]
    public void A_spoor_2_started_the_day_before_keeps_the_week_90_date()
    {
        var o = Traject.Assess(Case("T-2").Spoor2(D(2026, 9, 26)).Build(), D(2026, 9, 27)).Obligation(ObligationCodes.Spoor2Eindrapportage);

        o.ShouldBe(D(2026, 9, 27), ObligationStatus.Open);
        o.Explanation.Should().NotContain("late start");
    }

    private static Assessment Missing(LocalDate asOf) =>
        Traject.Assess(Case("T-3").GeenTerugkeerEigenOrganisatie(D(2025, 12, 1)).Spoor2(D(2026, 1, 10)).Build(), asOf);

    [Fact]
    public void No_missing_report_warning_on_its_due_date()
    {
        Missing(D(2026, 9, 27)).Warnings.Should().NotContain(w => w.Kind == WarningKinds.Spoor2EindrapportageOntbreekt);
    }

    [Fact]
    public void A_missing_final_report_is_a_warning_while_the_riv_is_not_yet_due()
    {
        // 28 Sep to 4 Oct 2026: 6 days.
        var w = Missing(D(2026, 9, 28)).Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.Spoor2EindrapportageOntbreekt).Subject;

        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should()
            .StartWith(
                "The final spoor-2 report was expected by 2026-09-27 and is not on record, while the re-integratieverslag is due on 2026-10-04, in 6 day(s). The re-integratieverslag must describe"
            );
    }

    [Fact]
    public void A_missing_final_report_is_still_a_warning_on_the_riv_due_date()
    {
        var w = Missing(D(2026, 10, 4)).Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.Spoor2EindrapportageOntbreekt).Subject;

        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should().Contain("while the re-integratieverslag is due on 2026-10-04, in 0 day(s). ");
    }

    [Fact]
    public void A_missing_final_report_is_high_once_the_riv_is_overdue()
    {
        var w = Missing(D(2026, 10, 5)).Warnings.Should().ContainSingle(w => w.Kind == WarningKinds.Spoor2EindrapportageOntbreekt).Subject;

        w.Severity.Should().Be(Severity.High);
        w.Message.Should()
            .Contain("while the re-integratieverslag was due on 2026-10-04 and is not made. The re-integratieverslag must describe");
    }

    [Fact]
    public void The_final_report_after_an_extension_cites_the_practice_after_the_extension()
    {
        // New end 4 Jul 2027 = d910; d910 - 98 = d812 = 28 Mar 2027, the last day of week 116.
        var @case = Case("T-4").Spoor2(D(2026, 1, 10)).Verlenging(D(2026, 9, 1), D(2027, 7, 4)).Build();

        var o = Traject.Assess(@case, D(2026, 10, 1)).Obligation(ObligationCodes.Spoor2Eindrapportage);

        o.Explanation.Should()
            .Contain(
                "14 weeks before the extended end 2027-07-04 (counted day 910) (bureau practice, after the voluntary extension): counted day 812 (the last day of week 116) falls on 2027-03-28"
            );
    }

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

    [Fact]
    public void A_progress_report_on_the_start_day_counts()
    {
        // S = 10 Jan 2026; report the same day; the next is due 10 Jan + 42 = 21 Feb 2026.
        var a = Traject.Assess(Case("T-9").Spoor2(D(2026, 1, 10)).Spoor2Voortgangsrapportage(D(2026, 1, 10)).Build(), D(2026, 1, 20));

        a.Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 1).ShouldBe(D(2026, 2, 21), ObligationStatus.Fulfilled, D(2026, 1, 10));
        a.Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 2).ShouldBe(D(2026, 2, 21), ObligationStatus.Open);
    }

    [Fact]
    public void Two_progress_reports_on_one_day_are_one_report()
    {
        // Reports 10 Feb 2026 twice: report 1 (due 21 Feb 2026) held; report 2 due 10 Feb + 42 = 24 Mar 2026.
        var @case = Case("T-10")
            .Spoor2(D(2026, 1, 10))
            .Spoor2Voortgangsrapportage(D(2026, 2, 10))
            .Spoor2Voortgangsrapportage(D(2026, 2, 10))
            .Build();

        var a = Traject.Assess(@case, D(2026, 2, 15));

        a.Obligations.Count(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage).Should().Be(2);
        a.Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 2).ShouldBe(D(2026, 3, 24), ObligationStatus.Open);
    }

    [Fact]
    public void A_conclusion_that_would_come_after_an_early_first_year_evaluation_leaves_the_evaluation_date()
    {
        // First-year evaluation held 1 Nov 2025 (d300), before d364. F = 1 Oct 2025 (d269): F + 42 = d311 = 12 Nov 2025,
        // later than 1 Nov 2025, which stays.
        var @case = Case("T-11").GeenTerugkeerEigenFunctie(D(2025, 10, 1)).Eerstejaarsevaluatie(D(2025, 11, 1)).Build();

        var o = Engine().Assess(@case, D(2025, 11, 2)).Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);

        o.ShouldBe(D(2025, 11, 1), ObligationStatus.Overdue);
        o.Explanation.Should()
            .Contain(
                " The bedrijfsarts concluded on 2025-10-01 that return to the own job is not expected, which starts the assessment: due 42 counted days later (practice), on 2025-11-12; the earlier date above applies."
            );
    }

    [Fact]
    public void An_early_conclusion_sets_the_assessment_date_and_says_it_applies()
    {
        // F = 4 May 2025 = d119; F + 42 = d161 = 15 Jun 2025, before d364.
        var o = Engine()
            .Assess(Case("T-12").GeenTerugkeerEigenFunctie(D(2025, 5, 4)).Build(), D(2025, 5, 5))
            .Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);

        o.ShouldBe(D(2025, 6, 15), ObligationStatus.Open);
        o.Explanation.Should()
            .Contain(
                " The bedrijfsarts concluded on 2025-05-04 that return to the own job is not expected, which starts the assessment: due 42 counted days later (practice), on 2025-06-15, the earlier date, which applies."
            );
    }

    private static PoortwachterEngine Engine() => new();

    [Fact]
    public void No_progress_report_is_due_on_or_after_the_day_the_final_report_was_made()
    {
        // S = 10 Jan 2026; report 1 would be due 21 Feb 2026, the day the final report was made.
        var a = Traject.Assess(Case("T-13").Spoor2(D(2026, 1, 10)).Spoor2Eindrapportage(D(2026, 2, 21)).Build(), D(2026, 2, 22));

        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage);
    }

    [Fact]
    public void A_progress_report_held_in_a_case_that_recovered_names_no_date()
    {
        // S = 1 Dec 2025, report 5 Dec 2025; sick through 10 Dec 2025, on 20 Jan 2026 41 fit days: S + 42 is never reached.
        var @case = Case("T-14").SickUntil(D(2025, 12, 10)).Spoor2(D(2025, 12, 1)).Spoor2Voortgangsrapportage(D(2025, 12, 5)).Build();

        var o = Traject.Assess(@case, D(2026, 1, 20)).Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 1);

        o.DueBy.Should().BeNull();
        o.FulfilledOn.Should().Be(D(2025, 12, 5));
        o.Explanation.Should().StartWith("Progress report 1: 42 counted days after the start of spoor 2 on 2025-12-01.");
    }

    [Fact]
    public void A_conclusion_in_a_case_that_recovers_before_its_term_leaves_the_usual_date()
    {
        // Sick through 10 Jan 2026 (d370), fit since: on 20 Feb 2026 41 fit days, ended by recovery. d364 = 4 Jan 2026 was
        // reached and applies; F = 21 Dec 2025 (d350) + 42 = d392 is never reached.
        var @case = Case("T-15").SickUntil(D(2026, 1, 10)).GeenTerugkeerEigenFunctie(D(2025, 12, 21)).Build();

        var o = Engine().Assess(@case, D(2026, 2, 20)).Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);

        o.DueBy.Should().Be(D(2026, 1, 4));
        o.Explanation.Should()
            .Contain(
                " The bedrijfsarts concluded on 2025-12-21 that return to the own job is not expected, which starts the assessment: due 42 counted days later (practice); the earlier date above applies."
            );
    }
}
