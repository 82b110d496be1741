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

    // Sends the signal to $pid and waits for it to end: if it is still running 15 s later, says so on standard error
    // and kills it (the stop did not work); leaves its exit code in $code. Shared by both stop scripts.
    private static string StopAndWait(string signal) =>
        $$"""
            kill -{{signal}} "$pid"
            for i in $(seq 1 150); do
              kill -0 "$pid" 2>/dev/null || break
              sleep 0.1
            done
            if kill -0 "$pid" 2>/dev/null; then
              echo "still running 15 s after SIG{{signal}}" >&2
              kill -KILL "$pid"
            fi
            wait "$pid"
            code=$?
            """;

    // A FIFO that sends one line and then stays open and silent for as long as the script holds it (the script's fd 3
    // is its writer, so the input never ends by itself): the command reads it as standard input and is stopped while
    // it waits. The command is the script's own child ($!), so `wait` returns when it ends; a pipeline would not do
    // (bash's `wait` on a pipeline's last process returns only when the whole pipeline has ended). If the command
    // is still running 15 s after the signal, the script says so and kills it: the stop did not work. `set -m`: without
    // job control bash starts a background command with SIGINT ignored, as POSIX asks, and the command keeps that.
    private static string IdleThenSignal(string signal) =>
        $$"""
            set -m
            mkfifo input
            exec 3<>input
            cat cases.jsonl >&3
            "$PW" assess - --batch --as-of 2025-06-02 --no-text -o night.jsonl <&3 &
            pid=$!
            for i in $(seq 1 300); do
              if ls .night.jsonl.*.tmp >/dev/null 2>&1; then break; fi
              sleep 0.1
            done
            sleep 1
            {{StopAndWait(signal)}}
            exec 3>&-
            rm -f input
            exit $code
            """;

    [LinuxTheory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    public async Task A_signal_while_the_input_is_idle_ends_the_run_at_once_and_leaves_no_temporary_file(string signal)
    {
        using var dir = new TempDir();
        dir.File("cases.jsonl", Batches.Lines(1));
        dir.File("night.jsonl", "last night\n");

        var (exit, _, stderr) = await CommandProcess.Bash(dir.Path, IdleThenSignal(signal), Timeout);

        // Before issue 22 SIGTERM and SIGINT did nothing while the read waited on an input that stays open: the script
        // found the command still running, killed it and exited 137, with the temporary file left beside night.jsonl.
        // Now the stop ends the process at once (the pending read is left to a background thread), exit 130, and the
        // output is left as it was.
        stderr.Should().NotContain("still running");
        exit.Should().Be(130, stderr);
        stderr.Should().Contain("night.jsonl was left as it was");
        File.ReadAllText(dir.Combine("night.jsonl")).Should().Be("last night\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["cases.jsonl", "night.jsonl"]);
    }

    // A FIFO that nobody opens at its other end: the command's open waits (for a writer when it is the input, for a
    // reader when it is --output) and is stopped while it waits.
    private static string WaitingOpenThenSignal(string arguments) =>
        $$"""
            set -m
            mkfifo fifo
            "$PW" {{arguments}} &
            pid=$!
            sleep 1.5
            {{StopAndWait("TERM")}}
            rm -f fifo
            exit $code
            """;

    [LinuxTheory]
    [InlineData("assess fifo --as-of 2025-06-02")]
    [InlineData("assess case.json --as-of 2025-06-02 -o fifo")]
    public async Task A_signal_while_a_fifo_waits_for_its_other_end_ends_the_run_at_once(string arguments)
    {
        using var dir = new TempDir();
        dir.File("case.json", File.ReadAllText(Path.Combine(Samples.Directory, "continuous.json")));

        var (exit, stdout, stderr) = await CommandProcess.Bash(dir.Path, WaitingOpenThenSignal(arguments), Timeout);

        // Before: the open of a FIFO with no other end blocked the main thread, so SIGTERM was taken (the first signal
        // only asks the run to stop) and nothing happened: the script found the command still running and killed it.
        stderr.Should().NotContain("still running");
        exit.Should().Be(130, stderr);
        stderr.Should().Contain("stopped (interrupted)").And.Contain("nothing was written");
        stdout.Should().BeEmpty();
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
