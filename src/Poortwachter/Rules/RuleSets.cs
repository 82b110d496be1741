using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Poortwachter.Rules;

/// <summary>The rule sets the library ships.</summary>
public static class RuleSets
{
    /// <summary>The code of the current regime's rule set.</summary>
    public const string Wvp2013Code = "wvp-2013";

    /// <summary>
    /// Gets the rule set of the current regime: the Wet verbetering poortwachter as it applies to first sick days
    /// from 1 July 2013 on (WIA application 11 weeks and RIV 13 weeks before the end of the wachttijd).
    /// </summary>
    public static RuleSet Wvp2013 { get; } = Wvp2013RuleSet.Create();

    /// <summary>Gets every shipped rule set, newest last.</summary>
    public static IReadOnlyList<RuleSet> All { get; } = new ReadOnlyCollection<RuleSet>([Wvp2013]);
}
