using System;
using System.IO;
using System.Text;
using Poortwachter.Json;

namespace Poortwachter.Cli.Files;

/// <summary>
/// Where <c>assess</c> and <c>demo</c> write. A file is written atomically: to a temporary file beside it, renamed
/// over the target only when <see cref="Commit"/> is called, so a failed, empty or interrupted run leaves the
/// previous file as it was. A special file (<c>/dev/null</c>, a FIFO) is written directly; standard output is
/// written as the run goes.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CliContext _context;
    private readonly string? _target;
    private readonly string? _temporary;
    private Stream? _stream;
    private bool _committed;

    private OutputTarget(CliContext context, string? shown, string? target, string? temporary, Stream? stream)
    {
        _context = context;
        Name = shown ?? "standard output";
        _target = target;
        _temporary = temporary;
        _stream = stream;
    }

    /// <summary>Gets the output's name for messages.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether this is standard output.</summary>
    public bool IsStandardOutput => _target is null;

    /// <summary>Gets a value indicating whether a failed run leaves the target untouched (a regular file, written atomically).</summary>
    public bool IsAtomic => _temporary is not null;

    /// <summary>
    /// Refuses an output that is an input: <c>--output</c> naming the input file, or standard output redirected onto it
    /// (<c>assess cases.jsonl &gt;&gt; cases.jsonl</c> would read its own output without end; a command that reads
    /// everything first would replace the cases by its report). A command with more than one input calls this for each,
    /// before it reads anything.
    /// </summary>
    /// <param name="context">The command's context.</param>
    /// <param name="path">The <c>--output</c> value; <see langword="null"/> or <c>-</c> for standard output.</param>
    /// <param name="input">The input file, when it is one.</param>
    /// <param name="inputName">The input's name in messages.</param>
    /// <exception cref="CliInputException">The output is the input.</exception>
    public static void RefuseInput(CliContext context, string? path, FileIdentity? input, string inputName)
    {
        if (input is not { } source)
        {
            return;
        }

        if (path is null or "-")
        {
            if (source.IsRegular && context.Descriptor(1) is { IsRegular: true } stdout && stdout.SameFileAs(source))
            {
                throw new CliInputException(
                    $"poortwachter: standard output is the input {inputName} itself: writing there would destroy the cases. Redirect the output to another file; nothing was written."
                );
            }

            return;
        }

        if (path.Length > 0 && FileIdentity.OfPath(Paths.Resolve(path)) is { } target && target.SameFileAs(source))
        {
            throw new CliInputException(
                $"poortwachter: --output {SafeText.Visible(path, 200)} is the input {inputName} itself: writing there would destroy the cases. Choose another output file; the input was not touched."
            );
        }
    }

    /// <summary>
    /// Checks the <c>--output</c> path and opens it: refused when it is the input (through any name), a directory, or
    /// in a directory that does not exist or cannot be written.
    /// </summary>
    /// <param name="context">The command's context.</param>
    /// <param name="path">The path; null or <c>-</c> for standard output.</param>
    /// <param name="input">What the input is on disk, when known.</param>
    /// <param name="inputName">The input's name for messages.</param>
    /// <returns>The target.</returns>
    /// <exception cref="CliInputException">The path cannot be used.</exception>
    public static OutputTarget Open(CliContext context, string? path, FileIdentity? input, string inputName)
    {
        if (path is null or "-")
        {
            RefuseInput(context, path, input, inputName);
            return new OutputTarget(context, null, null, null, null);
        }

        var shown = SafeText.Visible(path, 200);
        if (path.Length == 0)
        {
            throw new CliInputException("poortwachter: --output: the file name is empty; give a path, or - for standard output.");
        }

        var resolved = Paths.Resolve(path);
        var existing = FileIdentity.OfPath(resolved);
        if (existing is { IsDirectory: true })
        {
            throw new CliInputException($"poortwachter: --output {shown} is a directory; give a file name.");
        }

        RefuseInput(context, path, input, inputName);

        var directory = Paths.DirectoryOf(resolved);
        if (!Directory.Exists(directory))
        {
            throw new CliInputException(
                $"poortwachter: --output {shown}: the directory {SafeText.Visible(directory, 200)} does not exist."
            );
        }

        if (existing is { IsRegular: false })
        {
            return new OutputTarget(
                context,
                shown,
                resolved,
                null,
                // A FIFO's open waits for a reader: that wait gives way to a signal.
                Create(() => StoppableOpen.Open(() => new FileStream(resolved, FileMode.Open, FileAccess.Write), context.Stop), shown)
            );
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(resolved)}.{Guid.NewGuid():N}.tmp");
        // Listed before it exists, so a signal that ends the process while it is created still has it removed.
        context.Temporaries.Add(temporary);
        Stream stream;
        try
        {
            stream = Create(() => new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), shown);
        }
        catch
        {
            context.Temporaries.Remove(temporary);
            throw;
        }

        return new OutputTarget(context, shown, resolved, temporary, stream);
    }

    /// <summary>Opens the target as bytes (standard output as the context's raw stream, or through its text writer).</summary>
    /// <returns>The stream; owned by this target.</returns>
    public Stream OpenStream()
    {
        if (_stream is not null)
        {
            return _stream;
        }

        _context.Output.Flush();
        _stream = _context.OpenRawOutput is { } open ? open() : new Batch.TextWriterStream(_context.Output);
        return _stream;
    }

    /// <summary>Runs a text writer over the target: the context's output (with colour, if any) for standard output.</summary>
    /// <param name="write">Writes the text; its argument says whether colour may be used.</param>
    /// <remarks>
    /// Unless the output is a file written atomically or a terminal, the text is made whole first and then written, so a
    /// renderer that fails half-way writes nothing.
    /// </remarks>
    public void WriteText(Action<TextWriter, bool> write)
    {
        if (IsStandardOutput)
        {
            if (_context.Colour)
            {
                // A terminal: the renderer asks it for its width, so it writes there itself.
                write(_context.Output, true);
            }
            else
            {
                using var text = new TextBuffer(_context.Output) { NewLine = _context.Output.NewLine };
                write(text, false);
                _context.Output.Write(text.ToString());
            }

            _context.Output.Flush();
            return;
        }

        if (IsAtomic)
        {
            var writer = new StreamWriter(OpenStream(), Utf8NoBom, 1 << 16, leaveOpen: true);
            write(writer, false);
            writer.Flush();
            return;
        }

        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, Utf8NoBom, 1 << 16, leaveOpen: true))
        {
            write(writer, false);
        }

        bytes.Position = 0;
        bytes.CopyTo(OpenStream());
    }

    /// <summary>Text gathered for a writer: it says the writer's encoding, so the renderer writes as it would there.</summary>
    private sealed class TextBuffer(TextWriter target) : StringWriter(target.FormatProvider)
    {
        public override Encoding Encoding => target.Encoding;
    }

    /// <summary>Says, for a message, why writing failed: a closed standard output, a reader that went away, or the file's own error.</summary>
    /// <param name="error">What writing threw.</param>
    /// <returns>A clause such as "standard output is closed".</returns>
    public string WhyNotWritten(Exception error)
    {
        if (IsStandardOutput)
        {
            return error switch
            {
                UnauthorizedAccessException => "standard output is closed, so nothing can be written",
                IOException { HResult: BrokenPipe } => "the reader of standard output went away (broken pipe)",
                _ => $"standard output could not be written ({SafeText.Visible(error.Message, 200)})",
            };
        }

        return $"{Name} could not be written ({SafeText.Visible(error.Message, 200)})";
    }

    /// <summary>The error number of a write to a pipe that nobody reads any more (EPIPE), as .NET reports it on Unix.</summary>
    private const int BrokenPipe = 32;

    /// <summary>Finishes the output: flushed to disk and, for a file, renamed over the target.</summary>
    public void Commit()
    {
        if (_stream is FileStream file)
        {
            file.Flush(flushToDisk: _temporary is not null);
        }
        else
        {
            _stream?.Flush();
        }

        if (_temporary is null || _target is null)
        {
            _committed = true;
            return;
        }

        _stream?.Dispose();
        _stream = null;
        if (!OperatingSystem.IsWindows() && File.Exists(_target))
        {
            try
            {
                File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
            }
            catch (IOException)
            {
                // Keeping the old file's permissions is a courtesy, not a requirement.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }

        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
        _context.Temporaries.Remove(_temporary);
    }

    /// <summary>Closes the output; a file that was not committed is removed and the target keeps what it had.</summary>
    public void Dispose()
    {
        if (_target is null)
        {
            // Standard output belongs to the process; flush what was written.
            try
            {
                _stream?.Flush();
            }
            catch (IOException)
            {
                // A closed pipe: nothing more can be written anyway.
            }

            return;
        }

        try
        {
            _stream?.Dispose();
        }
        catch (IOException)
        {
            // A full disk shows here; the temporary file is removed below.
        }

        _stream = null;
        if (!_committed && _temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (IOException)
            {
                // Best effort.
            }
            catch (UnauthorizedAccessException)
            {
                // Best effort.
            }

            _context.Temporaries.Remove(_temporary);
        }
    }

    private static Stream Create(Func<Stream> open, string shown)
    {
        try
        {
            return open();
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliInputException($"poortwachter: --output {shown}: permission denied, it cannot be written.", ex);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"poortwachter: --output {shown}: cannot be written ({SafeText.Visible(ex.Message, 200)}).", ex);
        }
    }
}
