using System.Globalization;
using Poortwachter.Json;

namespace Poortwachter.Cli.Rendering;

/// <summary>What the calendar file holds beyond its privacy-minimal default: <c>--ics-details</c>, <c>--ics-alarm-days</c> and <c>--ics-previous</c>.</summary>
/// <param name="Details">Whether each event carries the full texts (its derivation, which can quote a deviation's reason).</param>
/// <param name="AlarmDays">The days before each deadline that a reminder goes off; 0 for no reminder.</param>
/// <param name="Previous">The calendar written last time for the case, which this one updates; null for a first calendar.</param>
internal sealed record IcsOptions(bool Details, int AlarmDays, IcsPrevious? Previous = null)
{
    /// <summary>The longest lead time a reminder may have: a year, as a deadline further ahead needs no reminder yet.</summary>
    public const int MaxAlarmDays = 365;

    /// <summary>Gets the default lead time of a reminder: the engine's due-soon days, so the reminder goes off when the table starts to say "due soon".</summary>
    public static int DefaultAlarmDays { get; } = new PoortwachterOptions().DueSoonDays;

    /// <summary>Gets the default: what is due, by when, the legal basis and the case id; a reminder <see cref="DefaultAlarmDays"/> ahead.</summary>
    public static IcsOptions Default { get; } = new(false, DefaultAlarmDays);

    /// <summary>Reads the calendar options of the command line.</summary>
    /// <param name="format">The output format asked for; null for the default.</param>
    /// <param name="details">Whether <c>--ics-details</c> was given.</param>
    /// <param name="alarmDays">The text of <c>--ics-alarm-days</c>; null when not given.</param>
    /// <param name="previous">The path of <c>--ics-previous</c>; null when not given.</param>
    /// <param name="stop">Stops the reading of the previous file when a signal comes.</param>
    /// <returns>The options.</returns>
    /// <exception cref="CliInputException">An option for the calendar with another format, or a lead time that is not a whole number from 0 to <see cref="MaxAlarmDays"/>.</exception>
    public static IcsOptions From(
        string? format,
        bool details,
        string? alarmDays,
        string? previous = null,
        System.Threading.CancellationToken stop = default
    )
    {
        if ((details || alarmDays is not null || previous is not null) && format != "ics")
        {
            var option =
                details ? "--ics-details"
                : alarmDays is not null ? "--ics-alarm-days"
                : "--ics-previous";
            throw new CliInputException(
                $"poortwachter: {option} applies to the calendar file (--format ics), not to the {format ?? "default"} output."
            );
        }

        var last = previous is null ? null : IcsPrevious.Read(previous, stop);
        if (alarmDays is null)
        {
            return (details ? Default with { Details = true } : Default) with { Previous = last };
        }

        if (!int.TryParse(alarmDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days > MaxAlarmDays)
        {
            throw new CliInputException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"poortwachter: --ics-alarm-days {SafeText.Quote(alarmDays)}: give a whole number of days from 0 to {MaxAlarmDays} (0 for no reminder; default {DefaultAlarmDays})."
                )
            );
        }

        return new IcsOptions(details, days, last);
    }
}
