namespace Poortwachter.Timeline;

/// <summary>Binary search over days in ascending order (day numbers of the clock), as the clock and the leave use it.</summary>
internal static class SortedDays
{
    /// <summary>The index of the last day on or before <paramref name="day"/>, or -1 when every day is after it.</summary>
    /// <param name="sorted">Days in ascending order.</param>
    /// <param name="day">The day looked up.</param>
    /// <param name="meter">Counts each step when given (tests bound the work).</param>
    public static int LastOnOrBefore(int[] sorted, int day, WorkMeter? meter = null)
    {
        int lo = 0,
            hi = sorted.Length - 1,
            found = -1;
        while (lo <= hi)
        {
            meter?.Add();
            var mid = (lo + hi) >> 1;
            if (sorted[mid] <= day)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
