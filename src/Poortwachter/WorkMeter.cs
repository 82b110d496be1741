using System;
using System.Collections;
using System.Collections.Generic;

namespace Poortwachter;

/// <summary>
/// Counts the elementary steps of one validation or assessment: comparisons in the sorts, events the rules read,
/// dates the validator checks, leave periods the clock visits. A test passes one to an internal overload and bounds
/// the count, so cost on hostile input is checked without a clock. One instance per call: the core has no
/// global counter.
/// </summary>
internal sealed class WorkMeter
{
    /// <summary>Gets the steps counted so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Counts steps.</summary>
    /// <param name="steps">How many.</param>
    public void Add(long steps = 1) => Steps += steps;

    /// <summary>Wraps a comparison so that each call counts as a step.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="compare">The comparison.</param>
    /// <returns>The counting comparison.</returns>
    public Comparison<T> Counting<T>(Comparison<T> compare) =>
        (a, b) =>
        {
            Steps++;
            return compare(a, b);
        };

    /// <summary>Wraps a list so that each read of an item counts as a step.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The list.</param>
    /// <returns>The counting view.</returns>
    public IReadOnlyList<T> Counting<T>(IReadOnlyList<T> items) => new CountingList<T>(items, this);

    private sealed class CountingList<T>(IReadOnlyList<T> items, WorkMeter meter) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                meter.Steps++;
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
