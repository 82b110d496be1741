using System;
using System.Buffers;

namespace Poortwachter.Json.Lines;

/// <summary>
/// Splits JSON Lines that arrive in pieces (a <c>System.IO.Pipelines</c> reader, a network body) into lines, keeping its
/// state between pieces. A line ends at LF, CR LF or a lone CR, also when the CR and the LF arrive in different pieces;
/// the last line needs no ending. A line longer than the maximum is not kept: it is skipped to its end and handed out
/// by its length only (<see cref="JsonLine.IsOversize"/>), so one oversized line costs no memory and does not stop the
/// input. <see cref="JsonLinesReader"/> reads a <see cref="System.IO.Stream"/> with it.
/// </summary>
/// <remarks>
/// Call <see cref="TryRead"/> with what has arrived and is not consumed yet; it slices the lines it hands out off the
/// front of the buffer. When it returns <see langword="false"/>, give the rest back (with a pipe:
/// <c>AdvanceTo(buffer.Start, buffer.End)</c>) and call again with that rest followed by what arrives next. One
/// instance reads one input; it is not thread-safe.
/// </remarks>
public sealed class JsonLinesSplitter
{
    private readonly int _maxLineBytes;
    private long _line;
    private bool _skipping;
    private long _skipped;
    private bool _pendingLf;

    /// <summary>The length of the front of the unconsumed rest already searched for a line ending without finding one.</summary>
    private long _searched;

    /// <summary>Initializes a splitter.</summary>
    /// <param name="maxLineBytes">The longest line kept, in bytes, its ending not counted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is not positive.</exception>
    public JsonLinesSplitter(int maxLineBytes)
    {
        if (maxLineBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLineBytes), maxLineBytes, "The longest line must be at least one byte.");
        }

        _maxLineBytes = maxLineBytes;
    }

    /// <summary>Gets the longest line kept, in bytes, its ending not counted.</summary>
    public int MaxLineBytes => _maxLineBytes;

    /// <summary>Gets the number of the last line handed out, from 1; 0 before the first.</summary>
    public long LastLine => _line;

    /// <summary>Hands out the next line of <paramref name="buffer"/>, when it holds a whole one.</summary>
    /// <param name="buffer">
    /// What has arrived and is not consumed yet; on return, what is left of it after the line (or, when a line is being
    /// skipped, nothing: the skipped bytes are counted, not kept).
    /// </param>
    /// <param name="isFinal">Whether nothing follows <paramref name="buffer"/>: the rest after the last line ending is a line too.</param>
    /// <param name="line">The line, when one was found.</param>
    /// <returns><see langword="true"/> when a line was handed out; <see langword="false"/> when more input is needed, or at the end.</returns>
    public bool TryRead(ref ReadOnlySequence<byte> buffer, bool isFinal, out JsonLine line)
    {
        line = default;
        if (_pendingLf)
        {
            // The last line ended in a CR at the end of what had arrived: an LF right after it belongs to that ending.
            if (buffer.IsEmpty && !isFinal)
            {
                return false;
            }

            _pendingLf = false;
            if (!buffer.IsEmpty && First(buffer) == (byte)'\n')
            {
                buffer = buffer.Slice(1);
            }
        }

        var at = IndexOfEnding(buffer, Math.Min(_searched, buffer.Length));
        if (at >= 0)
        {
            var rest = buffer.Slice(at);
            var ending = 1;
            if (First(rest) == (byte)'\r')
            {
                if (rest.Length == 1)
                {
                    _pendingLf = true;
                }
                else if (Second(rest) == (byte)'\n')
                {
                    ending = 2;
                }
            }

            line = Emit(buffer.Slice(0, at));
            buffer = rest.Slice(ending);
            return true;
        }

        if (isFinal)
        {
            if (buffer.Length > 0 || _skipping)
            {
                line = Emit(buffer);
                buffer = buffer.Slice(buffer.End);
                return true;
            }

            return false;
        }

        if (_skipping || buffer.Length > _maxLineBytes)
        {
            // Too long to keep: forget what we have of it and count it instead.
            _skipping = true;
            _skipped += buffer.Length;
            _searched = 0;
            buffer = buffer.Slice(buffer.End);
            return false;
        }

        _searched = buffer.Length;
        return false;
    }

    private JsonLine Emit(ReadOnlySequence<byte> bytes)
    {
        _searched = 0;
        var number = ++_line;
        if (_skipping || bytes.Length > _maxLineBytes)
        {
            var size = _skipped + bytes.Length;
            _skipping = false;
            _skipped = 0;
            return new JsonLine(number, ReadOnlySequence<byte>.Empty, size, isOversize: true);
        }

        return new JsonLine(number, bytes, bytes.Length, isOversize: false);
    }

    /// <summary>The offset of the first LF or CR at or after <paramref name="from"/>; -1 when there is none.</summary>
    private static long IndexOfEnding(ReadOnlySequence<byte> buffer, long from)
    {
        if (buffer.IsSingleSegment)
        {
            var found = buffer.First.Span.Slice((int)from).IndexOfAny((byte)'\n', (byte)'\r');
            return found < 0 ? -1 : from + found;
        }

        long offset = 0;
        foreach (var segment in buffer)
        {
            var span = segment.Span;
            if (offset + span.Length > from)
            {
                var skip = (int)Math.Max(0, from - offset);
                var found = span.Slice(skip).IndexOfAny((byte)'\n', (byte)'\r');
                if (found >= 0)
                {
                    return offset + skip + found;
                }
            }

            offset += span.Length;
        }

        return -1;
    }

    /// <summary>The first byte of a buffer that is not empty (a segment of it may be).</summary>
    private static byte First(ReadOnlySequence<byte> buffer)
    {
        if (buffer.First.Length > 0)
        {
            return buffer.First.Span[0];
        }

        foreach (var segment in buffer)
        {
            if (segment.Length > 0)
            {
                return segment.Span[0];
            }
        }

        throw new InvalidOperationException("The buffer is empty.");
    }

    private static byte Second(ReadOnlySequence<byte> buffer) => buffer.First.Length > 1 ? buffer.First.Span[1] : First(buffer.Slice(1));
}
