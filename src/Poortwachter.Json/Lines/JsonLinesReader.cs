using System;
using System.Buffers;
using System.IO;

namespace Poortwachter.Json.Lines;

/// <summary>
/// Reads JSON Lines from a stream, line by line as UTF-8 bytes, without decoding them or copying each line: a line
/// ends at LF, CR LF or a lone CR, the last line needs no ending, and a line longer than the maximum is skipped to its
/// end and handed out by its length only (<see cref="JsonLine.IsOversize"/>). Memory stays bounded by the longest line
/// kept, whatever the size of the stream. The lines are split as <see cref="JsonLinesSplitter"/> splits them.
/// </summary>
/// <remarks>Reads block on the stream; one instance reads one stream and is not thread-safe. The stream is not disposed.</remarks>
public sealed class JsonLinesReader
{
    private const int FirstBufferBytes = 1 << 16;

    private readonly Stream _stream;
    private readonly JsonLinesSplitter _splitter;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Initializes a reader.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <param name="maxLineBytes">The longest line kept, in bytes, its ending not counted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is not positive.</exception>
    public JsonLinesReader(Stream stream, int maxLineBytes)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _splitter = new JsonLinesSplitter(maxLineBytes);
        _buffer = new byte[(int)Math.Min(FirstBufferBytes, maxLineBytes + 2L)];
    }

    /// <summary>Gets the number of the last line read, from 1; 0 before the first.</summary>
    public long LastLine => _splitter.LastLine;

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line; its <see cref="JsonLine.Bytes"/> are one segment of the reader's buffer, valid until the next call.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="IOException">The stream could not be read (as the stream throws it; other exceptions of the stream pass through too).</exception>
    public bool TryRead(out JsonLine line)
    {
        while (true)
        {
            var rest = new ReadOnlySequence<byte>(_buffer, _start, _end - _start);
            var found = _splitter.TryRead(ref rest, _eof, out line);
            _start = _end - (int)rest.Length;
            if (found)
            {
                return true;
            }

            if (_eof)
            {
                return false;
            }

            Fill();
        }
    }

    /// <summary>Reads more of the stream into the buffer; sets the end of the stream when there is no more.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, _splitter.MaxLineBytes + 2L));
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
