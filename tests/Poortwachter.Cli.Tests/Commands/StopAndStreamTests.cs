using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// A batch that is stopped (a signal, a reader that went away, a closed standard error) ends cleanly and says so, and
/// an output file is left as it was (issue 16, items 2, 7, 8 and 9).
/// </summary>
public sealed class StopAndStreamTests
{
    private const string AsOf = "2025-06-02";

    [Fact]
    public void A_stopped_batch_leaves_the_output_file_as_it_was_and_says_it_was_cut_short()
    {
        using var dir = new TempDir();
        var output = dir.File("night.jsonl", "last night\n");
        using var stop = new CancellationTokenSource();
        // The input asks to stop once a third of it has been read, as a SIGINT in the middle of a run would.
        var bytes = Batches.Utf8(Batches.Lines(30_000));
        var input = new CallbackStream(bytes, bytes.Length / 3, stop.Cancel);

        var result = CliRunner.RunWith(
            new CliEdges { Input = input, Stop = stop.Token },
            "assess",
            "-",
            "--batch",
            "--as-of",
            AsOf,
            "-o",
            output,
            "--no-text"
        );

        result.ExitCode.Should().Be(130);
        result
            .Stderr.Should()
            .Contain("the batch was stopped (interrupted) before the end of the input")
            .And.Contain("night.jsonl was left as it was");
        File.ReadAllText(output).Should().Be("last night\n");
        Directory.GetFiles(dir.Path).Should().ContainSingle("the temporary file is removed");
        input.BytesRead.Should().BeLessThan(bytes.Length, "no more input is read once stopped");
    }

    [Fact]
    public void A_stopped_batch_on_standard_output_says_the_output_is_incomplete()
    {
        using var stop = new CancellationTokenSource();
        var bytes = Batches.Utf8(Batches.Lines(30_000));
        var input = new CallbackStream(bytes, bytes.Length / 3, stop.Cancel);

        var result = CliRunner.RunWith(
            new CliEdges { Input = input, Stop = stop.Token },
            "assess",
            "-",
            "--batch",
            "--as-of",
            AsOf,
            "--no-text"
        );

        result.ExitCode.Should().Be(130);
        result.Stderr.Should().Contain("; the output is incomplete.");
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeLessThan(30_000);
    }

    [Fact]
    public void A_reader_that_goes_away_stops_the_batch()
    {
        // `poortwachter assess big.jsonl | head -1`: the first write after the pipe closed fails with EPIPE.
        var bytes = Batches.Utf8(Batches.Lines(50_000));
        var input = new CallbackStream(bytes, int.MaxValue, () => { });
        var output = new BrokenPipeStream(afterBytes: 10_000);

        var result = CliRunner.RunWith(new CliEdges { Input = input, RawOutput = output }, "assess", "-", "--as-of", AsOf, "--no-text");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("the reader of standard output went away (broken pipe), so the batch stopped");
        input.BytesRead.Should().BeLessThan(bytes.Length / 2, "the batch stops reading instead of assessing on for nobody");
    }

    [Fact]
    public void A_closed_standard_output_is_called_closed()
    {
        var result = CliRunner.RunWith(
            new CliEdges { RawOutput = new ThrowingStream(new UnauthorizedAccessException("Access to the path is denied.")) },
            "assess",
            Samples.PathOf("continuous.json"),
            "--as-of",
            AsOf,
            "--format",
            "json"
        );

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Be("poortwachter: standard output is closed, so nothing can be written." + Environment.NewLine);
    }

    [Fact]
    public void A_closed_standard_error_does_not_abort_the_command()
    {
        using var dir = new TempDir();
        var path = dir.File("cases.jsonl", "{\"caseId\":1}\n" + Batches.Case(2) + "\n");

        var result = CliRunner.RunWith(new CliEdges { Error = new ClosedWriter() }, "assess", path, "--as-of", AsOf, "--no-text");

        result.ExitCode.Should().Be(2, "the exit code still says a line was bad");
        result.Stdout.Should().Contain("C-00002");
    }

    [Fact]
    public void Control_characters_from_the_input_reach_standard_error_only_as_visible_escapes()
    {
        using var dir = new TempDir();
        var evil = "\u001b]0;pwned\u0007\u001b[2J\n3 case(s) assessed, 0 line(s) with problems\u202e\b\u007f\0";
        var line = "{\"caseId\":\"C\\u001b[31m-1\",\"firstSickDay\":\"2025-01-06\"," + JsonString(evil) + ":1}";
        var path = dir.File("cases.jsonl", line + "\n" + Batches.Case(2) + "\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--no-text");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().NotContainAny("\u001b", "\u0007", "\u202e", "\b", "\u007f", "\0");
        result.Stderr.Should().Contain("line 1 (case 'C\\u001b[31m-1'): $['\\u001b]0;pwned\\u0007\\u001b[2J\\n3 case(s)");
        // The forged summary never starts a line of its own.
        result.Stderr.Split(Environment.NewLine).Should().NotContain(l => l.StartsWith("3 case(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ten_megabyte_property_name_gives_a_short_message()
    {
        using var dir = new TempDir();
        var line = "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"" + new string('x', 10_000_000) + "\":1}";
        var path = dir.File("cases.jsonl", line + "\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--max-case-bytes", "20000000");

        result.ExitCode.Should().Be(2);
        result.Stderr.Length.Should().BeLessThan(2_000);
        result.Stderr.Should().Contain("unknown property 'xxxxxxxxxx");
    }

    private static string JsonString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c is < ' ' or '"' or '\\' or '\u007f' or '\u202e' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return sb.Append('"').ToString();
    }

    /// <summary>A readable stream that calls back once a given number of bytes has been read, and counts what was read.</summary>
    private sealed class CallbackStream(byte[] bytes, int callbackAt, Action callback) : Stream
    {
        private bool _called;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, 4096), bytes.Length - BytesRead);
            Array.Copy(bytes, BytesRead, buffer, offset, n);
            BytesRead += n;
            if (!_called && BytesRead >= callbackAt)
            {
                _called = true;
                callback();
            }

            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A pipe whose reader goes away after some bytes: later writes fail with EPIPE, as on Unix.</summary>
    private sealed class BrokenPipeStream(int afterBytes) : WriteOnlyStream
    {
        private long _written;

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_written + count > afterBytes)
            {
                throw new IOException("Broken pipe", 32);
            }

            _written += count;
        }
    }

    private sealed class ThrowingStream(Exception error) : WriteOnlyStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw error;
    }

    private abstract class WriteOnlyStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Standard error after <c>2&gt;&amp;-</c>: every write fails.</summary>
    private sealed class ClosedWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("Bad file descriptor");

        public override void Write(string? value) => throw new IOException("Bad file descriptor");

        public override void WriteLine(string? value) => throw new IOException("Bad file descriptor");
    }
}
