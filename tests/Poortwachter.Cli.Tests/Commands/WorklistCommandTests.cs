using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// <c>poortwachter worklist</c> (issue 27): the portfolio on 2 March 2025, derived by hand.
/// L-1: sick from Monday 6 Jan 2025, analysis 10 Feb: plan van aanpak due 10 Feb + 14 = 24 Feb (Regeling procesgang art.
/// 4 lid 1), overdue on 2 Mar, a statutory obligation (high); analysis on time (due day 42 = 16 Feb). Counted day 56,
/// week 8: first quarter.
/// S-1: sick from Monday 10 Feb 2025: probleemanalyse due day 42 = 10 Feb + 41 = 23 Mar, 21 days ahead (within 30); plan
/// day 56 = 6 Apr, 35 days ahead (not within). Day 21: first quarter.
/// E-1: sick from Monday 3 Apr 2023: the last day, counted day 728, is 3 Apr 2023 + 727 = Sunday 30 Mar 2025, 28 days
/// ahead: within the 13 weeks the end is listed in. Day 700, week 100: fourth quarter. Analysis 1 May 2023 (due 14 May)
/// and plan 10 May 2023 (due 1 May + 14 = 15 May) on time.
/// </summary>
public sealed class WorklistCommandTests
{
    private const string Portfolio = """
        {"caseId":"L-1","firstSickDay":"2025-01-06","events":[{"type":"probleemanalyse","on":"2025-02-10"}]}
        {"caseId":"S-1","firstSickDay":"2025-02-10"}
        {"caseId":"E-1","firstSickDay":"2023-04-03","events":[{"type":"probleemanalyse","on":"2023-05-01"},{"type":"plan-van-aanpak","on":"2023-05-10"},{"type":"uwv-ziekmelding","on":"2024-01-10"},{"type":"eerstejaarsevaluatie","on":"2024-03-01"},{"type":"re-integratieverslag","on":"2024-12-01"},{"type":"wia-aanvraag","on":"2024-12-10"}]}

        """;

    [Fact]
    public void Overdue_comes_first_then_due_soon_risks_and_ends_with_the_figures()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Portfolio);

        var result = CliRunner.Run("worklist", cases, "--as-of", "2025-03-02", "--within", "30", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        var items = root.GetProperty("items").EnumerateArray().ToList();
        var sections = items.Select(i => i.GetProperty("section").GetString()).ToList();
        sections
            .Select(s =>
                s == "overdue" ? 0
                : s == "due-soon" ? 1
                : s == "risk" ? 2
                : 3
            )
            .ToList()
            .Should()
            .BeInAscendingOrder();
        var severities = items
            .Where(i => i.GetProperty("section").GetString() == "overdue")
            .Select(i => i.GetProperty("severity").GetString())
            .ToList();
        severities
            .Select(s =>
                s == "high" ? 2
                : s == "warning" ? 1
                : 0
            )
            .ToList()
            .Should()
            .BeInDescendingOrder();

        string Row(JsonElement i) =>
            $"{i.GetProperty("section").GetString()} {i.GetProperty("caseId").GetString()} {i.GetProperty("kind").GetString()} {i.GetProperty("date").GetString()}";
        var rows = items.Select(Row).ToList();
        rows.Should().Contain("overdue L-1 plan-van-aanpak 2025-02-24");
        rows.Should().Contain("due-soon S-1 probleemanalyse 2025-03-23");
        rows.Should().NotContain(r => r.StartsWith("due-soon S-1 plan-van-aanpak", System.StringComparison.Ordinal));
        rows.Should().Contain("end E-1 last-day 2025-03-30");

        var figures = root.GetProperty("figures");
        figures.GetProperty("cases").GetInt32().Should().Be(3);
        var analysis = figures.GetProperty("onTime").GetProperty("probleemanalyse");
        (analysis.GetProperty("onTime").GetInt32(), analysis.GetProperty("late").GetInt32(), analysis.GetProperty("overdue").GetInt32())
            .Should()
            .Be((2, 0, 0));
        var plan = figures.GetProperty("onTime").GetProperty("plan-van-aanpak");
        (plan.GetProperty("onTime").GetInt32(), plan.GetProperty("overdue").GetInt32(), plan.GetProperty("rate").GetDouble())
            .Should()
            .Be((1, 1, 0.5));
        var quarters = figures.GetProperty("casesPerQuarter");
        (quarters.GetProperty("weeks-1-26").GetInt32(), quarters.GetProperty("weeks-79-104").GetInt32()).Should().Be((2, 1));
    }

    [Fact]
    public void Csv_has_a_header_and_never_starts_a_field_with_a_formula()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", """{"caseId":"=HYPERLINK(1)","firstSickDay":"2025-02-10"}""" + "\n");

        var result = CliRunner.Run("worklist", cases, "--as-of", "2025-03-02", "--within", "30", "--format", "csv");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines[0].Should().Be("section,caseId,kind,sequence,date,status,severity,text");
        lines[1].Should().StartWith("due-soon,'=HYPERLINK(1),probleemanalyse,,2025-03-23,open,,");
    }

    [Fact]
    public void A_bad_line_is_reported_and_the_others_are_listed()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", "not json\n" + """{"caseId":"S-1","firstSickDay":"2025-02-10"}""" + "\n");

        var result = CliRunner.Run("worklist", cases, "--as-of", "2025-03-02", "--within", "30");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("line 1: $: malformed JSON");
        result.Stdout.Should().Contain("S-1").And.Contain("2025-03-23");
        result.Stderr.Should().Contain("1 case(s) in the worklist, 1 line(s) with problems");
    }
}
