using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>Shared facts of the wvp-2013 rule set: its start and the stakes its rules cite.</summary>
internal static class Wvp2013Facts
{
    /// <summary>First sick days from 1 July 2013 on: the start of the current regime (<see cref="Cases.CaseValidator.CurrentRegimeStart"/>).</summary>
    public static readonly LocalDate InForceFrom = Cases.CaseValidator.CurrentRegimeStart;

    public const string LoonsanctieStake =
        "UWV checks the re-integration file when the WIA application comes in; insufficient or late re-integration efforts lead to a loonsanctie: up to 52 more weeks of wages (WIA art. 25 lid 9).";

    /// <summary><see cref="LoonsanctieStake"/> in Dutch.</summary>
    public const string LoonsanctieStakeDutch =
        "UWV toetst het re-integratiedossier wanneer de WIA-aanvraag binnenkomt; onvoldoende of te late re-integratie-inspanningen kunnen leiden tot een loonsanctie: verlenging van de loondoorbetaling met ten hoogste 52 weken (WIA art. 25 lid 9).";

    /// <summary>Why spoor 2 and its steps lapse past the AOW age (<see cref="RuleDescriptor.PastAowAgeReason"/>).</summary>
    public const string NoSpoor2PastAowAge =
        ": re-integration with another employer (spoor 2, BW 7:658a lid 1) is not required for an employee past the AOW age (BW 7:658a as amended by the Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376); the employer's duty is suitable work in the own company. Not required.";

    /// <summary><see cref="NoSpoor2PastAowAge"/> in Dutch.</summary>
    public const string NoSpoor2PastAowAgeDutch =
        ": re-integratie bij een andere werkgever (tweede spoor, BW 7:658a lid 1) is niet vereist voor een werknemer die de AOW-leeftijd heeft bereikt (BW 7:658a zoals gewijzigd bij de Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376); de werkgever moet zorgen voor passende arbeid in het eigen bedrijf. Niet vereist.";

    /// <summary>Why the plan van aanpak and its evaluations lapse past the AOW age (<see cref="RuleDescriptor.PastAowAgeReason"/>).</summary>
    public const string NoPlanPastAowAge =
        ": an employee past the AOW age needs no plan van aanpak and its evaluations, and the duty to cooperate with one lapses (BW 7:660a lid 2; BW 7:658a as amended by Stb. 2015, 376); the Regeling procesgang binds for a verzekerde only (art. 1 onder e; Ziektewet art. 3 lid 1). Not required; the employer still promotes return to suitable work in the own company (BW 7:658a lid 1).";

    /// <summary><see cref="NoPlanPastAowAge"/> in Dutch.</summary>
    public const string NoPlanPastAowAgeDutch =
        ": een werknemer die de AOW-leeftijd heeft bereikt, heeft geen plan van aanpak en geen evaluaties daarvan nodig, en de plicht om daaraan mee te werken vervalt (BW 7:660a lid 2; BW 7:658a zoals gewijzigd bij Stb. 2015, 376); de Regeling procesgang geldt alleen voor een verzekerde (art. 1 onder e; Ziektewet art. 3 lid 1). Niet vereist; de werkgever bevordert nog wel de terugkeer in passende arbeid in het eigen bedrijf (BW 7:658a lid 1).";
}
