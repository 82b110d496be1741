using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Processes;

/// <summary>
/// Issue 22, items 5, 6 and 8, as a supervisor and a shell meet the command: a signal while the input is idle (a
/// quiet pipe) ends the run and leaves no temporary file, SIGHUP ends it like SIGTERM, a write to <c>/dev/full</c> is
/// reported as not written, and a long argument value is repeated at most 80 characters.
/// </summary>
public sealed class SignalAndWriteFailureTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // A pipe that sends one line and then stays open and silent; the command is stopped while it waits on it. The
    // signal goes to this script's own process ($!: the command, the last of the pipeline), never one found by name,
    // as other process tests run beside these.
    private static string IdleThenSignal(string signal) =>
        $$"""
            (cat cases.jsonl; exec sleep 5) 2>/dev/null | "$PW" assess /dev/stdin --batch --as-of 2025-06-02 --no-text -o night.jsonl &
            pid=$!
            for i in $(seq 1 300); do
              if ls .night.jsonl.*.tmp >/dev/null 2>&1; then break; fi
              sleep 0.1
            done
            sleep 1
            kill -{{signal}} "$pid"
            wait "$pid"
            code=$?
            kill %1 2>/dev/null
            exit $code
            """;

    [LinuxTheory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    public async Task A_signal_while_the_input_is_idle_ends_the_run_and_leaves_no_temporary_file(string signal)
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(1));
        dir.File("night.jsonl", "last night\n");

        var (exit, _, stderr) = await CommandProcess.Bash(dir.Path, "set -m\n" + IdleThenSignal(signal), Timeout);

        // Before issue 22 SIGTERM and SIGINT did nothing while the read waited: the run went on until the pipe closed
        // and exited 0, replacing night.jsonl. Now the stop is reported at once and the output left as it was; but the
        // process still ends only when the pending read returns (here when the pipe closes, 5 s later): not yet what
        // issue 22 asks (a supervisor's SIGTERM should end it at once). Left open, see the note.
        exit.Should().Be(130, stderr);
        File.ReadAllText(dir.Combine("night.jsonl")).Should().Be("last night\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["cases.jsonl", "night.jsonl"]);
    }

    [LinuxFact]
    public async Task A_write_to_dev_full_is_reported_as_not_written()
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(5));

        var (exit, _, stderr) = await CommandProcess.Bash(
            dir.Path,
            "\"$PW\" assess cases.jsonl --as-of 2025-06-02 --no-text > /dev/full",
            Timeout
        );

        // Before issue 22: exit 1 with "5 case(s) written in full" although nothing was.
        exit.Should().Be(1, stderr);
        stderr.Should().NotContain("5 case(s) written in full").And.Contain("0 case(s) written in full");
    }

    [LinuxFact]
    public async Task A_long_as_of_is_repeated_at_most_80_characters()
    {
        var value = new string('7', 5000);

        var (exit, _, stderr) = await CommandProcess.Bash(Samples.Directory, $"\"$PW\" assess continuous.json --as-of {value}", Timeout);

        exit.Should().Be(2, stderr);
        stderr.Should().Contain(new string('7', 80) + "... (5,000 characters)").And.NotContain(new string('7', 81));
    }
}
