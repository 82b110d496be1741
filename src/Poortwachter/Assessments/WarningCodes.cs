using System;

namespace Poortwachter.Assessments;

/// <summary>The stable codes of the shipped warnings.</summary>
public static class WarningCodes
{
    /// <summary>An obligation is not done and its due date has passed.</summary>
    public const string Overdue = "overdue";

    /// <summary>An open obligation is due within the due-soon window.</summary>
    public const string DueSoon = "due-soon";

    /// <summary>An obligation was done after its due date.</summary>
    public const string FulfilledLate = "fulfilled-late";

    /// <summary>The wage period is extended (late WIA application, loonsanctie, voluntary extension).</summary>
    public const string WagePeriodExtended = "wage-period-extended";

    /// <summary>UWV granted a shortened wachttijd (WIA art. 23 lid 6): the wachttijd ends early, wage continuation does not.</summary>
    public const string WachttijdVerkort = "wachttijd-verkort";

    /// <summary>An application for a shortened wachttijd awaits UWV's decision: the end of the wachttijd may still move.</summary>
    public const string VervroegdeIvaInBehandeling = "vervroegde-iva-in-behandeling";

    /// <summary>No decision on spoor 2 is recorded although the first sick year is over.</summary>
    public const string Spoor2Decision = "spoor-2-decision";

    /// <summary>A deviation under Regeling procesgang art. 5 changed a due date.</summary>
    public const string DeviationApplied = "deviation-applied";

    /// <summary>
    /// A plan van aanpak, bijstelling, evaluation or first-year evaluation drawn up while the Regeling procesgang asks
    /// for the views of employer and employee on the re-integration records that a view is not in it (art. 4 lid 2 as
    /// amended by Stcrt. 2023, 13931; transition art. 7b).
    /// </summary>
    public const string ReIntegratievisieOntbreekt = "re-integratievisie-ontbreekt";

    /// <summary>An earlier case ended by recovery; the assessment counts a new wachttijd.</summary>
    public const string NewWachttijd = "new-wachttijd";

    /// <summary>An event after the assessment date was not taken into account.</summary>
    public const string EventAfterAsOf = "event-after-as-of";

    /// <summary>An event could not be applied (a loonsanctie decided after the end or replaced by a later decision, an extension that ends earlier, a loonsanctie or extension after a shortened wachttijd).</summary>
    public const string EventIgnored = "event-ignored";

    /// <summary>
    /// A fact the engine applies as recorded although it is implausible: an extension granted in the first sick year or
    /// after the wachttijd ended, or longer than 52 weeks; a loonsanctie dated before the WIA application; a shortened
    /// wachttijd ending 69 days after its application.
    /// </summary>
    public const string ImplausibleEvent = "implausible-event";

    /// <summary>The re-integratieverslag must be supplemented before the extended end (WIA art. 25 lid 4 onder b).</summary>
    public const string RivSupplement = "riv-supplement";

    /// <summary>Employment ended while sick: UWV takes over (ZW art. 38 lid 2).</summary>
    public const string ZiekUitDienst = "ziek-uit-dienst";

    /// <summary>
    /// The employee reaches the AOW age before the wage period ends: wage continuation is shortened to 6 or 13 weeks
    /// (BW 7:629 lid 2 onder b), no WIA benefit follows, and the WIA-related obligations lapse.
    /// </summary>
    public const string AowLeeftijd = "aow-leeftijd";

    /// <summary>An obligation was done before the window in which practice expects it.</summary>
    public const string Early = "early";

    /// <summary>
    /// A postponement of spoor 2 that UWV may not accept: a prospect of return further off than about three months,
    /// or recorded after spoor 2 was already due.
    /// </summary>
    public const string Spoor2Uitstel = "spoor-2-uitstel";

    /// <summary>The prospect of full return that postponed spoor 2 has passed without that return: spoor 2 is due.</summary>
    public const string Spoor2UitstelVerlopen = "spoor-2-uitstel-verlopen";

    /// <summary>No progress report on the spoor-2 trajectory for longer than the interval.</summary>
    public const string Spoor2Voortgang = "spoor-2-voortgang";

    /// <summary>The final spoor-2 report is missing while the re-integratieverslag is near or due.</summary>
    public const string Spoor2EindrapportageOntbreekt = "spoor-2-eindrapportage-ontbreekt";

    /// <summary>
    /// Returns the name of a warning code in words, for a reader rather than a program: <c>te laat</c> or
    /// <c>overdue</c> for <see cref="Overdue"/>, <c>besluit tweede spoor</c> or <c>spoor 2 decision</c> for
    /// <see cref="Spoor2Decision"/>. A code the library does not ship is returned as it is.
    /// </summary>
    /// <param name="kind">The warning code.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name.</returns>
    public static string Label(string kind, TextLanguage language)
    {
        var dutch = TextLanguages.Check(language, nameof(language)) == TextLanguage.Dutch;
        return kind switch
        {
            Overdue => dutch ? "te laat" : "overdue",
            DueSoon => dutch ? "uiterste datum nadert" : "due soon",
            FulfilledLate => dutch ? "te laat uitgevoerd" : "done late",
            WagePeriodExtended => dutch ? "loondoorbetaling verlengd" : "wage period extended",
            WachttijdVerkort => dutch ? "wachttijd verkort" : "wachttijd shortened",
            VervroegdeIvaInBehandeling => dutch ? "aanvraag verkorte wachttijd in behandeling" : "shortened wachttijd applied for",
            Spoor2Decision => dutch ? "besluit tweede spoor" : "spoor 2 decision",
            DeviationApplied => dutch ? "afwijking toegepast" : "deviation applied",
            ReIntegratievisieOntbreekt => dutch ? "re-integratievisie ontbreekt" : "re-integratievisie missing",
            NewWachttijd => dutch ? "nieuwe wachttijd" : "new wachttijd",
            EventAfterAsOf => dutch ? "gebeurtenis na de peildatum" : "event after the assessment date",
            EventIgnored => dutch ? "gebeurtenis niet toegepast" : "event not applied",
            ImplausibleEvent => dutch ? "onwaarschijnlijke gebeurtenis" : "implausible event",
            RivSupplement => dutch ? "aanvulling re-integratieverslag" : "re-integratieverslag to supplement",
            ZiekUitDienst => dutch ? "ziek uit dienst" : "employment ended while sick",
            AowLeeftijd => dutch ? "AOW-leeftijd" : "AOW age",
            Early => dutch ? "vroeg uitgevoerd" : "done early",
            Spoor2Uitstel => dutch ? "uitstel tweede spoor" : "spoor 2 postponed",
            Spoor2UitstelVerlopen => dutch ? "uitstel tweede spoor verlopen" : "spoor 2 postponement lapsed",
            Spoor2Voortgang => dutch ? "voortgang tweede spoor" : "spoor 2 progress",
            Spoor2EindrapportageOntbreekt => dutch ? "eindrapportage tweede spoor ontbreekt" : "spoor 2 final report missing",
            _ => kind,
        };
    }
}
