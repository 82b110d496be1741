using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using Poortwachter.Server.Endpoints;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>The splitter of the batch body, fed the pieces a network read gives, split anywhere.</summary>
public sealed class LineSplitterTests
{
    /// <summary>Feeds the pieces as a pipe would: what was not consumed comes again, with the next piece after it.</summary>
    private static List<string> Split(int maxLineBytes, params string[] pieces)
    {
        var splitter = new LineSplitter(maxLineBytes);
        var sink = new Sink();
        var pending = Array.Empty<byte>();
        for (var i = 0; i < pieces.Length; i++)
        {
            var buffer = new ReadOnlySequence<byte>([.. pending, .. Encoding.UTF8.GetBytes(pieces[i])]);
            var consumed = splitter.Take(buffer, isFinal: i == pieces.Length - 1, sink, out var paused);
            paused.Should().BeFalse();
            pending = buffer.Slice(consumed).ToArray();
        }

        pending.Should().BeEmpty("the last piece ends the body");
        return sink.Lines;
    }

    [Fact]
    public void Lines_end_at_LF_CRLF_or_a_lone_CR_also_when_the_ending_is_split_over_two_pieces()
    {
        Split(100, "a\r", "\nb\r", "c\n", "\r\n", "d").Should().Equal("1:a", "2:b", "3:c", "4:", "5:d");
    }

    [Fact]
    public void A_CR_at_the_end_of_a_piece_followed_by_the_end_of_the_body_ends_the_line()
    {
        Split(100, "a\r", "").Should().Equal("1:a");
    }

    [Fact]
    public void A_line_split_over_many_pieces_comes_out_whole()
    {
        Split(100, "{\"ca", "seId\"", ":1}", "\n").Should().Equal("1:{\"caseId\":1}");
    }

    [Fact]
    public void A_line_over_the_limit_is_counted_not_kept_and_the_next_line_is_read()
    {
        Split(5, "123", "4567", "89\nok\n", "").Should().Equal("1:oversize 9", "2:ok");
    }

    [Fact]
    public void A_line_of_exactly_the_limit_is_kept()
    {
        Split(5, "12345\n123456\n").Should().Equal("1:12345", "2:oversize 6");
    }

    [Fact]
    public void The_sink_can_pause_the_splitter_between_lines()
    {
        var splitter = new LineSplitter(100);
        var sink = new Sink { PauseAfterEach = true };
        var buffer = new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes("a\nb\nc"));

        var first = splitter.Take(buffer, isFinal: true, sink, out var paused);

        paused.Should().BeTrue();
        sink.Lines.Should().Equal("1:a");
        buffer = buffer.Slice(first);
        splitter.Take(buffer, isFinal: true, sink, out _);
        sink.Lines.Should().Equal("1:a", "2:b");
    }

    private sealed class Sink : ILineSink
    {
        public List<string> Lines { get; } = [];

        public bool PauseAfterEach { get; init; }

        public bool Line(long number, ReadOnlySequence<byte> line)
        {
            Lines.Add($"{number}:{Encoding.UTF8.GetString(line.ToArray())}");
            return !PauseAfterEach;
        }

        public bool Oversize(long number, long size)
        {
            Lines.Add($"{number}:oversize {size}");
            return !PauseAfterEach;
        }
    }
}
