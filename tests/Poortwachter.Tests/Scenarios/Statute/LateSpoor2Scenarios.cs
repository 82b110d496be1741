using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 12, point 6: a late spoor 2 is not "early". The spoor-2 term is policy (Beleidsregels beoordelingskader
/// poortwachter, BWBR0014375, par. 5; UWV Werkwijzer 4.3.1): with a geen-terugkeer-eigen-organisatie conclusion on C, due
/// by the earlier of C + 42 and E + 42 counted days (E = first-year evaluation, day 364 when none is held). The early
/// note says a start before the first-year evaluation is allowed; a start after its own due date is late, and only
/// fulfilled-late fits. Hand derivations S12-6a and S12-6b, written before the engine implements them.
/// D = Mon 6 Jan 2025, sick throughout: day n = D + (n - 1).
/// </summary>
public sealed class LateSpoor2Scenarios
{
    private static readonly PoortwachterEngine Engine = PoortwachterEngine.CreateDefault();

    [Fact]
    public void A_spoor_2_start_after_its_due_date_but_before_week_52_is_late_and_not_early()
    {
        // S12-6a.
        const string json = """
            {
              "caseId": "S12-6a",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "geen-terugkeer-eigen-organisatie", "on": "2025-06-02" },
                { "type": "spoor-2", "on": "2025-09-01" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 10, 1));
        using var scope = new AssertionScope();

        // C = Mon 2 Jun 2025 = day 148; C + 42 = day 190 = Mon 14 Jul 2025; E + 42 = day 406 = 15 Feb 2026; due = the
        // earlier, 14 Jul 2025. Start Mon 1 Sep 2025 = day 239 > 190 -> fulfilled-late.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 7, 14), ObligationStatus.FulfilledLate, D(2025, 9, 1));
        // Day 239 <= 357 (before week 52), but after its due date: no early warning; exactly one spoor-2 warning,
        // fulfilled-late.
        a.ShouldNotHaveWarning(WarningCodes.Early, ObligationCodes.Spoor2);
        a.Warnings.Where(w => w.Obligation == ObligationCodes.Spoor2)
            .Should()
            .ContainSingle()
            .Which.Kind.Should()
            .Be(WarningCodes.FulfilledLate);
    }

    [Fact]
    public void A_spoor_2_start_before_its_due_date_and_before_week_52_is_on_time_and_early()
    {
        // S12-6b: S12-6a with the start on Tue 1 Jul 2025.
        const string json = """
            {
              "caseId": "S12-6b",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "geen-terugkeer-eigen-organisatie", "on": "2025-06-02" },
                { "type": "spoor-2", "on": "2025-07-01" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 10, 1));
        using var scope = new AssertionScope();

        // Start 1 Jul 2025 = day 177 <= 190 (due 14 Jul) -> fulfilled; day 177 <= 357 -> early (info).
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2025, 7, 14), ObligationStatus.Fulfilled, D(2025, 7, 1));
        a.ShouldHaveWarning(WarningCodes.Early, ObligationCodes.Spoor2, Severity.Info);
        a.ShouldNotHaveWarning(WarningCodes.FulfilledLate, ObligationCodes.Spoor2);
    }
}
