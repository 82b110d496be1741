using System.Globalization;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Cli.Rendering;

/// <summary>Dates as the output shows them: ISO in English, <c>12 mei 2027</c> in Dutch, or a dash when absent.</summary>
internal static class Dates
{
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(LocalDate? date) => date is { } d ? Iso(d) : "-";

    public static string Basic(LocalDate date) => date.ToString("uuuuMMdd", CultureInfo.InvariantCulture);

    /// <summary>A date as a reader of the language expects it: ISO in English (as <see cref="Iso(LocalDate)"/>), <c>12 mei 2027</c> in Dutch, as the engine's Dutch texts write it.</summary>
    public static string Show(LocalDate date, TextLanguage language) =>
        language == TextLanguage.Dutch ? TextLanguages.FormatDate(date, language) : Iso(date);

    /// <summary>A date in a language, or a dash when absent.</summary>
    public static string Show(LocalDate? date, TextLanguage language) => date is { } d ? Show(d, language) : "-";
}
