using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Rendering;
using Poortwachter.Timeline;

namespace Poortwachter.Cli;

/// <summary>The edges of the program: where the command reads and writes, whether it may use colour, what day it is, and whether it was asked to stop.</summary>
internal sealed class CliContext
{
    public CliContext(
        TextWriter output,
        TextWriter error,
        Func<Stream>? openRawOutput = null,
        bool colour = false,
        Func<LocalDate>? today = null,
        Func<Stream>? openStandardInput = null,
        Func<int, FileIdentity?>? descriptor = null,
        CancellationToken stop = default
    )
    {
        Output = output ?? throw new ArgumentNullException(nameof(output));
        Error = new SafeErrorWriter(error ?? throw new ArgumentNullException(nameof(error)), StatusLine);
        OpenRawOutput = openRawOutput;
        Colour = colour;
        Today = today ?? TodayInAmsterdam;
        OpenStandardInput = openStandardInput ?? (() => Stream.Null);
        Descriptor = descriptor ?? (_ => null);
        Stop = stop;
    }

    /// <summary>Gets standard output as text.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets standard error; a closed or broken standard error never stops the command.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a way to open standard output as bytes, for fast batch output; null to go through <see cref="Output"/>.</summary>
    public Func<Stream>? OpenRawOutput { get; }

    /// <summary>Gets a way to open standard input as bytes (the input <c>-</c>).</summary>
    public Func<Stream> OpenStandardInput { get; }

    /// <summary>Gets what an open descriptor of the process is on disk (0 standard input, 1 standard output); null when unknown.</summary>
    public Func<int, FileIdentity?> Descriptor { get; }

    /// <summary>Gets the token that is cancelled when the process is asked to stop (SIGINT, SIGTERM).</summary>
    public CancellationToken Stop { get; }

    /// <summary>
    /// Gets a value indicating whether standard error is a terminal: only then does a long run show its progress and end
    /// with a summary line (<see cref="RunProgress"/>); redirected, it writes nothing extra.
    /// </summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets a monotonic clock for the progress and the elapsed time of a run; tests set one that ticks as they say.</summary>
    public Func<TimeSpan> Clock { get; init; } = MonotonicClock;

    /// <summary>Gets the progress line on standard error, which <see cref="Error"/> erases before any other message.</summary>
    public StatusLine StatusLine { get; } = new();

    /// <summary>Gets a value indicating whether standard output is a terminal that may show colour.</summary>
    public bool Colour { get; }

    /// <summary>Gets the codes of off-by-default rules switched on with <c>--enable</c> (such as <c>spoor-2-traject</c>).</summary>
    public IList<string> EnabledRules { get; } = new List<string>();

    /// <summary>Gets or sets how the dismissal ban's two years are counted (<c>--ban-years</c>; BW 7:670 lid 1 onder a).</summary>
    public BanYearsReading BanYears { get; set; } = BanYearsReading.CountedSpan;

    /// <summary>The environment variable that chooses the language of the output when <c>--language</c> is not given.</summary>
    public const string LanguageVariable = "POORTWACHTER_LANGUAGE";

    /// <summary>Gets the value of <see cref="LanguageVariable"/> (null when unset); <c>--language</c> wins over it.</summary>
    public string? LanguageSetting { get; init; }

    /// <summary>Gets or sets the language of the output's texts (<c>--language</c>); English by default.</summary>
    public TextLanguage Language { get; set; } = TextLanguage.English;

    /// <summary>Gets a value indicating whether an unexpected failure is followed by the whole exception on standard error (<c>POORTWACHTER_VERBOSE=1</c>).</summary>
    public bool Verbose { get; init; }

    /// <summary>Gets the temporary output files of the run, so a signal that ends the process at once can remove them first.</summary>
    public TemporaryFiles Temporaries { get; init; } = new();

    /// <summary>Gets a change to the engine's options after the command's own (tests: a rule that fails on purpose).</summary>
    public Action<PoortwachterOptions>? ConfigureEngine { get; init; }

    /// <summary>Creates the engine the command runs with: the shipped rules, plus the rules switched on with <c>--enable</c>.</summary>
    /// <returns>The engine.</returns>
    public PoortwachterEngine CreateEngine()
    {
        var options = new PoortwachterOptions { BanYears = BanYears };
        foreach (var code in EnabledRules)
        {
            options.Enable(code);
        }

        ConfigureEngine?.Invoke(options);
        return new PoortwachterEngine(options);
    }

    /// <summary>Gets today's date, the default assessment date.</summary>
    public Func<LocalDate> Today { get; }

    /// <summary>Gets the current instant, the time a calendar file is made (its DTSTAMP); tests set a fixed one.</summary>
    public Func<Instant> Now { get; init; } = SystemClock.Instance.GetCurrentInstant;

    /// <summary>Gets or sets what the calendar file holds (<c>--ics-details</c>, <c>--ics-alarm-days</c>).</summary>
    public IcsOptions Ics { get; set; } = IcsOptions.Default;

    /// <summary>The time since the process started, from the monotonic stopwatch (never the wall clock).</summary>
    private static TimeSpan MonotonicClock() => System.Diagnostics.Stopwatch.GetElapsedTime(ProcessStart);

    private static readonly long ProcessStart = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Today in Europe/Amsterdam: with <see cref="Now"/>, the only places the program reads the clock.</summary>
    public static LocalDate TodayInAmsterdam() =>
        SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
}
