using System;
using System.IO;

namespace Poortwachter.Cli.Batch;

/// <summary>Reads a stream line by line as UTF-8 bytes, without decoding or copying each line.</summary>
internal sealed class LineReader(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private int _line;

    /// <summary>Reads the next line (without its '\n'); the bytes are valid until the next call.</summary>
    public bool TryRead(out ReadOnlyMemory<byte> line, out int number)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                number = ++_line;
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = _buffer.AsMemory(_start, _end - _start);
                    _start = _end;
                    number = ++_line;
                    return true;
                }

                line = ReadOnlyMemory<byte>.Empty;
                number = _line;
                return false;
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var n = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _eof = true;
            }
            else
            {
                _end += n;
            }
        }
    }
}
