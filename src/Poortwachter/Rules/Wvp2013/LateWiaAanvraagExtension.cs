using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// A late WIA application extends wage continuation by the delay (BW 7:629 lid 11 onder a). While the
/// application is still missing after its due date, the delay so far is applied, so the end moves every day.
/// </summary>
public sealed class LateWiaAanvraagExtension : IWachttijdExtension
{
    /// <summary>The code of this extension.</summary>
    public const string ExtensionCode = "wia-aanvraag-te-laat";

    /// <inheritdoc/>
    public string Code => ExtensionCode;

    /// <inheritdoc/>
    public LegalSource Source { get; } = new(Laws.Bw7, "629", "11 onder a");

    /// <inheritdoc/>
    public WachttijdEndChange? Apply(WachttijdEndContext context)
    {
        var clock = context.Clock;
        var dueDay = clock.CountedDaysThrough(context.ReferenceEnd) - (WiaAanvraagRule.WeeksBeforeEnd * 7);
        if (dueDay < 1 || clock.DateOfCountedDay(dueDay) is not { } due)
        {
            return null;
        }

        LocalDate? applied = null;
        for (var at = 0; at < context.Events.Count; at++)
        {
            var e = context.Events[at];
            if (e is Cases.ObligationFulfilled f && f.Obligation == ObligationCodes.WiaAanvraag)
            {
                applied = f.On;
                break;
            }
        }

        var until = applied ?? context.AsOf;
        var delay = Period.DaysBetween(due, until);
        if (delay <= 0)
        {
            return null;
        }

        var newLast = context.LastDay.PlusDays(delay);
        return new WachttijdEndChange(
            Code,
            newLast,
            movesReferenceEnd: false,
            Source,
            () =>
                $"{Why(applied, due, delay, context.AsOf)}: wage continuation is extended by the delay, from {RuleContext.Iso(context.LastDay)} to {RuleContext.Iso(newLast)} (BW 7:629 lid 11 onder a)."
        );
    }

    private static string Why(LocalDate? applied, LocalDate due, int delay, LocalDate asOf) =>
        applied is { } a
            ? $"The WIA application was made on {RuleContext.Iso(a)}, {delay} day(s) after its due date {RuleContext.Iso(due)}"
            : $"The WIA application was due on {RuleContext.Iso(due)} and is still missing on {RuleContext.Iso(asOf)}, {delay} day(s) late so far";
}
