using System.Collections.Generic;
using NodaTime;

namespace Poortwachter.Portfolio;

/// <summary>
/// The portfolio on one date, what a casemanager does first (<see cref="WorklistBuilder"/> makes it): the items in
/// the order of <see cref="Items"/>, and the portfolio's <see cref="Figures"/>. Immutable.
/// </summary>
public sealed class Worklist
{
    internal Worklist(LocalDate asOf, int within, IReadOnlyList<WorklistItem> items, WorklistFigures figures)
    {
        AsOf = asOf;
        Within = within;
        Items = items;
        Figures = figures;
    }

    /// <summary>Gets the date of the worklist: the date every case was assessed on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the window, in days after <see cref="AsOf"/>, in which an open obligation's due date lists it as due soon.</summary>
    public int Within { get; }

    /// <summary>
    /// Gets the items in order: the overdue obligations (most severe first, then the oldest due date), the obligations
    /// due within <see cref="Within"/> days (soonest first), the other sanction risks (most severe first), then the ends
    /// within 13 weeks (soonest first); within that, by case id, kind and sequence, and otherwise in the order added.
    /// </summary>
    public IReadOnlyList<WorklistItem> Items { get; }

    /// <summary>Gets the portfolio's figures.</summary>
    public WorklistFigures Figures { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        System.FormattableString.Invariant($"worklist on {IsoDates.Format(AsOf)}: {Figures.Cases} cases, {Items.Count} items");
}
