using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// A voluntary extension of wage continuation (<i>vrijwillige verlenging</i>, WIA art. 24): UWV sets the new
/// last day at the joint request of employer and employee. The RIV and the WIA application then count back from
/// the new end (WIA art. 25 lid 4; art. 64 lid 3). The last extension recorded applies. In a pregnancy safety-net case
/// (<see cref="VangnetCodes.Zwangerschap"/>, <see cref="VangnetCodes.Bevalling"/>) WIA art. 24 lid 1 onder a says UWV does
/// not extend, but a recorded grant is applied with a warning: no article voids it (issue 24 point 4).
/// </summary>
internal sealed class VrijwilligeVerlengingExtension : IStatutoryPeriodExtension
{
    /// <summary>The code of this extension.</summary>
    public const string ExtensionCode = EventCodes.Verlenging;

    /// <inheritdoc/>
    public string Code => ExtensionCode;

    /// <inheritdoc/>
    public bool IsDecision(CaseEvent caseEvent) => caseEvent is Verlenging;

    /// <inheritdoc/>
    public LegalSource LegalBasis { get; } = new(Laws.Wia, "24", "1");

    /// <inheritdoc/>
    public WachttijdEndChange? Apply(WachttijdEndContext context)
    {
        // A grant is applied as UWV decided it, also where WIA art. 24 lid 1 onder a says UWV does not extend (a pregnancy
        // safety-net case) and after a shortened wachttijd (WIA art. 23 lid 6): no article makes a granted extension void,
        // and BW 7:629 lid 11 onder b extends the wage period by the period UWV fixed. The engine warns (implausible-event).
        Verlenging? last = null;
        for (var at = 0; at < context.Events.Count; at++)
        {
            var e = context.Events[at];
            if (e is Verlenging v)
            {
                last = v;
            }
        }

        if (last is null || last.Until <= context.LastDay)
        {
            return null;
        }

        return new WachttijdEndChange(
            Code,
            last.Until,
            movesReferenceEnd: true,
            LegalBasis,
            DeferredText.Of(
                last,
                static (last, text) =>
                {
                    if (text.Language == TextLanguage.Dutch)
                    {
                        text.Append(
                            $"UWV heeft op {last.On} op gezamenlijk verzoek van werkgever en werknemer de loondoorbetaling verlengd tot en met {last.Until} (WIA art. 24); het re-integratieverslag en de WIA-aanvraag worden vanaf die dag teruggerekend (WIA art. 25 lid 4, art. 64 lid 3)."
                        );
                        return;
                    }

                    text.Append(
                        $"UWV extended wage continuation on {last.On} at the joint request of employer and employee to {last.Until} (WIA art. 24); the RIV and the WIA application count back from that day (WIA art. 25 lid 4, art. 64 lid 3)."
                    );
                }
            )
        );
    }
}
