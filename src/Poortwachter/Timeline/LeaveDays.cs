using System;
using System.Collections.Generic;
using Poortwachter.Cases;

namespace Poortwachter.Timeline;

/// <summary>
/// The leave periods as day numbers, with the leave days before each, so that every question about leave takes
/// a binary search: the periods of a valid case are in date order and do not overlap (see <see cref="CaseValidator"/>).
/// A scan of all leave per sickness period cost periods x leave on hostile input.
/// </summary>
internal sealed class LeaveDays
{
    private static readonly LeaveDays None = new([], [], [], null);

    private readonly int[] _from;
    private readonly int[] _until;
    private readonly long[] _daysBefore;
    private readonly WorkMeter? _meter;

    private LeaveDays(int[] from, int[] until, long[] daysBefore, WorkMeter? meter)
    {
        _from = from;
        _until = until;
        _daysBefore = daysBefore;
        _meter = meter;
    }

    public static LeaveDays Of(IReadOnlyList<LeavePeriod> periods, WorkMeter? meter)
    {
        if (periods.Count == 0)
        {
            // Nothing to look up, so nothing to count either.
            return None;
        }

        var from = new int[periods.Count];
        var until = new int[periods.Count];
        var daysBefore = new long[periods.Count];
        long days = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            from[i] = DayNumber.Of(period.From);
            until[i] = DayNumber.Of(period.Until);
            daysBefore[i] = days;
            days += until[i] - from[i] + 1;
        }

        return new LeaveDays(from, until, daysBefore, meter);
    }

    /// <summary>Returns whether a day lies in a leave period.</summary>
    public bool Contains(int day)
    {
        var i = LastStartingOnOrBefore(day);
        return i >= 0 && day <= _until[i];
    }

    /// <summary>Returns the days from <paramref name="from"/> through <paramref name="until"/> that are not leave.</summary>
    public int CountNonLeave(int from, int until) =>
        until < from ? 0 : (int)((until - from + 1) - (LeaveDaysThrough(until) - LeaveDaysThrough(from - 1)));

    /// <summary>Adds the days from <paramref name="from"/> through <paramref name="until"/> without leave as counted segments.</summary>
    public void AddWithout(List<(int Start, int Length)> segments, int from, int until)
    {
        var cursor = from;
        // The first period that ends on or after the cursor; those before it lie wholly before the range.
        var i = LastStartingOnOrBefore(from);
        if (i < 0 || _until[i] < from)
        {
            i++;
        }

        for (; i < _from.Length && cursor <= until && _from[i] <= until; i++)
        {
            _meter?.Add();
            if (_from[i] > cursor)
            {
                segments.Add((cursor, _from[i] - cursor));
            }

            cursor = Math.Max(cursor, _until[i] + 1);
        }

        if (cursor <= until)
        {
            segments.Add((cursor, until >= DayNumber.Infinity ? DayNumber.Infinity : until - cursor + 1));
        }
    }

    /// <summary>The leave days on or before <paramref name="day"/>.</summary>
    private long LeaveDaysThrough(int day)
    {
        var i = LastStartingOnOrBefore(day);
        return i < 0 ? 0 : _daysBefore[i] + (Math.Min(day, _until[i]) - _from[i] + 1);
    }

    private int LastStartingOnOrBefore(int day) => SortedDays.LastOnOrBefore(_from, day, _meter);
}
