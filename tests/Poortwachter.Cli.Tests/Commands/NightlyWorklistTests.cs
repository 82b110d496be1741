using System.Globalization;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// <c>poortwachter worklist --format json</c> on the nightly cases of issue 27 (the same cases as
/// tests/Poortwachter.Tests/Changes/NightlyScenarioTests.cs), each row's section and date and the figures derived by hand.
/// D = Monday 3 March 2025; counted day N of an uninterrupted case is D + (N - 1): day 42 = 13 Apr 2025 (probleemanalyse,
/// Regeling procesgang art. 2 lid 2), day 56 = 27 Apr 2025 (plan van aanpak without an analysis, Regeling art. 4 lid 1),
/// day 728 = 28 Feb 2027 (last day, BW 7:629 lid 1), day 730 = 2 Mar 2027 (end of the dismissal ban, BW 7:670 lid 1).
/// Analysis 10 Apr and plan 22 Apr 2025 (day 51) put the first evaluation 42 counted days after the plan: day 93 = 3 Jun.
/// </summary>
public sealed class NightlyWorklistTests
{
    private const string Started = """{"type":"probleemanalyse","on":"2025-04-10"},{"type":"plan-van-aanpak","on":"2025-04-22"}""";

    // Relapse entered late: fit 1..19 May 2025 (samentelling); evaluatie #1 day 93 = 20 May (day 60) + 33 = 22 Jun 2025.
    private const string Relapse =
        """{"caseId":"R-1","firstSickDay":"2025-03-03","sickness":[{"from":"2025-03-03","until":"2025-04-30"},{"from":"2025-05-20"}],"events":["""
        + Started
        + "]}";

    // First sick day 7 Apr 2025, analysis 2 Jun (late: day 42 = 18 May): plan due 2 Jun + 14 = 16 Jun 2025 (WIA art. 25 lid 2).
    private const string LateAnalysis =
        """{"caseId":"P-1","firstSickDay":"2025-04-07","events":[{"type":"probleemanalyse","on":"2025-06-02"}]}""";

    // Leave from 1 Sep 2025: evaluatie #1 (3 Jun) lies before it.
    private const string Leave =
        """{"caseId":"Z-1","firstSickDay":"2025-03-03","leave":[{"kind":"zwangerschap-bevalling","from":"2025-09-01","until":"2025-12-21"}],"events":["""
        + Started
        + "]}";

    private const string NewCase = """{"caseId":"N-1","firstSickDay":"2025-06-02"}""";

    private const string Nothing = """{"caseId":"Q-1","firstSickDay":"2025-03-03"}""";

    private const string Recovered =
        """{"caseId":"H-1","firstSickDay":"2025-03-03","sickness":[{"from":"2025-03-03","until":"2025-05-04"}],"events":["""
        + Started
        + "]}";

    private const string Done = """
        {"type":"probleemanalyse","on":"2025-04-10"},{"type":"plan-van-aanpak","on":"2025-04-22"},{"type":"evaluatie","on":"2025-06-02"},{"type":"uwv-ziekmelding","on":"2025-12-01"},{"type":"arbeidsdeskundig-onderzoek","on":"2026-01-20"},{"type":"eerstejaarsevaluatie","on":"2026-02-16"},{"type":"re-integratieverslag","on":"2026-11-25"},{"type":"wia-aanvraag","on":"2026-12-10"}
        """;

    private static JsonElement Worklist(string asOf, params string[] cases)
    {
        using var dir = new TempDir();
        var file = dir.File("cases.jsonl", string.Join("\n", cases) + "\n");
        var result = CliRunner.Run("worklist", file, "--as-of", asOf, "--format", "json");
        result.ExitCode.Should().Be(0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static string[] Rows(JsonElement root) =>
        root.GetProperty("items")
            .EnumerateArray()
            .Select(i =>
                $"{i.GetProperty("section").GetString()} {i.GetProperty("caseId").GetString()} {i.GetProperty("kind").GetString()}{(i.TryGetProperty("sequence", out var s) ? " #" + s.GetInt32().ToString(CultureInfo.InvariantCulture) : string.Empty)} {i.GetProperty("date").GetString() ?? "-"} {i.GetProperty("status").GetString()} {(i.GetProperty("severity").ValueKind == JsonValueKind.Null ? "-" : i.GetProperty("severity").GetString())}"
            )
            .ToArray();

    private static (int OnTime, int Late, int Overdue, double Rate) Rate(JsonElement root, string kind)
    {
        var k = root.GetProperty("figures").GetProperty("onTime").GetProperty(kind);
        return (
            k.GetProperty("onTime").GetInt32(),
            k.GetProperty("late").GetInt32(),
            k.GetProperty("overdue").GetInt32(),
            k.GetProperty("rate").GetDouble()
        );
    }

    [Fact]
    public void Today_overdue_first_then_due_within_fourteen_days_and_the_figures()
    {
        // On 2 Jun 2025, within 14 days (to 16 Jun):
        //   Q-1, nothing done: probleemanalyse (13 Apr) and plan (27 Apr) overdue, statute: high, oldest first.
        //   Z-1: evaluatie #1 due 3 Jun, 1 day ahead: due soon. P-1: plan due 16 Jun, 14 days ahead: due soon (the window
        //   includes its last day). R-1: evaluatie #1 due 22 Jun, 20 days ahead: not listed. N-1: analysis due 13 Jul.
        var root = Worklist("2025-06-02", Relapse, LateAnalysis, Leave, NewCase, Nothing);

        Rows(root)
            .Should()
            .Equal(
                "overdue Q-1 probleemanalyse 2025-04-13 overdue high",
                "overdue Q-1 plan-van-aanpak 2025-04-27 overdue high",
                "due-soon Z-1 evaluatie #1 2025-06-03 open -",
                "due-soon P-1 plan-van-aanpak 2025-06-16 open -"
            );
        var figures = root.GetProperty("figures");
        figures.GetProperty("cases").GetInt32().Should().Be(5);
        // The two overdue statutory duties of Q-1.
        figures.GetProperty("loonsanctieRisks").GetInt32().Should().Be(2);
        // Analysis: R-1 and Z-1 on time (10 Apr, by 13 Apr), P-1 late, Q-1 overdue, N-1 not yet due: 2 of 4.
        Rate(root, "probleemanalyse").Should().Be((2, 1, 1, 0.5));
        // Plan: R-1 and Z-1 on time (22 Apr, by 24 Apr), Q-1 overdue; P-1 and N-1 not yet due: 2 of 3.
        Rate(root, "plan-van-aanpak").Should().Be((2, 0, 1, 0.6667));
        // Counted days on 2 Jun: R-1 59 + 14 = 73 (week 11), P-1 57, Z-1 and Q-1 92 (week 14), N-1 1: all in weeks 1-26.
        var quarters = figures.GetProperty("casesPerQuarter");
        (quarters.GetProperty("weeks-1-26").GetInt32(), quarters.GetProperty("ended").GetInt32()).Should().Be((5, 0));
    }

    [Fact]
    public void A_plan_not_made_moves_from_due_soon_to_overdue_overnight()
    {
        // Q-1 on 27 Apr 2025: the analysis overdue since 14 Apr, the plan due today (day 56): due soon. On 28 Apr both overdue.
        Rows(Worklist("2025-04-27", Nothing))
            .Should()
            .Equal("overdue Q-1 probleemanalyse 2025-04-13 overdue high", "due-soon Q-1 plan-van-aanpak 2025-04-27 open -");
        var next = Worklist("2025-04-28", Nothing);
        Rows(next)
            .Should()
            .Equal("overdue Q-1 probleemanalyse 2025-04-13 overdue high", "overdue Q-1 plan-van-aanpak 2025-04-27 overdue high");
        next.GetProperty("figures").GetProperty("loonsanctieRisks").GetInt32().Should().Be(2);
    }

    [Fact]
    public void A_recovery_on_the_twenty_eighth_fit_day_takes_the_case_off_the_list()
    {
        // H-1, sick to 4 May 2025 (counted day 63). On 31 May, 27 fit days: interrupted, week 9 (day 63), duties suspended,
        // so none is listed. On 1 Jun, 28 fit days: ended by recovery (BW 7:629 lid 10), counted as ended.
        var yesterday = Worklist("2025-05-31", Recovered);
        Rows(yesterday).Should().BeEmpty();
        yesterday.GetProperty("figures").GetProperty("casesPerQuarter").GetProperty("weeks-1-26").GetInt32().Should().Be(1);
        var today = Worklist("2025-06-01", Recovered);
        Rows(today).Should().BeEmpty();
        var quarters = today.GetProperty("figures").GetProperty("casesPerQuarter");
        (quarters.GetProperty("weeks-1-26").GetInt32(), quarters.GetProperty("ended").GetInt32()).Should().Be((0, 1));
    }

    [Fact]
    public void A_loonsanctie_takes_the_end_and_the_ban_out_of_the_thirteen_weeks()
    {
        // S-1 on 13 Jan 2027, the RIV (25 Nov 2026, by day 637 = 29 Nov) and the WIA application (10 Dec, by day 651 = 13 Dec)
        // on time. Evaluatie #1 held 2 Jun 2025 (due 3 Jun); #2 due 2 Jun + 42 = 14 Jul 2025, the eerstejaarsevaluatie of 16 Feb
        // 2026 counts as it (late); #3 due 16 Feb 2026 + 42 = 30 Mar 2026 (12 days to 28 Feb, 30 more), never held: overdue,
        // statute, high. No conclusion on spoor 2 recorded: from the first-year evaluation the spoor-2 warning, high once 16
        // Feb + 42 = 30 Mar 2026 has passed (Beoordelingskader; docs/interpretation.md). The end is listed when it falls
        // within 13 weeks, to 13 Jan + 91 = 14 Apr 2027. Without a sanction the last day 28 Feb and the ban's last day 2 Mar
        // 2027 are inside. With UWV's loonsanctie of 26 weeks of 12 Jan 2027 (WIA art. 25 lid 9): 28 Feb + 182 = 29 Aug 2027
        // and 2 Mar + 182 = 31 Aug 2027 (BW 7:670 lid 11 onder c), both past 14 Apr: off the list; the other rows stay.
        // Counted day 682 (3 Mar 2025 + 681 = 13 Jan 2027), week 98: the fourth quarter.
        var without = """{"caseId":"S-1","firstSickDay":"2025-03-03","events":[""" + Done.Trim() + "]}";
        var with =
            """{"caseId":"S-1","firstSickDay":"2025-03-03","events":["""
            + Done.Trim()
            + """,{"type":"loonsanctie","on":"2027-01-12","weeks":26}]}""";

        var before = Worklist("2027-01-13", without);
        const string Overdue = "overdue S-1 evaluatie #3 2026-03-30 overdue high";
        const string Spoor2 = "risk S-1 spoor-2-decision - high high";
        Rows(before).Should().Equal(Overdue, Spoor2, "end S-1 last-day 2027-02-28 running -", "end S-1 ban-end 2027-03-02 running -");
        before.GetProperty("figures").GetProperty("casesPerQuarter").GetProperty("weeks-79-104").GetInt32().Should().Be(1);
        Rows(Worklist("2027-01-13", with)).Should().Equal(Overdue, Spoor2);
    }
}
