using System;
using System.Text;

namespace Poortwachter.Assessments;

/// <summary>A citation of the legal source of a rule: the law or policy text, the article and the lid.</summary>
public sealed class LegalSource : IEquatable<LegalSource>
{
    /// <summary>Initializes a new citation.</summary>
    /// <param name="law">The law or policy text, such as <c>Wet werk en inkomen naar arbeidsvermogen</c>.</param>
    /// <param name="article">The article, such as <c>25</c>; <see langword="null"/> for a text as a whole.</param>
    /// <param name="lid">The lid (paragraph) and any further part, such as <c>3</c> or <c>2 onder b</c>.</param>
    /// <param name="section">A section or chapter of a policy text, such as <c>4.3.1</c>.</param>
    public LegalSource(string law, string? article = null, string? lid = null, string? section = null)
    {
        Section = section;
        Law = string.IsNullOrWhiteSpace(law) ? throw new ArgumentException("A law or policy text is required.", nameof(law)) : law;
        Article = article;
        Lid = lid;
        Citation = Cite(Law, article, lid, section);
    }

    /// <summary>Gets the law or policy text.</summary>
    public string Law { get; }

    /// <summary>Gets the article, if any.</summary>
    public string? Article { get; }

    /// <summary>Gets the lid and any further part, if any.</summary>
    public string? Lid { get; }

    /// <summary>Gets the section or chapter of a policy text, if any.</summary>
    public string? Section { get; }

    /// <summary>Gets the citation as one line, such as <c>Wet werk en inkomen naar arbeidsvermogen, art. 25 lid 3</c>.</summary>
    /// <remarks>Made once, when the source is made: it is written with every obligation and milestone.</remarks>
    public string Citation { get; }

    /// <summary>
    /// Gets <see cref="Section"/> in Dutch where it holds English words (<c>zoals gewijzigd bij Stcrt. 2023, 13931</c>
    /// for <c>as amended by Stcrt. 2023, 13931</c>); <see langword="null"/> when the section reads the same in both.
    /// </summary>
    public string? DutchSection { get; init; }

    /// <summary>
    /// Returns the citation in a language: <see cref="Citation"/>, with <see cref="DutchSection"/> in Dutch where the
    /// source has one. The JSON output keeps <see cref="Citation"/> in both languages.
    /// </summary>
    /// <param name="language">The language of the text.</param>
    /// <returns>The citation as one line.</returns>
    public string CitationIn(TextLanguage language) =>
        TextLanguages.Check(language, nameof(language)) == TextLanguage.Dutch && DutchSection is not null
            ? Cite(Law, Article, Lid, DutchSection)
            : Citation;

    private static string Cite(string law, string? article, string? lid, string? section)
    {
        var sb = new StringBuilder(law);
        if (article is not null)
        {
            sb.Append(", art. ").Append(article);
        }

        if (lid is not null)
        {
            sb.Append(" lid ").Append(lid);
        }

        if (section is not null)
        {
            sb.Append(", ").Append(section);
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(LegalSource? other) => other is not null && string.Equals(Citation, other.Citation, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LegalSource);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Citation);

    /// <inheritdoc/>
    public override string ToString() => Citation;
}

/// <summary>The texts the shipped rules cite.</summary>
public static class Laws
{
    /// <summary>Regeling procesgang eerste en tweede ziektejaar (BWBR0013540).</summary>
    public const string RegelingProcesgang = "Regeling procesgang eerste en tweede ziektejaar";

    /// <summary>Wet werk en inkomen naar arbeidsvermogen (BWBR0019057).</summary>
    public const string Wia = "Wet werk en inkomen naar arbeidsvermogen";

    /// <summary>Ziektewet (BWBR0001888).</summary>
    public const string Ziektewet = "Ziektewet";

    /// <summary>Burgerlijk Wetboek Boek 7 (BWBR0005290).</summary>
    public const string Bw7 = "Burgerlijk Wetboek Boek 7";

    /// <summary>UWV Beleidsregels beoordelingskader poortwachter (BWBR0014375).</summary>
    public const string BeoordelingskaderPoortwachter = "Beleidsregels beoordelingskader poortwachter";

    /// <summary>UWV Werkwijzer Poortwachter.</summary>
    public const string WerkwijzerPoortwachter = "UWV Werkwijzer Poortwachter";

    /// <summary>
    /// The practice of re-integration bureaus in spoor 2 (trajectory plan, phases, progress and final reports): not
    /// law, and bureaus differ.
    /// </summary>
    public const string Spoor2Praktijk = "Praktijk re-integratiebureaus spoor 2";
}
