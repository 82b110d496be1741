using System;
using NodaTime;

namespace Poortwachter.Cases;

/// <summary>
/// One uninterrupted period in which the employee was unfit for the agreed work because of illness
/// (<i>ziekteperiode</i>). Partial work while not fully fit is still sickness (BW 7:629 lid 12): only
/// full recovery ends a period.
/// </summary>
/// <remarks>
/// <para><see cref="Until"/> is the last sick day, inclusive; <see langword="null"/> while the employee is still sick.</para>
/// <para>The value is not validated on construction; <see cref="CaseValidator"/> reports every problem of a case at once.</para>
/// </remarks>
public sealed class SicknessPeriod : IEquatable<SicknessPeriod>
{
    /// <summary>Initializes a new sickness period.</summary>
    /// <param name="from">The first sick day of the period.</param>
    /// <param name="until">The last sick day of the period (inclusive), or <see langword="null"/> while still sick.</param>
    public SicknessPeriod(LocalDate from, LocalDate? until = null)
    {
        From = from;
        Until = until;
    }

    /// <summary>Gets the first sick day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last sick day of the period (inclusive), or <see langword="null"/> while the employee is still sick.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets a value indicating whether the period is still open (no recovery recorded).</summary>
    public bool IsOpen => Until is null;

    /// <inheritdoc/>
    public bool Equals(SicknessPeriod? other) => other is not null && From == other.From && Until == other.Until;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SicknessPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => (From.GetHashCode() * 397) ^ Until.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Until is { } until ? $"{From:uuuu-MM-dd}..{until:uuuu-MM-dd}" : $"{From:uuuu-MM-dd}..(open)";
}
