using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Rules.Wvp2013;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The Dutch texts of spoor 2, the re-integratieverslag and the WIA application, written by hand from the English ones
/// and docs/glossary.md. First sick day 6 January 2025, sick every day: counted day n is 6 January 2025 + (n - 1) days
/// (day 269 = 1 October 2025, day 364 = 4 January 2026, day 567 = 26 July 2026, day 623 = 20 September 2026, day 630 =
/// 27 September 2026, day 637 = 4 October 2026, day 651 = 18 October 2026, day 728 = 3 January 2027).
/// </summary>
public sealed class SecondYearDutchTextTests : DutchTextTestBase
{
    private const string Spoor2Stake =
        "Een tweede spoor dat te laat start of ontbreekt, is de meest voorkomende oorzaak van een loonsanctie: verlenging van de loondoorbetaling met ten hoogste 52 weken (WIA art. 25 lid 9).";

    [Fact]
    public void Spoor2_without_a_conclusion_and_the_missing_decision_in_Dutch()
    {
        // The end of the first sick year, day 364 = 4 January 2026; 42 counted days later: 15 February 2026.
        var a = Engine.Assess(Case().Build(), D(2026, 1, 10));

        Only(a, ObligationCodes.Spoor2)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Er is geen conclusie vastgelegd dat terugkeer binnen de eigen organisatie niet haalbaar is (gebeurtenis 'geen-terugkeer-eigen-organisatie'), dus het tweede spoor is nog niet vereist. Wordt dat geconcludeerd, dan moet het tweede spoor starten binnen zes weken (42 getelde ziektedagen) na de conclusie, en uiterlijk zes weken (42 getelde ziektedagen) na het einde van het eerste ziektejaar, getelde ziektedag 364 (4 januari 2026): 15 februari 2026."
            );
        OnlyWarning(a, WarningCodes.Spoor2Decision)
            .MessageIn(Nl)
            .Should()
            .Be(
                "Het eerste ziektejaar eindigde op 4 januari 2026 (getelde ziektedag 364) en er is geen besluit over het tweede spoor vastgelegd. Tenzij er een concreet vooruitzicht is op terugkeer binnen de eigen organisatie, verwacht UWV dat het tweede spoor uiterlijk op 15 februari 2026 is gestart, zes weken (42 getelde ziektedagen) na het einde van het eerste ziektejaar, getelde ziektedag 364 (4 januari 2026). "
                    + Spoor2Stake
            );
        Spoor2Rule.Descriptor.TitleIn(Nl).Should().Be("Tweede spoor (start van re-integratie bij een andere werkgever)");
    }

    [Fact]
    public void Spoor2_after_a_conclusion_in_Dutch()
    {
        // Conclusion on 1 September 2025 + 42 counted days = 13 October 2025, earlier than 15 February 2026.
        var o = Of(Case().GeenTerugkeerEigenOrganisatie(D(2025, 9, 1)), D(2025, 9, 10), ObligationCodes.Spoor2);

        DerivationIs(
            o,
            "Terugkeer binnen de eigen organisatie is niet haalbaar sinds 1 september 2025: het tweede spoor moet 42 getelde ziektedagen later starten, op 13 oktober 2025, en uiterlijk zes weken (42 getelde ziektedagen) na het einde van het eerste ziektejaar, getelde ziektedag 364 (4 januari 2026): 15 februari 2026."
        );
    }

    [Fact]
    public void Spoor2_started_early_in_Dutch()
    {
        // 1 October 2025 is counted day 269, in week 39 (days 267 to 273).
        var a = Engine.Assess(Case().Spoor2(D(2025, 10, 1)).Build(), D(2025, 10, 10));

        OnlyWarning(a, WarningCodes.Early)
            .MessageIn(Nl)
            .Should()
            .Be(
                "Het tweede spoor is gestart op 1 oktober 2025, getelde ziektedag 269 (week 39), vóór week 52: een vroege start is toegestaan en vaak verstandig, en het eerste spoor mag daarnaast doorlopen (Beleidsregels beoordelingskader poortwachter: werkgever en werknemer zijn vrij om al vroeg op werk elders te richten)."
            );
    }

    [Fact]
    public void Spoor2_postponed_too_far_ahead_in_Dutch()
    {
        // Postponed on 1 June 2025 to 15 October 2025, past 1 September 2025 (3 months). If that return does not come:
        // 15 October 2025 + 42 = 26 November 2025, earlier than the date without the postponement, 15 February 2026.
        var a = Engine.Assess(Case().Spoor2Uitstel(D(2025, 6, 1), D(2025, 10, 15)).Build(), D(2025, 7, 1));

        OnlyWarning(a, WarningCodes.Spoor2Uitstel)
            .MessageIn(Nl)
            .Should()
            .Be(
                "Het tweede spoor is op 1 juni 2025 uitgesteld voor een vooruitzicht op volledige terugkeer uiterlijk op 15 oktober 2025, meer dan 3 maanden vooruit (1 september 2025): UWV aanvaardt het achterwege laten van het tweede spoor alleen bij een concreet vooruitzicht op terugkeer in het eigen werk op korte termijn (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie). "
                    + Spoor2Stake
            );
        DerivationIs(
            Only(a, ObligationCodes.Spoor2),
            "Er is geen conclusie over terugkeer binnen de eigen organisatie vastgelegd; het tweede spoor moet starten uiterlijk zes weken (42 getelde ziektedagen) na het einde van het eerste ziektejaar, getelde ziektedag 364 (4 januari 2026): 15 februari 2026. Het tweede spoor is op 1 juni 2025 uitgesteld voor een concreet vooruitzicht op volledige terugkeer in het eigen werk uiterlijk op 15 oktober 2025. Blijft die terugkeer uit, dan moet het tweede spoor 42 getelde ziektedagen na 15 oktober 2025 starten, op 26 november 2025; Poortwachter toetst het vooruitzicht opnieuw op 15 oktober 2025. De datum zonder het uitstel, 15 februari 2026, is niet eerder en geldt."
        );
    }

    [Fact]
    public void Spoor2_trajectory_milestones_plan_and_progress_reports_in_Dutch()
    {
        // Start 1 October 2025: the plan is due 28 counted days later (29 October 2025), the first progress report 42 counted
        // days later (12 November 2025); on 1 December 2025 it is 61 days since the start.
        var a = Traject.Assess(Case().Spoor2(D(2025, 10, 1)).Spoor2Trajectplan(D(2025, 10, 20), 6).Build(), D(2025, 12, 1));

        Milestone(a, MilestoneCodes.Spoor2Start)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Het tweede spoor is gestart op 1 oktober 2025: fase 1, diagnose en oriëntatie (intake, wat de werknemer kan en wil, het zoekprofiel)."
            );
        Milestone(a, MilestoneCodes.Spoor2Begeleiding)
            .ExplanationIn(Nl)
            .Should()
            .Be("Het trajectplan van 20 oktober 2025 opent fase 2, begeleiding en bemiddeling (sollicitaties, werkervaringsplaatsen).");
        Milestone(a, MilestoneCodes.Spoor2TrajectEinde)
            .ExplanationIn(Nl)
            .Should()
            .Be("Het plan voorziet in 6 maanden vanaf de start op 1 oktober 2025: 1 april 2026 (kalendermaanden).");
        Spoor2TrajectRule
            .Descriptor.MilestoneTitleIn(MilestoneCodes.Spoor2TrajectEinde, Nl)
            .Should()
            .Be("Tweede spoor: gepland einde van het traject");

        DerivationIs(
            Only(a, ObligationCodes.Spoor2Trajectplan),
            "Het tweede spoor is gestart op 1 oktober 2025; in de praktijk van re-integratiebureaus wordt het trajectplan binnen 28 getelde ziektedagen opgesteld: 29 oktober 2025."
        );
        DerivationIs(
            Nth(a, ObligationCodes.Spoor2Voortgangsrapportage, 1),
            "Voortgangsrapportage 1: 42 getelde ziektedagen na de start van het tweede spoor op 1 oktober 2025, op 12 november 2025."
        );
        OnlyWarning(a, WarningCodes.Spoor2Voortgang)
            .MessageIn(Nl)
            .Should()
            .Be(
                "Geen voortgangsrapportage over het tweede-spoortraject sinds de start van het tweede spoor op 1 oktober 2025 (61 dagen op 1 december 2025); er werd er uiterlijk op 12 november 2025 een verwacht. Vraag het re-integratiebureau hoe het traject ervoor staat. De werkgever staat in voor het re-integratiebureau dat hij heeft ingeschakeld: kansen die zijn gemist doordat niemand het traject volgde, komen voor rekening van de werkgever en kunnen leiden tot een loonsanctie (WIA art. 25 lid 9)."
            );
    }

    [Fact]
    public void Placement_and_aftercare_milestones_in_Dutch()
    {
        var a = Traject.Assess(Case().Spoor2(D(2025, 10, 1)).Spoor2Plaatsing(D(2026, 3, 2)).Build(), D(2026, 3, 10));

        Milestone(a, MilestoneCodes.Spoor2Plaatsing)
            .ExplanationIn(Nl)
            .Should()
            .Be("Geplaatst bij een andere werkgever op 2 maart 2026: fase 3, plaatsing en nazorg.");
        Milestone(a, MilestoneCodes.Spoor2NazorgEinde)
            .ExplanationIn(Nl)
            .Should()
            .StartWith("De nazorg loopt 91 getelde ziektedagen na de plaatsing: ");
    }

    [Fact]
    public void Final_spoor2_report_and_re_integratieverslag_count_back_in_Dutch()
    {
        var @case = Case().Spoor2(D(2025, 10, 1)).Build();
        var asOf = D(2025, 10, 10);
        var a = Engine.Assess(@case, asOf);

        DerivationIs(
            Only(a, ObligationCodes.Spoor2Eindrapportage),
            $"Praktijk van re-integratiebureaus: de eindrapportage hoort bij week 90, 14 weken vóór het einde van de wachttijd (getelde ziektedag 728, 3 januari 2027; praktijk van re-integratiebureaus): {CountedDay(@case, asOf, 630)}."
        );
        DerivationIs(
            Only(a, ObligationCodes.ReIntegratieverslag),
            $"13 weken vóór het einde van de wachttijd (getelde ziektedag 728, 3 januari 2027; WIA art. 25 lid 3): {CountedDay(@case, asOf, 637)}."
        );
        ReIntegratieverslagRule.Descriptor.TitleIn(Nl).Should().Be("Re-integratieverslag (RIV)");
    }

    [Fact]
    public void Final_spoor2_report_missing_in_Dutch()
    {
        // Due 27 September 2026 (day 630); on 1 October 2026 the RIV is due on 4 October 2026, in 3 days.
        var a = Engine.Assess(Case().Spoor2(D(2025, 10, 1)).Build(), D(2026, 10, 1));

        OnlyWarning(a, WarningCodes.Spoor2EindrapportageOntbreekt)
            .MessageIn(Nl)
            .Should()
            .Be(
                "De eindrapportage van het tweede spoor werd uiterlijk op 27 september 2026 verwacht en is niet in het dossier, terwijl het re-integratieverslag uiterlijk op 4 oktober 2026 klaar moet zijn, over 3 dagen. Het re-integratieverslag moet de inspanningen in het tweede spoor beschrijven; zonder de eindrapportage van het re-integratiebureau is het onvolledig, en UWV legt een loonsanctie op totdat het dossier compleet is (WIA art. 25 lid 3, 9)."
            );
    }

    [Fact]
    public void Wia_application_after_a_late_letter_in_Dutch()
    {
        // The letter was due on day 623 (20 September 2026) and came on 10 October 2026; the 42nd-week report of 20 October
        // 2025 was before day 567 (26 July 2026): an application by 10 October + 28 days = 7 November 2026 is on time.
        var @case = Case().UwvZiekmelding(D(2025, 10, 20)).UwvWiaBrief(D(2026, 10, 10)).Build();
        var asOf = D(2026, 10, 15);

        DerivationIs(
            Only(Engine.Assess(@case, asOf), ObligationCodes.WiaAanvraag),
            $"11 weken vóór het einde van de wachttijd (getelde ziektedag 728, 3 januari 2027; WIA art. 64 lid 3): {CountedDay(@case, asOf, 651)}. De brief van UWV over de WIA-aanvraag moest uiterlijk op 20 september 2026 komen (getelde ziektedag 623, WIA art. 64 lid 2) en heeft de werknemer op 10 oktober 2026 bereikt; de 42e-weeksmelding is gedaan op 20 oktober 2025, vóór 26 juli 2026 (getelde ziektedag 567, 81 weken), dus een aanvraag binnen vier weken na ontvangst, uiterlijk op 7 november 2026, geldt als tijdig (WIA art. 64 lid 6)."
        );
        WiaAanvraagRule
            .Descriptor.TitleIn(Nl)
            .Should()
            .Be("WIA-aanvraag (door de werknemer, met het re-integratieverslag van de werkgever)");
    }

    [Fact]
    public void Late_wia_application_extends_wage_continuation_in_Dutch()
    {
        // Due on day 651, 18 October 2026; made on 28 October 2026, 10 days late: 3 January 2027 + 10 = 13 January 2027.
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 28)).Build(), D(2026, 11, 1));

        a.Wachttijd.Extensions.Should()
            .ContainSingle(c => c.Code == LateWiaAanvraagExtension.ExtensionCode)
            .Subject.ExplanationIn(Nl)
            .Should()
            .Be(
                "De WIA-aanvraag is gedaan op 28 oktober 2026, 10 dagen na de uiterste datum van 18 oktober 2026: de loondoorbetaling wordt verlengd met de vertraging, van 3 januari 2027 tot 13 januari 2027 (BW 7:629 lid 11 onder a)."
            );
    }

    [Fact]
    public void Uwv_wia_letter_milestone_in_Dutch()
    {
        var @case = Case().Build();
        var asOf = D(2026, 1, 10);
        var a = Engine.Assess(@case, asOf);

        Milestone(a, MilestoneCodes.UwvWiaBrief)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                $"UWV stuurt de werknemer uiterlijk na 89 weken wachttijd een brief over de WIA-aanvraag (WIA art. 64 lid 2): {CountedDay(@case, asOf, 623)}. Komt de brief later, dan kan de werknemer tot vier weken na ontvangst nog tijdig aanvragen (art. 64 lid 6)."
            );
        UwvWiaBriefRule
            .Descriptor.MilestoneTitleIn(MilestoneCodes.UwvWiaBrief, Nl)
            .Should()
            .Be("Brief van UWV aan de werknemer over de WIA-aanvraag");
    }

    [Fact]
    public void Re_integratieverslag_to_supplement_after_a_voluntary_extension_in_Dutch()
    {
        // The RIV of 15 August 2026 came before the extension (granted 1 September 2026, to 4 July 2027): supplement it 13
        // weeks before the new end, 4 July 2027 - 91 days = 4 April 2027 (WIA art. 25 lid 4 onder b).
        var a = Engine.Assess(Case().ReIntegratieverslag(D(2026, 8, 15)).Verlenging(D(2026, 9, 1), D(2027, 7, 4)).Build(), D(2026, 10, 1));

        OnlyWarning(a, WarningCodes.RivSupplement)
            .MessageIn(Nl)
            .Should()
            .Be(
                "De loondoorbetaling is verlengd tot 4 juli 2027 nadat het re-integratieverslag op 15 augustus 2026 was opgesteld: vul het re-integratieverslag uiterlijk op 4 april 2027 aan, 13 weken vóór het nieuwe einde (WIA art. 25 lid 4 onder b)."
            );
    }

    [Fact]
    public void Spoor2_postponement_expired_in_Dutch()
    {
        // Postponed on 1 November 2025 to 15 December 2025 (within 3 months); still sick on 20 December 2025. Due the later
        // of 15 December 2025 + 42 counted days = 26 January 2026 and the date without the postponement, 15 February 2026.
        var a = Engine.Assess(Case().Spoor2Uitstel(D(2025, 11, 1), D(2025, 12, 15)).Build(), D(2025, 12, 20));

        OnlyWarning(a, WarningCodes.Spoor2UitstelVerlopen)
            .MessageIn(Nl)
            .Should()
            .Be(
                "Het tweede spoor is op 1 november 2025 uitgesteld voor een vooruitzicht op volledige terugkeer uiterlijk op 15 december 2025, en die terugkeer is uitgebleven: start het tweede spoor uiterlijk op 15 februari 2026. "
                    + Spoor2Stake
            );
        DerivationIs(
            Only(a, ObligationCodes.Spoor2),
            "Er is geen conclusie over terugkeer binnen de eigen organisatie vastgelegd; het tweede spoor moet starten uiterlijk zes weken (42 getelde ziektedagen) na het einde van het eerste ziektejaar, getelde ziektedag 364 (4 januari 2026): 15 februari 2026. Het tweede spoor is op 1 november 2025 uitgesteld voor een concreet vooruitzicht op volledige terugkeer in het eigen werk uiterlijk op 15 december 2025. Het vooruitzicht is verstreken zonder die terugkeer (ziek tot en met 15 december 2025): het tweede spoor moet 42 getelde ziektedagen daarna starten, op 26 januari 2026. De datum zonder het uitstel, 15 februari 2026, is niet eerder en geldt."
        );
    }

    [Fact]
    public void Every_rule_of_this_half_has_its_Dutch_descriptor_texts()
    {
        RuleDescriptorsWithDutch()
            .Should()
            .OnlyContain(d =>
                d.DutchTitle != null
                && d.DutchDueRule != null
                && (d.Stake.Length == 0 || d.DutchStake != null)
                && (d.PastAowAgeReason.Length == 0 || d.DutchPastAowAgeReason != null)
            );
    }

    private static Poortwachter.Rules.RuleDescriptor[] RuleDescriptorsWithDutch() =>
        new[]
        {
            ProbleemanalyseRule.Descriptor,
            PlanVanAanpakRule.Descriptor,
            EvaluatieRule.Descriptor,
            UwvZiekmeldingRule.Descriptor,
            UwvZiekmeldingRule.EigenrisicodragerWgaDescriptor,
            VangnetZiekmeldingRule.Descriptor,
            VangnetZiekmeldingRule.FourthDayDescriptor,
            EerstejaarsevaluatieRule.Descriptor,
            ArbeidsdeskundigOnderzoekRule.Descriptor,
            Spoor2Rule.Descriptor,
            Spoor2TrajectRule.Descriptor,
            Spoor2TrajectplanRule.Descriptor,
            Spoor2VoortgangsrapportageRule.Descriptor,
            Spoor2EindrapportageRule.Descriptor,
            ReIntegratieverslagRule.Descriptor,
            ReIntegratievisieRule.Descriptor,
            ReIntegratievisieOvergangRule.Descriptor,
            WiaAanvraagRule.Descriptor,
            UwvWiaBriefRule.Descriptor,
        }
            .Where(d => d is not null)
            .ToArray();
}
