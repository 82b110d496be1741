using System;
using System.Collections.Generic;

namespace Poortwachter;

/// <summary>
/// A stable merge sort: items that compare equal keep their order, as they did under the insertion sort it
/// replaces, so the output is the same; but it takes at most n log2 n comparisons instead of n^2/2 (100,000
/// events in reverse date order took 98 s), and n - 1 on input that is already in order.
/// </summary>
internal static class StableSort
{
    /// <summary>Sorts an array in place, stably.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="compare">The order.</param>
    /// <param name="meter">Counts the comparisons, if given.</param>
    public static void Sort<T>(T[] items, Comparison<T> compare, WorkMeter? meter = null)
    {
        if (items.Length < 2)
        {
            return;
        }

        var order = meter is null ? compare : meter.Counting(compare);
        SortRange(items, new T[(items.Length + 1) / 2], 0, items.Length, order);
    }

    /// <summary>Sorts a list in place, stably.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="compare">The order.</param>
    /// <param name="meter">Counts the comparisons, if given.</param>
    public static void Sort<T>(List<T> items, Comparison<T> compare, WorkMeter? meter = null)
    {
        if (items.Count < 2)
        {
            return;
        }

        var array = items.ToArray();
        Sort(array, compare, meter);
        for (var i = 0; i < array.Length; i++)
        {
            items[i] = array[i];
        }
    }

    /// <summary>Sorts <c>items[lo..hi)</c>; <paramref name="buffer"/> holds at least half of the range.</summary>
    private static void SortRange<T>(T[] items, T[] buffer, int lo, int hi, Comparison<T> compare)
    {
        if (hi - lo < 2)
        {
            return;
        }

        var mid = lo + ((hi - lo) >> 1);
        SortRange(items, buffer, lo, mid, compare);
        SortRange(items, buffer, mid, hi, compare);
        if (compare(items[mid - 1], items[mid]) <= 0)
        {
            // The two halves are already in order: nothing to merge.
            return;
        }

        // Merge: the left half moves to the buffer, the right half stays; the write position never passes the
        // right half's read position.
        var left = mid - lo;
        Array.Copy(items, lo, buffer, 0, left);
        int i = 0,
            j = mid,
            k = lo;
        while (i < left && j < hi)
        {
            // Take from the right only when strictly smaller: equal items keep their order (stable).
            items[k++] = compare(items[j], buffer[i]) < 0 ? items[j++] : buffer[i++];
        }

        while (i < left)
        {
            items[k++] = buffer[i++];
        }
    }
}
