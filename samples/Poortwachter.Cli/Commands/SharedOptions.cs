using System.Collections.Generic;
using System.CommandLine;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cli.Rendering;
using Poortwachter.Json;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Cli.Commands;

/// <summary>
/// The options more than one command takes, each declared once: <c>--enable</c> (on every command), <c>--format</c>
/// and the calendar options (on <c>assess</c> and <c>demo</c>), and the forms of <c>--as-of</c> and <c>--output</c>,
/// whose help differs per command. One instance per parse: an option belongs to the command tree it was added to.
/// </summary>
internal sealed class SharedOptions
{
    /// <summary>The formats of an assessment.</summary>
    public static readonly string[] Formats = ["table", "json", "ics", "html"];

    /// <summary>Gets <c>--enable CODE</c>, recursive from the root.</summary>
    public Option<string[]> Enable { get; } =
        new("--enable")
        {
            Description =
                "Switch on a rule that is off by default (bureau practice), by code; 'spoor-2-traject' switches on the whole spoor-2 trajectory. Repeat the option for more codes.",
            HelpName = "CODE",
            Recursive = true,
            // One code per --enable: "--enable spoor-2-traject CASE.json" must leave CASE.json to the command.
            AllowMultipleArgumentsPerToken = false,
        };

    /// <summary>
    /// Gets <c>--language nl|en</c> (<c>-l</c>), recursive from the root: the language of every text of the output. A
    /// tag such as <c>nl-NL</c> is read as its language; without the option, <c>POORTWACHTER_LANGUAGE</c>, else English.
    /// </summary>
    public Option<string?> Language { get; } =
        new("--language", "-l")
        {
            Description =
                "The language of the output's texts (headings, titles, explanations, warnings, dates in prose): nl (Dutch) or en (English); a tag such as nl-NL is read as nl. Default: the environment variable POORTWACHTER_LANGUAGE, else en. Codes, JSON field names and JSON dates are the same in both; error messages are English.",
            HelpName = "LANGUAGE",
            Recursive = true,
        };

    /// <summary>Gets <c>--ban-years READING</c>, recursive from the root: how the dismissal ban's two years are counted.</summary>
    public Option<string?> BanYears { get; } = BanYearsOption();

    /// <summary>Gets <c>--format</c> of an assessment.</summary>
    public Option<string?> Format { get; } = FormatOption();

    /// <summary>Gets <c>--ics-details</c>.</summary>
    public Option<bool> IcsDetails { get; } =
        new("--ics-details")
        {
            Description =
                "Calendar file (--format ics): put the full texts in the events (each date's derivation, which can quote a deviation's reason). Default: only what is due, by when, the legal basis and the case id.",
        };

    /// <summary>Gets <c>--ics-previous</c>.</summary>
    public Option<string?> IcsPrevious { get; } =
        new("--ics-previous")
        {
            Description =
                "Calendar file (--format ics): the calendar file written last time for this case. The new one keeps each event's UID, raises its SEQUENCE when its date or text changed, and cancels (STATUS:CANCELLED) the events that are gone, so a calendar that imports it updates instead of keeping stale dates.",
            HelpName = "FILE",
        };

    /// <summary>Gets <c>--ics-alarm-days</c>.</summary>
    public Option<string?> IcsAlarmDays { get; } =
        new("--ics-alarm-days")
        {
            Description =
                $"Calendar file (--format ics): a reminder N days before each deadline, 0 to {IcsOptions.MaxAlarmDays}; 0 for none. Default: {IcsOptions.DefaultAlarmDays}.",
            HelpName = "N",
        };

    /// <summary>An <c>--as-of DATE</c> option.</summary>
    /// <param name="description">Its help, which says the command's default.</param>
    /// <returns>The option.</returns>
    public static Option<string?> AsOf(string description) => new("--as-of") { Description = description, HelpName = "DATE" };

    /// <summary>An <c>--output FILE</c> option.</summary>
    /// <param name="description">Its help.</param>
    /// <returns>The option.</returns>
    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description, HelpName = "FILE" };

    /// <summary>
    /// Takes the options every command shares before it does its work: the rules switched on, then (for a command with
    /// the calendar options) those; a bad value is an input error (<see cref="CliInputException"/>).
    /// </summary>
    /// <param name="context">The command's context.</param>
    /// <param name="parse">The parse.</param>
    /// <param name="calendar">Whether the command has the format and calendar options.</param>
    /// <param name="defaultFormat">The format when none is given, as the calendar options see it.</param>
    public void Apply(CliContext context, ParseResult parse, bool calendar, string? defaultFormat = null)
    {
        EnableRules(context, parse.GetValue(Enable));
        context.Language = ChooseLanguage(parse.GetValue(Language), context.LanguageSetting);
        if (parse.GetValue(BanYears) is { } reading)
        {
            context.BanYears = reading == "from-first-sick-day" ? BanYearsReading.FromFirstSickDay : BanYearsReading.CountedSpan;
        }

        if (calendar)
        {
            context.Ics = IcsOptions.From(
                parse.GetValue(Format) ?? defaultFormat,
                parse.GetValue(IcsDetails),
                parse.GetValue(IcsAlarmDays),
                parse.CommandResult.Command.Options.Contains(IcsPrevious) ? parse.GetValue(IcsPrevious) : null,
                context.Stop
            );
        }
    }

    /// <summary>Reads a date option; a bad value is an input error that repeats at most 80 characters of it.</summary>
    /// <param name="text">The value, or null when the option was not given.</param>
    /// <param name="option">The option's name.</param>
    /// <returns>The date, or null when the option was not given.</returns>
    public static LocalDate? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (PoortwachterJson.TryParseDate(text, out var date, out var error))
        {
            return date;
        }

        // The library's message quotes the value; the command repeats at most 80 characters of it, made visible.
        var message = SafeText.Echo(error, [text]);
        if (SafeText.Repeats(message, text))
        {
            message = $"{SafeText.Quote(text)} is not an ISO-8601 calendar date: write it as yyyy-mm-dd, such as '2025-01-06'.";
        }

        throw new CliInputException($"poortwachter: {option}: {message}");
    }

    /// <summary>
    /// The language of the output: <c>--language</c> when given, else the environment variable when set, else English.
    /// A value that names neither language is an input error that says where it came from.
    /// </summary>
    /// <param name="option">The value of <c>--language</c>, or null.</param>
    /// <param name="setting">The value of <c>POORTWACHTER_LANGUAGE</c>, or null.</param>
    /// <returns>The language.</returns>
    internal static TextLanguage ChooseLanguage(string? option, string? setting)
    {
        var (value, source) = option is not null ? (option, "--language") : (setting, CliContext.LanguageVariable);
        if (value is null || (option is null && value.Length == 0))
        {
            return TextLanguage.English;
        }

        if (TextLanguages.TryParse(value, out var language))
        {
            return language;
        }

        throw new CliInputException(
            $"poortwachter: {source} {SafeText.Quote(value)}: not a language the texts are written in. Use nl (Dutch) or en (English); a tag such as nl-NL is read as nl."
        );
    }

    private static Option<string?> BanYearsOption()
    {
        var banYears = new Option<string?>("--ban-years")
        {
            Description =
                "How the dismissal ban's two years become counted days (BW 7:670 lid 1 onder a): 'counted-span' (default, 731 days when a 29 February lies in the span the counted days cover, the later last day) or 'from-first-sick-day' (the number fixed by the first sick day alone).",
            HelpName = "READING",
            Recursive = true,
        };
        banYears.AcceptOnlyFromAmong("counted-span", "from-first-sick-day");
        return banYears;
    }

    private static Option<string?> FormatOption()
    {
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (default), json, ics or html.",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Formats);
        return format;
    }

    /// <summary>Switches on the rules named with <c>--enable</c>; an unknown code is an input error.</summary>
    private static void EnableRules(CliContext context, string[]? codes)
    {
        if (codes is null)
        {
            return;
        }

        // The trajectory codes stay accepted, also the final report's, which is on by default since 0.4.
        var known = new List<string> { PoortwachterOptions.Spoor2TrajectGroup };
        known.AddRange(PoortwachterOptions.Spoor2TrajectCodes);
        foreach (var set in RuleSets.All)
        {
            foreach (var rule in set.Rules)
            {
                if (!rule.Descriptor.EnabledByDefault && !known.Contains(rule.Descriptor.Code))
                {
                    known.Add(rule.Descriptor.Code);
                }
            }
        }

        foreach (var code in codes)
        {
            if (!known.Contains(code))
            {
                throw new CliInputException(
                    $"poortwachter: --enable {SafeText.Quote(code)}: not a rule that is off by default.{Suggestions.Hint(code, known)} Use one of {string.Join(", ", known)}."
                );
            }

            context.EnabledRules.Add(code);
        }
    }
}
