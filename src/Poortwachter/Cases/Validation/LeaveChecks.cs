using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Timeline;

namespace Poortwachter.Cases.Validation;

/// <summary>The leave periods: a known kind, in range, during the case, in date order without overlap.</summary>
internal static class LeaveChecks
{
    /// <summary>Checks the leave periods of a case.</summary>
    public static void Check(SicknessCase @case, IReadOnlyList<LeavePeriod> leave, Problems problems)
    {
        var sickness = @case.EffectiveSickness;
        var caseStart = @case.FirstSickDay;
        // An out-of-range last day is reported with the sickness; leave is then checked as if the case were open.
        var lastUntil = sickness[sickness.Count - 1].Until is { } u && Problems.InRange(u) ? u : (LocalDate?)null;

        for (var i = 0; i < leave.Count; i++)
        {
            var l = leave[i];
            var path = new ItemPath("$.leave", i);
            if (!Enum.IsDefined(typeof(LeaveKind), l.Kind))
            {
                problems.Add(
                    path.With(".kind"),
                    $"unknown leave kind {(int)l.Kind}: the only kind is '{LeaveKinds.ZwangerschapBevalling}'."
                );
            }

            if (!problems.CheckRange(path, ".from", l.From) | !problems.CheckRange(path, ".until", l.Until))
            {
                continue;
            }

            if (l.Until < l.From)
            {
                problems.Add(
                    path.With(".until"),
                    $"until ({IsoDates.Format(l.Until)}) is before from ({IsoDates.Format(l.From)}): leave ends on or after the day it starts."
                );
                continue;
            }

            CheckWithinCase(l, caseStart, lastUntil, path, problems);

            if (i > 0)
            {
                var prev = leave[i - 1];
                if (l.From <= prev.Until && prev.From <= prev.Until)
                {
                    problems.Add(
                        path.With(".from"),
                        $"leave {i} starts on {IsoDates.Format(l.From)}, not after leave {i - 1} ends ({IsoDates.Format(prev.Until)}): list leave in date order without overlap."
                    );
                }
            }
        }
    }

    private static void CheckWithinCase(LeavePeriod l, LocalDate caseStart, LocalDate? lastUntil, ItemPath path, Problems problems)
    {
        // Leave may follow the last sick day directly or within the 28 fit days that could still join a case.
        if (l.Until < caseStart || (lastUntil is { } end && l.From > end.PlusDays(WachttijdClock.RecoveryDaysThatEndACase)))
        {
            var span = lastUntil is { } e ? $"{IsoDates.Format(caseStart)}..{IsoDates.Format(e)}" : $"{IsoDates.Format(caseStart)} on";
            problems.Add(
                path.Text,
                $"leave {IsoDates.Format(l.From)}..{IsoDates.Format(l.Until)} lies outside the sickness ({span}): only leave during the case affects the wachttijd."
            );
        }
        else if (l.From < caseStart)
        {
            problems.Add(
                path.With(".from"),
                $"leave starts on {IsoDates.Format(l.From)}, before the first sick day {IsoDates.Format(caseStart)}: give only the part during the case, or correct the first sick day."
            );
        }
    }
}
