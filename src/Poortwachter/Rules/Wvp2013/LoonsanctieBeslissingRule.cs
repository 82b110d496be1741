using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Milestone: UWV decides on a loonsanctie at the latest six weeks before the end of the wachttijd, or of the
/// voluntarily extended period, or of the period extended by a late WIA application (WIA art. 25 lid 10). A
/// decision given later shortens the sanction by its delay (art. 25 lid 14); one given after the end extends nothing
/// (art. 25 lid 11).
/// </summary>
internal sealed class LoonsanctieBeslissingRule : IRule
{
    /// <summary>The weeks before the end by which UWV decides.</summary>
    public const int WeeksBeforeEnd = 6;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.LoonsanctieBeslissing,
            "UWV's loonsanctie decision (milestone)",
            "6 weeks before the end of the wachttijd (or of the extended period)",
            new LegalSource(Laws.Wia, "25", "10"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.LoonsanctieBeslissing] = "Last day for UWV's loonsanctie decision",
            },
            DutchTitle = "Beslissing van UWV over een loonsanctie (mijlpaal)",
            DutchDueRule = "6 weken vóór het einde van de wachttijd (of van het verlengde tijdvak)",
            DutchMilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.LoonsanctieBeslissing] = "Uiterste dag voor de beslissing van UWV over een loonsanctie",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        // After a shortened wachttijd UWV does not review the re-integration, so no loonsanctie is decided (WIA art. 66 lid 6);
        // past the AOW age there is no WIA application for UWV to judge, so no loonsanctie (WIA art. 25 lid 9).
        if (context.End.StatutoryLastDay is not { } end || context.VervroegdeIva is not null || context.Aow is not null)
        {
            return;
        }

        for (var at = 0; at < context.End.Extensions.Count; at++)
        {
            var change = context.End.Extensions[at];
            if (change.Code != LoonsanctieExtension.ExtensionCode)
            {
                end = change.NewLastDay;
            }
        }

        var day = context.Clock.CountedDaysThrough(end) - (WeeksBeforeEnd * 7);
        if (day >= 1 && context.Clock.DateOfCountedDay(day) is { } on)
        {
            output.Add(new Milestone(Descriptor.Code, on, Descriptor.LegalBasis, new Decision(context.CountedDay(day), end)));
        }
    }

    /// <summary>The derivation of the decision's latest day, written when read.</summary>
    private sealed class Decision(Timeline.CountedDayPart day, LocalDate end) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append(
                    $"UWV beslist over een loonsanctie uiterlijk zes weken vóór het einde van de wachttijd ({end}; WIA art. 25 lid 10): {day}. Beslist UWV later, dan wordt de loonsanctie bekort met de overschrijding (art. 25 lid 14); beslist UWV pas na het einde van de wachttijd, dan volgt geen verlenging (art. 25 lid 11)."
                );
                return;
            }

            text.Append(
                $"UWV decides on a loonsanctie at the latest six weeks before the end {end} (WIA art. 25 lid 10): {day}. A later decision shortens the sanction by its delay (art. 25 lid 14); one given after the end extends nothing (art. 25 lid 11)."
            );
        }
    }
}
