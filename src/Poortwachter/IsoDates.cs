using System.Globalization;
using NodaTime;

namespace Poortwachter;

/// <summary>
/// The one formatter of dates in the engine's texts: ISO-8601 calendar dates (<c>2025-01-06</c>), culture-invariant,
/// hand-rolled for the years 0 to 9999 because every explanation formats several dates.
/// </summary>
internal static class IsoDates
{
    /// <summary>Formats a date as <c>yyyy-mm-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date)
    {
        // Hand-rolled for years 0-9999 (a LocalDate's last year): the engine formats dates in every explanation it builds.
        var year = date.Year;
        if (year < 0)
        {
            return date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }

#if NETSTANDARD2_0
        var chars = new char[10];
        WriteIso(chars, year, date.Month, date.Day);
        return new string(chars);
#else
        return string.Create(10, (year, date.Month, date.Day), static (chars, d) => WriteIso(chars, d.year, d.Month, d.Day));
#endif
    }

    /// <summary>Writes <c>yyyy-mm-dd</c> for a year from 0 to 9999 into ten characters.</summary>
    internal static void WriteIso(System.Span<char> chars, int year, int month, int day)
    {
        chars[0] = (char)('0' + (year / 1000));
        chars[1] = (char)('0' + (year / 100 % 10));
        chars[2] = (char)('0' + (year / 10 % 10));
        chars[3] = (char)('0' + (year % 10));
        chars[4] = '-';
        chars[5] = (char)('0' + (month / 10));
        chars[6] = (char)('0' + (month % 10));
        chars[7] = '-';
        chars[8] = (char)('0' + (day / 10));
        chars[9] = (char)('0' + (day % 10));
    }
}
