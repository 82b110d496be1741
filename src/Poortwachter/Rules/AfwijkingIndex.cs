using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Rules;

/// <summary>
/// The reasoned deviations (Regeling procesgang art. 5) of one assessment per obligation, in date order (the events
/// are): <see cref="RuleContext.AfwijkingFor"/> is asked once per evaluation, and a scan of every event each time cost
/// evaluations x events on hostile input.
/// </summary>
internal sealed class AfwijkingIndex
{
    private readonly Dictionary<string, List<Afwijking>>? _byObligation;

    /// <summary>Indexes the deviations among the events.</summary>
    /// <param name="events">The events of the wachttijd, in date order.</param>
    public AfwijkingIndex(IReadOnlyList<CaseEvent> events)
    {
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is Afwijking a)
            {
                _byObligation ??= new Dictionary<string, List<Afwijking>>(StringComparer.Ordinal);
                if (!_byObligation.TryGetValue(a.Obligation, out var list))
                {
                    _byObligation[a.Obligation] = list = [];
                }

                list.Add(a);
            }
        }
    }

    /// <summary>The last deviation recorded for an obligation on a date within the range, if any.</summary>
    /// <param name="obligation">The obligation code.</param>
    /// <param name="recordedFrom">The earliest recording date that counts, if any.</param>
    /// <param name="recordedUntil">The latest recording date that counts, if any.</param>
    /// <returns>The deviation, or <see langword="null"/>.</returns>
    public Afwijking? For(string obligation, LocalDate? recordedFrom, LocalDate? recordedUntil)
    {
        if (_byObligation is null || obligation is null || !_byObligation.TryGetValue(obligation, out var list))
        {
            return null;
        }

        // The last one recorded on or before recordedUntil; the list is in date order, so it is found by bisection.
        var found = list.Count - 1;
        if (recordedUntil is { } u)
        {
            int lo = 0,
                hi = list.Count - 1;
            found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (list[mid].On <= u)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        return found >= 0 && (recordedFrom is not { } f || list[found].On >= f) ? list[found] : null;
    }
}
