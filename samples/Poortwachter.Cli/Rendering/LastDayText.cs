using System.Linq;
using Poortwachter.Assessments;

namespace Poortwachter.Cli.Rendering;

/// <summary>The last day of an assessment as the table and the page label and show it, in the language of the output.</summary>
internal static class LastDayText
{
    /// <summary>The label of the last day of a wachttijd that UWV shortened (WIA art. 23 lid 6), before wage continuation ends.</summary>
    public const string ShortenedLabel = "Shortened wachttijd ends (IVA)";

    /// <summary>The label of the shortened wachttijd's last day in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Shortened(TextLanguage language) => language.Say(ShortenedLabel, "Einde verkorte wachttijd (vervroegde IVA)");

    /// <summary>
    /// The label: "Last day of wage continuation", or, when employment ended before it (ziek uit dienst), "Last day of
    /// the wachttijd": the employer's wage continuation ended with the employment and UWV pays from then.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(Assessment assessment, TextLanguage language = TextLanguage.English) =>
        assessment.Milestones.Any(m =>
            m.Kind == MilestoneCodes.EindeDienstverband && assessment.Wachttijd.LastDay is { } last && m.On < last
        )
            ? language.Say("Last day of the wachttijd", "Laatste dag van de wachttijd")
            : language.Say("Last day of wage continuation", "Laatste dag van loondoorbetaling");

    /// <summary>
    /// The first day of a WIA benefit, or "-": when the case has a last day but no WIA start, the employee reaches the AOW
    /// age by then, which the text says.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string WiaStart(Assessment assessment, TextLanguage language = TextLanguage.English) =>
        assessment.Wachttijd is { WiaStart: null, LastDay: not null }
            ? language.Say("- (no WIA past the AOW age)", "- (geen WIA na de AOW-leeftijd)")
            : Dates.Show(assessment.Wachttijd.WiaStart, language);

    /// <summary>
    /// The date with what moved it: the statutory day when extended or, past the AOW age, shortened, and "at the earliest"
    /// when the end is open.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Value(Assessment assessment, TextLanguage language = TextLanguage.English)
    {
        var t = assessment.Wachttijd;
        if (t.LastDay is not { } last)
        {
            return language.Say("- (the case ended by recovery)", "- (de zaak is geëindigd door herstel)");
        }

        var text = Dates.Show(last, language);
        if (t.IsLastDayOpen)
        {
            text += language.Say(
                " at the earliest: the end is open until the WIA application is made",
                " op zijn vroegst: het einde staat open tot de WIA-aanvraag is ingediend"
            );
        }

        if (t.StatutoryLastDay is { } s && s != last)
        {
            var statutory = Dates.Show(s, language);
            text +=
                last < s
                    ? language.Say(
                        $" (statutory {statutory}, shortened: the employee reaches the AOW age)",
                        $" (wettelijk {statutory}, verkort: de werknemer bereikt de AOW-leeftijd)"
                    )
                    : language.Say($" (statutory {statutory}, extended)", $" (wettelijk {statutory}, verlengd)");
        }

        return text;
    }
}
