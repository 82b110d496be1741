using System;
using NodaTime;

namespace Poortwachter.Cases;

/// <summary>The kinds of leave whose days do not count towards the wachttijd.</summary>
public enum LeaveKind
{
    /// <summary>
    /// Pregnancy and birth leave under the Wet arbeid en zorg (<i>zwangerschaps- en bevallingsverlof</i>, Wazo);
    /// code <c>zwangerschap-bevalling</c>. Its days do not count (BW 7:629 lid 4; WIA art. 23 lid 5).
    /// </summary>
    ZwangerschapBevalling = 1,
}

/// <summary>
/// A period of leave whose days do not count towards the wachttijd (<i>verlof</i>), with both ends inclusive.
/// </summary>
public sealed class LeavePeriod : IEquatable<LeavePeriod>
{
    /// <summary>Initializes a new leave period.</summary>
    /// <param name="kind">The kind of leave.</param>
    /// <param name="from">The first day of the leave.</param>
    /// <param name="until">The last day of the leave (inclusive).</param>
    public LeavePeriod(LeaveKind kind, LocalDate from, LocalDate until)
    {
        Kind = kind;
        From = from;
        Until = until;
    }

    /// <summary>Gets the kind of leave.</summary>
    public LeaveKind Kind { get; }

    /// <summary>Gets the first day of the leave.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the leave (inclusive).</summary>
    public LocalDate Until { get; }

    /// <summary>Returns whether <paramref name="date"/> lies within the leave.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is on or between <see cref="From"/> and <see cref="Until"/>.</returns>
    public bool Contains(LocalDate date) => date >= From && date <= Until;

    /// <inheritdoc/>
    public bool Equals(LeavePeriod? other) => other is not null && Kind == other.Kind && From == other.From && Until == other.Until;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LeavePeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => (((int)Kind * 397) ^ From.GetHashCode()) * 397 ^ Until.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => $"{LeaveKinds.Code(Kind)} {From:uuuu-MM-dd}..{Until:uuuu-MM-dd}";
}

/// <summary>The stable contract codes of <see cref="LeaveKind"/> values.</summary>
public static class LeaveKinds
{
    /// <summary>The code of <see cref="LeaveKind.ZwangerschapBevalling"/>: <c>zwangerschap-bevalling</c>.</summary>
    public const string ZwangerschapBevalling = "zwangerschap-bevalling";

    /// <summary>Returns the contract code of a leave kind.</summary>
    /// <param name="kind">The leave kind.</param>
    /// <returns>The kebab-case code, such as <c>zwangerschap-bevalling</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined leave kind.</exception>
    public static string Code(LeaveKind kind) =>
        kind switch
        {
            LeaveKind.ZwangerschapBevalling => ZwangerschapBevalling,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown leave kind."),
        };

    /// <summary>Parses a contract code into a leave kind.</summary>
    /// <param name="code">The code, such as <c>zwangerschap-bevalling</c>.</param>
    /// <param name="kind">The leave kind, when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out LeaveKind kind)
    {
        if (string.Equals(code, ZwangerschapBevalling, StringComparison.Ordinal))
        {
            kind = LeaveKind.ZwangerschapBevalling;
            return true;
        }

        kind = default;
        return false;
    }
}
