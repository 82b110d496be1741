using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Portfolio;

/// <summary>
/// Builds a <see cref="Worklist"/> from assessments added one at a time, so a nightly run over a whole portfolio streams:
/// the builder keeps each case's worklist items and its share of the figures, never the assessment. Mutable and not
/// thread-safe: one builder per run, fed from one thread.
/// </summary>
/// <remarks>
/// What a case gives (<see cref="Add(Assessment)"/>): each overdue obligation, with the severity of its overdue warning
/// (<see cref="Severity.Warning"/> when it has none); each open obligation due from the date to <see cref="Within"/>
/// days later; each other warning of severity warning or high (not the overdue, due-soon and fulfilled-late warnings,
/// which the obligations stand for); and the wachttijd's last day or the end of the dismissal ban when it falls from
/// the date to 13 weeks (<see cref="EndWindowDays"/>) later, the lead the re-integratieverslag needs.
/// </remarks>
public sealed class WorklistBuilder
{
    /// <summary>The window in which the end of the wage period or of the dismissal ban is listed: 13 weeks, the lead of the re-integratieverslag.</summary>
    public const int EndWindowDays = 91;

    /// <summary>The window of due-soon obligations when none is given: 14 days.</summary>
    public const int DefaultWithinDays = 14;

    /// <summary>The largest window of due-soon obligations: 365 days.</summary>
    public const int MaxWithinDays = 365;

    private readonly List<WorklistItem> _items = [];
    private readonly Dictionary<string, int[]> _onTime = new(StringComparer.Ordinal);
    private readonly int[] _quarters = new int[5];
    private int _cases;
    private int _loonsanctieRisks;

    /// <summary>Creates a builder for the worklist on a date.</summary>
    /// <param name="asOf">The date of the worklist; every assessment added must be on it.</param>
    /// <param name="within">The window, in days after <paramref name="asOf"/>, of due-soon obligations: 0 to 365.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is below 0 or above 365.</exception>
    public WorklistBuilder(LocalDate asOf, int within = DefaultWithinDays)
    {
        if (within is < 0 or > MaxWithinDays)
        {
            throw new ArgumentOutOfRangeException(nameof(within), within, $"The window is from 0 to {MaxWithinDays} days.");
        }

        AsOf = asOf;
        Within = within;
    }

    /// <summary>Gets the date of the worklist.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the window of due-soon obligations, in days.</summary>
    public int Within { get; }

    /// <summary>Gets the number of cases added.</summary>
    public int Cases => _cases;

    /// <summary>Adds a case's assessment: its items and its share of the figures. The texts are read when asked for.</summary>
    /// <param name="assessment">The assessment, on <see cref="AsOf"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> is on another date than <see cref="AsOf"/>.</exception>
    public void Add(Assessment assessment) => Add(assessment, null);

    /// <summary>
    /// Adds a case's assessment, and reads the text of each of its items in a language now: a text that throws fails
    /// this call, and nothing of the case is added, so a host can report the case and go on.
    /// </summary>
    /// <param name="assessment">The assessment, on <see cref="AsOf"/>.</param>
    /// <param name="language">The language the texts are read in now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> is on another date than <see cref="AsOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    /// <exception cref="Rules.RuleEvaluationException">A text threw when it was rendered; nothing of the case was added.</exception>
    public void Add(Assessment assessment, TextLanguage language) => Add(assessment, (TextLanguage?)language);

    /// <summary>Builds the worklist of the cases added so far; the builder can take more cases after.</summary>
    /// <returns>The worklist.</returns>
    public Worklist Build()
    {
        // A stable sort: items equal on every key keep the order they were added in.
        var ordered = _items
            .OrderBy(i => i.Section)
            .ThenByDescending(i => i.Severity ?? Severity.Info)
            .ThenBy(i => i.Date ?? LocalDate.MaxIsoValue)
            .ThenBy(i => i.CaseId, StringComparer.Ordinal)
            .ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.Sequence)
            .ToArray();
        var onTime = _onTime
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new OnTimeFigure(p.Key, p.Value[0], p.Value[1], p.Value[2]))
            .ToArray();
        var figures = new WorklistFigures(_cases, Array.AsReadOnly(onTime), _loonsanctieRisks, (int[])_quarters.Clone());
        return new Worklist(AsOf, Within, Array.AsReadOnly(ordered), figures);
    }

    private void Add(Assessment assessment, TextLanguage? language)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        if (assessment.AsOf != AsOf)
        {
            throw new ArgumentException(
                $"The assessment of case '{assessment.CaseId}' is on {IsoDates.Format(assessment.AsOf)}, the worklist on {IsoDates.Format(AsOf)}: assess every case on the worklist's date.",
                nameof(assessment)
            );
        }

        if (language is { } check)
        {
            _ = TextLanguages.Check(check, nameof(language));
        }

        // The case's items and counts are gathered first and taken only when all went well.
        var items = new List<WorklistItem>();
        var counts = new List<(string Kind, int Column)>();
        var risks = 0;
        Collect(assessment, items, counts, ref risks);
        if (language is { } read)
        {
            foreach (var item in items)
            {
                _ = item.TextIn(read);
            }
        }

        _cases++;
        _quarters[Quarter(assessment.Wachttijd)]++;
        foreach (var (kind, column) in counts)
        {
            if (!_onTime.TryGetValue(kind, out var row))
            {
                row = new int[3];
                _onTime.Add(kind, row);
            }

            row[column]++;
        }

        _loonsanctieRisks += risks;
        _items.AddRange(items);
    }

    /// <summary>The quarter of the wachttijd a case is in: 0 to 3 by week (26 weeks each), 4 once it ended.</summary>
    private static int Quarter(WachttijdSummary t) =>
        t.State is WachttijdState.Ended or WachttijdState.EndedRecovered ? 4 : Math.Min(3, Math.Max(0, (t.Week - 1) / 26));

    private void Collect(Assessment a, List<WorklistItem> items, List<(string Kind, int Column)> counts, ref int risks)
    {
        foreach (var o in a.Obligations)
        {
            switch (o.Status)
            {
                case ObligationStatus.Fulfilled:
                    counts.Add((o.Kind, 0));
                    break;
                case ObligationStatus.FulfilledLate:
                    counts.Add((o.Kind, 1));
                    break;
                case ObligationStatus.Overdue:
                    counts.Add((o.Kind, 2));
                    break;
            }

            if (o.Status == ObligationStatus.Overdue)
            {
                var severity = OverdueSeverity(a, o) ?? Severity.Warning;
                if (o.LegalCharacter == LegalCharacter.Statute)
                {
                    risks++;
                }

                items.Add(new WorklistItem(WorklistSection.Overdue, a.CaseId, o.Kind, o.Sequence, o.DueBy, "overdue", severity, o));
            }
            else if (o.Status == ObligationStatus.Open && o.DueBy is { } due && due >= a.AsOf && due <= a.AsOf.PlusDays(Within))
            {
                items.Add(new WorklistItem(WorklistSection.DueSoon, a.CaseId, o.Kind, o.Sequence, due, "open", null, o));
            }
        }

        foreach (var w in a.Warnings)
        {
            if (w.Kind is not (WarningCodes.Overdue or WarningCodes.DueSoon or WarningCodes.FulfilledLate) && w.Severity != Severity.Info)
            {
                items.Add(
                    new WorklistItem(WorklistSection.Risk, a.CaseId, w.Kind, w.Sequence, null, Severities.Code(w.Severity), w.Severity, w)
                );
            }
        }

        var t = a.Wachttijd;
        var horizon = a.AsOf.PlusDays(EndWindowDays);
        if (
            t.LastDay is { } last
            && last >= a.AsOf
            && last <= horizon
            && t.State is not (WachttijdState.Ended or WachttijdState.EndedRecovered)
        )
        {
            var end = a.TryGetMilestone(MilestoneCodes.EindeWachttijd, out var m) ? m : null;
            items.Add(new WorklistItem(WorklistSection.End, a.CaseId, "last-day", 0, last, WachttijdStates.Code(t.State), null, end));
        }

        if (a.TryGetMilestone(MilestoneCodes.EindeOpzegverbod, out var ban) && ban.On >= a.AsOf && ban.On <= horizon)
        {
            items.Add(new WorklistItem(WorklistSection.End, a.CaseId, "ban-end", 0, ban.On, WachttijdStates.Code(t.State), null, ban));
        }
    }

    /// <summary>The severity of the warning that an obligation is overdue; null when there is none.</summary>
    private static Severity? OverdueSeverity(Assessment a, Obligation o)
    {
        foreach (var w in a.Warnings)
        {
            if (w.Kind == WarningCodes.Overdue && w.Obligation == o.Kind && (w.Sequence == o.Sequence || o.Sequence == 0))
            {
                return w.Severity;
            }
        }

        return null;
    }
}
