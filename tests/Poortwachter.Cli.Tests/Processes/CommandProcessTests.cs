using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;

namespace Poortwachter.Cli.Tests.Processes;

/// <summary>
/// The command as a nightly job runs it: a real process, with pipes, FIFOs, closed descriptors and signals
/// (issue 16, items 1-3, 8 and 9). Each script is what the issue reported, run as the shell runs it.
/// </summary>
public sealed class CommandProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static string Count(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LinuxFact]
    public async Task Cat_into_dev_stdin_gives_every_case()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(5000));

        var (exit, stdout, stderr) = await CommandProcess.Bash(
            dir.Path,
            "cat cases.jsonl | \"$PW\" assess /dev/stdin --as-of 2025-06-02 --no-text",
            Timeout
        );

        exit.Should().Be(0, stderr);
        Count(stdout).Should().Be("5000");
        stdout.Split('\n')[0].Should().StartWith("{\"caseId\":\"C-00001\"");
    }

    [LinuxFact]
    public async Task A_dash_reads_standard_input()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(300));

        var (exit, stdout, stderr) = await CommandProcess.Bash(
            dir.Path,
            "\"$PW\" assess - --as-of 2025-06-02 --no-text < cases.jsonl",
            Timeout
        );

        exit.Should().Be(0, stderr);
        Count(stdout).Should().Be("300");
    }

    [LinuxFact]
    public async Task A_fifo_is_read_once_and_does_not_hang()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(2000));
        dir.File("night.jsonl", "last night\n");

        var (exit, _, stderr) = await CommandProcess.Bash(
            dir.Path,
            "mkfifo in.fifo && (cat cases.jsonl > in.fifo &) && \"$PW\" assess in.fifo --as-of 2025-06-02 --no-text -o night.jsonl",
            Timeout
        );

        exit.Should().Be(0, stderr);
        File.ReadAllLines(dir.Combine("night.jsonl")).Should().HaveCount(2000);
    }

    [LinuxFact]
    public async Task Sigint_in_the_middle_of_a_batch_leaves_the_output_file_as_it_was()
    {
        using var dir = new TempDir();
        dir.File("night.jsonl", "last night\n");
        // An input that never ends until the command is stopped: the batch is surely running when SIGINT comes.
        var script = """
            (while true; do cat cases.jsonl || exit; done) | "$PW" assess - --batch --as-of 2025-06-02 -o night.jsonl &
            # $! of a pipeline is its last command: the command itself (no pgrep: procps is not on every machine).
            pid=$!
            # Wait (up to 30 s on a loaded machine) until the command runs its batch: its temporary output file exists.
            for i in $(seq 1 300); do
              if ls .night.jsonl.*.tmp >/dev/null 2>&1; then break; fi
              kill -0 "$pid" 2>/dev/null || break
              sleep 0.1
            done
            sleep 0.5
            kill -INT "$pid"
            # The pipeline ends when the command does (the loop's cat then fails on the closed pipe).
            wait %1
            """;
        dir.File("cases.jsonl", Batches.Lines(1000));

        var (exit, _, stderr) = await CommandProcess.Bash(dir.Path, "set -m\n" + script, Timeout);

        exit.Should().Be(130, stderr);
        stderr
            .Should()
            .Contain("the batch was stopped (interrupted) before the end of the input")
            .And.Contain("night.jsonl was left as it was");
        File.ReadAllText(dir.Combine("night.jsonl")).Should().Be("last night\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["cases.jsonl", "night.jsonl"]);
    }

    [LinuxFact]
    public async Task Head_1_stops_a_long_batch()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(200_000));

        var (exit, stdout, stderr) = await CommandProcess.Bash(
            dir.Path,
            "set -o pipefail; \"$PW\" assess cases.jsonl --as-of 2025-06-02 | head -1",
            Timeout
        );

        Count(stdout).Should().Be("1");
        exit.Should().Be(1, stderr);
        stderr.Should().Contain("the reader of standard output went away (broken pipe), so the batch stopped");
        var written = long.Parse(
            stderr.Split("so the batch stopped: ")[1].Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture
        );
        written.Should().BeLessThan(200_000);
    }

    [LinuxFact]
    public async Task A_closed_standard_output_is_reported_as_closed()
    {
        var (exit, _, stderr) = await CommandProcess.Bash(
            Samples.Directory,
            "\"$PW\" assess continuous.json --as-of 2025-06-02 --format json >&-",
            Timeout
        );

        exit.Should().Be(1);
        stderr.Should().Contain("standard output").And.NotContain("Access to the path is denied");
    }

    [LinuxFact]
    public async Task A_closed_standard_error_does_not_abort()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", "{\"caseId\":1}\n" + Batches.Case(2) + "\n");

        var (exit, stdout, _) = await CommandProcess.Bash(
            dir.Path,
            "\"$PW\" assess cases.jsonl --as-of 2025-06-02 --no-text 2>&-",
            Timeout
        );

        exit.Should().Be(2);
        stdout.Should().Contain("C-00002");
    }

    [LinuxFact]
    public async Task Appending_standard_output_to_the_input_is_refused()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(3));

        var (exit, _, stderr) = await CommandProcess.Bash(
            dir.Path,
            "\"$PW\" assess cases.jsonl --as-of 2025-06-02 >> cases.jsonl",
            Timeout
        );

        exit.Should().Be(2);
        stderr.Should().Contain("standard output is the input");
        File.ReadAllText(dir.Combine("cases.jsonl")).Should().Be(Batches.Lines(3));
    }

    [LinuxFact]
    public async Task Standard_input_redirected_from_the_output_file_is_refused()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(3));

        var (exit, _, stderr) = await CommandProcess.Bash(
            dir.Path,
            "\"$PW\" assess - --as-of 2025-06-02 -o cases.jsonl < cases.jsonl",
            Timeout
        );

        exit.Should().Be(2);
        stderr.Should().Contain("is the input standard input itself");
        File.ReadAllText(dir.Combine("cases.jsonl")).Should().Be(Batches.Lines(3));
    }
}
