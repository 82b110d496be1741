using System;
using System.IO;
using System.Text;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// Progress and a summary line on standard error for the long runs (<c>worklist</c>, <c>changes</c>, batch <c>assess</c>):
/// only when standard error is a terminal; redirected (as in every test here but the terminal ones), nothing extra.
/// </summary>
public sealed class ProgressTests
{
    private const string Cases = """
        {"caseId":"A-1","firstSickDay":"2025-02-10"}
        {"caseId":"A-2","firstSickDay":"2025-01-06"}
        not json
        {"caseId":"A-3","firstSickDay":"2025-02-03"}

        """;

    private const string Good = """
        {"caseId":"A-1","firstSickDay":"2025-02-10"}
        {"caseId":"A-2","firstSickDay":"2025-01-06"}

        """;

    /// <summary>A clock that moves one second on each reading, so every line is past the redraw interval.</summary>
    private static Func<TimeSpan> Ticking()
    {
        var seconds = 0;
        return () => TimeSpan.FromSeconds(seconds++);
    }

    private static CliResult Run(string input, bool terminal, params string[] args) =>
        CliRunner.RunWith(
            new CliEdges
            {
                Input = new MemoryStream(Encoding.UTF8.GetBytes(input)),
                ErrorIsTerminal = terminal,
                Clock = Ticking(),
            },
            args
        );

    [Theory]
    [InlineData("worklist", "-", "--as-of", "2025-03-02")]
    [InlineData("changes", "-", "--as-of", "2025-03-02")]
    [InlineData("assess", "-", "--batch", "--as-of", "2025-03-02")]
    public void Redirected_a_good_run_writes_nothing_on_standard_error(params string[] args)
    {
        var result = Run(Good, terminal: false, args);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Redirected_a_run_with_a_bad_line_writes_only_the_problem_and_the_count()
    {
        var result = Run(Cases, terminal: false, "worklist", "-", "--as-of", "2025-03-02");

        result.ExitCode.Should().Be(2);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("line 3: $: malformed JSON");
        result.Stderr.Should().NotContain("\r").And.NotContain("\u001b").And.NotContain("done");
    }

    [Fact]
    public void On_a_terminal_the_worklist_shows_progress_clears_it_for_a_problem_and_ends_with_a_summary()
    {
        var result = Run(Cases, terminal: true, "worklist", "-", "--as-of", "2025-03-02");

        result.ExitCode.Should().Be(2);
        var stderr = result.Stderr;
        // The clock reads 0 s at the start and one second more at each reading: line 1 is drawn at 1 s.
        stderr.Should().StartWith("poortwachter: 1 case, 0 bad lines, 1.0 s so far ...");
        // The malformed line: the progress line is erased before its message.
        stderr.Should().Contain("\r\u001b[Kline 3: $: malformed JSON");
        stderr.Should().Contain("poortwachter: 3 cases, 1 bad line, ");
        stderr.Should().MatchRegex(@"poortwachter: done: 3 cases, 1 bad line, in \d+\.0 s\.\r?\n$");
    }

    [Fact]
    public void On_a_terminal_the_summary_is_in_Dutch_with_language_nl()
    {
        var result = Run(Good, terminal: true, "assess", "-", "--batch", "--as-of", "2025-03-02", "--language", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().MatchRegex(@"poortwachter: klaar: 2 zaken, 0 regels met problemen, in \d+,0 s\.\r?\n$");
    }

    [Fact]
    public void On_a_terminal_changes_ends_with_a_summary_of_the_cases_compared()
    {
        var result = Run(Good, terminal: true, "changes", "-", "--as-of", "2025-03-02");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().MatchRegex(@"poortwachter: done: 2 cases, 0 bad lines, in \d+\.0 s\.\r?\n$");
    }

    [Theory]
    [InlineData(0.4, "0.4 s", "0,4 s")]
    [InlineData(125, "2 min 5 s", "2 min 5 s")]
    public void Elapsed_time_reads_in_seconds_then_minutes(double seconds, string english, string dutch)
    {
        RunProgress.Elapsed(TimeSpan.FromSeconds(seconds), Assessments.TextLanguage.English).Should().Be(english);
        RunProgress.Elapsed(TimeSpan.FromSeconds(seconds), Assessments.TextLanguage.Dutch).Should().Be(dutch);
        RunProgress.Counts(1234, 1, Assessments.TextLanguage.Dutch).Should().Be("1.234 zaken, 1 regel met problemen");
    }
}
