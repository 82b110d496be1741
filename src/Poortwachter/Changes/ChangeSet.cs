using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Changes;

/// <summary>
/// What differs between two assessments of one case (<see cref="AssessmentChanges.Between(Assessment, Assessment)"/>):
/// the obligations, milestones, warnings and parts of the wachttijd's end that were added, removed, moved or changed
/// status, and, when both versions of the case were given, the case facts that differ.
/// </summary>
public sealed class ChangeSet
{
    internal ChangeSet(Assessment? previous, Assessment? current, IReadOnlyList<Change> changes, IReadOnlyList<CaseFactChange> caseFacts)
    {
        Previous = previous;
        Current = current;
        Changes = changes;
        CaseFacts = caseFacts;
    }

    /// <summary>Gets the case's identifier.</summary>
    public string CaseId => (Current ?? Previous)!.CaseId;

    /// <summary>Gets the previous assessment; <see langword="null"/> for a case that is new.</summary>
    public Assessment? Previous { get; }

    /// <summary>Gets the current assessment; <see langword="null"/> for a case that vanished.</summary>
    public Assessment? Current { get; }

    /// <summary>Gets the previous assessment date; <see langword="null"/> for a case that is new.</summary>
    public LocalDate? PreviousAsOf => Previous?.AsOf;

    /// <summary>Gets the current assessment date; <see langword="null"/> for a case that vanished.</summary>
    public LocalDate? AsOf => Current?.AsOf;

    /// <summary>Gets a value indicating whether the case is new: there is no previous assessment, and everything is added.</summary>
    public bool IsNewCase => Previous is null;

    /// <summary>Gets a value indicating whether the case vanished: there is no current assessment, and everything is removed.</summary>
    public bool IsVanishedCase => Current is null;

    /// <summary>
    /// Gets the changes: obligations in the current assessment's order (then those removed), milestones, warnings, and
    /// the wachttijd's end last. Empty when nothing changed.
    /// </summary>
    public IReadOnlyList<Change> Changes { get; }

    /// <summary>Gets the case facts that differ, when both versions of the case were given; empty otherwise.</summary>
    public IReadOnlyList<CaseFactChange> CaseFacts { get; }

    /// <summary>Gets a value indicating whether nothing differs: no change and no case fact.</summary>
    public bool IsEmpty => Changes.Count == 0 && CaseFacts.Count == 0;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{CaseId}: {Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} changes, {CaseFacts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} case facts";
}
