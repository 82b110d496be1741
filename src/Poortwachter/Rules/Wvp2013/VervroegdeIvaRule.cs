using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The early IVA (<i>vervroegde IVA</i>, a shortened wachttijd, WIA art. 23 lid 6): the milestone of the last day of the
/// shortened wachttijd once UWV granted it (the end itself is set by <see cref="VervroegdeIvaExtension"/>), and, while
/// an application awaits UWV's decision, a notice that the end may still move: nothing changes until UWV decides, and
/// the re-integration goes on.
/// </summary>
internal sealed class VervroegdeIvaRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.EindeWachttijdVervroegd,
            "End of a shortened wachttijd (vervroegde IVA; milestone)",
            "the last day UWV fixed on the employee's application: at least 13 weeks (counted day 91), at most 78 weeks (counted day 546), and not before the application + 70 days; the IVA starts the next day, while wage continuation runs on to counted day 728",
            new LegalSource(Laws.Wia, "23", "6"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeWachttijdVervroegd] = "Einde verkorte wachttijd (vervroegde IVA)",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.End.WachttijdEndsOn is { } end)
        {
            output.Add(new Milestone(Descriptor.Code, end, Descriptor.LegalBasis, new FuncText(() => Explain(context))));
            return;
        }

        var events = context.Events;
        if (
            ShortenedWachttijd.Application(events) is not { } application
            || ShortenedWachttijd.Decision(events) is not null
            || context.End.LastDay is not { } lastDay
            || context.Clock.DateOfCountedDay(ShortenedWachttijd.MinimumDays) is not { } minimum
        )
        {
            return;
        }

        var tenWeeks = application.On.PlusDays(ShortenedWachttijd.EarliestDaysAfterApplication);
        var earliest = tenWeeks > minimum ? tenWeeks : minimum;
        var latest = context.Clock.DateOfCountedDay(ShortenedWachttijd.MaximumDays);
        output.Add(
            new Warning(
                WarningKinds.VervroegdeIvaInBehandeling,
                Severity.Info,
                () =>
                    $"The employee applied for a shortened wachttijd on {RuleContext.Iso(application.On)} (WIA art. 23 lid 6) and no decision of UWV is on record: until UWV decides nothing changes, and the re-integration goes on. "
                    + (
                        latest is { } l && earliest > l
                            ? $"Its end could be no earlier than {RuleContext.Iso(earliest)} (the application + 70 days), after counted day {ShortenedWachttijd.MaximumDays} ({RuleContext.Iso(l)}), the longest a shortened wachttijd lasts ('ten hoogste 78 weken'): UWV cannot grant it, and the wachttijd of 104 weeks runs on."
                            : $"If UWV grants it, the wachttijd ends on the day UWV fixes, {RuleContext.Iso(earliest)} at the earliest ({(earliest == minimum ? $"counted day {ShortenedWachttijd.MinimumDays}, 13 weeks" : "the application + 70 days, ten weeks")})"
                                + (
                                    latest is { } m
                                        ? $" and {RuleContext.Iso(m)} (counted day {ShortenedWachttijd.MaximumDays}, 78 weeks) at the latest"
                                        : string.Empty
                                )
                                + $"; the RIV and the WIA application then lapse, and the employer's wage continuation still runs on to {RuleContext.Iso(lastDay)}, less the IVA benefit (BW 7:629 lid 5)."
                    )
            )
        );
    }

    private static string Explain(RuleContext context)
    {
        var changes = context.End.Extensions;
        for (var at = 0; at < changes.Count; at++)
        {
            if (changes[at].WachttijdEndsOn is not null)
            {
                return changes[at].Explanation;
            }
        }

        return string.Empty;
    }
}
