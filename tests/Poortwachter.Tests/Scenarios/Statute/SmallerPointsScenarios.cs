using FluentAssertions;
using FluentAssertions.Execution;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Rules.Wvp2013;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 12, point 7 and the mission's week-90 report. BW 7:629 lid 11 onder a (BWBR0005290): the 104 weeks are extended
/// "met de duur van de vertraging" of a late WIA application. WIA art. 64 (BWBR0019057) lid 2: UWV's letter "uiterlijk op
/// de dag waarop de wachttijd 89 weken heeft geduurd" (day 623); lid 3: the application "uiterlijk elf weken voor afloop
/// van de wachttijd" (day 651); lid 6: "geacht tijdig te zijn ingediend ... indien bij een latere kennisgeving ... de
/// aanvraag wordt ingediend binnen vier weken nadat deze kennisgeving is ontvangen", not when the 42nd-week report was not
/// made "voor de dag waarop de wachttijd 81 weken heeft geduurd" (day 567). WIA 25 lid 4 onder b: after an extension the
/// RIV is supplemented "uiterlijk dertien weken voor het verstrijken van het ... verlengde tijdvak". Spoor-2 final report
/// (practice): end of week 90 = day 630, or start + 42 counted days when spoor 2 starts on or after day 630.
/// Hand derivations S12-7a..7g, written before the engine implements them. D = Mon 6 Jan 2025, sick throughout:
/// day 567 = Sun 26 Jul 2026, day 623 = Sun 20 Sep 2026, day 630 = Sun 27 Sep 2026, day 637 = Sun 4 Oct 2026,
/// day 651 = Sun 18 Oct 2026 (T), day 728 = Sun 3 Jan 2027 (E); E - T = 77 days.
/// </summary>
public sealed class SmallerPointsScenarios
{
    private static readonly PoortwachterEngine Engine = PoortwachterEngine.CreateDefault();

    [Fact]
    public void Without_a_WIA_application_the_end_is_open_and_the_week_stays_meaningful()
    {
        // S12-7a.
        const string json = """
            {
              "caseId": "S12-7a",
              "firstSickDay": "2025-01-06",
              "events": [ { "type": "re-integratieverslag", "on": "2026-10-01" } ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2027, 2, 1));
        using var scope = new AssertionScope();

        // Application due T = 18 Oct 2026, not made -> overdue (statute, high).
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.WiaAanvraag, Severity.High);
        // countedDays = 6 Jan 2025 .. 1 Feb 2027 = 757, week 109 (never a week from a projected end, "week 313 of 104").
        // The end is open until the application is made: made on A, the last day is E + (A - T) = A + 77; at the earliest
        // A = asOf + 1 = Tue 2 Feb 2027 -> lastDay Tue 20 Apr 2027, WIA from 21 Apr 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 757, 109, D(2027, 4, 20), D(2027, 4, 21));
        a.Wachttijd.IsLastDayOpen.Should().BeTrue();
        a.Wachttijd.Week.Should().NotBe(313);
        // The sanction deadline is six weeks before that end (WIA 25 lid 10 second sentence): 20 Apr - 42 = Tue 9 Mar 2027.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 3, 9));
    }

    [Fact]
    public void An_application_within_four_weeks_of_a_late_UWV_letter_counts_as_on_time()
    {
        // S12-7b.
        const string json = """
            {
              "caseId": "S12-7b",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "uwv-ziekmelding", "on": "2025-10-20" },
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "uwv-wia-brief", "on": "2026-11-02" },
                { "type": "wia-aanvraag", "on": "2026-11-27" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 12, 1));
        using var scope = new AssertionScope();

        // Letter due by day 623 = Sun 20 Sep 2026; received Mon 2 Nov 2026 (late).
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 9, 20));
        // 42nd-week report 20 Oct 2025 = day 288 < 567 -> lid 6 applies: due = receipt + 28 = Mon 30 Nov 2026; made
        // Fri 27 Nov -> fulfilled, no fulfilled-late warning.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 11, 30), ObligationStatus.Fulfilled, D(2026, 11, 27));
        a.ShouldNotHaveWarning(WarningCodes.FulfilledLate, ObligationCodes.WiaAanvraag);
        // No extension under BW 7:629 lid 11 onder a: lastDay 3 Jan 2027 (without lid 6: 40 days late -> 12 Feb 2027).
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.WiaStart.Should().Be(D(2027, 1, 4));
        a.Wachttijd.IsLastDayOpen.Should().BeFalse();
        a.Wachttijd.Extensions.Should().NotContain(e => e.Code == LateWiaAanvraagExtension.ExtensionCode);
    }

    [Fact]
    public void A_42nd_week_report_made_on_the_day_of_week_81_takes_the_late_letter_protection_away()
    {
        // S12-7c: as S12-7b but the 42nd-week report on Sun 26 Jul 2026 = day 567.
        const string json = """
            {
              "caseId": "S12-7c",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "uwv-ziekmelding", "on": "2026-07-26" },
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "uwv-wia-brief", "on": "2026-11-02" },
                { "type": "wia-aanvraag", "on": "2026-11-27" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 12, 1));
        using var scope = new AssertionScope();

        // Not made "voor de dag waarop de wachttijd 81 weken heeft geduurd" (day 567 is that day) -> lid 6 does not apply:
        // due T = 18 Oct 2026, made 27 Nov -> fulfilled-late, 40 days -> lastDay 3 Jan 2027 + 40 = Fri 12 Feb 2027.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.FulfilledLate, D(2026, 11, 27));
        a.Wachttijd.LastDay.Should().Be(D(2027, 2, 12));
        // The 42nd-week report itself: due day 295 = 27 Oct 2025, made 26 Jul 2026 -> fulfilled-late.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.FulfilledLate, D(2026, 7, 26));
    }

    [Fact]
    public void A_42nd_week_report_made_the_day_before_week_81_keeps_the_late_letter_protection()
    {
        // S12-7c-ii: the 42nd-week report on Sat 25 Jul 2026 = day 566 < 567 -> lid 6 applies.
        const string json = """
            {
              "caseId": "S12-7c-ii",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "uwv-ziekmelding", "on": "2026-07-25" },
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "uwv-wia-brief", "on": "2026-11-02" },
                { "type": "wia-aanvraag", "on": "2026-11-27" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 12, 1));
        using var scope = new AssertionScope();

        // Due 2 Nov + 28 = 30 Nov 2026, made 27 Nov -> fulfilled; no extension: lastDay 3 Jan 2027 (not 12 Feb 2027).
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 11, 30), ObligationStatus.Fulfilled, D(2026, 11, 27));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
    }

    [Fact]
    public void An_application_after_the_four_weeks_of_a_late_letter_is_late_counted_from_the_statutory_due_date()
    {
        // S12-7d: as S12-7b but the application on Fri 4 Dec 2026.
        const string json = """
            {
              "caseId": "S12-7d",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "uwv-ziekmelding", "on": "2025-10-20" },
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "uwv-wia-brief", "on": "2026-11-02" },
                { "type": "wia-aanvraag", "on": "2026-12-04" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 12, 7));
        using var scope = new AssertionScope();

        // Shown due on the protected date 30 Nov 2026 (receipt + 28); made 4 Dec -> fulfilled-late.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 11, 30), ObligationStatus.FulfilledLate, D(2026, 12, 4));
        // Default (literal: lid 6 only saves an application within the four weeks): delay from T = 4 Dec - 18 Oct = 47 days
        // -> lastDay 3 Jan 2027 + 47 = Fri 19 Feb 2027. Not the alternative (delay from 30 Nov, 4 days): 7 Jan 2027.
        a.Wachttijd.LastDay.Should().Be(D(2027, 2, 19));
        a.Wachttijd.LastDay.Should().NotBe(D(2027, 1, 7));
    }

    [Fact]
    public void The_RIV_supplement_after_a_voluntary_extension_can_be_met()
    {
        // S12-7e.
        const string json = """
            {
              "caseId": "S12-7e",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-09-01" },
                { "type": "verlenging", "on": "2026-09-28", "until": "2027-07-02" },
                { "type": "riv-aanvulling", "on": "2027-03-25" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2027, 4, 5));
        using var scope = new AssertionScope();

        // RIV existed (1 Sep 2026) before the extension (28 Sep 2026): judged on the original term, day 637 = 4 Oct 2026.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 9, 1));
        // Supplement due 2 Jul 2027 - 91 = Fri 2 Apr 2027 (lid 4 onder b); made Thu 25 Mar -> met: no riv-supplement warning.
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.RivSupplement);
        // New last day Fri 2 Jul 2027; WIA application 2 Jul - 77 = Fri 16 Apr 2027, open; sanction deadline 2 Jul - 42 =
        // Fri 21 May 2027.
        a.Wachttijd.LastDay.Should().Be(D(2027, 7, 2));
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 4, 16), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 5, 21));
    }

    [Fact]
    public void A_missing_RIV_supplement_past_its_due_date_is_a_high_warning()
    {
        // S12-7e-ii: S12-7e without the riv-aanvulling event.
        const string json = """
            {
              "caseId": "S12-7e-ii",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-09-01" },
                { "type": "verlenging", "on": "2026-09-28", "until": "2027-07-02" }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2027, 4, 5));
        using var scope = new AssertionScope();

        // Supplement due 2 Apr 2027, not made on 5 Apr -> overdue since 3 Apr: riv-supplement warning, high.
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.RivSupplement && w.Severity == Severity.High);
        a.Wachttijd.LastDay.Should().Be(D(2027, 7, 2));
    }

    [Fact]
    public void Once_spoor_2_has_started_the_default_engine_emits_the_week_90_final_report()
    {
        // S12-7f: no trajectory rules switched on.
        const string json = """
            {
              "caseId": "S12-7f",
              "firstSickDay": "2025-01-06",
              "events": [ { "type": "spoor-2", "on": "2026-02-02" } ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 10, 1));
        using var scope = new AssertionScope();

        // Spoor 2 started on day 393 without a conclusion: judged against E + 42 = day 406 = 15 Feb 2026 -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 2, 15), ObligationStatus.Fulfilled, D(2026, 2, 2));
        // Final report "uiterlijk in week 90" = day 630 = Sun 27 Sep 2026; none on 1 Oct -> overdue, an info overdue warning
        // (practice), and spoor-2-eindrapportage-ontbreekt, not high: the RIV (day 637 = 4 Oct 2026) is still open.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 9, 27), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.Spoor2Eindrapportage, Severity.Info);
        a.ShouldHaveWarning(WarningCodes.Spoor2EindrapportageOntbreekt, ObligationCodes.Spoor2Eindrapportage, Severity.Warning);
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.Spoor2EindrapportageOntbreekt && w.Severity == Severity.High);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
    }

    [Fact]
    public void A_spoor_2_started_after_week_90_gets_its_final_report_42_counted_days_after_the_start()
    {
        // S12-7g: spoor 2 starts Thu 1 Oct 2026 = day 634 >= 630.
        const string json = """
            {
              "caseId": "S12-7g",
              "firstSickDay": "2025-01-06",
              "events": [ { "type": "spoor-2", "on": "2026-10-01" } ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 10, 5));
        using var scope = new AssertionScope();

        // Final report due start + 42 counted days = day 676 = Thu 12 Nov 2026; open on 5 Oct 2026.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 11, 12), ObligationStatus.Open);
        // Spoor 2 itself: due E + 42 = 15 Feb 2026, started 1 Oct 2026 -> fulfilled-late.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 2, 15), ObligationStatus.FulfilledLate, D(2026, 10, 1));
    }
}
