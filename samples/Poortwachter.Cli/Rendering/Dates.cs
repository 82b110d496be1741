using System.Globalization;
using NodaTime;

namespace Poortwachter.Cli.Rendering;

/// <summary>Dates as the output shows them: ISO, or a dash when absent.</summary>
internal static class Dates
{
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(LocalDate? date) => date is { } d ? Iso(d) : "-";

    public static string Basic(LocalDate date) => date.ToString("uuuuMMdd", CultureInfo.InvariantCulture);
}
