using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>Shared facts of the wvp-2013 rule set: its start and the stakes its rules cite.</summary>
internal static class Wvp2013Facts
{
    /// <summary>First sick days from 1 July 2013 on: the start of the current regime (<see cref="Cases.CaseValidator.CurrentRegimeStart"/>).</summary>
    public static readonly LocalDate InForceFrom = Cases.CaseValidator.CurrentRegimeStart;

    public const string LoonsanctieStake =
        "UWV checks the re-integration file when the WIA application comes in; insufficient or late re-integration efforts lead to a loonsanctie: up to 52 more weeks of wages (WIA art. 25 lid 9).";
}
