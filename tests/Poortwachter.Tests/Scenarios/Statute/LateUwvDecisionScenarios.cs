using System;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 12, point 2: a late UWV decision shortens the loonsanctie, WIA art. 25 lid 10-14 (BWBR0019057).
/// Lid 10: UWV decides on the sanction "uiterlijk zes weken voor de afloop van de wachttijd" (Z = E - 42; after a late WIA
/// application six weeks before the end of the BW 7:629 lid 11 onder a period). Lid 13: the decision on a herstelmelding
/// "binnen drie weken na de ontvangst van de melding" (M + 21). Lid 14: the period "eindigt zes weken nadat" a positive
/// decision (P + 42), at most 52 weeks, and "Indien het UWV de beschikking ... te laat geeft, eindigt het tijdvak zoveel
/// eerder als de beschikking later is afgegeven". Cap first, then every late decision's delay subtracted (cumulative,
/// the default). Hand derivations S12-2a..2i, written before the engine implements them.
/// Base case: D = Mon 6 Jan 2025, sick throughout, RIV 1 Oct 2026 and WIA application 12 Oct 2026 on time.
/// E = Sun 3 Jan 2027 (day 728), Z = Sun 22 Nov 2026 (day 686), S = Mon 4 Jan 2027, 52 weeks to Sun 2 Jan 2028 (E + 364).
/// </summary>
public sealed class LateUwvDecisionScenarios
{
    private static readonly PoortwachterEngine Engine = PoortwachterEngine.CreateDefault();

    private static Assessment Run(string json, LocalDate asOf) => Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), asOf);

    private static void ShouldEndOn(Assessment a, LocalDate lastDay)
    {
        a.Wachttijd.LastDay.Should().Be(lastDay, "last day of wage continuation");
        a.Wachttijd.WiaStart.Should().Be(lastDay.PlusDays(1), "WIA start");
    }

    [Fact]
    public void A_loonsanctie_decided_18_days_late_ends_18_days_earlier()
    {
        // S12-2a.
        const string json = """
            {
              "caseId": "S12-2a",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-12-10", "weeks": 52 }
              ]
            }
            """;
        var a = Run(json, D(2027, 1, 15));
        using var scope = new AssertionScope();

        // Z = 22 Nov 2026; decision Thu 10 Dec 2026 -> delta = 18 days; 52 weeks 4 Jan 2027 .. 2 Jan 2028, minus 18 =
        // Wed 15 Dec 2027 (today's engine would give 2 Jan 2028).
        ShouldEndOn(a, D(2027, 12, 15));
        a.Wachttijd.LastDay.Should().NotBe(D(2028, 1, 2));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
        // The derivation in words: 18 days after the lid-10 deadline 2026-11-22.
        a.Wachttijd.Extensions.Should()
            .Contain(e =>
                e.Explanation.Contains("18 day", StringComparison.Ordinal) && e.Explanation.Contains("2026-11-22", StringComparison.Ordinal)
            );
        // A late decision before E still extends (lid 11): not ignored.
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.EventIgnored);
    }

    [Fact]
    public void A_loonsanctie_decided_before_the_deadline_is_not_shortened()
    {
        // S12-2a-i: decision Fri 20 Nov 2026 <= Z = 22 Nov -> on time -> the full 52 weeks: 2 Jan 2028.
        const string json = """
            {
              "caseId": "S12-2a-i",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-20", "weeks": 52 }
              ]
            }
            """;
        var a = Run(json, D(2027, 1, 15));
        using var scope = new AssertionScope();

        ShouldEndOn(a, D(2028, 1, 2));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
    }

    [Fact]
    public void A_loonsanctie_decided_one_day_after_the_deadline_ends_one_day_earlier()
    {
        // S12-2a-ii: decision Mon 23 Nov 2026 = Z + 1 -> delta = 1 -> 2 Jan 2028 - 1 = Sat 1 Jan 2028.
        const string json = """
            {
              "caseId": "S12-2a-ii",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-23", "weeks": 52 }
              ]
            }
            """;
        var a = Run(json, D(2027, 1, 15));
        using var scope = new AssertionScope();

        ShouldEndOn(a, D(2028, 1, 1));
    }

    [Fact]
    public void A_loonsanctie_decided_39_days_late_ends_39_days_earlier()
    {
        // S12-2b-i: decision Thu 31 Dec 2026 -> delta = 31 Dec - 22 Nov = 39 -> 2 Jan 2028 - 39 = Wed 24 Nov 2027.
        const string json = """
            {
              "caseId": "S12-2b-i",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-12-31", "weeks": 52 }
              ]
            }
            """;
        var a = Run(json, D(2027, 1, 15));
        using var scope = new AssertionScope();

        ShouldEndOn(a, D(2027, 11, 24));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.EventIgnored);
    }

    [Fact]
    public void A_loonsanctie_decided_on_the_last_day_of_the_wachttijd_ends_42_days_earlier()
    {
        // S12-2b-ii: decision Sun 3 Jan 2027 = E, still "voor de afloop" (lid 11) -> delta = 42 -> 2 Jan 2028 - 42 =
        // Sun 21 Nov 2027 (a 322-day sanction).
        const string json = """
            {
              "caseId": "S12-2b-ii",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2027-01-03", "weeks": 52 }
              ]
            }
            """;
        var a = Run(json, D(2027, 1, 15));
        using var scope = new AssertionScope();

        ShouldEndOn(a, D(2027, 11, 21));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.EventIgnored);
    }

    [Fact]
    public void A_loonsanctie_decided_after_the_wachttijd_ended_does_not_extend_it()
    {
        // S12-2b-iii: decision Mon 4 Jan 2027 = E + 1: "Verlenging ... vindt niet plaats indien het UWV de beschikking ...
        // niet geeft voor de afloop van de wachttijd" (lid 11) -> lastDay stays 3 Jan 2027, event-ignored warning.
        const string json = """
            {
              "caseId": "S12-2b-iii",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2027-01-04", "weeks": 52 }
              ]
            }
            """;
        var a = Run(json, D(2027, 1, 15));
        using var scope = new AssertionScope();

        ShouldEndOn(a, D(2027, 1, 3));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.EventIgnored);
    }

    [Fact]
    public void A_positive_herstel_decision_on_time_ends_the_sanction_six_weeks_later()
    {
        // S12-2c.
        const string json = """
            {
              "caseId": "S12-2c",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-10", "weeks": 52 },
                { "type": "herstelmelding", "on": "2027-03-01" },
                { "type": "bekorting", "on": "2027-03-19" }
              ]
            }
            """;
        var a = Run(json, D(2027, 4, 20));
        using var scope = new AssertionScope();

        // M = Mon 1 Mar 2027 -> decision due M + 21 = Mon 22 Mar 2027 (lid 13).
        a.ShouldHaveMilestone(MilestoneCodes.HerstelBeslissing, D(2027, 3, 22));
        // P = Fri 19 Mar <= 22 Mar -> on time; end = P + 42 = Fri 30 Apr 2027 (< 2 Jan 2028).
        ShouldEndOn(a, D(2027, 4, 30));
    }

    [Fact]
    public void A_positive_herstel_decision_22_days_late_ends_the_sanction_22_days_earlier()
    {
        // S12-2d: as S12-2c but the positive decision on Tue 13 Apr 2027.
        const string json = """
            {
              "caseId": "S12-2d",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-10", "weeks": 52 },
                { "type": "herstelmelding", "on": "2027-03-01" },
                { "type": "bekorting", "on": "2027-04-13" }
              ]
            }
            """;
        var a = Run(json, D(2027, 4, 20));
        using var scope = new AssertionScope();

        // Due 22 Mar 2027; delta = 22 days (22 Mar -> 13 Apr). P + 42 = Tue 25 May 2027, minus 22 = Mon 3 May 2027
        // (check: M + 63 = 1 Mar + 63 = 3 May 2027). Not 25 May 2027 (today's engine).
        ShouldEndOn(a, D(2027, 5, 3));
        a.Wachttijd.LastDay.Should().NotBe(D(2027, 5, 25));
        a.ShouldHaveMilestone(MilestoneCodes.HerstelBeslissing, D(2027, 3, 22));
    }

    [Fact]
    public void A_negative_herstel_decision_14_days_late_ends_the_sanction_14_days_earlier()
    {
        // S12-2e.
        const string json = """
            {
              "caseId": "S12-2e",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-10", "weeks": 52 },
                { "type": "herstelmelding", "on": "2027-03-01" },
                { "type": "herstel-afgewezen", "on": "2027-04-05" }
              ]
            }
            """;
        var a = Run(json, D(2027, 4, 20));
        using var scope = new AssertionScope();

        // Due 22 Mar 2027; N = Mon 5 Apr 2027 -> delta = 14; the 52 weeks end 2 Jan 2028 - 14 = Sun 19 Dec 2027.
        ShouldEndOn(a, D(2027, 12, 19));
        a.ShouldHaveMilestone(MilestoneCodes.HerstelBeslissing, D(2027, 3, 22));
    }

    [Fact]
    public void A_late_sanction_decision_and_a_late_negative_herstel_decision_add_up()
    {
        // S12-2f.
        const string json = """
            {
              "caseId": "S12-2f",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-12-10", "weeks": 52 },
                { "type": "herstelmelding", "on": "2027-03-01" },
                { "type": "herstel-afgewezen", "on": "2027-04-05" }
              ]
            }
            """;
        var a = Run(json, D(2027, 4, 20));
        using var scope = new AssertionScope();

        // Sanction decision 10 Dec 2026: 18 days after Z (22 Nov); negative decision 5 Apr 2027: 14 days after M + 21
        // (22 Mar). End = 2 Jan 2028 - 18 - 14 = Wed 1 Dec 2027.
        ShouldEndOn(a, D(2027, 12, 1));
    }

    [Fact]
    public void Every_late_decision_keeps_shortening_the_period_after_a_later_positive_decision()
    {
        // S12-2g: S12-2f plus a second herstelmelding decided positively on time.
        const string json = """
            {
              "caseId": "S12-2g",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-12-10", "weeks": 52 },
                { "type": "herstelmelding", "on": "2027-03-01" },
                { "type": "herstel-afgewezen", "on": "2027-04-05" },
                { "type": "herstelmelding", "on": "2027-06-01" },
                { "type": "bekorting", "on": "2027-06-18" }
              ]
            }
            """;
        var a = Run(json, D(2027, 6, 25));
        using var scope = new AssertionScope();

        // M2 = Tue 1 Jun 2027, due Tue 22 Jun; P2 = Fri 18 Jun on time -> base end P2 + 42 = Fri 30 Jul 2027. Cumulative
        // (default): the earlier delays 18 + 14 = 32 still shorten het tijdvak -> 30 Jul - 32 = Mon 28 Jun 2027.
        // Not the alternative reading (only the deciding decision counts): 30 Jul 2027.
        ShouldEndOn(a, D(2027, 6, 28));
        a.Wachttijd.LastDay.Should().NotBe(D(2027, 7, 30));
        // One herstel-beslissing milestone per herstelmelding: 1 Mar + 21 = 22 Mar 2027; 1 Jun + 21 = 22 Jun 2027.
        a.Milestones.Where(m => m.Kind == MilestoneCodes.HerstelBeslissing)
            .Select(m => m.On)
            .Should()
            .BeEquivalentTo([D(2027, 3, 22), D(2027, 6, 22)]);
    }

    [Fact]
    public void An_undecided_herstelmelding_past_UWVs_term_does_not_move_the_projected_end()
    {
        // S12-2h: herstelmelding 1 Mar 2027, no decision; asOf 1 Apr 2027.
        const string json = """
            {
              "caseId": "S12-2h",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-10", "weeks": 52 },
                { "type": "herstelmelding", "on": "2027-03-01" }
              ]
            }
            """;
        var a = Run(json, D(2027, 4, 1));
        using var scope = new AssertionScope();

        // UWV's decision was due 1 Mar + 21 = 22 Mar 2027 (lid 13); the outcome is unknown, so the projection does not guess:
        // lastDay stays 2 Jan 2028 (neither 3 May 2027 = M + 63 nor a shortened 52 weeks).
        a.ShouldHaveMilestone(MilestoneCodes.HerstelBeslissing, D(2027, 3, 22));
        ShouldEndOn(a, D(2028, 1, 2));
    }

    [Fact]
    public void After_a_late_WIA_application_the_sanction_deadline_moves_and_a_later_decision_still_shortens()
    {
        // S12-2i.
        const string json = """
            {
              "caseId": "S12-2i",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-28" },
                { "type": "loonsanctie", "on": "2026-12-10", "weeks": 52 }
              ]
            }
            """;
        var a = Run(json, D(2027, 1, 15));
        using var scope = new AssertionScope();

        // Application due 18 Oct 2026 (day 651), made 28 Oct -> 10 days late -> E' = 3 Jan 2027 + 10 = Wed 13 Jan 2027
        // (BW 7:629 lid 11 onder a). Lid 10 second sentence: deadline = E' - 42 = Wed 2 Dec 2026.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 12, 2));
        // Decision 10 Dec -> delta = 8; sanction Thu 14 Jan 2027 .. Wed 12 Jan 2028, minus 8 = Tue 4 Jan 2028.
        ShouldEndOn(a, D(2028, 1, 4));
        a.Wachttijd.LastDay.Should().NotBe(D(2028, 1, 12));
    }
}
