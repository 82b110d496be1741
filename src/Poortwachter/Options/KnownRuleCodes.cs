using System;
using System.Collections.Generic;
using Poortwachter.Rules;

namespace Poortwachter.Options;

/// <summary>
/// Refuses a code in <see cref="PoortwachterOptions.EnabledRules"/> or <see cref="PoortwachterOptions.DisabledRules"/>
/// that names no rule: a typo (<c>"spoor-2-trajectplan "</c>) would otherwise switch nothing on or off, silently.
/// </summary>
internal static class KnownRuleCodes
{
    /// <summary>
    /// Throws when the options name a rule code that is not known. Known are the codes of the rules of every shipped
    /// rule set (<see cref="RuleSets.All"/>) and of the given sets, of the host rules in the options and the group
    /// code <see cref="PoortwachterOptions.Spoor2TrajectGroup"/>.
    /// </summary>
    /// <param name="options">The options, with every host rule added.</param>
    /// <param name="ruleSets">The rule sets the engine chooses from.</param>
    /// <param name="paramName">The parameter the options came in.</param>
    /// <exception cref="ArgumentException">A code is not known; the message names it, the nearest known code and every known code.</exception>
    public static void Check(PoortwachterOptions options, IEnumerable<RuleSet> ruleSets, string paramName)
    {
        var known = Known(options, ruleSets);
        var set = new HashSet<string>(known, StringComparer.Ordinal);
        Check(options.EnabledRules, nameof(PoortwachterOptions.EnabledRules), set, known, paramName);
        Check(options.DisabledRules, nameof(PoortwachterOptions.DisabledRules), set, known, paramName);
    }

    /// <summary>The known codes, each once: the shipped catalogue, the host rules, then the group code.</summary>
    private static List<string> Known(PoortwachterOptions options, IEnumerable<RuleSet> ruleSets)
    {
        var known = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sets in new[] { RuleSets.All, ruleSets })
        {
            foreach (var set in sets)
            {
                foreach (var rule in set.Rules)
                {
                    Add(rule.Descriptor.Code);
                }
            }
        }

        foreach (var rule in options.Rules)
        {
            Add(rule.Descriptor.Code);
        }

        Add(PoortwachterOptions.Spoor2TrajectGroup);
        return known;

        void Add(string code)
        {
            if (seen.Add(code))
            {
                known.Add(code);
            }
        }
    }

    private static void Check(ISet<string> codes, string setName, HashSet<string> set, List<string> known, string paramName)
    {
        foreach (var code in codes)
        {
            if (!set.Contains(code))
            {
                throw new ArgumentException(
                    $"{setName} has '{code}', which is not the code of a shipped or host rule.{Suggestions.Hint(code, known)} Known codes: {string.Join(", ", known)}.",
                    paramName
                );
            }
        }
    }
}
