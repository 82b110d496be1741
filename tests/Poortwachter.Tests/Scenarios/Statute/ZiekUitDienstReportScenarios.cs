using FluentAssertions;
using FluentAssertions.Execution;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 12, point 1 (and 7, last bullet): ziek uit dienst, Ziektewet art. 38 lid 2 and 3 (BWBR0001888).
/// "Onverminderd het eerste lid doet de werkgever ... aangifte van de ongeschiktheid tot werken ... op de laatste werkdag
/// voordat de dienstbetrekking eindigt. Indien tussen de eerste dag van de ongeschiktheid tot werken en de laatste
/// werkdag ... ten minste zes weken is gelegen stelt de werkgever, die geen eigenrisicodrager is, uiterlijk op die
/// laatste werkdag ... een reïntegratieverslag op". The ziek-uit-dienst report is its own obligation next to the
/// 42nd-week report (lid 1); lid 1 binds only an employer that owes wages (BW 7:629), so a 42nd-week report due after
/// the employment ended is not-applicable (no longer moved). Six weeks: day 1 and the last working day both counted,
/// 42 or more calendar days (reading A). Hand derivations: S12-1a..1e, written before the engine implements them.
/// D = Monday 6 Jan 2025, sick throughout: counted day n = D + (n - 1); day 295 = 27 Oct 2025; day 728 = 3 Jan 2027.
/// </summary>
public sealed class ZiekUitDienstReportScenarios
{
    private static readonly PoortwachterEngine Engine = PoortwachterEngine.CreateDefault();

    [Fact]
    public void The_ziek_uit_dienst_report_is_due_on_the_last_working_day_also_after_the_42nd_week_report()
    {
        // S12-1a.
        const string json = """
            {
              "caseId": "S12-1a",
              "firstSickDay": "2025-01-06",
              "employmentEndsOn": "2026-02-28",
              "lastWorkingDay": "2026-02-27",
              "events": [
                { "type": "uwv-ziekmelding", "on": "2025-10-20" },
                { "type": "re-integratieverslag", "on": "2026-02-26" },
                { "type": "ziek-uit-dienst-melding", "on": "2026-03-02" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 3, 3));
        using var scope = new AssertionScope();

        // countedDays = 6 Jan 2025 .. 3 Mar 2026 inclusive = 365 + 57 = 422; week = ceil(422 / 7) = 61. The wachttijd goes on
        // after the employment ends (ZW 29 lid 2 onder c): lastDay = day 728 = 3 Jan 2027, WIA from 4 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 422, 61, D(2027, 1, 3), D(2027, 1, 4));
        // Lid 1 ("onverminderd"): counted day 295 = 6 Jan 2025 + 294 = 27 Oct 2025, done 20 Oct -> fulfilled; not moved.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, D(2025, 10, 20));
        // Lid 2 first sentence: "op de laatste werkdag" = lastWorkingDay Fri 27 Feb 2026 (from the case, not the employment
        // end 28 Feb); done Mon 2 Mar 2026 > 27 Feb -> fulfilled-late, with a fulfilled-late warning (fine, ZW 38 lid 3).
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2026, 2, 27), ObligationStatus.FulfilledLate, D(2026, 3, 2));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.FulfilledLate && w.Obligation == ObligationCodes.ZiekUitDienstMelding);
        // The explanation names the last working day that was used (27 Feb 2026 from the case).
        a.Obligation(ObligationCodes.ZiekUitDienstMelding).Explanation.Should().Contain("2026-02-27");
        // Lid 2 second sentence: 6 Jan 2025 .. 27 Feb 2026 inclusive = 418 days >= 42, no eigenrisicodrager -> RIV due
        // "uiterlijk op die laatste werkdag" 27 Feb 2026; done 26 Feb -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 2, 27), ObligationStatus.Fulfilled, D(2026, 2, 26));
        // The WIA application is the employee's: day 651 = 18 Oct 2026, open.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeDienstverband, D(2026, 2, 28));
        // Point 7: lastDay is the end of the wachttijd (3 Jan 2027), labelled so; the employer's wage continuation ended
        // with the employment on 28 Feb 2026, which the label says.
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        a.Milestones.Should().ContainSingle(m => m.Kind == MilestoneCodes.EindeWachttijd).Which.Explanation.Should().Contain("2026-02-28");
        // Not: an overdue report (it was made) or the employer's wage continuation taken as the last day.
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.ZiekUitDienstMelding);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.UwvZiekmelding);
    }

    [Fact]
    public void Without_a_last_working_day_the_last_day_of_employment_is_used_and_the_42nd_week_report_lapses()
    {
        // S12-1b.
        const string json = """
            {
              "caseId": "S12-1b",
              "firstSickDay": "2025-01-06",
              "employmentEndsOn": "2025-03-31",
              "events": [ { "type": "ziek-uit-dienst-melding", "on": "2025-03-31" } ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 4, 1));
        using var scope = new AssertionScope();

        // countedDays = 6 Jan .. 1 Apr 2025 = 26 + 28 + 31 + 1 = 86; week 13; lastDay = end of the wachttijd 3 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 86, 13, D(2027, 1, 3), D(2027, 1, 4));
        // No lastWorkingDay: L = employmentEndsOn = Mon 31 Mar 2025; done that day -> fulfilled; the explanation says the
        // last day of employment was used.
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 3, 31), ObligationStatus.Fulfilled, D(2025, 3, 31));
        a.Obligation(ObligationCodes.ZiekUitDienstMelding).Explanation.Should().Contain("employment");
        // 6 Jan .. 31 Mar inclusive = 85 days >= 42, no eigenrisicodrager -> RIV due 31 Mar 2025; not made -> overdue, high.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 3, 31), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.ReIntegratieverslag, Severity.High);
        // Lid 1: day 295 = 27 Oct 2025 falls after the employment ended -> not-applicable; NOT moved to 31 Mar 2025.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.UwvZiekmelding);
        // Point 7: the einde-wachttijd label says the employer's wage continuation ended on 31 Mar 2025.
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        a.Milestones.Should().ContainSingle(m => m.Kind == MilestoneCodes.EindeWachttijd).Which.Explanation.Should().Contain("2025-03-31");
    }

    [Fact]
    public void A_last_working_day_exactly_six_weeks_from_day_1_owes_the_RIV()
    {
        // S12-1c: L = employmentEndsOn = Sun 16 Feb 2025 = D + 41.
        const string json = """
            {
              "caseId": "S12-1c",
              "firstSickDay": "2025-01-06",
              "employmentEndsOn": "2025-02-16",
              "events": [ { "type": "ziek-uit-dienst-melding", "on": "2025-02-14" } ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 2, 17));
        using var scope = new AssertionScope();

        // Report due on L = 16 Feb 2025 (default: the employment end); done Fri 14 Feb -> fulfilled (early is on time).
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 16), ObligationStatus.Fulfilled, D(2025, 2, 14));
        // Mon 6 Jan .. Sun 16 Feb inclusive = 42 days = six weeks (reading A) -> RIV owed, due 16 Feb; not made -> overdue.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 2, 16), ObligationStatus.Overdue);
        // Day 295 = 27 Oct 2025 lies after the employment end -> not-applicable, not moved to 16 Feb.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.UwvZiekmelding);
    }

    [Fact]
    public void A_last_working_day_short_of_six_weeks_owes_the_report_but_no_RIV()
    {
        // S12-1d: as S12-1c plus lastWorkingDay Fri 14 Feb 2025 = D + 39.
        const string json = """
            {
              "caseId": "S12-1d",
              "firstSickDay": "2025-01-06",
              "employmentEndsOn": "2025-02-16",
              "lastWorkingDay": "2025-02-14",
              "events": [ { "type": "ziek-uit-dienst-melding", "on": "2025-02-14" } ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 2, 17));
        using var scope = new AssertionScope();

        // Report due on the case's last working day, Fri 14 Feb 2025 (not the employment end 16 Feb); done that day.
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 14), ObligationStatus.Fulfilled, D(2025, 2, 14));
        a.Obligation(ObligationCodes.ZiekUitDienstMelding).Explanation.Should().Contain("2025-02-14");
        // 6 Jan .. 14 Feb inclusive = 40 days < 42 under every reading -> no RIV: not-applicable, no overdue warning.
        a.Obligation(ObligationCodes.ReIntegratieverslag).Status.Should().Be(ObligationStatus.NotApplicable);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.ReIntegratieverslag);
        // Day 295 = 27 Oct 2025 after the employment end -> not-applicable.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
    }

    [Fact]
    public void An_eigenrisicodrager_ZW_makes_the_report_but_owes_no_RIV()
    {
        // S12-1e: as S12-1b plus eigenrisicodragerZw.
        const string json = """
            {
              "caseId": "S12-1e",
              "firstSickDay": "2025-01-06",
              "employmentEndsOn": "2025-03-31",
              "eigenrisicodragerZw": true,
              "events": [ { "type": "ziek-uit-dienst-melding", "on": "2025-03-31" } ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 4, 1));
        using var scope = new AssertionScope();

        // Lid 2 first sentence binds every employer (literal reading): due L = employment end 31 Mar 2025, done -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 3, 31), ObligationStatus.Fulfilled, D(2025, 3, 31));
        // "de werkgever, die geen eigenrisicodrager is": no RIV on the last working day although 85 days >= 42, no overdue
        // warning. Changed in 0.4 (issue 17): the eigenrisicodrager ZW keeps its re-integration duties after employment
        // ends (WIA art. 26 lid 2), so the RIV stays due on counted day 637 = 6 Jan 2025 + 636 = 4 Oct 2026 -> open.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.ReIntegratieverslag);
        // Day 295 = 27 Oct 2025 after the employment end -> not-applicable, as in S12-1b.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
    }
}
