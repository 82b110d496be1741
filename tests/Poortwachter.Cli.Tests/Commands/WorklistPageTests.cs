using System;
using System.IO;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// <c>worklist --format html</c> and <c>--format json</c> against the schema (issue 27). L-1: sick from Monday 6 Jan
/// 2025, probleemanalyse on 10 Feb: the plan van aanpak is due 10 Feb + 14 = 24 Feb 2025 (Regeling procesgang art. 4 lid
/// 1), overdue on 2 Mar. The case with the hostile id is sick from Monday 10 Feb 2025: its probleemanalyse is due on day 42
/// = 10 Feb + 41 = 23 Mar 2025, within 30 days of 2 Mar.
/// </summary>
public sealed class WorklistPageTests(ITestOutputHelper output)
{
    private const string Portfolio =
        """{"caseId":"L-1","firstSickDay":"2025-01-06","events":[{"type":"probleemanalyse","on":"2025-02-10"}]}"""
        + "\n"
        + """{"caseId":"<script>alert(\"x\")</script>'","firstSickDay":"2025-02-10"}"""
        + "\n";

    [Fact]
    public void The_json_validates_against_the_worklist_schema()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Portfolio);

        foreach (var language in new[] { "en", "nl" })
        {
            var result = CliRunner.Run(
                "worklist",
                cases,
                "--as-of",
                "2025-03-02",
                "--within",
                "30",
                "--format",
                "json",
                "--language",
                language
            );

            result.ExitCode.Should().Be(0, result.ToString());
            Schemas.ShouldBeValid(Schemas.Load("worklist.schema.json"), result.Stdout, $"the worklist in {language}");
        }
    }

    [Fact]
    public void A_window_below_0_days_is_refused()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Portfolio);

        var result = CliRunner.Run("worklist", cases, "--within=-1");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--within must be between 0 and 365 days, not -1.");
    }

    [Fact]
    public void The_page_is_self_contained_printable_and_escapes_the_case_values()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Portfolio);

        var result = CliRunner.Run("worklist", cases, "--as-of", "2025-03-02", "--within", "30", "--format", "html");

        result.ExitCode.Should().Be(0, result.ToString());
        var page = result.Stdout;
        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        page.Should().NotContain("<script", "a case id is text, never markup").And.NotContain("src=").And.NotContain("http://");
        page.Should().Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;");
        page.Should().Contain("@page { size: A4;").And.Contain("break-before: page").And.Contain("thead { display: table-header-group; }");
        page.Should().Contain("<h2>Overdue (1)</h2>").And.Contain("<h2>Due soon (1)</h2>").And.Contain("<h2>Figures</h2>");
        page.Should().Contain("<tr><td class=\"nowrap\">L-1</td><td>plan-van-aanpak</td><td class=\"nowrap\">2025-02-24</td>");
    }

    [Fact]
    public void The_Dutch_page_has_lang_nl_Dutch_headings_and_dates()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Portfolio);

        var result = CliRunner.Run("worklist", cases, "--as-of", "2025-03-02", "--within", "30", "--format", "html", "--language", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("<html lang=\"nl\">").And.Contain("<h1>Werklijst 2 maart 2025</h1>");
        result.Stdout.Should().Contain("<h2>Te laat (1)</h2>").And.Contain("<h2>Kengetallen</h2>");
        result.Stdout.Should().Contain("24 februari 2025").And.Contain("te laat <span class=\"sev-high\">(hoog)</span>");
    }

    [ChromiumFact]
    public async System.Threading.Tasks.Task Headless_chromium_renders_the_worklist_with_its_sections_and_rows()
    {
        using var dir = new TempDir();
        var cases = dir.File("cases.jsonl", Portfolio);
        var page = dir.Combine("werklijst.html");
        var result = CliRunner.Run(
            "worklist",
            cases,
            "--as-of",
            "2025-03-02",
            "--within",
            "30",
            "--format",
            "html",
            "--language",
            "nl",
            "--output",
            page
        );
        result.ExitCode.Should().Be(0, result.ToString());

        var dom = await Render(dir, page, "--dump-dom");
        var pdf = dir.Combine("werklijst.pdf");
        await Render(dir, page, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");

        dom.Should().Contain("<html lang=\"nl\">").And.Contain("<h2>Te laat (1)</h2>").And.Contain("<h2>Uiterste datum nadert (1)</h2>");
        dom.Should().Contain("<td class=\"nowrap\">L-1</td>").And.Contain("24 februari 2025").And.Contain("23 maart 2025");
        dom.Should().NotContain("<script>alert", "the hostile case id stays text in the browser too");
        new FileInfo(pdf).Length.Should().BePositive("the page was printed");
    }

    private System.Threading.Tasks.Task<string> Render(TempDir dir, string page, params string[] mode) =>
        HeadlessChromium.Render(dir, page, output, mode);
}
