using System;
using System.Collections.Generic;
using System.Text;
using Poortwachter.Assessments;

namespace Poortwachter.Rules;

/// <summary>Renders the rule catalogue from the rules' own metadata, so documentation cannot drift from the code.</summary>
public static class RuleCatalog
{
    /// <summary>Renders a Markdown table in English: code, what, due rule, source, legal character.</summary>
    /// <param name="rules">The rules, in catalogue order.</param>
    /// <returns>The table, one line per rule, with a header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static string ToMarkdown(IEnumerable<IRule> rules) => ToMarkdown(rules, TextLanguage.English);

    /// <summary>
    /// Renders a Markdown table in a language: code, what, due rule, source, legal character, in force. The titles and
    /// due rules are the descriptors' own in that language (<see cref="RuleDescriptor.TitleIn"/>,
    /// <see cref="RuleDescriptor.DueRuleIn"/>, the English ones where a rule has no Dutch text); codes, citations and
    /// legal-character codes are the same in every language; dates are ISO in English and <c>1 juli 2023</c> in Dutch.
    /// </summary>
    /// <param name="rules">The rules, in catalogue order.</param>
    /// <param name="language">The language of the headings and texts.</param>
    /// <returns>The table, one line per rule, with a header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string ToMarkdown(IEnumerable<IRule> rules, TextLanguage language)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        var dutch = TextLanguages.Check(language, nameof(language)) == TextLanguage.Dutch;
        var sb = new StringBuilder();
        sb.Append(
            dutch
                ? "| code | wat | termijn | bron | juridisch karakter | van toepassing (eerste ziektedag) |\n"
                : "| code | what | due | source | legal character | in force (first sick day) |\n"
        );
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var d = rule.Descriptor;
            sb.Append("| `")
                .Append(d.Code)
                .Append("` | ")
                .Append(Escape(d.TitleIn(language)))
                .Append(" | ")
                .Append(Escape(d.DueRuleIn(language)))
                .Append(" | ")
                .Append(Escape(d.LegalBasis.Citation))
                .Append(" | ")
                .Append(Character(d.Character, dutch))
                .Append(
                    d.EnabledByDefault ? string.Empty
                    : dutch ? " (standaard uit)"
                    : " (off by default)"
                )
                .Append(" | ")
                .Append(InForce(d, language))
                .Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>The first sick days a rule applies to: "from" its first day, or the two days of a closed period.</summary>
    private static string InForce(RuleDescriptor d, TextLanguage language)
    {
        if (language != TextLanguage.Dutch)
        {
            return d.InForceUntil is { } until
                ? IsoDates.Format(d.InForceFrom) + " to " + IsoDates.Format(until)
                : "from " + IsoDates.Format(d.InForceFrom);
        }

        var text = new TextBuffer(TextLanguage.Dutch, 64);
        if (d.InForceUntil is { } last)
        {
            text.Append($"{d.InForceFrom} tot en met {last}");
        }
        else
        {
            text.Append($"vanaf {d.InForceFrom}");
        }

        return text.ToString();
    }

    /// <summary>The legal character: its code in English (<c>statute</c>), its Dutch name in Dutch (<c>wet</c>).</summary>
    private static string Character(LegalCharacter character, bool dutch) =>
        !dutch
            ? LegalCharacters.Code(character)
            : character switch
            {
                LegalCharacter.Statute => "wettelijk",
                LegalCharacter.Policy => "beleid",
                _ => "praktijk",
            };

    private static string Escape(string text) => text.Replace("|", "\\|");
}
