using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Poortwachter.Tests.Cost;

/// <summary>
/// The engine's one sort (events by date, obligations by due date, milestones, warnings by severity): stable, so the
/// output is what the insertion sort it replaced gave, and at most n log2 n comparisons, counted through the
/// comparison itself. The count stops the sort once past its budget, so a quadratic sort fails fast.
/// </summary>
public sealed class StableSortTests
{
    private const int N = 100_000;

    public static TheoryData<string> Orders => new(Inputs.Keys);

    private static Dictionary<string, Func<(int Key, int Position)[]>> Inputs { get; } =
        new(StringComparer.Ordinal)
        {
            ["ascending"] = () => Items(N, i => i),
            ["descending"] = () => Items(N, i => N - i),
            ["all equal"] = () => Items(N, _ => 7),
            ["sawtooth"] = () => Items(N, i => i % 1000),
            ["descending in pairs"] = () => Items(N, i => (N - i) / 2),
            ["random with many ties"] = () =>
            {
                var random = new Random(20_250_106);
                return Items(N, _ => random.Next(700));
            },
        };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Sorts_100000_items_stably_in_at_most_n_log_n_comparisons(string order)
    {
        var items = Inputs[order]();
        var expected = items.OrderBy(x => x.Key).ToArray(); // LINQ's OrderBy is stable
        var budget = (long)N * (long)Math.Ceiling(Math.Log2(N));
        var count = 0L;

        StableSort.Sort(items, Counting(budget, () => count++));

        items.Should().Equal(expected, "equal keys keep their positions");
        count.Should().BeLessThanOrEqualTo(budget);
    }

    [Fact]
    public void Items_already_in_order_take_n_minus_1_comparisons()
    {
        var items = Items(N, i => i / 3);
        var count = 0L;

        StableSort.Sort(items, Counting(N, () => count++));

        count.Should().Be(N - 1);
    }

    [Fact]
    public void A_list_is_sorted_in_place_like_an_array()
    {
        var list = Items(1000, i => (1000 - i) / 10).ToList();
        var expected = list.OrderBy(x => x.Key).ToList();

        StableSort.Sort(list, static (a, b) => a.Key.CompareTo(b.Key));

        list.Should().Equal(expected);
    }

    [Fact]
    public void Small_inputs_of_every_order_come_out_as_a_stable_sort_gives_them()
    {
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var length = random.Next(0, 40);
            var items = Items(length, _ => random.Next(5));
            var expected = items.OrderBy(x => x.Key).ToArray();

            StableSort.Sort(items, static (a, b) => a.Key.CompareTo(b.Key));

            items.Should().Equal(expected, $"round {round}");
        }
    }

    [Fact]
    public void The_meter_counts_each_comparison()
    {
        // 17 items in reverse, one more than the in-place insertion sort takes: the merge sort runs. On reversed input a
        // merge of halves L and R costs an order check and R steps (every right item goes first, then the left half is
        // copied): C(n) = C(L) + C(R) + 1 + R with C(1) = 0, so C(2) = 2, C(4) = 7, C(5) = 11, C(8) = 19, C(9) = 24 and
        // C(17) = 19 + 24 + 1 + 9 = 53.
        var meter = new WorkMeter();
        var items = Items(17, i => 17 - i);

        StableSort.Sort(items, static (a, b) => a.Key.CompareTo(b.Key), meter);

        items.Select(x => x.Key).Should().Equal(Enumerable.Range(1, 17));
        meter.Steps.Should().Be(53);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(16, 120)]
    public void A_short_list_in_reverse_is_sorted_in_place_by_insertion(int n, int comparisons)
    {
        // Insertion compares each item with every item before it when they are all larger: n (n - 1) / 2.
        var meter = new WorkMeter();
        var list = Items(n, i => n - i).ToList();

        StableSort.Sort(list, static (a, b) => a.Key.CompareTo(b.Key), meter);

        list.Select(x => x.Key).Should().Equal(Enumerable.Range(1, n));
        meter.Steps.Should().Be(comparisons);
    }

    private static (int Key, int Position)[] Items(int n, Func<int, int> key) => Enumerable.Range(0, n).Select(i => (key(i), i)).ToArray();

    private static Comparison<(int Key, int Position)> Counting(long budget, Func<long> count) =>
        (a, b) =>
        {
            if (count() >= budget)
            {
                throw new InvalidOperationException($"more than {budget} comparisons");
            }

            return a.Key.CompareTo(b.Key);
        };
}
