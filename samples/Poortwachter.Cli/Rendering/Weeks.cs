using System.Globalization;
using Poortwachter.Assessments;

namespace Poortwachter.Cli.Rendering;

/// <summary>The counted days and the week of the wachttijd as the table and the page show them.</summary>
internal static class Weeks
{
    /// <summary>
    /// The counted sick days with the week they reached, such as <c>98 (week 14 of 104)</c> (in Dutch
    /// <c>98 (week 14 van 104)</c>). Before the first counted day (pregnancy and birth leave from day 1) no day has
    /// counted yet: the wachttijd stands at the start of week 1, which is said in words rather than as a "week 0" that
    /// does not exist.
    /// </summary>
    /// <param name="wachttijd">The wachttijd of an assessment.</param>
    /// <param name="language">The language of the text.</param>
    /// <returns>The text.</returns>
    public static string CountedDays(WachttijdSummary wachttijd, TextLanguage language = TextLanguage.English) =>
        wachttijd.CountedDays <= 0
            ? language.Say(
                "0 (week 1 of 104 begins at the first counted day: no sick day has counted yet)",
                "0 (week 1 van 104 begint op de eerste getelde ziektedag: er is nog geen ziektedag geteld)"
            )
        : wachttijd.Week > 104
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"{wachttijd.CountedDays} (week {wachttijd.Week}: {language.Say("the 104 weeks are complete and wage continuation has been extended", "de 104 weken zijn voorbij en de loondoorbetaling is verlengd")})"
            )
        : string.Create(CultureInfo.InvariantCulture, $"{wachttijd.CountedDays} (week {wachttijd.Week} {language.Say("of", "van")} 104)");
}
