using System;
using System.Collections.Generic;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Milestone: UWV informs the employee in writing about the WIA application at the latest on the day the
/// wachttijd has lasted 89 weeks, counted day 623 (WIA art. 64 lid 2). UWV's site says "after 88 weeks".
/// </summary>
internal sealed class UwvWiaBriefRule : IRule
{
    /// <summary>The counted day of the letter: the end of week 89.</summary>
    public const int Day = 623;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.UwvWiaBrief,
            "UWV's WIA letter to the employee (milestone)",
            "counted day 623, when the wachttijd has lasted 89 weeks",
            new LegalSource(Laws.Wia, "64", "2"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.UwvWiaBrief] = "UWV's WIA letter to the employee",
            },
            DutchTitle = "Brief van UWV aan de werknemer over de WIA-aanvraag (mijlpaal)",
            DutchDueRule = "getelde ziektedag 623, wanneer de wachttijd 89 weken heeft geduurd",
            DutchMilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.UwvWiaBrief] = "Brief van UWV aan de werknemer over de WIA-aanvraag",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        // A shortened wachttijd ends by week 78 and its application was the WIA application: no letter at week 89. Past the
        // AOW age no WIA application follows, so UWV writes no letter about it (WIA art. 43 onder g).
        if (context.VervroegdeIva is null && context.Aow is null && context.Clock.DateOfCountedDay(Day) is { } on)
        {
            output.Add(
                new Milestone(
                    Descriptor.Code,
                    on,
                    Descriptor.LegalBasis,
                    DeferredText.Of(
                        context.CountedDay(Day),
                        static (day, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                text.Append(
                                    $"UWV stuurt de werknemer uiterlijk na 89 weken wachttijd een brief over de WIA-aanvraag (WIA art. 64 lid 2): {day}. Komt de brief later, dan kan de werknemer tot vier weken na ontvangst nog tijdig aanvragen (art. 64 lid 6)."
                                );
                                return;
                            }

                            text.Append(
                                $"UWV writes to the employee about the WIA application at the latest when the wachttijd has lasted 89 weeks (WIA art. 64 lid 2): {day}. A later letter gives the employee four weeks from receipt to apply on time (art. 64 lid 6)."
                            );
                        }
                    )
                )
            );
        }
    }
}
