using Poortwachter.Rules.Wvp2013;
using Poortwachter.Timeline;

namespace Poortwachter.Rules;

/// <summary>
/// The wvp-2013 rule set: its rules in catalogue order (the law's order), and its extensions of the end. In the
/// <c>Poortwachter.Rules</c> namespace, beside <see cref="RuleSets"/>, so the kernel names the set only there.
/// </summary>
internal static class Wvp2013RuleSet
{
    /// <summary>
    /// Creates the rule set of the current regime: the Wet verbetering poortwachter as it applies to first sick days
    /// from 1 July 2013 on (WIA application 11 weeks and RIV 13 weeks before the end of the wachttijd).
    /// </summary>
    public static RuleSet Create() =>
        new(
            RuleSets.Wvp2013Code,
            "Wet verbetering poortwachter for first sick days from 1 July 2013 on",
            Wvp2013Facts.InForceFrom,
            null,
            [
                new ProbleemanalyseRule(),
                new PlanVanAanpakRule(),
                new EvaluatieRule(),
                new VangnetZiekmeldingRule(),
                new UwvZiekmeldingRule(),
                new ZiekUitDienstMeldingRule(),
                new ArbeidsdeskundigOnderzoekRule(),
                new EerstejaarsevaluatieRule(),
                new ReIntegratievisieRule(),
                new ReIntegratievisieOvergangRule(),
                new Spoor2Rule(),
                new Spoor2TrajectRule(),
                new Spoor2TrajectplanRule(),
                new Spoor2VoortgangsrapportageRule(),
                new Spoor2EindrapportageRule(),
                new ReIntegratieverslagRule(),
                new WiaAanvraagRule(),
                new UwvWiaBriefRule(),
                new LoonsanctieBeslissingRule(),
                new HerstelBeslissingRule(),
                new VervroegdeIvaRule(),
                new EindeWachttijdRule(),
                AowLeeftijdRule.DertienWeken,
                AowLeeftijdRule.ZesWeken,
                new EindeOpzegverbodRule(),
                new ZiekUitDienstRule(),
            ],
            new IWachttijdExtension[]
            {
                AowLeeftijdRule.DertienWeken,
                AowLeeftijdRule.ZesWeken,
                new VervroegdeIvaExtension(),
                new VrijwilligeVerlengingExtension(),
                new LateWiaAanvraagExtension(),
                new LoonsanctieExtension(),
            }
        )
        {
            DutchDescription = "Wet verbetering poortwachter voor eerste ziektedagen vanaf 1 juli 2013",
        };
}
