using NodaTime;

namespace Poortwachter.Timeline;

/// <summary>Converts calendar dates to consecutive day numbers and back, so the clock can do integer arithmetic.</summary>
internal static class DayNumber
{
    /// <summary>A day number far beyond any supported date, standing for "open-ended".</summary>
    public const int Infinity = 1 << 29;

    private static readonly LocalDate Epoch = new(1900, 1, 1);

    public static int Of(LocalDate date) => Period.DaysBetween(Epoch, date);

    public static LocalDate ToDate(int dayNumber) => Epoch.PlusDays(dayNumber);
}
