using System.Collections.Generic;

namespace Poortwachter.Cases.Validation;

/// <summary>The sickness periods: in range, starting on the first sick day, in date order, without overlap, only the last open.</summary>
internal static class SicknessChecks
{
    /// <summary>Checks the sickness periods of a case.</summary>
    public static void Check(SicknessCase @case, IReadOnlyList<SicknessPeriod> periods, Problems problems)
    {
        if (periods.Count == 0)
        {
            return;
        }

        if (periods[0].From != @case.FirstSickDay)
        {
            problems.Add(
                "$.sickness[0].from",
                $"the first sickness period starts on {IsoDates.Format(periods[0].From)}, but firstSickDay is {IsoDates.Format(@case.FirstSickDay)}: they must be the same day."
            );
        }

        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var path = new ItemPath("$.sickness", i);
            var fromOk = problems.CheckRange(path, ".from", p.From);
            var untilOk = p.Until is not { } u || problems.CheckRange(path, ".until", u);
            if (!fromOk || !untilOk)
            {
                continue;
            }

            if (p.Until is { } until && until < p.From)
            {
                problems.Add(
                    path.With(".until"),
                    $"until ({IsoDates.Format(until)}) is before from ({IsoDates.Format(p.From)}): a period ends on or after the day it starts."
                );
            }

            if (p.Until is null && i < periods.Count - 1)
            {
                problems.Add(
                    path.With(".until"),
                    $"period {i} has no until, but only the last sickness period may be open: give the last sick day before the employee was fit again."
                );
            }

            if (i > 0)
            {
                CheckOrder(periods[i - 1], p, i, path, problems);
            }
        }
    }

    private static void CheckOrder(SicknessPeriod prev, SicknessPeriod p, int i, ItemPath path, Problems problems)
    {
        if (p.From <= prev.From)
        {
            problems.Add(
                path.With(".from"),
                $"period {i} starts on {IsoDates.Format(p.From)}, not after period {i - 1} ({IsoDates.Format(prev.From)}): list the periods in date order."
            );
        }
        else if (prev.Until is { } prevUntil && p.From <= prevUntil)
        {
            problems.Add(
                path.With(".from"),
                $"period {i} starts on {IsoDates.Format(p.From)}, but period {i - 1} runs until {IsoDates.Format(prevUntil)}: sickness periods must not overlap."
            );
        }
    }
}
