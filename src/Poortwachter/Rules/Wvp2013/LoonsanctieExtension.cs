using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// A loonsanctie: UWV extends wage continuation by the weeks it decided, at most 52 (WIA art. 25 lid 9). The
/// sanction runs after the end of the wachttijd and pauses for pregnancy and birth leave (art. 25 lid 9), so it is
/// counted on the clock. After a bekorting it ends six weeks after UWV found the repair sufficient, never later
/// than the weeks decided (art. 25 lid 14); a bekorting shortens only the decision before it, not one of the same day.
/// A decision given after the end extends nothing (art. 25 lid 11). The last decision recorded applies (the engine
/// warns that it replaces the earlier ones).
/// </summary>
public sealed class LoonsanctieExtension : IWachttijdExtension
{
    /// <summary>The code of this extension.</summary>
    public const string ExtensionCode = EventTypes.Loonsanctie;

    /// <summary>The days after UWV's finding of a sufficient repair on which the sanction ends.</summary>
    public const int DaysAfterBekorting = 42;

    /// <inheritdoc/>
    public string Code => ExtensionCode;

    /// <inheritdoc/>
    public LegalSource Source { get; } = new(Laws.Wia, "25", "9");

    /// <inheritdoc/>
    public WachttijdEndChange? Apply(WachttijdEndContext context)
    {
        Loonsanctie? sanction = null;
        Bekorting? bekorting = null;
        for (var at = 0; at < context.Events.Count; at++)
        {
            var e = context.Events[at];
            if (e is Loonsanctie l)
            {
                sanction = l;
                bekorting = null;
            }
            else if (e is Bekorting b && sanction is not null && b.On > sanction.On)
            {
                // A bekorting follows the decision it shortens (WIA art. 25 lid 12-14): one on the decision's own day does
                // not shorten it, whatever the order in which the two were listed.
                bekorting = b;
            }
        }

        if (sanction is null || sanction.On > context.LastDay)
        {
            return null;
        }

        var clock = context.Clock;
        var startDay = clock.CountedDaysThrough(context.LastDay);
        var full = clock.DateOfCountedDay(startDay + (sanction.Weeks * 7));
        if (full is not { } end)
        {
            return null;
        }

        var sanctionEnd = end;
        var shortened = false;
        if (bekorting is not null)
        {
            var repaired = bekorting.On.PlusDays(DaysAfterBekorting);
            if (repaired < end)
            {
                end = repaired;
                shortened = true;
            }
        }

        var lastDay = context.LastDay;
        var finalEnd = end;
        var moves = end > lastDay;
        return new WachttijdEndChange(
            Code,
            moves ? end : lastDay,
            movesReferenceEnd: false,
            Source,
            () =>
                Explain(sanction, lastDay, sanctionEnd, shortened ? bekorting : null, finalEnd)
                + (moves ? "." : $"; that is not after {RuleContext.Iso(lastDay)}, so the end does not move.")
        );
    }

    private static string Explain(
        Loonsanctie sanction,
        NodaTime.LocalDate lastDay,
        NodaTime.LocalDate sanctionEnd,
        Bekorting? bekorting,
        NodaTime.LocalDate repaired
    )
    {
        var text =
            $"UWV imposed a loonsanctie of {sanction.Weeks} week(s) on {RuleContext.Iso(sanction.On)} (WIA art. 25 lid 9): wage continuation runs {sanction.Weeks * 7} more counted days after {RuleContext.Iso(lastDay)}, to {RuleContext.Iso(sanctionEnd)}";
        if (bekorting is not null)
        {
            text +=
                $"; UWV found the repair sufficient on {RuleContext.Iso(bekorting.On)}, so the sanction ends six weeks later, on {RuleContext.Iso(repaired)} (WIA art. 25 lid 14)";
        }

        return text;
    }
}
