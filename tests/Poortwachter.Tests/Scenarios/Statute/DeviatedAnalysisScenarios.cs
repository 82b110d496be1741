using FluentAssertions;
using FluentAssertions.Execution;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 12, point 4: a deviated probleemanalyse moves the plan van aanpak. Regeling procesgang eerste en tweede
/// ziektejaar (BWBR0013540) art. 4 lid 1: the plan "binnen twee weken na het oordeel"; art. 5: "Van de termijnen,
/// bedoeld in artikel 2 en 4, kan door de werkgever en de werknemer gemotiveerd worden afgeweken." With no analysis on
/// record the plan's fallback is the analysis' due date + 14 calendar days (day 42 + 14 = day 56 without a deviation);
/// once the analysis is on record, its date + 14; a deviation recorded for the plan itself wins. Hand derivations
/// S12-4a..4c, written before the engine implements them. D = Mon 6 Jan 2025: day 42 = Sun 16 Feb, day 56 = Sun 2 Mar 2025.
/// </summary>
public sealed class DeviatedAnalysisScenarios
{
    private static readonly PoortwachterEngine Engine = PoortwachterEngine.CreateDefault();

    [Fact]
    public void A_plan_van_aanpak_is_due_two_weeks_after_the_deviated_due_date_of_the_analysis()
    {
        // S12-4a.
        const string json = """
            {
              "caseId": "S12-4a",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "afwijking", "on": "2025-02-10", "obligation": "probleemanalyse", "dueBy": "2025-03-03",
                  "reason": "bedrijfsarts met vakantie" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 3, 3));
        using var scope = new AssertionScope();

        // Analysis moved (art. 5) from day 42 = 16 Feb to Mon 3 Mar 2025; due today -> open, due-soon warning.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 3, 3), ObligationStatus.Open);
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.DueSoon && w.Obligation == ObligationCodes.Probleemanalyse);
        // Plan: 3 Mar + 14 = Mon 17 Mar 2025 (art. 4 lid 1), open. Not day 56 = Sun 2 Mar 2025, overdue.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 17), ObligationStatus.Open);
        // No impossible demand: no overdue warning and no high warning for the plan.
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.PlanVanAanpak);
        a.Warnings.Should().NotContain(w => w.Obligation == ObligationCodes.PlanVanAanpak && w.Severity == Severity.High);
    }

    [Fact]
    public void Once_the_deviated_analysis_is_held_the_plan_follows_its_real_date()
    {
        // S12-4b: S12-4a plus the analysis held on 12 Mar 2025.
        const string json = """
            {
              "caseId": "S12-4b",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "afwijking", "on": "2025-02-10", "obligation": "probleemanalyse", "dueBy": "2025-03-03",
                  "reason": "bedrijfsarts met vakantie" },
                { "type": "probleemanalyse", "on": "2025-03-12" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 3, 20));
        using var scope = new AssertionScope();

        // Analysis due 3 Mar (deviation), held Wed 12 Mar -> fulfilled-late.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 3, 3), ObligationStatus.FulfilledLate, D(2025, 3, 12));
        // Plan: 12 Mar + 14 = Wed 26 Mar 2025, open; not overdue.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 26), ObligationStatus.Open);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.PlanVanAanpak);
    }

    [Fact]
    public void A_deviation_recorded_for_the_plan_itself_wins_over_the_analysis_fallback()
    {
        // S12-4c: S12-4a plus a deviation for the plan to 31 Mar 2025.
        const string json = """
            {
              "caseId": "S12-4c",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "afwijking", "on": "2025-02-10", "obligation": "probleemanalyse", "dueBy": "2025-03-03",
                  "reason": "bedrijfsarts met vakantie" },
                { "type": "afwijking", "on": "2025-02-10", "obligation": "plan-van-aanpak", "dueBy": "2025-03-31",
                  "reason": "afstemming arbeidsdeskundige" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 3, 20));
        using var scope = new AssertionScope();

        // Plan: its own deviation, Mon 31 Mar 2025 (not 3 Mar + 14 = 17 Mar), open.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 31), ObligationStatus.Open);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.PlanVanAanpak);
        // Analysis: not on record, due 3 Mar 2025 (deviation) -> overdue.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 3, 3), ObligationStatus.Overdue);
    }
}
