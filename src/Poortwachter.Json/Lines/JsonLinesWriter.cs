using System;
using System.Buffers;
using System.IO;
using System.Text.Json;

namespace Poortwachter.Json.Lines;

/// <summary>
/// Writes JSON Lines whole: each line's JSON value is written to <see cref="Json"/>, kept in a buffer of the writer's
/// own, and only <see cref="EndLine"/> passes it, with its LF, to the output. A line that fails on the way is dropped
/// with <see cref="DiscardLine"/>, so the output never holds part of a line.
/// </summary>
/// <remarks>One instance writes one output; it is not thread-safe. The output is not flushed or disposed.</remarks>
public sealed class JsonLinesWriter : IDisposable
{
    private readonly Stream? _stream;
    private readonly IBufferWriter<byte>? _output;
    private readonly LineBuffer _line = new();

    /// <summary>Initializes a writer to a stream, with the compact options (<see cref="PoortwachterJson.CompactWriterOptions"/>).</summary>
    /// <param name="output">The stream each whole line is written to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public JsonLinesWriter(Stream output)
        : this(output, PoortwachterJson.CompactWriterOptions) { }

    /// <summary>Initializes a writer to a stream.</summary>
    /// <param name="output">The stream each whole line is written to.</param>
    /// <param name="options">The JSON writer's options; they may not be indented (a line holds one value on one line).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are indented.</exception>
    public JsonLinesWriter(Stream output, JsonWriterOptions options)
    {
        _stream = output ?? throw new ArgumentNullException(nameof(output));
        Json = new Utf8JsonWriter(_line, Checked(options));
    }

    /// <summary>Initializes a writer to a buffer writer (a <c>PipeWriter</c>, say), with the compact options.</summary>
    /// <param name="output">The buffer writer each whole line is written to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public JsonLinesWriter(IBufferWriter<byte> output)
        : this(output, PoortwachterJson.CompactWriterOptions) { }

    /// <summary>Initializes a writer to a buffer writer (a <c>PipeWriter</c>, say).</summary>
    /// <param name="output">The buffer writer each whole line is written to.</param>
    /// <param name="options">The JSON writer's options; they may not be indented (a line holds one value on one line).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are indented.</exception>
    public JsonLinesWriter(IBufferWriter<byte> output, JsonWriterOptions options)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        Json = new Utf8JsonWriter(_line, Checked(options));
    }

    /// <summary>Gets the JSON writer of the current line: write one JSON value to it, then call <see cref="EndLine"/>.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Gets the number of lines written to the output.</summary>
    public long LinesWritten { get; private set; }

    /// <summary>Passes the current line, its JSON value and an LF, to the output, and starts the next line.</summary>
    /// <returns>The bytes written to the output, the LF counted.</returns>
    /// <exception cref="InvalidOperationException">The current line holds no JSON value, or an unfinished one.</exception>
    public int EndLine()
    {
        if (Json.CurrentDepth != 0 || Json.BytesPending + _line.Count == 0)
        {
            throw new InvalidOperationException(
                "The line holds no JSON value, or an unfinished one: write one whole value before ending the line."
            );
        }

        Json.Flush();
        _line.Append((byte)'\n');
        var bytes = _line.Written;
        if (_stream is not null)
        {
            _stream.Write(_line.Array, 0, bytes.Length);
        }
        else
        {
            var target = _output!.GetSpan(bytes.Length);
            bytes.CopyTo(target);
            _output.Advance(bytes.Length);
        }

        var count = bytes.Length;
        _line.Clear();
        Json.Reset();
        LinesWritten++;
        return count;
    }

    /// <summary>Drops what was written of the current line; nothing of it reaches the output.</summary>
    public void DiscardLine()
    {
        Json.Reset();
        _line.Clear();
    }

    /// <inheritdoc/>
    public void Dispose() => Json.Dispose();

    private static JsonWriterOptions Checked(JsonWriterOptions options) =>
        options.Indented
            ? throw new ArgumentException("JSON Lines hold one value per line: the writer's options may not be indented.", nameof(options))
            : options;

    /// <summary>The current line's bytes: a growing array, kept between lines.</summary>
    private sealed class LineBuffer : IBufferWriter<byte>
    {
        private byte[] _bytes = new byte[4096];

        public int Count { get; private set; }

        public byte[] Array => _bytes;

        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Count);

        public void Advance(int count) => Count += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _bytes.AsMemory(Count);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _bytes.AsSpan(Count);
        }

        public void Append(byte b)
        {
            Ensure(1);
            _bytes[Count++] = b;
        }

        public void Clear()
        {
            Count = 0;
            if (_bytes.Length > 1 << 22)
            {
                // One very long line grew the buffer; give the memory back once it has passed.
                _bytes = new byte[4096];
            }
        }

        private void Ensure(int sizeHint)
        {
            var need = Count + Math.Max(sizeHint, 1);
            if (need > _bytes.Length)
            {
                System.Array.Resize(ref _bytes, Math.Max(need, _bytes.Length * 2));
            }
        }
    }
}
