using Poortwachter.Assessments;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The command's own words in the language of the output (<c>--language</c>): each text is written where it is used,
/// English first, so the English output stays as it was and the Dutch one sits beside it.
/// </summary>
internal static class Words
{
    /// <summary>Returns the English or the Dutch text.</summary>
    /// <param name="language">The language of the output.</param>
    /// <param name="english">The English text.</param>
    /// <param name="dutch">The Dutch text.</param>
    /// <returns>The text in the language.</returns>
    public static string Say(this TextLanguage language, string english, string dutch) => language == TextLanguage.Dutch ? dutch : english;

    /// <summary>A number of days in the language: <c>1 day</c>, <c>3 days</c>, <c>1 dag</c>, <c>3 dagen</c>.</summary>
    public static string Days(this TextLanguage language, int days) =>
        days.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (language == TextLanguage.Dutch ? (days == 1 ? " dag" : " dagen") : (days == 1 ? " day" : " days"));

    /// <summary>The Dutch name of an obligation's status, as the glossary gives it; the code in English.</summary>
    public static string Status(this TextLanguage language, ObligationStatus status) =>
        language != TextLanguage.Dutch
            ? ObligationStatuses.Code(status)
            : status switch
            {
                ObligationStatus.Fulfilled => "op tijd",
                ObligationStatus.FulfilledLate => "te laat uitgevoerd",
                ObligationStatus.Overdue => "te laat",
                ObligationStatus.Suspended => "opgeschort",
                ObligationStatus.NotApplicable => "niet van toepassing",
                _ => "open",
            };

    /// <summary>
    /// The name of a warning's severity, the one scale of the table and the page: the code in English (high, warning,
    /// info; the table writes WARN for warning), hoog, middel, info in Dutch.
    /// </summary>
    public static string Severity(this TextLanguage language, Severity severity) =>
        language != TextLanguage.Dutch
            ? Severities.Code(severity)
            : severity switch
            {
                Assessments.Severity.High => "hoog",
                Assessments.Severity.Warning => "middel",
                _ => "info",
            };

    /// <summary>The state of the wachttijd: its code in English, its Dutch name in Dutch.</summary>
    public static string State(this TextLanguage language, Timeline.WachttijdState state) =>
        language != TextLanguage.Dutch
            ? Timeline.WachttijdStates.Code(state)
            : state switch
            {
                Timeline.WachttijdState.Running => "loopt",
                Timeline.WachttijdState.Interrupted => "onderbroken",
                Timeline.WachttijdState.EndedRecovered => "geëindigd door herstel",
                _ => "geëindigd",
            };

    /// <summary>The legal character of a rule: its code in English (<c>statute</c>), its Dutch name in Dutch (<c>wet</c>).</summary>
    public static string Character(this TextLanguage language, LegalCharacter character) =>
        language != TextLanguage.Dutch
            ? LegalCharacters.Code(character)
            : character switch
            {
                LegalCharacter.Statute => "wettelijk",
                LegalCharacter.Policy => "beleid",
                _ => "praktijk",
            };
}
