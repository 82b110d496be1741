namespace Poortwachter.Assessments;

/// <summary>
/// The stable kebab-case codes of the shipped obligations. They are also the event types that mark an
/// obligation done. A code never changes once released. The codes a rule set yields, in the law's order, are its
/// <see cref="Rules.RuleSet.ObligationCodes"/>, derived from the rule set's catalogue.
/// </summary>
public static class ObligationCodes
{
    /// <summary>Problem analysis by the bedrijfsarts (<i>probleemanalyse</i>), Regeling procesgang art. 2.</summary>
    public const string Probleemanalyse = "probleemanalyse";

    /// <summary>Action plan (<i>plan van aanpak</i>), WIA art. 25 lid 2 and Regeling procesgang art. 4.</summary>
    public const string PlanVanAanpak = "plan-van-aanpak";

    /// <summary>Periodic evaluation of the plan (<i>evaluatie</i>), Regeling procesgang art. 4 lid 2 onder b.</summary>
    public const string Evaluatie = "evaluatie";

    /// <summary>Sickness report to UWV in week 42 (<i>42e-weeksmelding</i>), Ziektewet art. 38 lid 1.</summary>
    public const string UwvZiekmelding = "uwv-ziekmelding";

    /// <summary>
    /// The report of a safety-net case to UWV (<i>ziekmelding vangnet</i>), Ziektewet art. 38a lid 2-3: after six weeks,
    /// or on the last day of employment when it ends within them; on the fourth day after the birth leave. It replaces
    /// <see cref="UwvZiekmelding"/> and <see cref="ZiekUitDienstMelding"/> in such a case (art. 38 lid 4).
    /// </summary>
    public const string VangnetZiekmelding = "vangnet-ziekmelding";

    /// <summary>
    /// The ziek-uit-dienst report to UWV on the last working day before employment ends (<i>ziek-uit-dienstmelding</i>),
    /// Ziektewet art. 38 lid 2, made also when the 42nd-week report was made.
    /// </summary>
    public const string ZiekUitDienstMelding = "ziek-uit-dienst-melding";

    /// <summary>First-year evaluation (<i>eerstejaarsevaluatie</i>), Regeling procesgang art. 4 lid 2 onder b.</summary>
    public const string Eerstejaarsevaluatie = "eerstejaarsevaluatie";

    /// <summary>Labour-expert assessment (<i>arbeidsdeskundig onderzoek</i>), UWV policy.</summary>
    public const string ArbeidsdeskundigOnderzoek = "arbeidsdeskundig-onderzoek";

    /// <summary>Start of track 2, re-integration with another employer (<i>spoor 2</i>), UWV policy.</summary>
    public const string Spoor2 = "spoor-2";

    /// <summary>Re-integration report (<i>re-integratieverslag</i>, RIV), WIA art. 25 lid 3.</summary>
    public const string ReIntegratieverslag = "re-integratieverslag";

    /// <summary>WIA application (<i>WIA-aanvraag</i>), WIA art. 64 lid 3.</summary>
    public const string WiaAanvraag = "wia-aanvraag";

    /// <summary>The spoor-2 trajectory plan with person and search profile (<i>trajectplan</i>); bureau practice.</summary>
    public const string Spoor2Trajectplan = "spoor-2-trajectplan";

    /// <summary>A periodic progress report on the spoor-2 trajectory (<i>voortgangsrapportage</i>); bureau practice.</summary>
    public const string Spoor2Voortgangsrapportage = "spoor-2-voortgangsrapportage";

    /// <summary>The final report of the spoor-2 trajectory around week 90 (<i>eindrapportage</i>); bureau practice.</summary>
    public const string Spoor2Eindrapportage = "spoor-2-eindrapportage";
}
