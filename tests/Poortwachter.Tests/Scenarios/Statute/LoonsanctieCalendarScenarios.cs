using FluentAssertions;
using FluentAssertions.Execution;
using Poortwachter.Json;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 12, point 3: the loonsanctie period is a calendar period, WIA art. 25 lid 9 (BWBR0019057): "Het tijdvak ... is
/// ten hoogste 52 weken. ... Indien tijdens het verlengde tijdvak ... recht ontstaat op verlof [Wazo 3:1], wordt het
/// tijdvak onderbroken voor de duur van dat verlof." The period runs weeks x 7 calendar days from S = E + 1; only Wazo leave
/// interrupts it, fit days do not. Hand derivations S12-3a and S12-3b, written before the engine implements them.
/// D = Mon 6 Jan 2025, no gap before day 728: E = Sun 3 Jan 2027; decision 10 Nov 2026 on time (Z = 22 Nov 2026);
/// 52 weeks Mon 4 Jan 2027 .. Sun 2 Jan 2028.
/// </summary>
public sealed class LoonsanctieCalendarScenarios
{
    private static readonly PoortwachterEngine Engine = PoortwachterEngine.CreateDefault();

    [Fact]
    public void Fit_days_during_the_loonsanctie_do_not_move_its_end()
    {
        // S12-3a.
        const string json = """
            {
              "caseId": "S12-3a",
              "firstSickDay": "2025-01-06",
              "sickness": [
                { "from": "2025-01-06", "until": "2027-02-28" },
                { "from": "2027-03-15" }
              ],
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-10", "weeks": 52 }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2027, 4, 1));
        using var scope = new AssertionScope();

        // Fit Mon 1 .. Sun 14 Mar 2027 (14 days) inside the period: no effect -> lastDay 2 Jan 2028, WIA 3 Jan 2028;
        // sick again on asOf -> running.
        a.Wachttijd.State.Should().Be(WachttijdState.Running);
        a.Wachttijd.LastDay.Should().Be(D(2028, 1, 2));
        a.Wachttijd.WiaStart.Should().Be(D(2028, 1, 3));
        // Not the sick-day clock: 2 Jan 2028 + 14 = 16 Jan 2028.
        a.Wachttijd.LastDay.Should().NotBe(D(2028, 1, 16));
    }

    [Fact]
    public void Wazo_leave_during_the_loonsanctie_moves_its_end_by_the_leave_days()
    {
        // S12-3b.
        const string json = """
            {
              "caseId": "S12-3b",
              "firstSickDay": "2025-01-06",
              "sickness": [
                { "from": "2025-01-06", "until": "2027-02-28" },
                { "from": "2027-06-21" }
              ],
              "leave": [ { "kind": "zwangerschap-bevalling", "from": "2027-03-01", "until": "2027-06-20" } ],
              "events": [
                { "type": "re-integratieverslag", "on": "2026-10-01" },
                { "type": "wia-aanvraag", "on": "2026-10-12" },
                { "type": "loonsanctie", "on": "2026-11-10", "weeks": 52 }
              ]
            }
            """;
        var a = Engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2027, 7, 1));
        using var scope = new AssertionScope();

        // Leave Mon 1 Mar .. Sun 20 Jun 2027 = 112 days interrupts the period: 2 Jan 2028 + 112 = Sun 23 Apr 2028 (2028 is
        // a leap year: 29 + 29 + 31 + 23 = 112). Check: 56 sanction days before the leave (4 Jan .. 28 Feb), 308 left from
        // Mon 21 Jun 2027: 20 Jun 2027 + 308 = 23 Apr 2028.
        a.Wachttijd.LastDay.Should().Be(D(2028, 4, 23));
        a.Wachttijd.WiaStart.Should().Be(D(2028, 4, 24));
    }
}
