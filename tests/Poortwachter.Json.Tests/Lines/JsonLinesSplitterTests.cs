using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using Poortwachter.Json.Lines;
using Xunit;

namespace Poortwachter.Json.Tests.Lines;

/// <summary>The splitter of JSON Lines that arrive in pieces, fed the pieces a network read gives, split anywhere.</summary>
public sealed class JsonLinesSplitterTests
{
    [Fact]
    public void Lines_end_at_LF_CRLF_or_a_lone_CR_also_when_the_ending_is_split_over_two_pieces()
    {
        Split(100, "a\r", "\nb\r", "c\n", "\r\n", "d").Should().Equal("1:a", "2:b", "3:c", "4:", "5:d");
    }

    [Fact]
    public void A_CR_at_the_end_of_a_piece_followed_by_the_end_of_the_input_ends_the_line()
    {
        Split(100, "a\r", "").Should().Equal("1:a");
    }

    [Fact]
    public void A_last_line_without_an_ending_is_a_line_and_an_input_ending_in_a_line_ending_has_no_empty_line_after_it()
    {
        Split(100, "a\nb").Should().Equal("1:a", "2:b");
        Split(100, "a\nb\n").Should().Equal("1:a", "2:b");
        Split(100, "").Should().BeEmpty();
        Split(100, "\n").Should().Equal("1:");
    }

    [Fact]
    public void A_line_split_over_many_pieces_comes_out_whole()
    {
        Split(100, "{\"ca", "seId\"", ":1}", "\n").Should().Equal("1:{\"caseId\":1}");
    }

    [Fact]
    public void A_line_over_the_limit_is_counted_not_kept_and_the_next_line_is_read()
    {
        // 9 bytes "123456789" against a limit of 5: skipped once more than 5 bytes are waiting, counted to its end.
        Split(5, "123", "4567", "89\nok\n", "").Should().Equal("1:oversize 9", "2:ok");
    }

    [Fact]
    public void A_line_over_the_limit_at_the_end_of_the_input_without_an_ending_is_counted()
    {
        Split(5, "ok\n1234", "56789").Should().Equal("1:ok", "2:oversize 9");
    }

    [Fact]
    public void A_line_of_exactly_the_limit_is_kept()
    {
        Split(5, "12345\n123456\n").Should().Equal("1:12345", "2:oversize 6");
    }

    [Fact]
    public void A_skipped_line_is_not_kept_in_the_buffer_the_caller_holds()
    {
        var splitter = new JsonLinesSplitter(5);
        var buffer = Sequence("1234567");

        splitter.TryRead(ref buffer, isFinal: false, out _).Should().BeFalse();

        buffer.Length.Should().Be(0, "the 7 bytes over the limit are counted and given back, not carried");
        buffer = Sequence("8\n");
        splitter.TryRead(ref buffer, isFinal: true, out var line).Should().BeTrue();
        line.IsOversize.Should().BeTrue();
        line.Length.Should().Be(8);
        line.Bytes.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void The_caller_can_stop_between_lines_and_go_on_with_the_rest()
    {
        var splitter = new JsonLinesSplitter(100);
        var buffer = Sequence("a\nb\nc");

        splitter.TryRead(ref buffer, isFinal: true, out var first).Should().BeTrue();

        Text(first).Should().Be("a");
        Encoding.UTF8.GetString(buffer.ToArray()).Should().Be("b\nc");
        splitter.LastLine.Should().Be(1);
        splitter.TryRead(ref buffer, isFinal: true, out var second).Should().BeTrue();
        Text(second).Should().Be("b");
    }

    [Fact]
    public void Lines_across_segments_and_empty_segments_come_out_whole()
    {
        var buffer = Segments("{\"a\"", "", ":1}\r", "", "\n{}", "\r");
        var splitter = new JsonLinesSplitter(100);
        var lines = new List<string>();
        while (splitter.TryRead(ref buffer, isFinal: true, out var line))
        {
            lines.Add(Text(line));
        }

        lines.Should().Equal("{\"a\":1}", "{}");
    }

    [Fact]
    public void A_byte_order_mark_is_left_in_the_first_line_for_the_case_reader_to_skip()
    {
        var buffer = new ReadOnlySequence<byte>([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}']);

        new JsonLinesSplitter(100).TryRead(ref buffer, isFinal: true, out var line).Should().BeTrue();

        line.Bytes.ToArray().Should().Equal(0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}');
    }

    [Fact]
    public void Blank_lines_are_lines_with_a_number_and_blank_holds_spaces_and_tabs_only()
    {
        var splitter = new JsonLinesSplitter(100);
        var buffer = Sequence(" \t\n\n x\n");
        var blank = new List<bool>();
        while (splitter.TryRead(ref buffer, isFinal: true, out var line))
        {
            blank.Add(line.IsBlank);
        }

        blank.Should().Equal(true, true, false);
        splitter.LastLine.Should().Be(3);
    }

    [Fact]
    public void A_limit_below_one_byte_is_refused()
    {
        var act = () => new JsonLinesSplitter(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxLineBytes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_way_of_cutting_an_input_into_pieces_gives_the_lines_a_plain_split_gives(int seed)
    {
        // The reference: split at CR LF, lone CR or LF, no empty line after a final ending; lines over 6 bytes oversize.
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var input = RandomInput(random, "ab{}\r\n ");
            var pieces = Cut(input, random);

            Split(6, pieces)
                .Should()
                .Equal(Reference(input, 6), $"the input {Escape(input)} cut as {string.Join("|", pieces.Select(Escape))}");
        }
    }

    /// <summary>What a plain split of the whole input gives, as the splitter writes it.</summary>
    internal static List<string> Reference(string input, int maxLineBytes)
    {
        var parts = input.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();
        if (parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return [.. parts.Select((p, i) => p.Length > maxLineBytes ? $"{i + 1}:oversize {p.Length}" : $"{i + 1}:{p}")];
    }

    /// <summary>Up to 40 characters of the alphabet, line endings among them.</summary>
    internal static string RandomInput(Random random, string alphabet) =>
        new([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    internal static string[] Cut(string input, Random random)
    {
        var pieces = new List<string>();
        var at = 0;
        while (at < input.Length)
        {
            var length = Math.Min(random.Next(0, 6), input.Length - at);
            pieces.Add(input.Substring(at, length));
            at += length;
        }

        pieces.Add(string.Empty);
        return [.. pieces];
    }

    /// <summary>Feeds the pieces as a pipe would: what was not consumed comes again, with the next piece after it.</summary>
    private static List<string> Split(int maxLineBytes, params string[] pieces)
    {
        var splitter = new JsonLinesSplitter(maxLineBytes);
        var lines = new List<string>();
        var pending = Array.Empty<byte>();
        for (var i = 0; i < pieces.Length; i++)
        {
            var buffer = new ReadOnlySequence<byte>([.. pending, .. Encoding.UTF8.GetBytes(pieces[i])]);
            while (splitter.TryRead(ref buffer, isFinal: i == pieces.Length - 1, out var line))
            {
                lines.Add(line.IsOversize ? $"{line.Number}:oversize {line.Length}" : $"{line.Number}:{Text(line)}");
            }

            pending = buffer.ToArray();
        }

        pending.Should().BeEmpty("the last piece ends the input");
        return lines;
    }

    private static string Text(JsonLine line) => Encoding.UTF8.GetString(line.Bytes.ToArray());

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");

    private static ReadOnlySequence<byte> Sequence(string text) => new(Encoding.UTF8.GetBytes(text));

    private static ReadOnlySequence<byte> Segments(params string[] parts)
    {
        var first = new Segment(Encoding.UTF8.GetBytes(parts[0]), 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(Encoding.UTF8.GetBytes(part));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
