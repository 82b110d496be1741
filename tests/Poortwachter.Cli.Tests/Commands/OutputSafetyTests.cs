using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// The command loses no data: --output is never the input, is replaced only when a run succeeds (written beside the
/// target, then renamed), and is left as it was when nothing was assessed (issue 16, items 1 and 2).
/// </summary>
public sealed class OutputSafetyTests
{
    private const string AsOf = "2025-06-02";

    [Fact]
    public void An_output_that_is_the_batch_input_is_refused_and_the_input_is_kept()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", Batches.Lines(3));
        var before = File.ReadAllBytes(input);

        var result = CliRunner.Run("assess", input, "--as-of", AsOf, "--output", input);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("is the input").And.Contain("writing there would destroy the cases");
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Theory]
    [InlineData("worklist", "only")]
    [InlineData("changes", "previous")]
    [InlineData("changes", "current")]
    public void The_portfolio_commands_refuse_an_output_that_is_an_input_before_reading_it(string command, string which)
    {
        // worklist and changes read every case before they write: an --output naming an input would replace the cases
        // by the report. Refused up front, exit 2, every input byte for byte as it was.
        using var dir = new TempDir();
        var previous = dir.File("yesterday.jsonl", Batches.Lines(3));
        var current = dir.File("today.jsonl", Batches.Lines(4));
        var (before, now) = (File.ReadAllBytes(previous), File.ReadAllBytes(current));
        var target = which == "current" ? current : previous;
        string[] args =
            command == "worklist"
                ? ["worklist", previous, "--as-of", AsOf, "--output", target]
                : ["changes", previous, current, "--as-of", AsOf, "--output", target];

        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("is the input").And.Contain("writing there would destroy the cases");
        File.ReadAllBytes(previous).Should().Equal(before);
        File.ReadAllBytes(current).Should().Equal(now);
    }

    [Fact]
    public void The_same_file_is_recognised_through_a_relative_path_and_a_symlink()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", Batches.Lines(3));
        var before = File.ReadAllBytes(input);
        Directory.CreateDirectory(dir.Combine("sub"));
        var link = dir.Combine("link.jsonl");
        File.CreateSymbolicLink(link, input);
        var dotted = Path.Combine(dir.Path, "sub", "..", "cases.jsonl");

        CliRunner.Run("assess", input, "--as-of", AsOf, "-o", dotted).ExitCode.Should().Be(2);
        CliRunner.Run("assess", input, "--as-of", AsOf, "-o", link).ExitCode.Should().Be(2);
        CliRunner.Run("assess", link, "--as-of", AsOf, "-o", input).ExitCode.Should().Be(2);

        File.ReadAllBytes(input).Should().Equal(before);
        new FileInfo(link).LinkTarget.Should().Be(input, "the symlink itself is not replaced either");
    }

    [Fact]
    public void A_hard_link_to_the_input_is_the_input()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", Batches.Lines(2));
        var hard = dir.Combine("hard.jsonl");
        using (var ln = System.Diagnostics.Process.Start("ln", [input, hard]))
        {
            ln.WaitForExit();
        }

        var result = CliRunner.Run("assess", input, "--as-of", AsOf, "-o", hard);

        result.ExitCode.Should().Be(2, result.ToString());
        File.ReadAllText(input).Should().Be(Batches.Lines(2));
    }

    [Fact]
    public void A_single_case_file_is_not_replaced_by_its_assessment()
    {
        using var dir = new TempDir();
        var input = dir.File("case.json", Samples.Text("continuous.json"));

        var result = CliRunner.Run("assess", input, "--as-of", AsOf, "--format", "json", "--output", input);

        result.ExitCode.Should().Be(2);
        File.ReadAllText(input).Should().Be(Samples.Text("continuous.json"));
    }

    [Fact]
    public void A_bad_as_of_leaves_last_nights_output_as_it_was()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", Batches.Lines(3));
        var output = dir.File("night.jsonl", "last night\n");

        var result = CliRunner.Run("assess", input, "--as-of", "2025-13-01", "-o", output);

        result.ExitCode.Should().Be(2);
        File.ReadAllText(output).Should().Be("last night\n");
    }

    [Fact]
    public void A_batch_of_bad_lines_only_leaves_the_output_as_it_was()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", "{\"caseId\":1}\n{\"nope\":true}\n");
        var output = dir.File("night.jsonl", "last night\n");

        var result = CliRunner.Run("assess", input, "--as-of", AsOf, "-o", output);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("no case assessed, 2 line(s) with problems; ").And.Contain("was left as it was");
        File.ReadAllText(output).Should().Be("last night\n");
        Directory
            .GetFiles(dir.Path)
            .Select(Path.GetFileName)
            .Should()
            .BeEquivalentTo(["cases.jsonl", "night.jsonl"], "no temporary file is left");
    }

    [Fact]
    public void An_empty_batch_leaves_the_output_as_it_was()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", "\n\n");
        var output = dir.File("night.jsonl", "last night\n");

        var result = CliRunner.Run("assess", input, "--as-of", AsOf, "-o", output);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("the input holds no case");
        File.ReadAllText(output).Should().Be("last night\n");
    }

    [Fact]
    public void A_successful_run_replaces_the_output_whole_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", Batches.Lines(5));
        var output = dir.File("night.jsonl", new string('x', 100_000));

        var result = CliRunner.Run("assess", input, "--as-of", AsOf, "-o", output, "--no-text");

        result.ExitCode.Should().Be(0, result.ToString());
        File.ReadAllLines(output).Should().HaveCount(5).And.OnlyContain(l => l.StartsWith("{\"caseId\":\"C-", StringComparison.Ordinal));
        Directory.GetFiles(dir.Path).Should().HaveCount(2);
    }

    [Fact]
    public void A_batch_with_some_bad_lines_writes_the_good_ones()
    {
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", Batches.Case(1) + "\n{broken\n" + Batches.Case(3) + "\n");
        var output = dir.File("night.jsonl", "last night\n");

        var result = CliRunner.Run("assess", input, "--as-of", AsOf, "-o", output, "--no-text");

        result.ExitCode.Should().Be(2);
        File.ReadAllLines(output).Should().HaveCount(2);
    }

    [Fact]
    public void A_directory_as_output_is_refused_with_a_clear_message()
    {
        using var dir = new TempDir();
        var result = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--as-of", AsOf, "-o", dir.Path);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Be($"poortwachter: --output {dir.Path} is a directory; give a file name.{Environment.NewLine}");
    }

    [Fact]
    public void An_output_in_a_directory_that_does_not_exist_names_the_directory()
    {
        var result = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--as-of", AsOf, "-o", "/nonexistent/dir/x.json");

        result.ExitCode.Should().Be(2);
        result
            .Stderr.Should()
            .Be($"poortwachter: --output /nonexistent/dir/x.json: the directory /nonexistent/dir does not exist.{Environment.NewLine}");
    }

    [Fact]
    public void A_special_file_is_written_to_and_not_replaced()
    {
        // /dev/null is a character device: a rename over it would replace it with a regular file.
        var result = CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--as-of", AsOf, "-o", "/dev/null");

        result.ExitCode.Should().Be(0, result.ToString());
        File.Exists("/dev/null").Should().BeTrue();
        new FileInfo("/dev/null").Length.Should().Be(0);
    }

    [Fact]
    public void Standard_output_that_is_the_input_file_is_refused()
    {
        // `assess cases.jsonl >> cases.jsonl` would read its own output for ever.
        using var dir = new TempDir();
        var input = dir.File("cases.jsonl", Batches.Lines(2));
        var identity = Poortwachter.Cli.Files.FileIdentity.OfPath(input);

        var result = CliRunner.RunWith(new CliEdges { Descriptor = fd => fd == 1 ? identity : null }, "assess", input, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("standard output is the input");
        File.ReadAllText(input).Should().Be(Batches.Lines(2));
    }

    [Fact]
    public void The_demo_writes_its_output_file_atomically_too()
    {
        using var dir = new TempDir();
        var output = dir.Combine("demo.html");

        var result = CliRunner.Run("demo", "--format", "html", "-o", output);

        result.ExitCode.Should().Be(0, result.ToString());
        File.ReadAllText(output).Should().StartWith("<!DOCTYPE html>");
        Directory.GetFiles(dir.Path).Should().ContainSingle();
    }
}
