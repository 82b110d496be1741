using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// One batch line that fails in a way nobody foresaw costs that line only: it is reported with its line number, case
/// id and an incident id, no stack trace, and the other lines come out whole (issue 22, item 1).
/// </summary>
public sealed partial class ContainmentTests
{
    private const string AsOf = "2025-06-02";

    /// <summary>
    /// The case the review reported: an early-IVA application on 9999-12-31 (out of range) with a granted decision.
    /// The validation of the decision added days to the application date past the calendar's end (OverflowException).
    /// </summary>
    private const string Reported =
        "{\"caseId\":\"C-BAD\",\"firstSickDay\":\"2025-01-06\",\"events\":["
        + "{\"type\":\"vervroegde-iva-aanvraag\",\"on\":\"9999-12-31\"},"
        + "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-04-14\",\"granted\":true,\"wachttijdEndsOn\":\"2025-05-05\"}]}";

    private static readonly RuleDescriptor Failing = new(
        "test-faalt",
        "A rule that fails on purpose",
        "none",
        new LegalSource("test"),
        LegalCharacter.Practice,
        string.Empty,
        new LocalDate(2000, 1, 1)
    );

    /// <summary>The engine with a host rule that throws while assessing case C-BOOM and whose derivation throws while case C-HALF is written.</summary>
    private static void WithFailingRule(PoortwachterOptions options) => options.Add(new FailingRule());

    [GeneratedRegex(@"incident (?<id>[0-9a-f]{8})", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Incident();

    private static string[] Lines(string stdout) => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_reported_case_on_line_2_of_300_costs_only_that_line()
    {
        using var dir = new TempDir();
        var lines = Enumerable.Range(1, 300).Select(n => n == 2 ? Reported : Batches.Case(n)).ToList();
        var path = dir.File("cases.jsonl", string.Join("\n", lines) + "\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--no-text");

        // Exit 2: some lines were bad, the others were assessed (before the fix: exit 1, no line out at all).
        result.ExitCode.Should().Be(2, result.ToString());
        var ids = Lines(result.Stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()).ToList();
        ids.Should().Equal(Enumerable.Range(1, 300).Where(n => n != 2).Select(n => $"C-{n:00000}"));
        result.Stderr.Should().Contain("line 2 (case 'C-BAD'): ").And.Contain("299 case(s) assessed, 1 line(s) with problems");
        result.Stderr.Should().NotContain("   at ", "no stack trace on standard error");
    }

    [Fact]
    public void The_reported_case_alone_gives_a_one_line_error_and_no_stack_trace()
    {
        using var dir = new TempDir();
        var path = dir.File("bad.json", Reported);
        var output = dir.File("out.json", "before\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--format", "json", "-o", output);

        // Exit 1 while validation still overflows (then: one line with an incident id), 2 once it reports the path.
        result.ExitCode.Should().BeOneOf(1, 2);
        result.Stderr.Should().Contain("(case 'C-BAD')").And.NotContain("   at ");
        File.ReadAllText(output).Should().Be("before\n");
        Directory.GetFiles(dir.Path).Should().HaveCount(2, "no temporary file is left");
    }

    [Fact]
    public void A_rule_that_throws_costs_only_its_line_and_the_other_lines_are_byte_identical()
    {
        using var dir = new TempDir();
        var good = dir.File("good.jsonl", Batches.Case(1) + "\n" + Batches.Case(3) + "\n");
        var mixed = dir.File("mixed.jsonl", Batches.Case(1) + "\n" + Boom("C-BOOM") + "\n" + Batches.Case(3) + "\n");
        var edges = new CliEdges { ConfigureEngine = WithFailingRule };

        var expected = CliRunner.RunWith(edges, "assess", good, "--as-of", AsOf);
        var result = CliRunner.RunWith(edges, "assess", mixed, "--as-of", AsOf);

        expected.ExitCode.Should().Be(0, expected.ToString());
        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().Be(expected.Stdout);
        var errors = result.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        errors.Should().HaveCount(2, result.Stderr);
        errors[0]
            .Should()
            .MatchRegex(
                @"^line 2 \(case 'C-BOOM'\): \$: unexpected error \(incident [0-9a-f]{8}\): \w+Exception: .*; the line was skipped\.$"
            );
        errors[1]
            .Should()
            .Be(
                "poortwachter: 2 case(s) assessed, 1 line(s) with problems (1 with an unexpected error, each with its incident id; set POORTWACHTER_VERBOSE=1 for the details); the output holds the assessed cases only."
            );
    }

    [Fact]
    public void A_line_that_fails_half_way_through_its_json_leaves_nothing_of_it()
    {
        // C-HALF's derivation throws when the writer reads it, after the start of its assessment line was written.
        var lines = string.Concat(Enumerable.Range(1, 200).Select(n => (n % 50 == 7 ? Boom($"C-HALF-{n}") : Batches.Case(n)) + "\n"));
        var good = string.Concat(Enumerable.Range(1, 200).Where(n => n % 50 != 7).Select(n => Batches.Case(n) + "\n"));
        using var dir = new TempDir();
        var edges = new CliEdges { ConfigureEngine = WithFailingRule };

        var expected = CliRunner.RunWith(edges, "assess", dir.File("good.jsonl", good), "--as-of", AsOf);
        var result = CliRunner.RunWith(edges, "assess", dir.File("mixed.jsonl", lines), "--as-of", AsOf);

        expected.ExitCode.Should().Be(0, expected.ToString());
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().Be(expected.Stdout, "each line's JSON is written whole or not at all");
        Lines(result.Stdout)
            .Should()
            .HaveCount(196)
            .And.OnlyContain(l => JsonDocument.Parse(l, default).RootElement.ValueKind == JsonValueKind.Object);
        result
            .Stderr.Should()
            .Contain("line 7 (case 'C-HALF-7'): $: unexpected error (incident ")
            .And.Contain("line 157 (case 'C-HALF-157')");
        result.Stderr.Should().Contain("196 case(s) assessed, 4 line(s) with problems (4 with an unexpected error");
    }

    [Fact]
    public void With_verbose_the_whole_exception_follows_under_the_same_incident_id()
    {
        using var dir = new TempDir();
        var path = dir.File("mixed.jsonl", Boom("C-BOOM") + "\n" + Batches.Case(2) + "\n");

        var result = CliRunner.RunWith(new CliEdges { ConfigureEngine = WithFailingRule, Verbose = true }, "assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        var errors = result.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var incident = Incident().Match(errors[0]).Groups["id"].Value;
        incident.Should().NotBeEmpty();
        var details = errors.Skip(1).TakeWhile(l => l.StartsWith("poortwachter: incident ", StringComparison.Ordinal)).ToList();
        details.Should().OnlyContain(l => l.StartsWith($"poortwachter: incident {incident}: ", StringComparison.Ordinal));
        details.Should().Contain(l => l.Contains("System.InvalidOperationException", StringComparison.Ordinal));
        details.Should().Contain(l => l.Contains(" at ", StringComparison.Ordinal), "the stack trace, on request");
        errors[^1].Should().NotContain("POORTWACHTER_VERBOSE", "the details are already there");
    }

    [Fact]
    public void Each_unexpected_line_has_its_own_incident_id()
    {
        using var dir = new TempDir();
        var path = dir.File("mixed.jsonl", Boom("C-BOOM-1") + "\n" + Boom("C-BOOM-2") + "\n" + Batches.Case(3) + "\n");

        var result = CliRunner.RunWith(new CliEdges { ConfigureEngine = WithFailingRule }, "assess", path, "--as-of", AsOf);

        var ids = Incident().Matches(result.Stderr).Select(m => m.Groups["id"].Value).ToList();
        ids.Should().HaveCount(2).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_line_failing_unexpectedly_assesses_nothing_and_leaves_the_output_file()
    {
        using var dir = new TempDir();
        var path = dir.File("all.jsonl", Boom("C-BOOM-1") + "\n" + Boom("C-BOOM-2") + "\n");
        var output = dir.File("night.jsonl", "last night\n");

        var result = CliRunner.RunWith(new CliEdges { ConfigureEngine = WithFailingRule }, "assess", path, "--as-of", AsOf, "-o", output);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("poortwachter: no case assessed, 2 line(s) with problems (2 with an unexpected error");
        File.ReadAllText(output).Should().Be("last night\n");
        Directory.GetFiles(dir.Path).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("C-BOOM", "table")]
    [InlineData("C-BOOM", "json")]
    // The table shows no derivations, so C-HALF's failing derivation is never read there.
    [InlineData("C-HALF", "json")]
    [InlineData("C-HALF", "html")]
    [InlineData("C-HALF", "ics")]
    public void A_single_case_that_fails_unexpectedly_gives_one_line_exit_1_and_writes_nothing(string caseId, string format)
    {
        using var dir = new TempDir();
        var path = dir.File("case.json", Boom(caseId));
        var details = format == "ics" ? new[] { "--ics-details" } : [];

        var toStdout = CliRunner.RunWith(
            new CliEdges { ConfigureEngine = WithFailingRule },
            ["assess", path, "--as-of", AsOf, "--format", format, .. details]
        );
        var output = dir.File("out.txt", "before\n");
        var toFile = CliRunner.RunWith(
            new CliEdges { ConfigureEngine = WithFailingRule },
            ["assess", path, "--as-of", AsOf, "--format", format, "-o", output, .. details]
        );

        toStdout.ExitCode.Should().Be(1, toStdout.ToString());
        toStdout.Stdout.Should().BeEmpty("a failure half-way writes nothing, not half a table");
        toStdout
            .Stderr.Should()
            .MatchRegex(
                $@"^poortwachter: \S+case\.json \(case '{caseId}'\): unexpected error \(incident [0-9a-f]{{8}}\): \w+Exception: [^\n]*; nothing was written\. Set POORTWACHTER_VERBOSE=1 to see the details on standard error\.\r?\n$"
            );
        toFile.ExitCode.Should().Be(1);
        toFile.Stderr.Should().Contain("out.txt was left as it was.");
        File.ReadAllText(output).Should().Be("before\n");
        Directory.GetFiles(dir.Path).Should().HaveCount(2, "no temporary file is left");
    }

    private static string Boom(string caseId) => "{\"caseId\":\"" + caseId + "\",\"firstSickDay\":\"2025-01-06\"}";

    /// <summary>
    /// A host rule with a bug: it throws while assessing a case whose id starts with C-BOOM, and gives a case whose
    /// id starts with C-HALF an obligation whose derivation throws when it is read (while the assessment is written).
    /// </summary>
    private sealed class FailingRule : IRule
    {
        public RuleDescriptor Descriptor => Failing;

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            var id = context.Case.CaseId;
            if (id.StartsWith("C-BOOM", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a host rule with a bug");
            }

            if (id.StartsWith("C-HALF", StringComparison.Ordinal))
            {
                output.Add(
                    Failing,
                    context.CreateObligation(
                        Failing,
                        context.Case.FirstSickDay.PlusDays(10),
                        null,
                        () => throw new InvalidOperationException("a derivation with a bug")
                    )
                );
            }
        }
    }
}
