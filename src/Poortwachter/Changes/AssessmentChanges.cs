using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Changes;

/// <summary>
/// Compares two assessments of one case (<i>wat is er veranderd</i>): two assessment dates, an old and a new version of
/// the case, or both. A pure function: no I/O, no clock; the texts are built only when read.
/// </summary>
/// <remarks>
/// Items are matched by identity (see <see cref="Change"/>). Two assessments that agree give an empty set at the cost of
/// one small object: the comparison walks both lists side by side and allocates only for what differs.
/// </remarks>
public static class AssessmentChanges
{
    /// <summary>Returns what changed from one assessment of a case to another.</summary>
    /// <param name="previous">The earlier assessment (yesterday's run); <see langword="null"/> for a new case: everything is added.</param>
    /// <param name="current">The later assessment; <see langword="null"/> for a case that vanished: everything is removed.</param>
    /// <returns>The change set; <see cref="ChangeSet.IsEmpty"/> when they agree.</returns>
    /// <exception cref="ArgumentException">Both are null, or they are of different cases.</exception>
    public static ChangeSet Between(Assessment? previous, Assessment? current) => Between(previous, current, null, null);

    /// <summary>
    /// Returns what changed from one assessment of a case to another, and which facts of the case differ, so that each
    /// change says why: <c>plan van aanpak 17 days later: sickness period from 2025-03-10 added (samentelling)</c>.
    /// </summary>
    /// <param name="previous">The earlier assessment; <see langword="null"/> for a new case.</param>
    /// <param name="current">The later assessment; <see langword="null"/> for a case that vanished.</param>
    /// <param name="previousCase">The case <paramref name="previous"/> was made of, or <see langword="null"/> when unknown.</param>
    /// <param name="currentCase">The case <paramref name="current"/> was made of, or <see langword="null"/> when unknown.</param>
    /// <returns>The change set. The case facts are compared only when both cases are given (and are not one object).</returns>
    /// <exception cref="ArgumentException">Both assessments are null, or an assessment or case is of another case.</exception>
    /// <remarks>
    /// Sickness periods are matched by first day, leave periods by kind and first day, events by type and date (a
    /// second event of one type on one day by order). A shipped event's details are compared (a loonsanctie's weeks,
    /// a verlenging's end, an afwijking's date and reason, the views recorded in a plan); a host's own event type is
    /// compared by type and date only.
    /// </remarks>
    public static ChangeSet Between(Assessment? previous, Assessment? current, SicknessCase? previousCase, SicknessCase? currentCase)
    {
        var anchor =
            current ?? previous ?? throw new ArgumentException("At least one of the two assessments is required.", nameof(current));
        CheckCase(previous?.CaseId, anchor.CaseId, nameof(previous));
        CheckCase(previousCase?.CaseId, anchor.CaseId, nameof(previousCase));
        CheckCase(currentCase?.CaseId, anchor.CaseId, nameof(currentCase));

        var facts = CaseFactDiff.Between(previousCase, currentCase, current);
        var collector = new Collector(previous, current, facts);
        CompareObligations(previous?.Obligations ?? [], current?.Obligations ?? [], ref collector);
        CompareMilestones(previous?.Milestones ?? [], current?.Milestones ?? [], ref collector);
        CompareWarnings(previous?.Warnings ?? [], current?.Warnings ?? [], ref collector);
        CompareWachttijd(previous, current, ref collector);
        return new ChangeSet(previous, current, collector.Changes ?? (IReadOnlyList<Change>)[], facts);
    }

    private static void CheckCase(string? id, string expected, string parameter)
    {
        if (id is not null && !string.Equals(id, expected, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Case '{id}' is not case '{expected}': a change set compares one case.", parameter);
        }
    }

    private static void CompareObligations(IReadOnlyList<Obligation> p, IReadOnlyList<Obligation> c, ref Collector k)
    {
        if (Aligned(p, c, default(ObligationIdentity)))
        {
            for (var i = 0; i < c.Count; i++)
            {
                CompareObligation(p[i], c[i], ref k);
            }

            return;
        }

        var matched = Pair(p, c, default(ObligationIdentity), out var used);
        for (var i = 0; i < c.Count; i++)
        {
            if (matched[i] >= 0)
            {
                CompareObligation(p[matched[i]], c[i], ref k);
            }
            else
            {
                var o = c[i];
                k.Add(ChangeSubject.Obligation, o.Kind, o.Sequence, 1, null, ChangeKinds.Added, null, o.DueBy, null, Status(o), null, o);
            }
        }

        for (var i = 0; i < p.Count; i++)
        {
            if (!used[i])
            {
                var o = p[i];
                k.Add(ChangeSubject.Obligation, o.Kind, o.Sequence, 1, null, ChangeKinds.Removed, o.DueBy, null, Status(o), null, o, null);
            }
        }
    }

    private static void CompareObligation(Obligation p, Obligation c, ref Collector k)
    {
        var what =
            (p.DueBy != c.DueBy ? ChangeKinds.Moved : ChangeKinds.None)
            | (p.Status != c.Status ? ChangeKinds.StatusChanged : ChangeKinds.None);
        if (what != ChangeKinds.None)
        {
            k.Add(ChangeSubject.Obligation, c.Kind, c.Sequence, 1, null, what, p.DueBy, c.DueBy, Status(p), Status(c), p, c);
        }
    }

    private static string Status(Obligation o) => ObligationStatuses.Code(o.Status);

    private static void CompareMilestones(IReadOnlyList<Milestone> p, IReadOnlyList<Milestone> c, ref Collector k)
    {
        if (Aligned(p, c, default(MilestoneIdentity)))
        {
            for (var i = 0; i < c.Count; i++)
            {
                if (p[i].On != c[i].On)
                {
                    k.Add(
                        ChangeSubject.Milestone,
                        c[i].Kind,
                        0,
                        Occurrence(c, i, default(MilestoneIdentity)),
                        null,
                        ChangeKinds.Moved,
                        p[i].On,
                        c[i].On,
                        null,
                        null,
                        p[i],
                        c[i]
                    );
                }
            }

            return;
        }

        var matched = Pair(p, c, default(MilestoneIdentity), out var used);
        for (var i = 0; i < c.Count; i++)
        {
            var m = c[i];
            var occurrence = Occurrence(c, i, default(MilestoneIdentity));
            if (matched[i] < 0)
            {
                k.Add(ChangeSubject.Milestone, m.Kind, 0, occurrence, null, ChangeKinds.Added, null, m.On, null, null, null, m);
            }
            else if (p[matched[i]].On != m.On)
            {
                k.Add(
                    ChangeSubject.Milestone,
                    m.Kind,
                    0,
                    occurrence,
                    null,
                    ChangeKinds.Moved,
                    p[matched[i]].On,
                    m.On,
                    null,
                    null,
                    p[matched[i]],
                    m
                );
            }
        }

        for (var i = 0; i < p.Count; i++)
        {
            if (!used[i])
            {
                var m = p[i];
                k.Add(
                    ChangeSubject.Milestone,
                    m.Kind,
                    0,
                    Occurrence(p, i, default(MilestoneIdentity)),
                    null,
                    ChangeKinds.Removed,
                    m.On,
                    null,
                    null,
                    null,
                    m,
                    null
                );
            }
        }
    }

    private static void CompareWarnings(IReadOnlyList<Warning> p, IReadOnlyList<Warning> c, ref Collector k)
    {
        if (Aligned(p, c, default(WarningIdentity)))
        {
            for (var i = 0; i < c.Count; i++)
            {
                if (p[i].Severity != c[i].Severity)
                {
                    AddWarning(p[i], c[i], Occurrence(c, i, default(WarningIdentity)), ChangeKinds.StatusChanged, ref k);
                }
            }

            return;
        }

        var matched = Pair(p, c, default(WarningIdentity), out var used);
        for (var i = 0; i < c.Count; i++)
        {
            var occurrence = Occurrence(c, i, default(WarningIdentity));
            if (matched[i] < 0)
            {
                AddWarning(null, c[i], occurrence, ChangeKinds.Added, ref k);
            }
            else if (p[matched[i]].Severity != c[i].Severity)
            {
                AddWarning(p[matched[i]], c[i], occurrence, ChangeKinds.StatusChanged, ref k);
            }
        }

        for (var i = 0; i < p.Count; i++)
        {
            if (!used[i])
            {
                AddWarning(p[i], null, Occurrence(p, i, default(WarningIdentity)), ChangeKinds.Removed, ref k);
            }
        }
    }

    private static void AddWarning(Warning? p, Warning? c, int occurrence, ChangeKinds what, ref Collector k)
    {
        var w = (c ?? p)!;
        k.Add(
            ChangeSubject.Warning,
            w.Kind,
            w.Sequence,
            occurrence,
            w.Obligation,
            what,
            null,
            null,
            p is null ? null : Severities.Code(p.Severity),
            c is null ? null : Severities.Code(c.Severity),
            p,
            c
        );
    }

    private static void CompareWachttijd(Assessment? previous, Assessment? current, ref Collector k)
    {
        var p = previous?.Wachttijd;
        var c = current?.Wachttijd;
        string? ps = p is null ? null : WachttijdStates.Code(p.State);
        string? cs = c is null ? null : WachttijdStates.Code(c.State);
        if (!string.Equals(ps, cs, StringComparison.Ordinal))
        {
            var what =
                ps is null ? ChangeKinds.Added
                : cs is null ? ChangeKinds.Removed
                : ChangeKinds.StatusChanged;
            k.Add(ChangeSubject.Wachttijd, WachttijdItems.State, 0, 1, null, what, null, null, ps, cs, null, null);
        }

        EndDate(
            WachttijdItems.LastDay,
            p?.LastDay,
            c?.LastDay,
            Find(previous, MilestoneCodes.EindeWachttijd),
            Find(current, MilestoneCodes.EindeWachttijd),
            ref k
        );
        EndDate(
            WachttijdItems.WachttijdEndsOn,
            p?.WachttijdEndsOn,
            c?.WachttijdEndsOn,
            Find(previous, MilestoneCodes.EindeWachttijdVervroegd),
            Find(current, MilestoneCodes.EindeWachttijdVervroegd),
            ref k
        );
        var pb = Find(previous, MilestoneCodes.EindeOpzegverbod);
        var cb = Find(current, MilestoneCodes.EindeOpzegverbod);
        EndDate(WachttijdItems.BanEnd, pb?.On, cb?.On, pb, cb, ref k);
    }

    private static void EndDate(string item, LocalDate? p, LocalDate? c, Milestone? pm, Milestone? cm, ref Collector k)
    {
        if (p == c)
        {
            return;
        }

        var what =
            p is null ? ChangeKinds.Added
            : c is null ? ChangeKinds.Removed
            : ChangeKinds.Moved;
        k.Add(ChangeSubject.Wachttijd, item, 0, 1, null, what, p, c, null, null, pm, cm);
    }

    private static Milestone? Find(Assessment? assessment, string kind) =>
        assessment is not null && assessment.TryGetMilestone(kind, out var m) ? m : null;

    /// <summary>Whether both lists hold the same identities at the same places (the common case: nothing to search).</summary>
    private static bool Aligned<T, TId>(IReadOnlyList<T> p, IReadOnlyList<T> c, TId id)
        where TId : struct, IIdentity<T>
    {
        if (p.Count != c.Count)
        {
            return false;
        }

        for (var i = 0; i < c.Count; i++)
        {
            if (!id.Same(p[i], c[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For each current item the index of its previous item (the first unused one of the same identity), or -1.</summary>
    private static int[] Pair<T, TId>(IReadOnlyList<T> p, IReadOnlyList<T> c, TId id, out bool[] used)
        where TId : struct, IIdentity<T>
    {
        used = new bool[p.Count];
        var matched = new int[c.Count];
        for (var i = 0; i < c.Count; i++)
        {
            matched[i] = -1;
            for (var j = 0; j < p.Count; j++)
            {
                if (!used[j] && id.Same(p[j], c[i]))
                {
                    used[j] = true;
                    matched[i] = j;
                    break;
                }
            }
        }

        return matched;
    }

    /// <summary>1 + the number of items before <paramref name="index"/> of the same identity.</summary>
    private static int Occurrence<T, TId>(IReadOnlyList<T> items, int index, TId id)
        where TId : struct, IIdentity<T>
    {
        var n = 1;
        for (var i = 0; i < index; i++)
        {
            if (id.Same(items[i], items[index]))
            {
                n++;
            }
        }

        return n;
    }

    private interface IIdentity<in T>
    {
        bool Same(T a, T b);
    }

    private readonly struct ObligationIdentity : IIdentity<Obligation>
    {
        public bool Same(Obligation a, Obligation b) => a.Sequence == b.Sequence && string.Equals(a.Kind, b.Kind, StringComparison.Ordinal);
    }

    private readonly struct MilestoneIdentity : IIdentity<Milestone>
    {
        public bool Same(Milestone a, Milestone b) => string.Equals(a.Kind, b.Kind, StringComparison.Ordinal);
    }

    private readonly struct WarningIdentity : IIdentity<Warning>
    {
        public bool Same(Warning a, Warning b) =>
            a.Sequence == b.Sequence
            && string.Equals(a.Kind, b.Kind, StringComparison.Ordinal)
            && string.Equals(a.Obligation, b.Obligation, StringComparison.Ordinal);
    }

    /// <summary>The changes found so far; the list is made on the first.</summary>
    private struct Collector(Assessment? previous, Assessment? current, IReadOnlyList<CaseFactChange> facts)
    {
        public List<Change>? Changes;

        public void Add(
            ChangeSubject subject,
            string kind,
            int sequence,
            int occurrence,
            string? about,
            ChangeKinds what,
            LocalDate? previousDate,
            LocalDate? currentDate,
            string? previousStatus,
            string? currentStatus,
            object? previousItem,
            object? currentItem
        )
        {
            var recovery =
                subject == ChangeSubject.Wachttijd
                && string.Equals(kind, WachttijdItems.State, StringComparison.Ordinal)
                && current?.Wachttijd is { State: WachttijdState.EndedRecovered, Interruptions: { Count: > 0 } gaps }
                    ? gaps[gaps.Count - 1]
                    : null;
            var text = new ChangeText(previousItem, currentItem, facts, previous?.AsOf, current?.AsOf, recovery);
            (Changes ??= []).Add(
                new Change(subject, kind, sequence, occurrence, about, what, previousDate, currentDate, previousStatus, currentStatus, text)
            );
        }
    }
}
