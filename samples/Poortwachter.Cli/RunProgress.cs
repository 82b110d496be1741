using System;
using System.Globalization;
using Poortwachter.Assessments;
using Poortwachter.Cli.Rendering;

namespace Poortwachter.Cli;

/// <summary>
/// The progress of a long run (<c>worklist</c>, <c>changes</c>, batch <c>assess</c>) on standard error, and its summary
/// line at the end (cases, bad lines, elapsed time), in the output's language. Only when standard error is a terminal
/// (<see cref="CliContext.ErrorIsTerminal"/>): otherwise it writes nothing at all, so a log or a pipe gets only the
/// messages it always got. The progress is one line redrawn in place (at most every <see cref="RedrawInterval"/>),
/// cleared before any other message on standard error (<see cref="SafeErrorWriter"/>).
/// </summary>
internal sealed class RunProgress : IDisposable
{
    /// <summary>The least time between two redraws of the progress line.</summary>
    public static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(200);

    private readonly CliContext? _context;
    private readonly TimeSpan _started;
    private TimeSpan _drawn;
    private long _cases;
    private long _bad;

    private RunProgress(CliContext? context)
    {
        _context = context;
        if (context is not null)
        {
            _started = context.Clock();
            _drawn = _started;
        }
    }

    /// <summary>Starts the progress of a run: a silent one when standard error is not a terminal.</summary>
    /// <param name="context">The command's context.</param>
    /// <returns>The progress.</returns>
    public static RunProgress Start(CliContext context) => new(context.ErrorIsTerminal ? context : null);

    /// <summary>Counts lines done: good cases and bad lines, and shows the counts when the last redraw is long enough ago.</summary>
    /// <param name="cases">The good cases to add.</param>
    /// <param name="bad">The bad lines to add.</param>
    public void Add(long cases, long bad) => Update(_cases + cases, _bad + bad);

    /// <summary>Shows the counts so far, when the last redraw is long enough ago.</summary>
    /// <param name="cases">The cases done so far.</param>
    /// <param name="bad">The bad lines so far.</param>
    public void Update(long cases, long bad)
    {
        if (_context is null)
        {
            return;
        }

        (_cases, _bad) = (cases, bad);

        var now = _context.Clock();
        if (now - _drawn < RedrawInterval)
        {
            return;
        }

        _drawn = now;
        var l = _context.Language;
        _context.StatusLine.Show(
            _context.Error,
            $"poortwachter: {Counts(cases, bad, l)}, {Elapsed(now - _started, l)}{l.Say(" so far", " tot nu toe")} ..."
        );
    }

    /// <summary>Ends the progress: clears its line and writes the summary line.</summary>
    /// <param name="cases">The cases done.</param>
    /// <param name="bad">The bad lines.</param>
    public void Finish(long cases, long bad)
    {
        if (_context is null)
        {
            return;
        }

        var l = _context.Language;
        _context.StatusLine.Clear(_context.Error);
        _context.Error.WriteLine(
            $"poortwachter: {l.Say("done", "klaar")}: {Counts(cases, bad, l)}{l.Say(", in ", ", in ")}{Elapsed(_context.Clock() - _started, l)}."
        );
    }

    /// <summary>Clears the progress line if it is still shown (a run that ended early).</summary>
    public void Dispose()
    {
        if (_context is not null)
        {
            _context.StatusLine.Clear(_context.Error);
        }
    }

    /// <summary>The counts in words: <c>1,234 cases, 1 bad line</c>, <c>1.234 zaken, 1 regel met problemen</c>.</summary>
    internal static string Counts(long cases, long bad, TextLanguage l) =>
        l.Say(
            $"{Number(cases, l)} {(cases == 1 ? "case" : "cases")}, {Number(bad, l)} {(bad == 1 ? "bad line" : "bad lines")}",
            $"{Number(cases, l)} {(cases == 1 ? "zaak" : "zaken")}, {Number(bad, l)} {(bad == 1 ? "regel" : "regels")} met problemen"
        );

    /// <summary>Elapsed time: <c>0.4 s</c>, <c>2 min 5 s</c>; a decimal comma in Dutch (<c>0,4 s</c>).</summary>
    internal static string Elapsed(TimeSpan elapsed, TextLanguage l)
    {
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        var text =
            elapsed.TotalSeconds < 60
                ? elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
                : string.Create(CultureInfo.InvariantCulture, $"{(long)elapsed.TotalMinutes} min {elapsed.Seconds} s");
        return l == TextLanguage.Dutch ? text.Replace('.', ',') : text;
    }

    private static string Number(long value, TextLanguage l)
    {
        var text = value.ToString("N0", CultureInfo.InvariantCulture);
        return l == TextLanguage.Dutch ? text.Replace(',', '.') : text;
    }
}
