using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The re-integratievisie for first sick days from 1 July 2023: the plan van aanpak "omvat ... alsmede de visie van de
/// werkgever en de werknemer hierop" and every evaluation, the first-year evaluation included, "omvat de visie van de
/// werkgever en de werknemer hierop" (Regeling procesgang art. 4 lid 2 onder a and b, as amended by Stcrt. 2023, 13931);
/// a bijstelling likewise (art. 4 lid 5). The rule has no term of its own: it warns
/// (<see cref="WarningCodes.ReIntegratievisieOntbreekt"/>) when a document records a view as not in it. A view not
/// recorded (<see langword="null"/>) is not checked. For earlier first sick days see <see cref="ReIntegratievisieOvergangRule"/>.
/// </summary>
internal sealed class ReIntegratievisieRule : IRule
{
    /// <summary>The code of the rule.</summary>
    public const string Code = "re-integratievisie";

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            Code,
            "Re-integratievisie: the views of employer and employee in the plan van aanpak, its bijstellingen and evaluations (check)",
            "no term of its own: every plan van aanpak, bijstelling, evaluatie and eerstejaarsevaluatie holds both views; a warning when an event records one as missing (first sick day from 1 July 2023)",
            new LegalSource(Laws.RegelingProcesgang, "4", "2 onder a en b", "as amended by " + ReIntegratievisieCheck.Amendment)
            {
                DutchSection = "zoals gewijzigd bij " + ReIntegratievisieCheck.Amendment,
            },
            LegalCharacter.Statute,
            "The plan, its bijstellingen and the evaluations belong in the re-integratieverslag (Regeling procesgang art. 6 lid 1 onder g and h) that UWV checks when the WIA application comes in; insufficient re-integration efforts lead to a loonsanctie (WIA art. 25 lid 9).",
            ReIntegratievisieCheck.AmendedFrom
        )
        {
            YieldsObligations = false,
            DutchTitle =
                "Re-integratievisie: de visie van werkgever en werknemer in het plan van aanpak, de bijstellingen en de evaluaties (controle)",
            DutchDueRule =
                "geen eigen termijn: elk plan van aanpak, elke bijstelling, evaluatie en eerstejaarsevaluatie bevat beide visies; een waarschuwing als een gebeurtenis er een als ontbrekend vastlegt (eerste ziektedag vanaf 1 juli 2023)",
            DutchStake =
                "Het plan, de bijstellingen en de evaluaties horen in het re-integratieverslag (Regeling procesgang art. 6 lid 1 onder g en h) dat UWV toetst wanneer de WIA-aanvraag binnenkomt; onvoldoende re-integratie-inspanningen leiden tot een loonsanctie (WIA art. 25 lid 9).",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (!ReIntegratievisieCheck.AnyViewMissing(context))
        {
            return;
        }

        var reason = DeferredText.Of(
            context.FirstSickDay,
            static (day, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"de eerste ziektedag, {day}, valt niet vóór 1 juli 2023, de dag waarop de gewijzigde Regeling in werking trad"
                    );
                    return;
                }

                text.Append($"the first sick day, {day}, is on or after 1 July 2023, when the amended Regeling came into force");
            }
        );
        var documents = new ReIntegratievisieCheck.Documents(context);
        for (var at = 0; at < context.Events.Count; at++)
        {
            if (context.Events[at] is ReIntegratieDocument d && ReIntegratievisieCheck.IsViewMissing(d))
            {
                ReIntegratievisieCheck.Warn(documents, output, d, reason, transition: false);
            }
        }
    }
}
