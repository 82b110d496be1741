namespace Poortwachter.Timeline;

/// <summary>How the calendar days from day 1 up to a date split into counted, leave and fit days.</summary>
/// <param name="CalendarDays">Calendar days from day 1 through the date, both included.</param>
/// <param name="CountedDays">Counted sick days.</param>
/// <param name="LeaveDays">Days of leave, which do not count.</param>
/// <param name="FitDays">Fit days of interruptions, which do not count.</param>
public readonly record struct DaySplit(int CalendarDays, int CountedDays, int LeaveDays, int FitDays);
