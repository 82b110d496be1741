using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;

namespace Poortwachter.Cli.Rendering;

/// <summary>The rule behind each obligation and milestone code, for titles and due rules in the output, in its language.</summary>
internal sealed class RuleTitles
{
    private readonly Dictionary<string, RuleDescriptor> _byCode;

    private RuleTitles(Dictionary<string, RuleDescriptor> byCode, TextLanguage language)
    {
        _byCode = byCode;
        Language = language;
    }

    /// <summary>Gets the language of the titles and due rules.</summary>
    public TextLanguage Language { get; }

    public static RuleTitles For(PoortwachterEngine engine, LocalDate firstSickDay, TextLanguage language = TextLanguage.English)
    {
        var map = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in engine.RulesFor(firstSickDay).Rules)
        {
            map[rule.Descriptor.Code] = rule.Descriptor;
        }

        return new RuleTitles(map, language);
    }

    public RuleDescriptor? Rule(string code) => _byCode.TryGetValue(code, out var d) ? d : null;

    /// <summary>The rule's title, such as <c>Plan van aanpak (action plan)</c> (in Dutch <c>Plan van aanpak</c>); the code when no rule has it.</summary>
    public string Title(string code) => Rule(code)?.TitleIn(Language) is { Length: > 0 } title ? title : code;

    /// <summary>The title with the number of a repeating obligation.</summary>
    public string Title(Obligation obligation) =>
        obligation.Sequence > 0
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"{Title(obligation.Kind)}{(Language == TextLanguage.Dutch ? " nr. " : " #")}{obligation.Sequence}"
            )
            : Title(obligation.Kind);

    /// <summary>
    /// The Dutch term alone, such as <c>Plan van aanpak #2</c>: the English title up to its English gloss; the Dutch
    /// title whole (it has no gloss, and its own parentheses, as in <c>(42e week)</c>, are part of it).
    /// </summary>
    public string ShortTitle(Obligation obligation)
    {
        if (Language == TextLanguage.Dutch)
        {
            return Title(obligation);
        }

        var title = Title(obligation.Kind);
        var gloss = title.IndexOf(" (", StringComparison.Ordinal);
        var term = gloss > 0 ? title.Substring(0, gloss) : title;
        return obligation.Sequence > 0 ? string.Create(CultureInfo.InvariantCulture, $"{term} #{obligation.Sequence}") : term;
    }

    /// <summary>A readable name of a milestone code in a language: the title its rule gives it; the code when none does.</summary>
    public static string Milestone(string code, TextLanguage language = TextLanguage.English)
    {
        foreach (var set in RuleSets.All)
        {
            if (language == TextLanguage.English)
            {
                if (set.MilestoneTitle(code) is { } title)
                {
                    return title;
                }

                continue;
            }

            foreach (var rule in set.Rules)
            {
                if (rule.Descriptor.MilestoneTitleIn(code, language) is { } title)
                {
                    return title;
                }
            }
        }

        return code;
    }

    /// <summary>The title of a milestone code in the language of these titles.</summary>
    public string MilestoneTitle(string code) => Milestone(code, Language);

    /// <summary>The due rule in words; empty when unknown.</summary>
    public string DueRule(string code) => Rule(code)?.DueRuleIn(Language) ?? string.Empty;
}
