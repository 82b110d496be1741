using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules;

/// <summary>
/// A versioned set of rules, chosen by the case's first sick day. A change in the law is a new rule set with its
/// own effective date, never an edit of an old one.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, string> _milestoneTitles;
    private readonly Dictionary<string, int> _lawOrder;

    /// <summary>Initializes a new rule set.</summary>
    /// <param name="code">The stable code, such as <c>wvp-2013</c>.</param>
    /// <param name="description">What regime the set implements.</param>
    /// <param name="inForceFrom">The first first-sick-day the set applies to.</param>
    /// <param name="inForceUntil">The last first-sick-day it applies to, or <see langword="null"/> while current.</param>
    /// <param name="rules">The rules, in catalogue order.</param>
    /// <param name="extensions">The extensions of the end of the wachttijd, in the order they apply.</param>
    public RuleSet(
        string code,
        string description,
        LocalDate inForceFrom,
        LocalDate? inForceUntil,
        IEnumerable<IRule> rules,
        IEnumerable<IWachttijdExtension> extensions
    )
    {
        Code = string.IsNullOrWhiteSpace(code) ? throw new ArgumentException("A rule-set code is required.", nameof(code)) : code;
        Description = description ?? string.Empty;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        Rules = (rules ?? throw new ArgumentNullException(nameof(rules))).ToArray();
        Extensions = (extensions ?? throw new ArgumentNullException(nameof(extensions))).ToArray();
        ObligationCodes = Array.AsReadOnly(Rules.Where(r => r.Descriptor.YieldsObligations).Select(r => r.Descriptor.Code).ToArray());
        _lawOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ObligationCodes.Count; i++)
        {
            _lawOrder[ObligationCodes[i]] = i;
        }

        _milestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            foreach (var title in rule.Descriptor.MilestoneTitles)
            {
                _milestoneTitles[title.Key] = title.Value;
            }
        }
    }

    /// <summary>Gets the stable code of the set.</summary>
    public string Code { get; }

    /// <summary>Gets what regime the set implements.</summary>
    public string Description { get; }

    /// <summary>Gets <see cref="Description"/> in Dutch; <see langword="null"/> when the set has none (its <see cref="Description"/> is shown).</summary>
    public string? DutchDescription { get; init; }

    /// <summary>Returns what regime the set implements in a language (the English description where the set has no Dutch one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string DescriptionIn(TextLanguage language) =>
        TextLanguages.Check(language, nameof(language)) == TextLanguage.Dutch && !string.IsNullOrEmpty(DutchDescription)
            ? DutchDescription!
            : Description;

    /// <summary>Gets the first first-sick-day the set applies to.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>Gets the last first-sick-day it applies to, if it has been superseded.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>Gets the rules, in catalogue order.</summary>
    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>Gets the extensions of the end of the wachttijd, in the order they apply.</summary>
    public IReadOnlyList<IWachttijdExtension> Extensions { get; }

    /// <summary>
    /// Gets the codes of the rules that yield obligations (<see cref="RuleDescriptor.YieldsObligations"/>), in catalogue
    /// order: the law's order, in which an assessment lists the obligations that fall due on one day.
    /// </summary>
    public IReadOnlyList<string> ObligationCodes { get; }

    /// <summary>The place of an obligation code in <see cref="ObligationCodes"/>; a code the set does not yield (a host rule's) comes last.</summary>
    internal int LawOrderOf(string code) => _lawOrder.TryGetValue(code, out var rank) ? rank : int.MaxValue;

    /// <summary>Returns the title of a milestone a rule of the set gives (<see cref="RuleDescriptor.MilestoneTitles"/>).</summary>
    /// <param name="code">The milestone code, such as <c>wia-start</c>.</param>
    /// <returns>The title, or <see langword="null"/> when no rule of the set gives it one.</returns>
    public string? MilestoneTitle(string code) => code is not null && _milestoneTitles.TryGetValue(code, out var title) ? title : null;

    /// <summary>Returns whether the set applies to a case with the given first sick day.</summary>
    /// <param name="firstSickDay">The first sick day.</param>
    /// <returns><see langword="true"/> when it applies.</returns>
    public bool AppliesTo(LocalDate firstSickDay) => firstSickDay >= InForceFrom && (InForceUntil is not { } u || firstSickDay <= u);

    /// <inheritdoc/>
    public override string ToString() => $"{Code} (first sick day from {InForceFrom:uuuu-MM-dd}, {Rules.Count} rules)";
}
