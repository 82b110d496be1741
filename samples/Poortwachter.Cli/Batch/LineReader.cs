using System;
using System.IO;

namespace Poortwachter.Cli.Batch;

/// <summary>
/// Reads a stream line by line as UTF-8 bytes, without decoding or copying each line. A line ends at LF, CR LF or a
/// lone CR. A line longer than the maximum is not kept: it is skipped to its end and reported by its length, so one
/// oversized line costs no memory and does not stop the batch.
/// </summary>
internal sealed class LineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _scanned;
    private int _end;
    private bool _eof;
    private long _line;
    private bool _pendingLf;

    /// <summary>Initializes a reader.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="maxLineBytes">The longest line kept, in bytes (its line ending not counted).</param>
    public LineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[(int)Math.Min(1 << 16, maxLineBytes + 2L)];
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line without its ending, valid until the next call; empty when it was too long.</param>
    /// <param name="number">The line number, from 1.</param>
    /// <param name="oversize">The length in bytes of a line longer than the maximum, which is skipped; else -1.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    public bool TryRead(out ReadOnlyMemory<byte> line, out long number, out long oversize)
    {
        oversize = -1;
        long skipped = 0;
        if (_pendingLf)
        {
            // The last line ended in a CR at the end of what was read: an LF right after it belongs to that ending.
            _pendingLf = false;
            if (_start == _end && !_eof)
            {
                Fill();
            }

            if (_start < _end && _buffer[_start] == (byte)'\n')
            {
                _start++;
                _scanned = _start;
            }
        }

        while (true)
        {
            var found = _buffer.AsSpan(_scanned, _end - _scanned).IndexOfAny((byte)'\n', (byte)'\r');
            if (found >= 0)
            {
                var at = _scanned + found;
                var ending = 1;
                if (_buffer[at] == (byte)'\r')
                {
                    if (at + 1 < _end)
                    {
                        ending = _buffer[at + 1] == (byte)'\n' ? 2 : 1;
                    }
                    else
                    {
                        _pendingLf = true;
                    }
                }

                number = ++_line;
                line = Take(at - _start, skipped, out oversize);
                _start = _scanned = at + ending;
                return true;
            }

            _scanned = _end;
            if (_eof)
            {
                if (_end > _start || skipped > 0)
                {
                    number = ++_line;
                    line = Take(_end - _start, skipped, out oversize);
                    _start = _scanned = _end;
                    return true;
                }

                line = ReadOnlyMemory<byte>.Empty;
                number = _line;
                return false;
            }

            if (_end - _start > _maxLineBytes)
            {
                // Too long to keep: forget what we have of it and count it instead.
                skipped += _end - _start;
                _start = _scanned = _end = 0;
            }

            Fill();
        }
    }

    private ReadOnlyMemory<byte> Take(int length, long skipped, out long oversize)
    {
        if (skipped > 0 || length > _maxLineBytes)
        {
            oversize = skipped + length;
            return ReadOnlyMemory<byte>.Empty;
        }

        oversize = -1;
        return _buffer.AsMemory(_start, length);
    }

    /// <summary>Reads more of the stream into the buffer; sets the end of the stream when there is no more.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, _maxLineBytes + 2L));
        }

        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
            return;
        }

        _end += n;
    }
}
