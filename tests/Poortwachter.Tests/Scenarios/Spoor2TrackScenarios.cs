using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Tests.Support;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Spoor 2 in depth (issue 7): six paths through track 2, each derived by hand from docs/interpretation.md
/// ("Spoor 2 in depth") and the Beleidsregels beoordelingskader poortwachter par. 5-6, by a reviewer who did not read
/// the code. Notation: dN = counted day N; "X + k" is the date whose counted day is that of X plus k. T = 42. The
/// trajectory rules (bureau practice) are switched on.
/// </summary>
public sealed class Spoor2TrackScenarios
{
    private static readonly PoortwachterEngine Engine = new(new PoortwachterOptions().EnableSpoor2Traject());

    private static Assessment AssessWithTraject(SicknessCase @case, LocalDate asOf) => Engine.Assess(@case, asOf);

    // Scenario 1. Day 1 = 3 Mar 2025; sick to 13 Apr (d42), 14 fit days, sick from 28 Apr 2025 = d43: for n >= 43,
    // dN = 3 Mar 2025 + (n - 1) + 14. Conclusion 9 Feb 2026 = d330, first-year evaluation 26 Feb 2026 = d347, spoor 2
    // 16 Mar 2026 = d365, plan 7 Apr 2026 = d387 (9 months), reports 24 Apr (d404) and 8 Jun 2026 (d449).
    private static CaseBuilder OnTime() =>
        SicknessCase
            .Builder("S2-01", D(2025, 3, 3))
            .SickUntil(D(2025, 4, 13))
            .SickAgainFrom(D(2025, 4, 28))
            .Probleemanalyse(D(2025, 4, 7))
            .PlanVanAanpak(D(2025, 4, 11))
            .UwvZiekmelding(D(2025, 12, 29))
            .ArbeidsdeskundigOnderzoek(D(2026, 1, 30))
            .GeenTerugkeerEigenOrganisatie(D(2026, 2, 9))
            .Eerstejaarsevaluatie(D(2026, 2, 26))
            .Spoor2(D(2026, 3, 16))
            .Spoor2Trajectplan(D(2026, 4, 7), plannedMonths: 9)
            .Spoor2Voortgangsrapportage(D(2026, 4, 24))
            .Spoor2Voortgangsrapportage(D(2026, 6, 8));

    [Fact]
    public void On_time_with_the_trajectory_running_and_a_progress_report_overdue()
    {
        var a = AssessWithTraject(OnTime().Build(), D(2026, 7, 24)); // d495

        // d728 = 3 Mar 2025 + 727 + 14 = 14 Mar 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 495, 71, D(2027, 3, 14), D(2027, 3, 15));
        // The first-year evaluation (d347) came before d364, so the labour-expert assessment was due by then.
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2026, 2, 26), ObligationStatus.Fulfilled, D(2026, 1, 30));
        // C + T = d372 = 23 Mar 2026; E + T = d389 = 9 Apr 2026; the earlier applies. d365 is week 53: not early.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 3, 23), ObligationStatus.Fulfilled, D(2026, 3, 16));
        a.ShouldNotHaveWarning(WarningCodes.Early, ObligationCodes.Spoor2);
        // S + 28 = d393 = 13 Apr 2026.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Trajectplan, D(2026, 4, 13), ObligationStatus.Fulfilled, D(2026, 4, 7));
        // #1 S + 42 = d407 = 27 Apr; #2 d404 + 42 = d446 = 5 Jun (held 8 Jun: late); #3 d449 + 42 = d491 = 20 Jul 2026.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2026, 4, 27), ObligationStatus.Fulfilled, D(2026, 4, 24), 1);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2026, 6, 5), ObligationStatus.FulfilledLate, D(2026, 6, 8), 2);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2026, 7, 20), ObligationStatus.Overdue, sequence: 3);
        a.Obligations.Count(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage).Should().Be(3);
        a.ShouldHaveWarning(WarningCodes.Spoor2Voortgang, ObligationCodes.Spoor2Voortgangsrapportage, Severity.Warning);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.Spoor2Voortgangsrapportage, Severity.Info);
        // d630 = 3 Mar 2025 + 629 + 14 = 6 Dec 2026.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 12, 6), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Start, D(2026, 3, 16));
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Begeleiding, D(2026, 4, 7));
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2TrajectEinde, D(2026, 12, 16)); // S + 9 calendar months
        a.ShouldNotHaveMilestone(MilestoneCodes.Spoor2Plaatsing);
        a.ShouldNotHaveMilestone(MilestoneCodes.Spoor2NazorgEinde);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2EindrapportageOntbreekt, ObligationCodes.Spoor2Eindrapportage);
    }

    [Fact]
    public void On_time_a_fortnight_earlier_the_next_progress_report_is_open_and_no_warning_is_given()
    {
        var a = AssessWithTraject(OnTime().Build(), D(2026, 7, 10)); // d481

        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2026, 7, 20), ObligationStatus.Open, sequence: 3);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Voortgang, ObligationCodes.Spoor2Voortgangsrapportage);
    }

    [Fact]
    public void The_trajectory_rules_are_practice_and_off_by_default_but_the_final_report()
    {
        var a = Assess(OnTime().Build(), D(2026, 7, 24));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 3, 23), ObligationStatus.Fulfilled, D(2026, 3, 16));
        // Since 0.4 the default engine gives the week-90 final report once spoor 2 has started (issue 12): d630, a week
        // before the RIV of d637 (13 Dec 2026): 6 Dec 2026.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 12, 6), ObligationStatus.Open);
        a.Obligations.Should()
            .NotContain(o =>
                o.Kind.StartsWith("spoor-2-", System.StringComparison.Ordinal) && o.Kind != ObligationCodes.Spoor2Eindrapportage
            );
        a.Milestones.Should().NotContain(m => m.Kind.StartsWith("spoor-2-", System.StringComparison.Ordinal));
        AssessWithTraject(OnTime().Build(), D(2026, 7, 24))
            .Obligations.Where(o => o.Kind.StartsWith("spoor-2-", System.StringComparison.Ordinal))
            .Should()
            .OnlyContain(o => o.LegalCharacter == LegalCharacter.Practice);
    }

    // Scenario 2. Day 1 = 16 Sep 2024, sick throughout: dN = 16 Sep 2024 + (N - 1). First-year evaluation and conclusion
    // 8 Sep 2025 = d358; spoor 2 started 19 Nov 2025 = d430.
    private static SicknessCase Late() =>
        SicknessCase
            .Builder("S2-02", D(2024, 9, 16))
            .Probleemanalyse(D(2024, 10, 21))
            .PlanVanAanpak(D(2024, 10, 30))
            .UwvZiekmelding(D(2025, 6, 20))
            .ArbeidsdeskundigOnderzoek(D(2025, 8, 21))
            .Eerstejaarsevaluatie(D(2025, 9, 8))
            .GeenTerugkeerEigenOrganisatie(D(2025, 9, 8))
            .Spoor2(D(2025, 11, 19))
            .Build();

    [Fact]
    public void Late_start_is_fulfilled_late_and_the_trajectory_counts_from_the_actual_start()
    {
        var a = AssessWithTraject(Late(), D(2025, 12, 24)); // d465

        // C + T = E + T = d400 = 20 Oct 2025; started d430: 30 days late.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 10, 20), ObligationStatus.FulfilledLate, D(2025, 11, 19));
        a.ShouldHaveWarning(WarningCodes.FulfilledLate, ObligationCodes.Spoor2, Severity.Warning);
        // S + 28 = d458 = 17 Dec 2025 (missing: overdue); S + 42 = d472 = 31 Dec 2025 (open); d630 = 7 Jun 2026.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Trajectplan, D(2025, 12, 17), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2025, 12, 31), ObligationStatus.Open, sequence: 1);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 6, 7), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Start, D(2025, 11, 19));
        a.ShouldNotHaveMilestone(MilestoneCodes.Spoor2Begeleiding);
        a.ShouldNotHaveMilestone(MilestoneCodes.Spoor2TrajectEinde);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Voortgang, ObligationCodes.Spoor2Voortgangsrapportage);
    }

    [Fact]
    public void Late_before_the_start_spoor_2_is_overdue_with_a_high_warning_and_no_trajectory()
    {
        var a = AssessWithTraject(Late(), D(2025, 11, 4)); // d415; the start on 19 Nov is not known yet

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 10, 20), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.Spoor2, Severity.High);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);
        a.Obligations.Should().NotContain(o => o.Kind.StartsWith("spoor-2-", System.StringComparison.Ordinal));
        a.Milestones.Should().NotContain(m => m.Kind.StartsWith("spoor-2-", System.StringComparison.Ordinal));
    }

    // Scenario 3. Day 1 = 13 Jan 2025; sick until 5 Mar 2026 (d417). First-year evaluation and postponement on
    // 30 Dec 2025 = d352 with a prospect of full return by 15 Mar 2026. No conclusion: base = E + T = d394 = 10 Feb 2026.
    private static SicknessCase Held(bool recovers = true)
    {
        var builder = SicknessCase.Builder("S2-03", D(2025, 1, 13));
        if (recovers)
        {
            builder.SickUntil(D(2026, 3, 5));
        }

        return builder
            .Probleemanalyse(D(2025, 2, 17))
            .PlanVanAanpak(D(2025, 2, 26))
            .UwvZiekmelding(D(2025, 10, 20))
            .ArbeidsdeskundigOnderzoek(D(2025, 12, 8))
            .Eerstejaarsevaluatie(D(2025, 12, 30))
            .Spoor2Uitstel(D(2025, 12, 30), D(2026, 3, 15))
            .Build();
    }

    [Fact]
    public void Postponed_while_the_prospect_runs_spoor_2_is_open_at_the_prospect_plus_six_weeks_without_a_decision_warning()
    {
        // asOf 2 Mar 2026 = d414, still sick. U = 15 Mar 2026 = d427; U + T = d469 = 26 Apr 2026, later than the base.
        var a = AssessWithTraject(Held(recovers: false), D(2026, 3, 2));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 4, 26), ObligationStatus.Open);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Uitstel, ObligationCodes.Spoor2);
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2025, 12, 30), ObligationStatus.Fulfilled, D(2025, 12, 8));
    }

    [Fact]
    public void Postponed_and_the_prospect_held_spoor_2_is_not_applicable()
    {
        // asOf 25 Mar 2026: fit since 6 Mar (on or before U), 20 fit days: interrupted; the prospect held.
        var a = AssessWithTraject(Held(), D(2026, 3, 25));

        a.ShouldHaveWachttijd(WachttijdState.Interrupted, 417, 60, D(2027, 1, 30), D(2027, 1, 31));
        var spoor2 = a.Obligation(ObligationCodes.Spoor2);
        spoor2.Status.Should().Be(ObligationStatus.NotApplicable);
        spoor2.Explanation.Should().Contain("The prospect held: the employee is fully fit since 2026-03-06");
        a.Warnings.Should().NotContain(w => w.Obligation == ObligationCodes.Spoor2);
    }

    [Fact]
    public void Postponed_and_the_prospect_held_until_the_case_ended_by_recovery()
    {
        var a = AssessWithTraject(Held(), D(2026, 4, 10)); // 36 fit days

        a.Wachttijd.State.Should().Be(WachttijdState.EndedRecovered);
        a.Obligation(ObligationCodes.Spoor2).Status.Should().Be(ObligationStatus.NotApplicable);
        a.Warnings.Should().NotContain(w => w.Obligation == ObligationCodes.Spoor2);
    }

    // Scenario 4. Day 1 = 2 Jun 2025, sick throughout: dN = 2 Jun 2025 + (N - 1). First-year evaluation and postponement
    // 22 May 2026 = d355, prospect 7 Aug 2026 = d432. Base (no conclusion) = E + T = d397 = 3 Jul 2026.
    private static SicknessCase Expired(LocalDate prospect) =>
        SicknessCase
            .Builder("S2-04", D(2025, 6, 2))
            .Probleemanalyse(D(2025, 7, 7))
            .PlanVanAanpak(D(2025, 7, 16))
            .UwvZiekmelding(D(2026, 3, 6))
            .ArbeidsdeskundigOnderzoek(D(2026, 4, 17))
            .Eerstejaarsevaluatie(D(2026, 5, 22))
            .Spoor2Uitstel(D(2026, 5, 22), prospect)
            .Build();

    [Fact]
    public void Postponed_and_the_prospect_expired_spoor_2_is_due_six_weeks_after_it_with_a_warning()
    {
        // Sick through U: expired. max(base d397, U + T = d474 = 18 Sep 2026) = 18 Sep 2026; asOf 31 Aug = d456.
        var a = AssessWithTraject(Expired(D(2026, 8, 7)), D(2026, 8, 31));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 9, 18), ObligationStatus.Open);
        a.ShouldHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2, Severity.Warning);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Uitstel, ObligationCodes.Spoor2);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);
    }

    [Fact]
    public void Postponed_and_the_prospect_expired_long_ago_the_warning_is_high()
    {
        var a = AssessWithTraject(Expired(D(2026, 8, 7)), D(2026, 10, 20)); // d506 > d474

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 9, 18), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2, Severity.High);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.Spoor2, Severity.High);
    }

    [Fact]
    public void A_prospect_more_than_three_months_ahead_is_warned_about()
    {
        // P + 3 calendar months = 22 Aug 2026 < U = 30 Sep 2026 = d486; U + T = d528 = 11 Nov 2026.
        var a = AssessWithTraject(Expired(D(2026, 9, 30)), D(2026, 8, 31));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 11, 11), ObligationStatus.Open);
        a.ShouldHaveWarning(WarningCodes.Spoor2Uitstel, ObligationCodes.Spoor2, Severity.Warning);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2);
    }

    // Scenario 5. Day 1 = 5 Jan 2026, sick throughout: dN = 5 Jan 2026 + (N - 1). No return to the own job 4 May 2026
    // (d120); assessment 3 Jun (d150); no return within the organisation 3 Jul (d180); spoor 2 29 Jul 2026 (d206, week 30).
    private static SicknessCase Early(LocalDate conclusion) =>
        SicknessCase
            .Builder("S2-05", D(2026, 1, 5))
            .Probleemanalyse(D(2026, 2, 9))
            .PlanVanAanpak(D(2026, 2, 18))
            .GeenTerugkeerEigenFunctie(D(2026, 5, 4))
            .ArbeidsdeskundigOnderzoek(D(2026, 6, 3))
            .GeenTerugkeerEigenOrganisatie(conclusion)
            .Spoor2(D(2026, 7, 29))
            .Spoor2Trajectplan(D(2026, 8, 19), plannedMonths: 6)
            .Spoor2Voortgangsrapportage(D(2026, 9, 7))
            .Build();

    [Fact]
    public void Early_start_is_fulfilled_and_reported_as_early()
    {
        var a = AssessWithTraject(Early(D(2026, 7, 3)), D(2026, 10, 12)); // d281

        // F + 42 = d162 = 15 Jun 2026, earlier than d364.
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2026, 6, 15), ObligationStatus.Fulfilled, D(2026, 6, 3));
        // C + T = d222 = 14 Aug 2026 (E + T = d406 is later).
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 8, 14), ObligationStatus.Fulfilled, D(2026, 7, 29));
        a.ShouldHaveWarning(WarningCodes.Early, ObligationCodes.Spoor2, Severity.Info);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Trajectplan, D(2026, 8, 26), ObligationStatus.Fulfilled, D(2026, 8, 19));
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2026, 9, 9), ObligationStatus.Fulfilled, D(2026, 9, 7), 1);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2026, 10, 19), ObligationStatus.Open, sequence: 2);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2027, 9, 26), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Start, D(2026, 7, 29));
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Begeleiding, D(2026, 8, 19));
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2TrajectEinde, D(2027, 1, 29));
    }

    [Fact]
    public void Before_week_52_but_after_the_conclusion_plus_six_weeks_is_fulfilled_late_not_early()
    {
        // C = 3 Jun 2026 = d150: C + T = d192 = 15 Jul 2026; started d206. Before week 52, but after its own due date:
        // late, not early (issue 12 point 6), so one message: fulfilled-late.
        var a = AssessWithTraject(Early(D(2026, 6, 3)), D(2026, 10, 12));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 7, 15), ObligationStatus.FulfilledLate, D(2026, 7, 29));
        a.ShouldHaveWarning(WarningCodes.FulfilledLate, ObligationCodes.Spoor2, Severity.Warning);
        a.ShouldNotHaveWarning(WarningCodes.Early, ObligationCodes.Spoor2);
    }

    // Scenario 6. Day 1 = 3 Jun 2024; sick to 21 Jul (d49), 21 fit days, sick from 12 Aug 2024 = d50: for n >= 50,
    // dN = 3 Jun 2024 + (n - 1) + 21. d728 = 21 Jun 2026, d637 = 22 Mar 2026, d630 = 15 Mar 2026. Placement on
    // 14 Nov 2025 = d509 (week 73).
    private static CaseBuilder Placement() =>
        SicknessCase
            .Builder("S2-06", D(2024, 6, 3))
            .SickUntil(D(2024, 7, 21))
            .SickAgainFrom(D(2024, 8, 12))
            .Probleemanalyse(D(2024, 7, 8))
            .PlanVanAanpak(D(2024, 7, 17))
            .UwvZiekmelding(D(2025, 4, 7))
            .ArbeidsdeskundigOnderzoek(D(2025, 5, 19))
            .GeenTerugkeerEigenOrganisatie(D(2025, 5, 29))
            .Eerstejaarsevaluatie(D(2025, 6, 10))
            .Spoor2(D(2025, 6, 30))
            .Spoor2Trajectplan(D(2025, 7, 21), plannedMonths: 12)
            .Spoor2Voortgangsrapportage(D(2025, 8, 8))
            .Spoor2Voortgangsrapportage(D(2025, 9, 19))
            .Spoor2Voortgangsrapportage(D(2025, 10, 30))
            .Spoor2Plaatsing(D(2025, 11, 14));

    [Fact]
    public void Placement_before_week_90_with_the_final_report_and_the_riv_on_time()
    {
        var a = AssessWithTraject(
            Placement().Spoor2Eindrapportage(D(2026, 3, 13)).ReIntegratieverslag(D(2026, 3, 19)).Build(),
            D(2026, 3, 25)
        );

        // C + T = d382 = 10 Jul 2025 (E + T = d394 is later); started d372.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 7, 10), ObligationStatus.Fulfilled, D(2025, 6, 30));
        a.ShouldHaveObligation(ObligationCodes.Spoor2Trajectplan, D(2025, 7, 28), ObligationStatus.Fulfilled, D(2025, 7, 21));
        // #1 d414 = 11 Aug, #2 d453 = 19 Sep (held that day), #3 d495 = 31 Oct 2025; the next (d536) falls after the placement.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2025, 8, 11), ObligationStatus.Fulfilled, D(2025, 8, 8), 1);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2025, 9, 19), ObligationStatus.Fulfilled, D(2025, 9, 19), 2);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Voortgangsrapportage, D(2025, 10, 31), ObligationStatus.Fulfilled, D(2025, 10, 30), 3);
        a.Obligations.Count(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage).Should().Be(3);
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 3, 15), ObligationStatus.Fulfilled, D(2026, 3, 13));
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 3, 22), ObligationStatus.Fulfilled, D(2026, 3, 19));
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Start, D(2025, 6, 30));
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Begeleiding, D(2025, 7, 21));
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2TrajectEinde, D(2026, 6, 30)); // after the last day, 21 Jun 2026
        a.Milestones.Single(m => m.Kind == MilestoneCodes.Spoor2TrajectEinde).Explanation.Should().Contain("after the last day");
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2Plaatsing, D(2025, 11, 14));
        // d509 + 91 = d600 = 3 Jun 2024 + 599 + 21 = 13 Feb 2026.
        a.ShouldHaveMilestone(MilestoneCodes.Spoor2NazorgEinde, D(2026, 2, 13));
        a.ShouldNotHaveWarning(WarningCodes.Spoor2EindrapportageOntbreekt, ObligationCodes.Spoor2Eindrapportage);
        Golden.Verify("s17-spoor-2-placement-before-week-90-2026-03-25", AssessmentText.Render(a));
    }

    [Fact]
    public void Placement_but_no_final_report_and_the_riv_overdue_is_a_high_warning()
    {
        var a = AssessWithTraject(Placement().Build(), D(2026, 3, 25)); // d640

        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 3, 15), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Spoor2EindrapportageOntbreekt, ObligationCodes.Spoor2Eindrapportage, Severity.High);
    }

    [Fact]
    public void Placement_but_no_final_report_with_the_riv_still_ahead_is_a_warning()
    {
        var a = AssessWithTraject(Placement().Build(), D(2026, 3, 18)); // d633 <= d637

        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 3, 15), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 3, 22), ObligationStatus.Open);
        a.ShouldHaveWarning(WarningCodes.Spoor2EindrapportageOntbreekt, ObligationCodes.Spoor2Eindrapportage, Severity.Warning);
    }
}
