using System;
using System.Collections.Generic;
using System.Text;
using Poortwachter.Assessments;

namespace Poortwachter.Rules;

/// <summary>Renders the rule catalogue from the rules' own metadata, so documentation cannot drift from the code.</summary>
public static class RuleCatalog
{
    /// <summary>Renders a Markdown table: code, what, due rule, source, legal character.</summary>
    /// <param name="rules">The rules, in catalogue order.</param>
    /// <returns>The table, one line per rule, with a header.</returns>
    public static string ToMarkdown(IEnumerable<IRule> rules)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        var sb = new StringBuilder();
        sb.Append("| code | what | due | source | legal character | in force (first sick day) |\n");
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var d = rule.Descriptor;
            sb.Append("| `")
                .Append(d.Code)
                .Append("` | ")
                .Append(Escape(d.Title))
                .Append(" | ")
                .Append(Escape(d.DueRule))
                .Append(" | ")
                .Append(Escape(d.LegalBasis.Citation))
                .Append(" | ")
                .Append(LegalCharacters.Code(d.Character))
                .Append(d.EnabledByDefault ? string.Empty : " (off by default)")
                .Append(" | ")
                .Append(InForce(d))
                .Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>The first sick days a rule applies to: "from" its first day, or the two days of a closed period.</summary>
    private static string InForce(RuleDescriptor d) =>
        d.InForceUntil is { } until
            ? IsoDates.Format(d.InForceFrom) + " to " + IsoDates.Format(until)
            : "from " + IsoDates.Format(d.InForceFrom);

    private static string Escape(string text) => text.Replace("|", "\\|");
}
