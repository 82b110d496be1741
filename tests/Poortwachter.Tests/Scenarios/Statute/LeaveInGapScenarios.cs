using FluentAssertions;
using FluentAssertions.Execution;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 12, point 5: Wazo leave inside a gap. BW 7:629 lid 10 (BWBR0005290), WIA art. 23 lid 3 onder a (BWBR0019057),
/// ZW art. 38 lid 1 (BWBR0001888): periods are added together "indien zij elkaar met een onderbreking van minder dan vier
/// weken opvolgen, of indien zij direct voorafgaan aan en aansluiten op een periode waarin zwangerschaps- of
/// bevallingsverlof wordt genoten". Literal reading (default): the interruption is every non-sick day between the periods,
/// fit days and leave days; joined if it is under 28 days, or if both periods directly adjoin the leave. Neutral reading
/// (option LeaveInGap = Neutral, the engine before issue 12): leave days are left out of the interruption. In both, leave
/// days never count toward the wachttijd. Hand derivations S12-5a..5e, written before the engine implements them.
/// D = Mon 6 Jan 2025; without gaps or leave day 728 = Sun 3 Jan 2027.
/// </summary>
public sealed class LeaveInGapScenarios
{
    private static readonly PoortwachterEngine Literal = PoortwachterEngine.CreateDefault();

    private static readonly PoortwachterEngine Neutral = new(new PoortwachterOptions { LeaveInGap = LeaveInGapReading.Neutral });

    private static PoortwachterEngine EngineFor(LeaveInGapReading reading) => reading == LeaveInGapReading.Neutral ? Neutral : Literal;

    private static void ShouldBeDue(Assessment a, string kind, LocalDate dueBy) => a.Obligation(kind).DueBy.Should().Be(dueBy, kind);

    // S12-5a: period 1 Mon 6 Jan .. Sun 2 Mar 2025 (56 sick days); fit Mon 3 .. Sun 16 Mar (14 days); leave Mon 17 Mar ..
    // Sun 6 Jul (112 days); period 2 from Mon 7 Jul 2025.
    private const string Case5a = """
        {
          "caseId": "S12-5a",
          "firstSickDay": "2025-01-06",
          "sickness": [
            { "from": "2025-01-06", "until": "2025-03-02" },
            { "from": "2025-07-07" }
          ],
          "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-03-17", "until": "2025-07-06" } ]
        }
        """;

    [Fact]
    public void Fourteen_fit_days_and_16_weeks_of_leave_between_sickness_start_a_new_wachttijd_under_the_literal_reading()
    {
        var a = Literal.Assess(PoortwachterJson.ReadCaseOrThrow(Case5a), D(2025, 9, 1));
        using var scope = new AssertionScope();

        // Interruption 14 + 112 = 126 >= 28 (no limb a); period 1 ends 2 Mar, leave starts 17 Mar: not "direct" (no limb b).
        // New wachttijd, day 1 = Mon 7 Jul 2025. countedDays = 7 Jul .. 1 Sep = 25 + 31 + 1 = 57, week 9;
        // lastDay = 7 Jul 2025 + 727 = Sun 4 Jul 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 57, 9, D(2027, 7, 4), D(2027, 7, 5));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 7, 7));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.NewWachttijd);
        // Day n = 7 Jul 2025 + (n - 1): day 42 = Sun 17 Aug 2025; plan fallback day 56 = Sun 31 Aug 2025; day 295 =
        // Mon 27 Apr 2026; RIV day 637 = Sun 4 Apr 2027; WIA application day 651 = Sun 18 Apr 2027.
        ShouldBeDue(a, ObligationCodes.Probleemanalyse, D(2025, 8, 17));
        ShouldBeDue(a, ObligationCodes.PlanVanAanpak, D(2025, 8, 31));
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2026, 4, 27));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2027, 4, 4));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2027, 4, 18));
        // Not the neutral reading's joined case ending 9 May 2027.
        a.Wachttijd.LastDay.Should().NotBe(D(2027, 5, 9));
    }

    [Fact]
    public void Fourteen_fit_days_and_16_weeks_of_leave_between_sickness_are_joined_under_the_neutral_reading()
    {
        var a = Neutral.Assess(PoortwachterJson.ReadCaseOrThrow(Case5a), D(2025, 9, 1));
        using var scope = new AssertionScope();

        // Only fit days make the interruption: 14 < 28 -> one case, day 1 = 6 Jan 2025; day 57 = Mon 7 Jul 2025.
        // countedDays = 56 + 57 = 113, week 17; lastDay = 3 Jan 2027 + 14 + 112 = Sun 9 May 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 113, 17, D(2027, 5, 9), D(2027, 5, 10));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 1, 6));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 42 = Sun 16 Feb 2025; day 295 = 7 Jul + 238 = Mon 2 Mar 2026; RIV = 9 May 2027 - 91 = Sun 7 Feb 2027;
        // WIA = 9 May 2027 - 77 = Sun 21 Feb 2027.
        ShouldBeDue(a, ObligationCodes.Probleemanalyse, D(2025, 2, 16));
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2026, 3, 2));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2027, 2, 7));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2027, 2, 21));
    }

    [Theory]
    [InlineData(LeaveInGapReading.Literal)]
    [InlineData(LeaveInGapReading.Neutral)]
    public void Sickness_directly_before_and_after_the_leave_is_joined_under_both_readings(LeaveInGapReading reading)
    {
        // S12-5b: period 1 6 Jan .. Sun 16 Mar 2025 (70 days); leave Mon 17 Mar .. Sun 6 Jul; period 2 from Mon 7 Jul.
        const string json = """
            {
              "caseId": "S12-5b",
              "firstSickDay": "2025-01-06",
              "sickness": [
                { "from": "2025-01-06", "until": "2025-03-16" },
                { "from": "2025-07-07" }
              ],
              "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-03-17", "until": "2025-07-06" } ]
            }
            """;
        var a = EngineFor(reading).Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 9, 1));
        using var scope = new AssertionScope();

        // Limb b ("direct voorafgaan aan en aansluiten op"): one case; day 71 = Mon 7 Jul 2025. countedDays = 70 + 57 = 127,
        // week 19; lastDay = 3 Jan 2027 + 112 = Sun 25 Apr 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 127, 19, D(2027, 4, 25), D(2027, 4, 26));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 1, 6));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 295 = 7 Jul 2025 + 224 = Mon 16 Feb 2026; RIV day 637 = Sun 24 Jan 2027; WIA day 651 = Sun 7 Feb 2027.
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2026, 2, 16));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2027, 1, 24));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2027, 2, 7));
    }

    [Theory]
    [InlineData(LeaveInGapReading.Literal)]
    [InlineData(LeaveInGapReading.Neutral)]
    public void Seven_fit_days_and_14_leave_days_are_an_interruption_under_four_weeks_under_both_readings(LeaveInGapReading reading)
    {
        // S12-5c: period 1 6 Jan .. 2 Mar 2025 (56 days); fit Mon 3 .. Sun 9 Mar (7); leave Mon 10 .. Sun 23 Mar (14);
        // period 2 from Mon 24 Mar 2025.
        const string json = """
            {
              "caseId": "S12-5c",
              "firstSickDay": "2025-01-06",
              "sickness": [
                { "from": "2025-01-06", "until": "2025-03-02" },
                { "from": "2025-03-24" }
              ],
              "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-03-10", "until": "2025-03-23" } ]
            }
            """;
        var a = EngineFor(reading).Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 5, 1));
        using var scope = new AssertionScope();

        // Interruption 7 + 14 = 21 < 28 (limb a; under N 7 < 28). Day 57 = Mon 24 Mar 2025. countedDays = 56 + 39 = 95,
        // week 14; lastDay = 3 Jan 2027 + 7 + 14 = Sun 24 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 95, 14, D(2027, 1, 24), D(2027, 1, 25));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 1, 6));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 295 = Mon 17 Nov 2025; RIV = Sun 25 Oct 2026; WIA = Sun 8 Nov 2026.
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2025, 11, 17));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2026, 10, 25));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2026, 11, 8));
    }

    // S12-5d: period 1 6 Jan .. 2 Mar 2025; fit Mon 3 .. Sun 16 Mar (14); leave Mon 17 .. Sun 30 Mar (14); period 2 from
    // Mon 31 Mar 2025.
    private const string Case5d = """
        {
          "caseId": "S12-5d",
          "firstSickDay": "2025-01-06",
          "sickness": [
            { "from": "2025-01-06", "until": "2025-03-02" },
            { "from": "2025-03-31" }
          ],
          "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-03-17", "until": "2025-03-30" } ]
        }
        """;

    [Fact]
    public void Fourteen_fit_days_and_14_leave_days_make_four_weeks_and_a_new_wachttijd_under_the_literal_reading()
    {
        var a = Literal.Assess(PoortwachterJson.ReadCaseOrThrow(Case5d), D(2025, 5, 1));
        using var scope = new AssertionScope();

        // Interruption 3 .. 30 Mar = 28 days: not "minder dan vier weken"; not direct -> new wachttijd from Mon 31 Mar 2025.
        // countedDays 31 Mar .. 1 May = 32, week 5; lastDay = 31 Mar 2025 + 727 = Sun 28 Mar 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 32, 5, D(2027, 3, 28), D(2027, 3, 29));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 3, 31));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 42 = Sun 11 May 2025; day 295 = Mon 19 Jan 2026; RIV = Sun 27 Dec 2026; WIA = Sun 10 Jan 2027.
        ShouldBeDue(a, ObligationCodes.Probleemanalyse, D(2025, 5, 11));
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2026, 1, 19));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2026, 12, 27));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2027, 1, 10));
    }

    [Fact]
    public void Fourteen_fit_days_and_14_leave_days_are_joined_under_the_neutral_reading()
    {
        var a = Neutral.Assess(PoortwachterJson.ReadCaseOrThrow(Case5d), D(2025, 5, 1));
        using var scope = new AssertionScope();

        // 14 fit days < 28 -> joined; day 57 = Mon 31 Mar 2025; countedDays 56 + 32 = 88, week 13;
        // lastDay = 3 Jan 2027 + 28 = Sun 31 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 88, 13, D(2027, 1, 31), D(2027, 2, 1));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 1, 6));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 295 = Mon 24 Nov 2025; RIV = Sun 1 Nov 2026; WIA = Sun 15 Nov 2026.
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2025, 11, 24));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2026, 11, 1));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2026, 11, 15));
    }

    [Theory]
    [InlineData(LeaveInGapReading.Literal)]
    [InlineData(LeaveInGapReading.Neutral)]
    public void Fourteen_fit_days_and_13_leave_days_are_one_day_short_of_four_weeks_under_both_readings(LeaveInGapReading reading)
    {
        // S12-5d-bis: leave 17 .. 29 Mar 2025 (13 days), sick again from Sun 30 Mar 2025: interruption 14 + 13 = 27 < 28.
        const string json = """
            {
              "caseId": "S12-5d-bis",
              "firstSickDay": "2025-01-06",
              "sickness": [
                { "from": "2025-01-06", "until": "2025-03-02" },
                { "from": "2025-03-30" }
              ],
              "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-03-17", "until": "2025-03-29" } ]
            }
            """;
        var a = EngineFor(reading).Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2025, 5, 1));
        using var scope = new AssertionScope();

        // Joined; day 57 = Sun 30 Mar 2025; countedDays = 56 + 33 = 89, week 13; lastDay = 3 Jan 2027 + 27 = Sat 30 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 89, 13, D(2027, 1, 30), D(2027, 1, 31));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 1, 6));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);
    }

    // S12-5e: period 1 6 Jan .. Sun 16 Mar 2025 (70 days, adjoins the leave); leave Mon 17 Mar .. Sun 6 Jul (112); fit
    // Mon 7 .. Sun 20 Jul (14); period 2 from Mon 21 Jul 2025.
    private const string Case5e = """
        {
          "caseId": "S12-5e",
          "firstSickDay": "2025-01-06",
          "sickness": [
            { "from": "2025-01-06", "until": "2025-03-16" },
            { "from": "2025-07-21" }
          ],
          "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-03-17", "until": "2025-07-06" } ]
        }
        """;

    [Fact]
    public void Leave_then_14_fit_days_before_new_sickness_start_a_new_wachttijd_under_the_literal_reading()
    {
        var a = Literal.Assess(PoortwachterJson.ReadCaseOrThrow(Case5e), D(2025, 9, 1));
        using var scope = new AssertionScope();

        // Interruption 112 + 14 = 126 >= 28; period 2 does not start the day after the leave (no limb b) -> new wachttijd
        // from Mon 21 Jul 2025. countedDays 21 Jul .. 1 Sep = 43, week 7; lastDay = 21 Jul 2025 + 727 = Sun 18 Jul 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 43, 7, D(2027, 7, 18), D(2027, 7, 19));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 7, 21));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 42 = Sun 31 Aug 2025; day 295 = Mon 11 May 2026; RIV = Sun 18 Apr 2027; WIA = Sun 2 May 2027.
        ShouldBeDue(a, ObligationCodes.Probleemanalyse, D(2025, 8, 31));
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2026, 5, 11));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2027, 4, 18));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2027, 5, 2));
    }

    [Fact]
    public void Leave_then_14_fit_days_before_new_sickness_are_joined_under_the_neutral_reading()
    {
        var a = Neutral.Assess(PoortwachterJson.ReadCaseOrThrow(Case5e), D(2025, 9, 1));
        using var scope = new AssertionScope();

        // 14 fit days < 28 -> joined; day 71 = Mon 21 Jul 2025; countedDays 70 + 43 = 113, week 17;
        // lastDay = 3 Jan 2027 + 112 + 14 = Sun 9 May 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 113, 17, D(2027, 5, 9), D(2027, 5, 10));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 1, 6));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 295 = 21 Jul 2025 + 224 = Mon 2 Mar 2026; RIV = Sun 7 Feb 2027; WIA = Sun 21 Feb 2027.
        ShouldBeDue(a, ObligationCodes.UwvZiekmelding, D(2026, 3, 2));
        ShouldBeDue(a, ObligationCodes.ReIntegratieverslag, D(2027, 2, 7));
        ShouldBeDue(a, ObligationCodes.WiaAanvraag, D(2027, 2, 21));
    }
}
