using System;
using System.Collections.Generic;
using Poortwachter.Assessments;

namespace Poortwachter.Cases;

/// <summary>The stable contract codes of event types that are facts rather than obligations done.</summary>
public static class EventCodes
{
    /// <summary>Return within the own organisation is not feasible.</summary>
    public const string GeenTerugkeerEigenOrganisatie = "geen-terugkeer-eigen-organisatie";

    /// <summary>The bedrijfsarts concludes that return to the own job is not expected: <c>geen-terugkeer-eigen-functie</c>.</summary>
    public const string GeenTerugkeerEigenFunctie = "geen-terugkeer-eigen-functie";

    /// <summary>Spoor 2 is postponed for a concrete prospect of full return: <c>spoor-2-uitstel</c>, with <c>until</c>.</summary>
    public const string Spoor2Uitstel = "spoor-2-uitstel";

    /// <summary>The employee is placed with another employer in spoor 2: <c>spoor-2-plaatsing</c>.</summary>
    public const string Spoor2Plaatsing = "spoor-2-plaatsing";

    /// <summary>UWV's loonsanctie decision: <c>loonsanctie</c>, with <c>weeks</c>.</summary>
    public const string Loonsanctie = "loonsanctie";

    /// <summary>UWV found the repair sufficient (bekorting of the loonsanctie).</summary>
    public const string Bekorting = "bekorting";

    /// <summary>UWV granted a voluntary extension.</summary>
    public const string Verlenging = "verlenging";

    /// <summary>
    /// Employer and employee asked UWV for a voluntary extension (WIA art. 24 lid 1): <c>verlenging-verzoek</c>, dated on
    /// the day the request was made. Made before any 42nd-week report, it counts as that report (Ziektewet art. 38 lid 8).
    /// </summary>
    public const string VerlengingVerzoek = "verlenging-verzoek";

    /// <summary>A reasoned deviation under Regeling procesgang art. 5.</summary>
    public const string Afwijking = "afwijking";

    /// <summary>The employer reported the repair of the shortfall behind a loonsanctie (WIA art. 25 lid 12), dated on UWV's receipt.</summary>
    public const string Herstelmelding = "herstelmelding";

    /// <summary>UWV decided that the shortfall is not repaired (WIA art. 25 lid 14).</summary>
    public const string HerstelAfgewezen = "herstel-afgewezen";

    /// <summary>The employee received UWV's letter about the WIA application (WIA art. 64 lid 2), dated on receipt.</summary>
    public const string UwvWiaBrief = "uwv-wia-brief";

    /// <summary>The RIV was supplemented after a voluntary extension (WIA art. 25 lid 4 onder b).</summary>
    public const string RivAanvulling = "riv-aanvulling";

    /// <summary>The employee applied for a shortened wachttijd, the early IVA (WIA art. 23 lid 6).</summary>
    public const string VervroegdeIvaAanvraag = "vervroegde-iva-aanvraag";

    /// <summary>UWV's decision on the application for a shortened wachttijd: <c>granted</c>, and <c>wachttijdEndsOn</c> when granted.</summary>
    public const string VervroegdeIvaBesluit = "vervroegde-iva-besluit";

    /// <summary>
    /// The obligations whose terms Regeling procesgang art. 5 lets employer and employee change with reasons:
    /// the terms of art. 2 (probleemanalyse) and art. 4 (plan van aanpak, its evaluations, including the one
    /// at the end of the first sick year), in the law's order.
    /// </summary>
    public static readonly IReadOnlyCollection<string> DeviableObligations = Array.AsReadOnly(
        new[]
        {
            ObligationCodes.Probleemanalyse,
            ObligationCodes.PlanVanAanpak,
            ObligationCodes.Evaluatie,
            ObligationCodes.Eerstejaarsevaluatie,
        }
    );
}
