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
/// Scenario 13: periodic evaluations (Regeling procesgang art. 4 lid 2 onder b "periodiek"; the 42-counted-day interval is
/// practice). Each evaluatie #n is due 42 counted days after the previous anchor: the plan, then each evaluation held
/// (also a late one). D = 6 Jan 2025, sick throughout: day n = D + (n - 1).
/// </summary>
public sealed class EvaluationScenario
{
    [Fact]
    public void Evaluations_on_time_and_late_and_the_next_one_open()
    {
        var @case = SicknessCase
            .Builder("S13", D(2025, 1, 6))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20)) // day 46
            .Evaluatie(D(2025, 4, 1)) // day 86
            .Evaluatie(D(2025, 5, 20)) // day 135
            .Build();
        var a = Assess(@case, D(2025, 6, 15));

        // countedDays 6 Jan..15 Jun = 26 + 28 + 31 + 30 + 31 + 15 = 161 = 23 x 7 -> week 23.
        a.ShouldHaveWachttijd(WachttijdState.Running, 161, 23, D(2027, 1, 3), D(2027, 1, 4));
        // #1: plan day 46 + 42 = day 88 = 3 Apr 2025; held 1 Apr -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 4, 3), ObligationStatus.Fulfilled, D(2025, 4, 1), sequence: 1);
        // #2: day 86 + 42 = day 128 = 6 Jan + 127 = 13 May 2025; held 20 May -> fulfilled-late (warning).
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 5, 13), ObligationStatus.FulfilledLate, D(2025, 5, 20), sequence: 2);
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.FulfilledLate && w.Obligation == ObligationCodes.Evaluatie);
        // #3: from the late evaluation: day 135 + 42 = day 177 = 6 Jan + 176 = 1 Jul 2025 -> open.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 7, 1), ObligationStatus.Open, sequence: 3);
        a.EvaluationCount().Should().Be(3);

        Golden.Verify("s13-evaluations-2025-06-15", AssessmentText.Render(a));
    }
}

/// <summary>
/// Scenario 14: spoor 2 (policy: Beoordelingskader poortwachter; Werkwijzer 4.3.1). interpretation.md: with a
/// geen-terugkeer-eigen-organisatie conclusion on C, due the earlier of C + 42 counted days and E + 42 counted days
/// (E = the first-year evaluation if held by day 364, else day 364). D = 6 Jan 2025, sick throughout.
/// </summary>
public sealed class Spoor2Scenarios
{
    // C = 1 Sep 2025 = day 239; C + 42 = day 281 = 6 Jan + 280 = 13 Oct 2025.
    // E = day 364 = 4 Jan 2026 (no first-year evaluation held); E + 42 = day 406 = 15 Feb 2026. Earlier: 13 Oct 2025.
    private static CaseBuilder WithConclusion(string id) =>
        SicknessCase.Builder(id, D(2025, 1, 6)).GeenTerugkeerEigenOrganisatie(D(2025, 9, 1));

    [Fact]
    public void A_conclusion_before_the_first_year_evaluation_makes_spoor_2_due_42_days_later()
    {
        var a = Assess(WithConclusion("S14a").Build(), D(2025, 10, 1));

        // countedDays 6 Jan..1 Oct 2025 = 269; week = ceil(269 / 7) = 39 (7 x 38 = 266).
        a.ShouldHaveWachttijd(WachttijdState.Running, 269, 39, D(2027, 1, 3), D(2027, 1, 4));
        // 1 Oct <= 13 Oct -> open (12 days left: within the 14-day due-soon window).
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 10, 13), ObligationStatus.Open);
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.DueSoon && w.Obligation == ObligationCodes.Spoor2);

        Golden.Verify("s14a-spoor2-conclusion-2025-10-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Spoor_2_not_started_by_C_plus_42_is_overdue_with_a_high_warning()
    {
        var a = Assess(WithConclusion("S14b").Build(), D(2025, 11, 1));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 10, 13), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.Spoor2, Severity.High);
    }

    [Fact]
    public void Spoor_2_started_before_C_plus_42_is_fulfilled()
    {
        var a = Assess(WithConclusion("S14c").Spoor2(D(2025, 10, 10)).Build(), D(2025, 11, 1));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 10, 13), ObligationStatus.Fulfilled, D(2025, 10, 10));

        // 10 Oct 2025 = 6 Jan 2025 + 277 = counted day 278, week 40: before week 52, so reported as an early start
        // (allowed; Beoordelingskader par. 5), and nothing else is said about spoor 2.
        a.Warnings.Where(w => w.Obligation == ObligationCodes.Spoor2)
            .Should()
            .ContainSingle()
            .Which.Should()
            .Match<Warning>(w =>
                w.Kind == WarningCodes.Early
                && w.Severity == Severity.Info
                && w.Message.Contains("counted day 278 (week 40)", System.StringComparison.Ordinal)
            );
    }

    // First-year evaluation held 15 Dec 2025 = day 344 (inside the practice window from day 316, so not early), no
    // conclusion. E = 15 Dec 2025; E + 42 = day 386 = 6 Jan 2025 + 385 = 26 Jan 2026.
    private static SicknessCase WithoutConclusion(string id) =>
        SicknessCase.Builder(id, D(2025, 1, 6)).Eerstejaarsevaluatie(D(2025, 12, 15)).Build();

    [Fact]
    public void Without_a_conclusion_spoor_2_is_not_applicable_and_a_decision_warning_runs_from_the_first_year_evaluation()
    {
        var a = Assess(WithoutConclusion("S14d"), D(2026, 1, 10));

        // countedDays 6 Jan 2025..10 Jan 2026 = 370; week = ceil(370 / 7) = 53 (7 x 52 = 364).
        a.ShouldHaveWachttijd(WachttijdState.Running, 370, 53, D(2027, 1, 3), D(2027, 1, 4));
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 1, 26), ObligationStatus.NotApplicable);
        // From E on a spoor-2-decision warning; E + 42 (26 Jan) has not passed, so not yet high.
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.Spoor2Decision && w.Severity != Severity.High);
        // eerstejaarsevaluatie: due day 364 = 4 Jan 2026, held 15 Dec 2025 -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.Fulfilled, D(2025, 12, 15));
        // arbeidsdeskundig onderzoek: before the first-year evaluation, held earlier than day 364 -> due 15 Dec 2025; overdue.
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2025, 12, 15), ObligationStatus.Overdue);

        Golden.Verify("s14d-spoor2-no-conclusion-2026-01-10", AssessmentText.Render(a));
    }

    [Fact]
    public void Without_a_conclusion_the_decision_warning_is_high_once_E_plus_42_has_passed()
    {
        var a = Assess(WithoutConclusion("S14e"), D(2026, 2, 1));

        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 1, 26), ObligationStatus.NotApplicable);
        a.ShouldHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2, Severity.High);
    }
}
