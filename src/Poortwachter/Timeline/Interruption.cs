using NodaTime;

namespace Poortwachter.Timeline;

/// <summary>An interruption of the sickness: fit days between two sickness periods, or after the last one.</summary>
public sealed class Interruption
{
    internal Interruption(LocalDate from, LocalDate? until, int fitDays, bool isOngoing)
    {
        From = from;
        Until = until;
        FitDays = fitDays;
        IsOngoing = isOngoing;
    }

    /// <summary>Gets the first fit day.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last fit day known: the day before sickness resumed, the assessment date while ongoing, or <see langword="null"/> when the case ended by recovery.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets the number of fit days, leave days excluded.</summary>
    public int FitDays { get; }

    /// <summary>Gets a value indicating whether the interruption runs on the assessment date.</summary>
    public bool IsOngoing { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"fit from {From:uuuu-MM-dd}" + (Until is { } u ? $" to {u:uuuu-MM-dd}" : string.Empty) + $" ({FitDays} fit days)";
}
