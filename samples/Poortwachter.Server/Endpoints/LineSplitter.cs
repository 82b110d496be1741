using System;
using System.Buffers;

namespace Poortwachter.Server.Endpoints;

/// <summary>
/// Splits a body that arrives in pieces into lines, as the command's batch mode does: a line ends at LF, CR LF or a
/// lone CR, and a line longer than the maximum is not kept but skipped to its end and reported by its length, so one
/// oversized line costs no memory and does not stop the batch. It keeps its state between pieces.
/// </summary>
internal sealed class LineSplitter
{
    private readonly int _maxLineBytes;
    private long _line;
    private bool _skipping;
    private long _skipped;
    private bool _pendingLf;

    /// <summary>Initializes a splitter.</summary>
    /// <param name="maxLineBytes">The longest line kept, in bytes (its line ending not counted).</param>
    public LineSplitter(int maxLineBytes) => _maxLineBytes = maxLineBytes;

    /// <summary>Gets the number of the last line handed out, from 1; 0 before the first.</summary>
    public long LastLine => _line;

    /// <summary>
    /// Hands out the complete lines of <paramref name="buffer"/> to <paramref name="sink"/> until it is out of lines or
    /// the sink asks for a pause.
    /// </summary>
    /// <param name="buffer">What has arrived and is not consumed yet.</param>
    /// <param name="isFinal">Whether nothing follows: the rest after the last line ending is a line too.</param>
    /// <param name="sink">Takes each line.</param>
    /// <param name="paused">Set when the sink asked for a pause before the lines ran out: call again with the rest.</param>
    /// <returns>The position up to which the buffer is consumed.</returns>
    public SequencePosition Take(ReadOnlySequence<byte> buffer, bool isFinal, ILineSink sink, out bool paused)
    {
        paused = false;
        var reader = new SequenceReader<byte>(buffer);
        if (_pendingLf)
        {
            // The last line ended in a CR at the end of what had arrived: an LF right after it belongs to that ending.
            if (reader.End && !isFinal)
            {
                return buffer.Start;
            }

            _pendingLf = false;
            reader.IsNext((byte)'\n', advancePast: true);
        }

        while (reader.TryReadToAny(out ReadOnlySequence<byte> line, "\r\n"u8, advancePastDelimiter: false))
        {
            reader.TryRead(out var ending);
            if (ending == (byte)'\r')
            {
                if (reader.End)
                {
                    _pendingLf = true;
                }
                else
                {
                    reader.IsNext((byte)'\n', advancePast: true);
                }
            }

            if (!Emit(line, sink))
            {
                paused = true;
                return reader.Position;
            }
        }

        var rest = reader.UnreadSequence;
        if (isFinal)
        {
            if (rest.Length > 0 || _skipping)
            {
                Emit(rest, sink);
            }

            return buffer.End;
        }

        if (_skipping || rest.Length > _maxLineBytes)
        {
            // Too long to keep: forget what we have of it and count it instead.
            _skipping = true;
            _skipped += rest.Length;
            return buffer.End;
        }

        return reader.Position;
    }

    private bool Emit(ReadOnlySequence<byte> line, ILineSink sink)
    {
        var number = ++_line;
        if (_skipping || line.Length > _maxLineBytes)
        {
            var size = _skipped + line.Length;
            _skipping = false;
            _skipped = 0;
            return sink.Oversize(number, size);
        }

        return sink.Line(number, line);
    }
}
