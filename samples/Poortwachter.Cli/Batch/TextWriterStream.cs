using System;
using System.IO;
using System.Text;

namespace Poortwachter.Cli.Batch;

/// <summary>A write-only stream that decodes UTF-8 onto a <see cref="TextWriter"/>, for in-process runs.</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        var needed = _decoder.GetCharCount(buffer, offset, count, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var n = _decoder.GetChars(buffer, offset, count, _chars, 0, flush: false);
        writer.Write(_chars, 0, n);
    }
}
