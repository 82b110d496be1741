using System;
using System.IO;
using System.Text;

namespace Poortwachter.Cli;

/// <summary>
/// Standard error that never throws: when it is closed (<c>2&gt;&amp;-</c>) or its reader went away, messages are
/// dropped and the command goes on and returns its exit code, instead of aborting the process. On a terminal, a
/// progress line shown (<see cref="StatusLine"/>) is erased before anything else is written.
/// </summary>
internal sealed class SafeErrorWriter(TextWriter inner, StatusLine? status = null) : TextWriter
{
    private bool _broken;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    public override string ToString() => inner.ToString() ?? string.Empty;

    private void Try(Action action)
    {
        if (_broken)
        {
            return;
        }

        try
        {
            if (status?.TakeErase() is { } erase)
            {
                inner.Write(erase);
            }

            action();
        }
        catch (IOException)
        {
            _broken = true;
        }
        catch (UnauthorizedAccessException)
        {
            _broken = true;
        }
        catch (ObjectDisposedException)
        {
            _broken = true;
        }
    }
}
