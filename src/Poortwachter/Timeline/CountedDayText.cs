using NodaTime;

namespace Poortwachter.Timeline;

/// <summary>
/// Where a counted day falls, as a casemanager checks it by hand: which counted day and week, its date, and how many
/// fit and leave days moved it from the plain calendar date.
/// </summary>
internal static class CountedDayText
{
    /// <summary>Explains a counted day of a clock, marking a date after <paramref name="asOf"/> as projected.</summary>
    public static string Explain(WachttijdClock clock, int countedDay, LocalDate asOf)
    {
        var date = clock.DateOfCountedDay(countedDay);
        var week = WachttijdClock.WeekOf(countedDay);
        var position =
            countedDay % 7 == 0 ? "the last day of week "
            : countedDay % 7 == 1 ? "the first day of week "
            : "in week ";
        if (date is not { } d)
        {
            return $"counted day {countedDay} ({position}{week}) is never reached: the case ended by recovery after {clock.CountedDaysAsOf} counted day(s)";
        }

        // One string, built once: explanations are read in bulk by portfolio runs.
        var split = clock.SplitThrough(d);
        return $"counted day {countedDay} ({position}{week}) falls on {IsoDates.Format(d)}: day 1 ({IsoDates.Format(clock.FirstSickDay)}) + {split.CalendarDays - 1} days"
            + (split.FitDays > 0 || split.LeaveDays > 0 ? $", of which {Describe(split)} do not count" : string.Empty)
            + (d > asOf ? $" (projected as if the employee is sick every day after {IsoDates.Format(asOf)})" : string.Empty);
    }

    private static string Describe(DaySplit split) =>
        split.FitDays > 0 && split.LeaveDays > 0
            ? $"{split.FitDays} fit day(s) of interruption and {split.LeaveDays} day(s) of pregnancy and birth leave"
        : split.FitDays > 0 ? $"{split.FitDays} fit day(s) of interruption"
        : $"{split.LeaveDays} day(s) of pregnancy and birth leave";
}
