using System;
using System.IO;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Text;

namespace Poortwachter.Cli.Input;

/// <summary>
/// The input of <c>assess</c>, opened and read once: a file, a FIFO, <c>/dev/stdin</c> or <c>-</c> (standard input).
/// It decides whether the input is one case or JSON Lines from its name, the <c>--batch</c> flag or, failing those,
/// the document itself, and hands out either the case document or a stream of lines.
/// </summary>
internal sealed class CaseInput : IDisposable
{
    private readonly Stream _stream;
    private bool _handedOver;

    private CaseInput(string name, FileIdentity? identity, Stream stream)
    {
        Name = name;
        Identity = identity;
        _stream = stream;
    }

    /// <summary>Gets the input's name for messages: the path as given (made safe to show), or "standard input".</summary>
    public string Name { get; }

    /// <summary>Gets what the input is on disk, when known, so the output can be checked against it.</summary>
    public FileIdentity? Identity { get; }

    /// <summary>Gets the shape decided by <see cref="Prepare"/>.</summary>
    public InputShape Shape { get; private set; }

    /// <summary>Gets, when the shape was inferred from the content, a line for standard error that says so; else null.</summary>
    public string? InferredNote { get; private set; }

    /// <summary>Gets the whole document when the input is one case.</summary>
    public ReadOnlyMemory<byte> Document { get; private set; }

    /// <summary>Opens the input named on the command line.</summary>
    /// <param name="context">The command's context (standard input comes from it).</param>
    /// <param name="path">The path, or <c>-</c> for standard input.</param>
    /// <returns>The opened input.</returns>
    /// <exception cref="CliInputException">The input cannot be read.</exception>
    public static CaseInput Open(CliContext context, string path)
    {
        if (path == "-")
        {
            var identity = context.Descriptor(0);
            return new CaseInput("standard input", identity, Stoppable(context, identity, context.OpenStandardInput()));
        }

        var shown = SafeText.Visible(path, 200);
        if (path.Length == 0)
        {
            throw new CliInputException("poortwachter: the case file name is empty; give a path, or - for standard input.");
        }

        if (Directory.Exists(path))
        {
            throw new CliInputException($"poortwachter: {shown} is a directory, not a case file.");
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"poortwachter: {shown}: no such file.");
        }

        try
        {
            // A FIFO's open waits for a writer: that wait gives way to a signal as a read does.
            var identity = FileIdentity.OfPath(path);
            FileStream OpenFile() => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var stream = identity is { IsRegular: true } ? OpenFile() : StoppableOpen.Open(OpenFile, context.Stop);
            return new CaseInput(shown, identity, Stoppable(context, identity, stream));
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliInputException($"poortwachter: {shown}: permission denied, the file cannot be read.", ex);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"poortwachter: {shown}: cannot be read ({SafeText.Visible(ex.Message, 200)}).", ex);
        }
    }

    /// <summary>
    /// A pipe, FIFO or terminal (anything but a regular file) is read so that a signal stops a read that waits for
    /// input (<see cref="StoppableStream"/>); a regular file never waits, and is read directly.
    /// </summary>
    private static Stream Stoppable(CliContext context, FileIdentity? identity, Stream stream) =>
        context.Stop.CanBeCanceled && identity is not { IsRegular: true } ? new StoppableStream(stream, context.Stop) : stream;

    /// <summary>
    /// Reads as much of the input as needed to decide its shape: by the <c>--batch</c> flag or a <c>.jsonl</c> /
    /// <c>.ndjson</c> name without reading; else from the first <paramref name="maxCaseBytes"/> bytes.
    /// </summary>
    /// <param name="path">The path as given, for its extension.</param>
    /// <param name="batch">Whether <c>--batch</c> was given.</param>
    /// <param name="maxCaseBytes">The largest case document accepted.</param>
    /// <exception cref="CliInputException">The input is not UTF-8 text, is empty, or is one case larger than the maximum.</exception>
    public void Prepare(string path, bool batch, int maxCaseBytes)
    {
        if (batch || HasLinesExtension(path))
        {
            Shape = InputShape.JsonLines;
            return;
        }

        var buffer = new byte[Math.Min(maxCaseBytes + 1L, 1 << 16)];
        var length = 0;
        var complete = false;
        while (length <= maxCaseBytes)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxCaseBytes + 1L));
            }

            var n = _stream.Read(buffer, length, buffer.Length - length);
            if (n == 0)
            {
                complete = true;
                break;
            }

            length += n;
        }

        var head = buffer.AsSpan(0, length);
        if (Encodings.NotUtf8(head) is { } encoding)
        {
            throw new CliInputException($"poortwachter: {Name} {encoding}");
        }

        var (shape, reason) = InputSniffer.Detect(head, complete);
        Shape = shape;
        var expected = shape == InputShape.OneCase && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (!expected)
        {
            InferredNote =
                shape == InputShape.JsonLines
                    ? $"poortwachter: reading {Name} as JSON Lines, one case per line: {reason}. Pass --batch, or name the file .jsonl, to say so."
                    : $"poortwachter: reading {Name} as one case document: {reason}.";
        }

        if (shape == InputShape.OneCase)
        {
            if (!complete)
            {
                throw new CliInputException(
                    $"poortwachter: {Name} is larger than {maxCaseBytes:N0} bytes, the largest case document accepted (--max-case-bytes), and it is not JSON Lines; nothing was assessed."
                );
            }

            Document = buffer.AsMemory(0, length);
            return;
        }

        _lines = new PrefixedStream(buffer, length, _stream);
    }

    private Stream? _lines;

    /// <summary>Hands over the input as a stream of lines (the bytes read to decide its shape come first).</summary>
    /// <returns>The stream; the caller disposes it.</returns>
    public Stream TakeLines()
    {
        _handedOver = true;
        return _lines ?? _stream;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_handedOver)
        {
            _stream.Dispose();
        }
    }

    private static bool HasLinesExtension(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
}
