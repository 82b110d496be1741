using System;

namespace Poortwachter.Assessments;

/// <summary>
/// The language a text of an assessment is written in (<i>taal</i>). It is chosen where the text is read, not where the
/// case is assessed: one <see cref="Assessment"/> gives its explanations and messages in either language
/// (<see cref="Obligation.ExplanationIn"/>, or a <see cref="TextBuffer"/> whose <see cref="TextBuffer.Language"/> is set).
/// Codes, dates in fields and JSON field names never depend on it.
/// </summary>
public enum TextLanguage
{
    /// <summary>English (<c>en</c>), with the statute's Dutch terms of art (<i>wachttijd</i>, <i>loonsanctie</i>) kept.</summary>
    English = 0,

    /// <summary>Dutch (<c>nl</c>), in the statute's own terms; dates in prose as <c>12 mei 2027</c>.</summary>
    Dutch = 1,
}

/// <summary>The languages' codes (<c>en</c>, <c>nl</c>) and the reading of a language tag such as <c>nl-NL</c>.</summary>
public static class TextLanguages
{
    /// <summary>The Dutch month names, lower case, January first.</summary>
    internal static readonly string[] DutchMonths =
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];

    /// <summary>Returns the code of a language: <c>en</c> or <c>nl</c> (the primary subtag of BCP 47).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Code(TextLanguage language) => Check(language, nameof(language)) == TextLanguage.Dutch ? "nl" : "en";

    /// <summary>
    /// Reads a language tag: <c>nl</c>, <c>en</c> or a tag whose primary subtag is one of them (<c>nl-NL</c>,
    /// <c>nl-BE</c>, <c>en-GB</c>), in any case. Other languages are not read: a host decides what they fall back to.
    /// </summary>
    /// <param name="tag">The tag.</param>
    /// <param name="language">The language, when the tag names one.</param>
    /// <returns>Whether the tag names a language that texts are written in.</returns>
    public static bool TryParse(string? tag, out TextLanguage language)
    {
        language = TextLanguage.English;
        if (tag is null)
        {
            return false;
        }

        var span = tag.AsSpan().Trim();
        var dash = span.IndexOfAny('-', '_');
        var primary = dash < 0 ? span : span.Slice(0, dash);
        if (primary.Equals("nl".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            language = TextLanguage.Dutch;
            return true;
        }

        return primary.Equals("en".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Writes a date as the texts of a language write it in prose: <c>2027-05-12</c> in English, <c>12 mei 2027</c> in
    /// Dutch (the form every explanation and message uses, for a page or table that shows dates beside them).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The date as text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string FormatDate(NodaTime.LocalDate date, TextLanguage language)
    {
        var text = new TextBuffer(language, 24);
        text.AppendDate(date);
        return text.ToString();
    }

    /// <summary>A language checked to be defined.</summary>
    internal static TextLanguage Check(TextLanguage language, string parameter) =>
        language is TextLanguage.English or TextLanguage.Dutch
            ? language
            : throw new ArgumentOutOfRangeException(parameter, language, "Not a defined language: use English or Dutch.");
}
