using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Poortwachter.Json.Lines;
using Xunit;

namespace Poortwachter.Json.Tests.Lines;

/// <summary>The stream reader of JSON Lines: whole lines out of a stream that gives its bytes in any amounts.</summary>
public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Lines_end_at_LF_CRLF_or_a_lone_CR_also_when_the_stream_gives_one_byte_at_a_time()
    {
        Read("a\r\nb\rc\n\r\nd", maxLineBytes: 100, chunk: 1).Should().Equal("1:a", "2:b", "3:c", "4:", "5:d");
    }

    [Fact]
    public void A_CR_as_the_last_byte_of_the_stream_ends_the_last_line()
    {
        Read("a\nb\r", maxLineBytes: 100, chunk: 1).Should().Equal("1:a", "2:b");
    }

    [Fact]
    public void An_empty_stream_has_no_line()
    {
        var reader = new JsonLinesReader(new MemoryStream(), 100);

        reader.TryRead(out _).Should().BeFalse();
        reader.LastLine.Should().Be(0);
    }

    [Fact]
    public void A_line_far_longer_than_the_limit_is_counted_to_its_end_and_the_next_line_is_read()
    {
        // 3,000,000 bytes of 'x' against a limit of 1,000: oversize 3,000,000, then "ok".
        var bytes = Encoding.ASCII.GetBytes(new string('x', 3_000_000) + "\nok");
        var reader = new JsonLinesReader(new MemoryStream(bytes), 1000);

        reader.TryRead(out var first).Should().BeTrue();
        first.IsOversize.Should().BeTrue();
        first.Length.Should().Be(3_000_000);
        reader.TryRead(out var second).Should().BeTrue();
        Encoding.ASCII.GetString(second.Bytes.ToArray()).Should().Be("ok");
        second.Number.Should().Be(2);
        reader.TryRead(out _).Should().BeFalse();
    }

    [Fact]
    public void A_line_longer_than_the_first_buffer_but_within_the_limit_is_kept_whole_in_one_segment()
    {
        var text = new string('y', 200_000);
        var reader = new JsonLinesReader(new MemoryStream(Encoding.ASCII.GetBytes(text + "\r\n")), 1 << 20);

        reader.TryRead(out var line).Should().BeTrue();

        line.Bytes.IsSingleSegment.Should().BeTrue();
        line.Length.Should().Be(200_000);
        Encoding.ASCII.GetString(line.Bytes.ToArray()).Should().Be(text);
    }

    [Fact]
    public void What_the_stream_throws_reaches_the_caller()
    {
        var reader = new JsonLinesReader(new Failing(), 100);

        var act = () => reader.TryRead(out _);

        act.Should().Throw<IOException>().WithMessage("the disk went away");
    }

    [Fact]
    public void A_null_stream_is_refused()
    {
        var act = () => new JsonLinesReader(null!, 100);

        act.Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Any_input_read_in_any_amounts_gives_the_lines_a_plain_split_gives(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var input = JsonLinesSplitterTests.RandomInput(random, "ab{}\r\n\t");
            var chunk = random.Next(1, 8);

            Read(input, maxLineBytes: 6, chunk).Should().Equal(JsonLinesSplitterTests.Reference(input, 6), $"chunks of {chunk}");
        }
    }

    private static List<string> Read(string input, int maxLineBytes, int chunk)
    {
        var reader = new JsonLinesReader(new Trickle(Encoding.UTF8.GetBytes(input), chunk), maxLineBytes);
        var lines = new List<string>();
        while (reader.TryRead(out var line))
        {
            lines.Add(
                line.IsOversize ? $"{line.Number}:oversize {line.Length}" : $"{line.Number}:{Encoding.UTF8.GetString(line.Bytes.ToArray())}"
            );
        }

        return lines;
    }

    /// <summary>A stream that gives at most a few bytes per read, as a pipe may.</summary>
    private sealed class Trickle(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }

    private sealed class Failing : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the disk went away");
    }
}
