using System;
using System.IO;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>The HTML page rendered by a real browser engine; skipped, and counted as skipped, when none is installed.</summary>
public sealed class HtmlRenderingTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async System.Threading.Tasks.Task Headless_chromium_renders_the_svg_timeline()
    {
        using var dir = new TempDir();
        var page = dir.Combine("timeline.html");
        var result = CliRunner.Run("demo", "--format", "html", "--output", page);
        result.ExitCode.Should().Be(0, result.ToString());

        var dom = await Render(dir, page, "--dump-dom");

        dom.Should().Contain("<svg").And.Contain("<circle").And.Contain("Case C-1005");
    }

    [ChromiumFact]
    public async System.Threading.Tasks.Task Headless_chromium_renders_the_Dutch_page_with_its_overdue_row_and_titled_milestones()
    {
        using var dir = new TempDir();
        var page = dir.Combine("tijdlijn.html");
        // eigenrisicodrager.json on 2025-06-02: evaluatie #1 was due by 2025-04-07 and is not done (overdue).
        var result = CliRunner.Run(
            "assess",
            Json.Tests.Support.Samples.PathOf("eigenrisicodrager.json"),
            "--as-of",
            "2025-06-02",
            "--format",
            "html",
            "--language",
            "nl",
            "--output",
            page
        );
        result.ExitCode.Should().Be(0, result.ToString());

        var dom = await Render(dir, page, "--dump-dom");
        var screenshot = dir.Combine("tijdlijn.png");
        await Render(dir, page, "--screenshot=" + screenshot, "--window-size=1280,2400");

        dom.Should().Contain("<html lang=\"nl\">").And.Contain("<svg").And.Contain("Zaak C-1005");
        dom.Should().Contain("class=\"overdue\"").And.Contain("!! te laat").And.Contain("peildatum 2 juni 2025");
        dom.Should().Contain(" 3 januari 2027</text>", "the end of the wachttijd is labelled with its title and Dutch date");
        new FileInfo(screenshot).Length.Should().BePositive("the page was drawn");
    }

    [ChromiumFact]
    public async System.Threading.Tasks.Task Headless_chromium_renders_the_changes_page_with_an_escaped_case_id()
    {
        using var dir = new TempDir();
        var page = dir.Combine("changes.html");
        // A relapse moves the plan van aanpak from day 56 = 6 Jan + 55 = 2 Mar 2025 to 10 Mar (day 47) + 9 = 19 Mar 2025.
        var previous = dir.File("previous.jsonl", """{"caseId":"<script>x</script>","firstSickDay":"2025-01-06"}""" + "\n");
        var current = dir.File(
            "current.jsonl",
            """{"caseId":"<script>x</script>","firstSickDay":"2025-01-06","sickness":[{"from":"2025-01-06","until":"2025-02-20"},{"from":"2025-03-10"}]}"""
                + "\n"
        );
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
            "nl",
            "--output",
            page
        );
        result.ExitCode.Should().Be(0, result.ToString());

        var dom = await Render(dir, page, "--dump-dom");

        dom.Should().Contain("<html lang=\"nl\">").And.Contain("Zaak &lt;script&gt;x&lt;/script&gt;").And.NotContain("<script>x");
        dom.Should().Contain("2 maart 2025 te laat").And.Contain("19 maart 2025 open");
    }

    private System.Threading.Tasks.Task<string> Render(TempDir dir, string page, params string[] mode) =>
        HeadlessChromium.Render(dir, page, output, mode);
}
