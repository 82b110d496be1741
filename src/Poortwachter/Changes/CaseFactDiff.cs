using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Changes;

/// <summary>The facts that differ between two versions of a case: periods, events, and the case's own dates and flags.</summary>
internal static class CaseFactDiff
{
    public static IReadOnlyList<CaseFactChange> Between(SicknessCase? previous, SicknessCase? current, Assessment? assessed)
    {
        if (previous is null || current is null || ReferenceEquals(previous, current))
        {
            return [];
        }

        List<CaseFactChange>? found = null;
        Scalar(ref found, CaseFact.FirstSickDay, previous.FirstSickDay, current.FirstSickDay);
        Scalar(ref found, CaseFact.EmploymentEndsOn, previous.EmploymentEndsOn, current.EmploymentEndsOn);
        Scalar(ref found, CaseFact.LastWorkingDay, previous.LastWorkingDay, current.LastWorkingDay);
        Scalar(ref found, CaseFact.ReachesAowAgeOn, previous.ReachesAowAgeOn, current.ReachesAowAgeOn);
        if (!string.Equals(previous.Vangnet, current.Vangnet, StringComparison.Ordinal))
        {
            Add(ref found, CaseFact.Vangnet, FactChange.Changed, null, null, previous.Vangnet, current.Vangnet);
        }

        Flag(ref found, CaseFact.EigenrisicodragerZw, previous.EigenrisicodragerZw, current.EigenrisicodragerZw);
        Flag(ref found, CaseFact.EigenrisicodragerWga, previous.EigenrisicodragerWga, current.EigenrisicodragerWga);
        Sickness(ref found, previous.EffectiveSickness, current.EffectiveSickness, assessed);
        Leave(ref found, previous.Leave, current.Leave);
        Events(ref found, previous.Events, current.Events);
        return found ?? (IReadOnlyList<CaseFactChange>)[];
    }

    private static void Scalar(ref List<CaseFactChange>? found, CaseFact fact, LocalDate? p, LocalDate? c)
    {
        if (p != c)
        {
            var change =
                p is null ? FactChange.Added
                : c is null ? FactChange.Removed
                : FactChange.Changed;
            Add(ref found, fact, change, null, null, Iso(p), Iso(c));
        }
    }

    private static void Flag(ref List<CaseFactChange>? found, CaseFact fact, bool p, bool c)
    {
        if (p != c)
        {
            Add(ref found, fact, FactChange.Changed, null, null, p ? "true" : "false", c ? "true" : "false");
        }
    }

    private static void Sickness(
        ref List<CaseFactChange>? found,
        IReadOnlyList<SicknessPeriod> p,
        IReadOnlyList<SicknessPeriod> c,
        Assessment? assessed
    )
    {
        if (SameList(p, c))
        {
            return;
        }

        for (var i = 0; i < c.Count; i++)
        {
            var period = c[i];
            var before = FindByFrom(p, period.From);
            if (before is null)
            {
                var wachttijdFrom = assessed?.Wachttijd.FirstSickDay;
                var text = new CaseFactText();
                var change = new CaseFactChange(CaseFact.SicknessPeriod, FactChange.Added, null, period.From, null, Until(period), text)
                {
                    // Not the first period: it either adds up with the one before (an interruption under four weeks, WIA art. 23
                    // lid 2) or, as the current assessment found, starts a wachttijd of its own.
                    Samentelling = i > 0 && wachttijdFrom is { } w && period.From > w,
                    StartsNewWachttijd = i > 0 && wachttijdFrom == period.From,
                };
                (found ??= []).Add(change);
            }
            else if (before.Until != period.Until)
            {
                Add(ref found, CaseFact.SicknessPeriod, FactChange.Changed, null, period.From, Until(before), Until(period));
            }
        }

        for (var i = 0; i < p.Count; i++)
        {
            if (FindByFrom(c, p[i].From) is null)
            {
                Add(ref found, CaseFact.SicknessPeriod, FactChange.Removed, null, p[i].From, Until(p[i]), null);
            }
        }
    }

    private static void Leave(ref List<CaseFactChange>? found, IReadOnlyList<LeavePeriod> p, IReadOnlyList<LeavePeriod> c)
    {
        if (SameList(p, c))
        {
            return;
        }

        for (var i = 0; i < c.Count; i++)
        {
            var leave = c[i];
            var before = FindLeave(p, leave);
            if (before is null)
            {
                Add(ref found, CaseFact.LeavePeriod, FactChange.Added, LeaveKinds.Code(leave.Kind), leave.From, null, Iso(leave.Until));
            }
            else if (before.Until != leave.Until)
            {
                Add(
                    ref found,
                    CaseFact.LeavePeriod,
                    FactChange.Changed,
                    LeaveKinds.Code(leave.Kind),
                    leave.From,
                    Iso(before.Until),
                    Iso(leave.Until)
                );
            }
        }

        for (var i = 0; i < p.Count; i++)
        {
            if (FindLeave(c, p[i]) is null)
            {
                Add(ref found, CaseFact.LeavePeriod, FactChange.Removed, LeaveKinds.Code(p[i].Kind), p[i].From, Iso(p[i].Until), null);
            }
        }
    }

    private static void Events(ref List<CaseFactChange>? found, IReadOnlyList<CaseEvent> p, IReadOnlyList<CaseEvent> c)
    {
        // The common case: the same events in the same order (a case read again from its file).
        if (p.Count == c.Count)
        {
            var same = true;
            for (var i = 0; i < c.Count && same; i++)
            {
                same = SameEvent(p[i], c[i]);
            }

            if (same)
            {
                return;
            }
        }

        // First the events found unchanged, then of the rest those of one type and date are changed; the others added or removed.
        var usedP = new bool[p.Count];
        var usedC = new bool[c.Count];
        for (var i = 0; i < c.Count; i++)
        {
            for (var j = 0; j < p.Count; j++)
            {
                if (!usedP[j] && SameEvent(p[j], c[i]))
                {
                    usedP[j] = usedC[i] = true;
                    break;
                }
            }
        }

        for (var i = 0; i < c.Count; i++)
        {
            if (usedC[i])
            {
                continue;
            }

            var change = FactChange.Added;
            for (var j = 0; j < p.Count; j++)
            {
                if (!usedP[j] && SameKey(p[j], c[i]))
                {
                    usedP[j] = true;
                    change = FactChange.Changed;
                    break;
                }
            }

            Add(ref found, CaseFact.Event, change, c[i].Type, c[i].On, null, null);
        }

        for (var j = 0; j < p.Count; j++)
        {
            if (!usedP[j])
            {
                Add(ref found, CaseFact.Event, FactChange.Removed, p[j].Type, p[j].On, null, null);
            }
        }
    }

    private static bool SameKey(CaseEvent a, CaseEvent b) => a.On == b.On && string.Equals(a.Type, b.Type, StringComparison.Ordinal);

    /// <summary>Whether two events record the same fact: one type and date, and the same details for a shipped event.</summary>
    private static bool SameEvent(CaseEvent a, CaseEvent b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (!SameKey(a, b) || a.GetType() != b.GetType())
        {
            return false;
        }

        return (a, b) switch
        {
            (ReIntegratieDocument x, ReIntegratieDocument y) => x.VisieWerkgever == y.VisieWerkgever
                && x.VisieWerknemer == y.VisieWerknemer,
            (Spoor2Trajectplan x, Spoor2Trajectplan y) => x.PlannedMonths == y.PlannedMonths,
            (Afwijking x, Afwijking y) => x.DueBy == y.DueBy
                && string.Equals(x.Obligation, y.Obligation, StringComparison.Ordinal)
                && string.Equals(x.Reason, y.Reason, StringComparison.Ordinal),
            (Loonsanctie x, Loonsanctie y) => x.Weeks == y.Weeks,
            (Verlenging x, Verlenging y) => x.Until == y.Until,
            (VervroegdeIvaBesluit x, VervroegdeIvaBesluit y) => x.Granted == y.Granted && x.WachttijdEndsOn == y.WachttijdEndsOn,
            (Spoor2Uitstel x, Spoor2Uitstel y) => x.Until == y.Until,
            _ => true,
        };
    }

    private static bool SameList<T>(IReadOnlyList<T> p, IReadOnlyList<T> c)
        where T : IEquatable<T>
    {
        if (ReferenceEquals(p, c))
        {
            return true;
        }

        if (p.Count != c.Count)
        {
            return false;
        }

        for (var i = 0; i < p.Count; i++)
        {
            if (!p[i].Equals(c[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static SicknessPeriod? FindByFrom(IReadOnlyList<SicknessPeriod> periods, LocalDate from)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].From == from)
            {
                return periods[i];
            }
        }

        return null;
    }

    private static LeavePeriod? FindLeave(IReadOnlyList<LeavePeriod> periods, LeavePeriod like)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Kind == like.Kind && periods[i].From == like.From)
            {
                return periods[i];
            }
        }

        return null;
    }

    private static string Until(SicknessPeriod period) => period.Until is { } u ? IsoDates.Format(u) : "open";

    private static string? Iso(LocalDate? date) => date is { } d ? IsoDates.Format(d) : null;

    private static void Add(
        ref List<CaseFactChange>? found,
        CaseFact fact,
        FactChange change,
        string? code,
        LocalDate? date,
        string? previousValue,
        string? currentValue
    ) => (found ??= []).Add(new CaseFactChange(fact, change, code, date, previousValue, currentValue, new CaseFactText()));
}
