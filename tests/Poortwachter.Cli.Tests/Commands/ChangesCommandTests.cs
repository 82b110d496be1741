using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// <c>poortwachter changes</c>: yesterday's cases against today's, matched by case id, one change set per case that
/// changed (issue 27). Dates derived by hand: D = Monday 6 January 2025; counted day N is D + (N - 1) while sick throughout.
/// </summary>
public sealed class ChangesCommandTests
{
    private const string Relapsed =
        """{"caseId":"R-1","firstSickDay":"2025-01-06","sickness":[{"from":"2025-01-06","until":"2025-02-20"},{"from":"2025-03-10"}]}""";
    private const string Sick = """{"caseId":"R-1","firstSickDay":"2025-01-06"}""";
    private const string Analysed =
        """{"caseId":"L-1","firstSickDay":"2025-01-06","events":[{"type":"probleemanalyse","on":"2025-02-10"}]}""";

    private static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();

    private static JsonElement[] Sets(string stdout) => Lines(stdout).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public void Two_files_give_one_change_set_per_case_that_changed_new_and_vanished_included()
    {
        using var dir = new TempDir();
        var previous = dir.File(
            "previous.jsonl",
            string.Join("\n", Sick, Analysed, """{"caseId":"GONE","firstSickDay":"2025-01-06"}""") + "\n"
        );
        var current = dir.File(
            "current.jsonl",
            string.Join("\n", Relapsed, Analysed, """{"caseId":"NEW","firstSickDay":"2025-03-03"}""") + "\n"
        );

        // Both assessed on 12 Mar 2025: L-1 is the same case on the same day (no change); R-1 relapsed.
        var result = CliRunner.Run("changes", previous, current, "--as-of", "2025-03-12", "--previous-as-of", "2025-03-12");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        var sets = Sets(result.Stdout);
        sets.Select(s => (s.GetProperty("caseId").GetString(), s.GetProperty("case").GetString()))
            .Should()
            .Equal(("R-1", "changed"), ("NEW", "new"), ("GONE", "vanished"));

        // 17 fit days (21 Feb..9 Mar) under four weeks, samentelling: the plan van aanpak (day 56) moves from D + 55 =
        // 2 Mar to day 47 (10 Mar) + 9 = 19 Mar 2025.
        var plan = sets[0].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "plan-van-aanpak");
        (plan.GetProperty("previousDate").GetString(), plan.GetProperty("currentDate").GetString())
            .Should()
            .Be(("2025-03-02", "2025-03-19"));
        plan.GetProperty("summary")
            .GetString()
            .Should()
            .Be(
                "plan van aanpak 17 days later, now open (was overdue): sickness period from 2025-01-06 now ends on 2025-02-20; sickness period from 2025-03-10 added (samentelling)"
            );
        // NEW: sick from Monday 3 Mar 2025, probleemanalyse by day 42 = 3 Mar + 41 = 13 Apr 2025.
        var analysis = sets[1].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "probleemanalyse");
        (analysis.GetProperty("what")[0].GetString(), analysis.GetProperty("currentDate").GetString()).Should().Be(("added", "2025-04-13"));
        sets[2].GetProperty("changes").EnumerateArray().Should().OnlyContain(c => c.GetProperty("what")[0].GetString() == "removed");
    }

    [Fact]
    public void One_file_on_two_dates_shows_a_plan_turning_overdue()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Analysed + "\n" + """{"caseId":"LATER","firstSickDay":"2025-02-25"}""" + "\n");

        // Analysis 10 Feb 2025: plan due 10 Feb + 14 = 24 Feb 2025 (Regeling procesgang art. 4 lid 1); open on the 24th,
        // overdue on the 25th (the default previous date, the day before --as-of). LATER falls sick on the 25th: new.
        var result = CliRunner.Run("changes", cases, "--as-of", "2025-02-25");

        result.ExitCode.Should().Be(0, result.ToString());
        var sets = Sets(result.Stdout);
        sets.Select(s => s.GetProperty("caseId").GetString()).Should().Equal("L-1", "LATER");
        sets[0].GetProperty("previousAsOf").GetString().Should().Be("2025-02-24");
        var plan = sets[0].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "plan-van-aanpak");
        plan.GetProperty("summary")
            .GetString()
            .Should()
            .Be("plan van aanpak: now overdue (was open): assessed on 2025-02-25 instead of 2025-02-24");
        sets[0].GetProperty("caseFacts").GetArrayLength().Should().Be(0);
        sets[1].GetProperty("case").GetString().Should().Be("new");
    }

    [Fact]
    public void Bad_lines_are_reported_per_line_and_never_cost_the_others()
    {
        using var dir = new TempDir();
        var previous = dir.File("previous.jsonl", Sick + "\n" + """{"caseId":"BAD","firstSickDay":"2025-13-06"}""" + "\n" + Sick + "\n");
        var current = dir.File("current.jsonl", Relapsed + "\nnot json\n");

        var result = CliRunner.Run("changes", previous, current, "--as-of", "2025-03-12", "--previous-as-of", "2025-03-12");

        result.ExitCode.Should().Be(2);
        Sets(result.Stdout).Select(s => s.GetProperty("caseId").GetString()).Should().Equal("R-1");
        result.Stderr.Should().Contain("previous.jsonl line 2 (case 'BAD'): $.firstSickDay: ");
        result.Stderr.Should().Contain("previous.jsonl line 3 (case 'R-1'): $.caseId: the case id is also on line 1");
        result.Stderr.Should().Contain("current.jsonl line 2: $: malformed JSON");
        result.Stderr.Should().Contain("poortwachter: 1 case(s) compared, 1 with changes, 3 line(s) with problems");
    }

    [Fact]
    public void The_table_lists_each_change_with_its_reason()
    {
        using var dir = new TempDir();
        var previous = dir.File("previous.jsonl", Sick + "\n");
        var current = dir.File("current.jsonl", Relapsed + "\n");

        var result = CliRunner.Run(
            "changes",
            previous,
            current,
            "--as-of",
            "2025-03-12",
            "--previous-as-of",
            "2025-03-12",
            "--format",
            "table"
        );

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Poortwachter changes from 2025-03-12 to 2025-03-12");
        result.Stdout.Should().Contain("2025-03-02 overdue").And.Contain("2025-03-19 open").And.Contain("(samentelling)");
        result.Stdout.Should().Contain("1 of 1 case(s) changed.");
    }

    [Fact]
    public void The_texts_are_in_the_language_asked_for()
    {
        using var dir = new TempDir();
        var previous = dir.File("previous.jsonl", Sick + "\n");
        var current = dir.File("current.jsonl", Relapsed + "\n");

        var result = CliRunner.Run(
            "changes",
            previous,
            current,
            "--as-of",
            "2025-03-12",
            "--previous-as-of",
            "2025-03-12",
            "--language",
            "nl"
        );

        result.ExitCode.Should().Be(0, result.ToString());
        var set = Sets(result.Stdout).Single();
        set.GetProperty("language").GetString().Should().Be("nl");
        var plan = set.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "plan-van-aanpak");
        plan.GetProperty("summary")
            .GetString()
            .Should()
            .Be(
                "plan van aanpak 17 dagen later, nu open (was te laat): ziekteperiode vanaf 6 januari 2025 eindigt nu op 20 februari 2025; ziekteperiode vanaf 10 maart 2025 toegevoegd (samentelling)"
            );
        plan.GetProperty("currentDate").GetString().Should().Be("2025-03-19", "dates in fields stay ISO in every language");
    }

    [Fact]
    public void One_file_on_one_date_is_refused()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Analysed + "\n");

        var result = CliRunner.Run("changes", cases, "--as-of", "2025-02-25", "--previous-as-of", "2025-02-25");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("changes with one file compares it on two dates");
    }

    [Fact]
    public void The_table_in_Dutch_has_Dutch_headings_and_the_status_words_of_the_assess_table()
    {
        using var dir = new TempDir();
        var previous = dir.File("previous.jsonl", Sick + "\n");
        var current = dir.File("current.jsonl", Relapsed + "\n");

        var result = CliRunner.Run(
            "changes",
            previous,
            current,
            "--as-of",
            "2025-03-12",
            "--previous-as-of",
            "2025-03-12",
            "--format",
            "table",
            "--language",
            "nl"
        );

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Poortwachter wijzigingen van 12 maart 2025 tot 12 maart 2025");
        result.Stdout.Should().Contain("│ Zaak │ Onderde").And.Contain("Wijziging").And.Contain("Eerder").And.Contain("Waarom");
        // The plan van aanpak (see the first test): 2 Mar 2025 overdue, now 19 Mar 2025 open; the assess table's words.
        result.Stdout.Should().Contain("2 maart 2025 te laat").And.Contain("19 maart 2025 open").And.Contain("verschoven");
        // Codes stay codes (a warning's kind can end in -overdue); the words of the columns are Dutch.
        result.Stdout.Should().NotContain("moved").And.NotContain("status-changed");
        result.Stdout.Should().Contain("1 van 1 zaak/zaken gewijzigd.");
    }

    [Fact]
    public void The_page_lists_each_changed_case_with_its_reasons_escaped()
    {
        using var dir = new TempDir();
        const string evil = """{"caseId":"<script>alert(1)</script>","firstSickDay":"2025-01-06"}""";
        const string evilRelapsed =
            """{"caseId":"<script>alert(1)</script>","firstSickDay":"2025-01-06","sickness":[{"from":"2025-01-06","until":"2025-02-20"},{"from":"2025-03-10"}]}""";
        var previous = dir.File("previous.jsonl", evil + "\n" + Analysed + "\n");
        var current = dir.File("current.jsonl", evilRelapsed + "\n" + Analysed + "\n");

        var result = CliRunner.Run(
            "changes",
            previous,
            current,
            "--as-of",
            "2025-03-12",
            "--previous-as-of",
            "2025-03-12",
            "--format",
            "html"
        );

        result.ExitCode.Should().Be(0, result.ToString());
        var page = result.Stdout;
        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        page.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        page.Should().NotContain("src=").And.NotContain("href=", "the page is self-contained");
        page.Should().Contain("<h2>Case &lt;script&gt;alert(1)&lt;/script&gt;</h2>");
        page.Should().NotContain("L-1", "L-1 did not change");
        // The relapse (see the first test): the plan van aanpak from 2 Mar to 19 Mar 2025, with both derivations.
        page.Should().Contain("<td class=\"nowrap\">2025-03-02 overdue</td>").And.Contain("<td class=\"nowrap\">2025-03-19 open</td>");
        page.Should().Contain("Before: ").And.Contain("Now: ").And.Contain("(samentelling)");
        page.Should().Contain("1 of 2 case(s) changed.");
    }

    [Fact]
    public void The_page_in_Dutch()
    {
        using var dir = new TempDir();
        var previous = dir.File("previous.jsonl", Sick + "\n");
        var current = dir.File("current.jsonl", Relapsed + "\n");

        var result = CliRunner.Run(
            "changes",
            previous,
            current,
            "--as-of",
            "2025-03-12",
            "--previous-as-of",
            "2025-03-12",
            "--format",
            "html",
            "--language",
            "nl"
        );

        result.ExitCode.Should().Be(0, result.ToString());
        var page = result.Stdout;
        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"nl\">");
        page.Should()
            .Contain("<h1>Wat is er veranderd, en waarom</h1>")
            .And.Contain("<th>Onderdeel</th><th>Wijziging</th><th>Eerder</th><th>Nu</th><th>Waarom</th>");
        page.Should().Contain("<td class=\"nowrap\">2 maart 2025 te laat</td>").And.Contain("<td class=\"nowrap\">19 maart 2025 open</td>");
        page.Should().Contain("Eerder: ").And.Contain("Nu: ").And.Contain("ziekteperiode vanaf 10 maart 2025 toegevoegd (samentelling)");
        page.Should().Contain("Feiten van de zaak die verschillen:");
    }
}
