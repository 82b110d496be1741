namespace Poortwachter.Cli;

/// <summary>
/// The one progress line on a terminal's standard error: drawn with a carriage return and an erase to the end of the line
/// (ANSI <c>ESC [ K</c>), cleared before any other message so messages never run into it. Not thread-safe: the command
/// writes standard error from one thread.
/// </summary>
internal sealed class StatusLine
{
    private const string Erase = "\r\u001b[K";

    /// <summary>Gets a value indicating whether the line is on the screen now.</summary>
    public bool IsShown { get; private set; }

    /// <summary>Draws the line in place of the one shown.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="text">The line, without a line break.</param>
    public void Show(System.IO.TextWriter error, string text)
    {
        // Through the safe writer: it clears the line shown, then writes the new one.
        error.Write(text);
        IsShown = true;
        error.Flush();
    }

    /// <summary>Removes the line from the screen, if shown.</summary>
    /// <param name="error">Standard error.</param>
    public void Clear(System.IO.TextWriter error)
    {
        if (IsShown)
        {
            error.Write(string.Empty);
        }
    }

    /// <summary>What to write before anything else when the line is shown: the erase, once.</summary>
    /// <returns>The erase, or null when the line is not shown.</returns>
    internal string? TakeErase()
    {
        if (!IsShown)
        {
            return null;
        }

        IsShown = false;
        return Erase;
    }
}
