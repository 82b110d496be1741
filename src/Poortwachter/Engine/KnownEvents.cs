using System.Collections.Generic;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// The events of the wachttijd assessed that are known on the assessment date (on or after its day 1, on or before
/// <c>asOf</c>), in date order; and how many were left out because they lie after <c>asOf</c> or belong to an
/// earlier case.
/// </summary>
internal readonly struct KnownEvents
{
    private KnownEvents(IReadOnlyList<CaseEvent> events, int future, int earlier)
    {
        Events = events;
        Future = future;
        Earlier = earlier;
    }

    /// <summary>Gets the known events, in date order (events on the same day in the order given).</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>Gets the number of events dated after the assessment date.</summary>
    public int Future { get; }

    /// <summary>Gets the number of events of an earlier case, before day 1 of the wachttijd assessed.</summary>
    public int Earlier { get; }

    /// <summary>Selects and orders the known events of a case.</summary>
    /// <param name="case">The case.</param>
    /// <param name="clock">The clock of the wachttijd assessed.</param>
    /// <param name="meter">Counts the work when given (tests bound it).</param>
    /// <returns>The known events.</returns>
    public static KnownEvents Of(SicknessCase @case, WachttijdClock clock, WorkMeter? meter)
    {
        var all = meter is null ? @case.Events : meter.Counting(@case.Events);
        var future = 0;
        var earlier = 0;
        for (var at = 0; at < all.Count; at++)
        {
            var e = all[at];
            if (e.On > clock.AsOf)
            {
                future++;
            }
            else if (e.On < clock.FirstSickDay)
            {
                earlier++;
            }
        }

        var known = all.Count == future + earlier ? [] : new CaseEvent[all.Count - future - earlier];
        var n = 0;
        for (var at = 0; at < all.Count; at++)
        {
            var e = all[at];
            if (e.On <= clock.AsOf && e.On >= clock.FirstSickDay)
            {
                known[n++] = e;
            }
        }

        // Stable: events on the same day keep their order.
        StableSort.Sort(known, static (a, b) => a.On.CompareTo(b.On), meter);
        // Every read of an event by an extension or a rule counts: a scan per event shows as n^2 steps.
        return new KnownEvents(meter is null ? known : meter.Counting(known), future, earlier);
    }
}
