using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>`poortwachter assess` in every format on every sample case, and its exit codes.</summary>
public sealed class AssessCommandTests
{
    private const string AsOf = "2025-06-02";

    private static Assessment Expected(string file) =>
        PoortwachterEngine.CreateDefault().Assess(PoortwachterJson.ReadCaseOrThrow(Samples.Text(file)), Samples.AsOf);

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void Table_shows_the_wachttijd_obligations_and_warnings(string file)
    {
        var result = CliRunner.Run("assess", Samples.PathOf(file), "--as-of", AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        var expected = Expected(file);
        result.Stdout.Should().Contain(expected.CaseId).And.Contain("Obligations").And.Contain("First sick day").And.Contain(AsOf);
        foreach (var o in expected.Obligations)
        {
            result.Stdout.Should().Contain(o.Kind);
        }

        if (expected.Obligations.Any(o => o.Status == ObligationStatus.Overdue))
        {
            result.Stdout.Should().Contain("!! OVERDUE");
        }

        result.Stdout.Should().NotContain("\u001b[", "output to a non-terminal has no colour codes");
    }

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void Json_is_the_contracts_assessment(string file)
    {
        var result = CliRunner.Run("assess", Samples.PathOf(file), "--as-of", AsOf, "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("caseId").GetString().Should().Be(Expected(file).CaseId);
        doc.RootElement.GetProperty("asOf").GetString().Should().Be(AsOf);
        doc.RootElement.GetProperty("obligations").GetArrayLength().Should().Be(Expected(file).Obligations.Count);
    }

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void Html_is_one_self_contained_page_with_an_svg_timeline(string file)
    {
        var result = CliRunner.Run("assess", Samples.PathOf(file), "--as-of", AsOf, "--format", "html");

        result.ExitCode.Should().Be(0, result.ToString());
        var html = result.Stdout;
        html.Should()
            .StartWith("<!DOCTYPE html>")
            .And.Contain("<svg")
            .And.Contain("</svg>")
            .And.Contain("@media print")
            .And.Contain("</html>");
        html.Should().NotContainAny("<script", "<link", "<img", "@import", "url(", "src=", "href=\"http", "href='http");
        var expected = Expected(file);
        CountOf(html, "<circle ").Should().Be(expected.Obligations.Count(o => o.DueBy is not null));
        foreach (var o in expected.Obligations)
        {
            html.Should().Contain($"<code>{o.Kind}</code>");
        }
    }

    [Fact]
    public void Html_escapes_every_text_from_the_case()
    {
        using var dir = new TempDir();
        var path = dir.File("evil.json", """{"caseId":"<script>alert('x')</script>&co","firstSickDay":"2025-01-06"}""");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--format", "html");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;co");
    }

    [Fact]
    public void Output_goes_to_a_file_when_asked()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out.html");

        var result = CliRunner.Run("assess", Samples.PathOf("leave.json"), "--as-of", AsOf, "--format", "html", "--output", output);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().BeEmpty();
        File.ReadAllText(output).Should().Contain("<svg");
    }

    [Fact]
    public void An_invalid_case_gives_exit_2_and_each_problem_with_its_path()
    {
        using var dir = new TempDir();
        var path = dir.File(
            "bad.json",
            """{"caseId":"C-9","firstSickDay":"2025-01-06","events":[{"type":"gesprek","on":"2025-02-01"},{"type":"evaluatie","on":"2025-02-30"}]}"""
        );

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("$.events[0].type: unknown event type 'gesprek'");
        result.Stderr.Should().Contain("$.events[1].on: on: '2025-02-30' is not a date that exists");
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void Malformed_json_gives_exit_2_with_line_and_path()
    {
        using var dir = new TempDir();
        var path = dir.File("bad.json", "{\n  \"caseId\": \"C-9\",\n  \"firstSickDay\": 2025-01-06\n}");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("$.firstSickDay: malformed JSON at line 3");
    }

    [Theory]
    [InlineData("--as-of", "2025-02-30", "--as-of: '2025-02-30' is not a date that exists: February 2025 has 28 days.")]
    [InlineData("--as-of", "1 juni", "--as-of: '1 juni' is not an ISO-8601 calendar date")]
    [InlineData("--format", "pdf", "'pdf'")]
    public void Bad_options_give_exit_2(string option, string value, string message)
    {
        var result = CliRunner.Run("assess", Samples.PathOf("continuous.json"), option, value);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain(message);
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Past_the_AOW_age_the_table_shows_the_shortened_end_no_WIA_and_the_end_of_the_dismissal_ban()
    {
        // samples/cases/aow-age.json: D = 6 Jan 2025, AOW age on 1 Apr 2025 (counted day 86): counted day 86 + 41 = 127 =
        // 12 May 2025 ends wage continuation and the dismissal ban alike.
        var result = CliRunner.Run("assess", Samples.PathOf("aow-age.json"), "--as-of", "2025-04-15");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("2025-05-12 (statutory 2027-01-03, shortened: the employee reaches the AOW age)");
        result.Stdout.Should().Contain("- (no WIA past the AOW age)");
        result.Stdout.Should().Contain("Einde opzegverbod (last day of the dismissal ban");
    }

    [Fact]
    public void A_missing_file_gives_exit_2()
    {
        var result = CliRunner.Run("assess", "/nonexistent/case.json");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("/nonexistent/case.json: no such file.");
    }

    [Fact]
    public void An_assessment_date_before_day_1_gives_exit_2()
    {
        var result = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--as-of", "2024-12-31");

        result.ExitCode.Should().Be(2);
        // The case is fine, the date is not: the message names the option, not "the case is invalid".
        result
            .Stderr.Should()
            .Be("poortwachter: --as-of: the assessment date 2024-12-31 is before the first sick day 2025-01-06." + Environment.NewLine);
    }

    [Fact]
    public void Without_as_of_the_case_is_assessed_today()
    {
        var result = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var today = PoortwachterJson.TryParseDate(doc.RootElement.GetProperty("asOf").GetString()!, out var date, out _);
        today.Should().BeTrue();
        date.Should().BeGreaterThanOrEqualTo(new NodaTime.LocalDate(2025, 6, 1));
    }

    [Fact]
    public void No_command_gives_exit_2_and_help_gives_0()
    {
        CliRunner.Run().ExitCode.Should().Be(2);
        var help = CliRunner.Run("--help");
        help.ExitCode.Should().Be(0);
        help.Stdout.Should().Contain("assess").And.Contain("rules").And.Contain("demo");
        CliRunner
            .Run("assess", "--help")
            .Stdout.Should()
            .Contain("--as-of")
            .And.Contain("--format")
            .And.Contain("--output")
            .And.Contain("--batch");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (
            var i = text.IndexOf(part, StringComparison.Ordinal);
            i >= 0;
            i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)
        )
        {
            count++;
        }

        return count;
    }
}
