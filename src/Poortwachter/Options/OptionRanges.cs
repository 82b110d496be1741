using System;
using Poortwachter.Timeline;

namespace Poortwachter.Options;

/// <summary>The range of each setting of <see cref="PoortwachterOptions"/>, checked when options reach an engine or a container.</summary>
internal static class OptionRanges
{
    /// <summary>Throws when a setting of the options is out of its range.</summary>
    /// <param name="o">The options.</param>
    /// <param name="paramName">The parameter the options came in.</param>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it, its value and the range.</exception>
    public static void Check(PoortwachterOptions o, string paramName)
    {
        if (o.EvaluatieIntervalDays is < 1 or > 364)
        {
            throw new ArgumentException(
                $"{nameof(PoortwachterOptions.EvaluatieIntervalDays)} is {o.EvaluatieIntervalDays}: The evaluation interval must be 1 to 364 counted days.",
                paramName
            );
        }

        if (o.DueSoonDays is < 0 or > 365)
        {
            throw new ArgumentException(
                $"{nameof(PoortwachterOptions.DueSoonDays)} is {o.DueSoonDays}: The due-soon window must be 0 to 365 days.",
                paramName
            );
        }

        if (o.EerstejaarsevaluatieWindowStartWeek is < 1 or > 52)
        {
            throw new ArgumentException(
                $"{nameof(PoortwachterOptions.EerstejaarsevaluatieWindowStartWeek)} is {o.EerstejaarsevaluatieWindowStartWeek}: The window must start in week 1 to 52.",
                paramName
            );
        }

        Range(
            nameof(PoortwachterOptions.ArbeidsdeskundigOnderzoekTermDays),
            o.ArbeidsdeskundigOnderzoekTermDays,
            1,
            364,
            "counted days",
            paramName
        );
        Range(nameof(PoortwachterOptions.Spoor2UitstelMaxMonths), o.Spoor2UitstelMaxMonths, 1, 12, "calendar months", paramName);
        Range(nameof(PoortwachterOptions.Spoor2TrajectplanTermDays), o.Spoor2TrajectplanTermDays, 1, 182, "counted days", paramName);
        Range(
            nameof(PoortwachterOptions.Spoor2VoortgangsrapportageIntervalDays),
            o.Spoor2VoortgangsrapportageIntervalDays,
            7,
            182,
            "counted days",
            paramName
        );
        Range(
            nameof(PoortwachterOptions.Spoor2EindrapportageWeek),
            o.Spoor2EindrapportageWeek,
            53,
            91,
            "(a week of the wachttijd)",
            paramName
        );
        Range(nameof(PoortwachterOptions.Spoor2NazorgDays), o.Spoor2NazorgDays, 1, 364, "counted days", paramName);

        if (o.Spoor2TermDays is < 1 or > 364)
        {
            throw new ArgumentException(
                $"{nameof(PoortwachterOptions.Spoor2TermDays)} is {o.Spoor2TermDays}: The spoor-2 term must be 1 to 364 counted days.",
                paramName
            );
        }

        if (o.LeaveInGap is not (LeaveInGapReading.Literal or LeaveInGapReading.Neutral))
        {
            throw new ArgumentException(
                $"{nameof(PoortwachterOptions.LeaveInGap)} is {(int)o.LeaveInGap}: it must be {nameof(LeaveInGapReading.Literal)} or {nameof(LeaveInGapReading.Neutral)}.",
                paramName
            );
        }

        if (o.BanYears is not (BanYearsReading.CountedSpan or BanYearsReading.FromFirstSickDay))
        {
            throw new ArgumentException(
                $"{nameof(PoortwachterOptions.BanYears)} is {(int)o.BanYears}: it must be {nameof(BanYearsReading.CountedSpan)} or {nameof(BanYearsReading.FromFirstSickDay)}.",
                paramName
            );
        }
    }

    private static void Range(string name, int value, int min, int max, string unit, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentException($"{name} is {value}: it must be {min} to {max} {unit}.", paramName);
        }
    }
}
