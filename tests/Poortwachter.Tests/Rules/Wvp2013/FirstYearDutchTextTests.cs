using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules.Wvp2013;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The Dutch texts of the first-year rules, written by hand from the English ones and docs/glossary.md. The case is the
/// domain's worked example: first sick day Monday 6 January 2025, sick every day, so counted day n is 6 January 2025 +
/// (n - 1) days (day 42 = 16 February 2025, day 295 = 27 October 2025, day 316 = 17 November 2025, day 364 = 4 January 2026).
/// </summary>
public sealed class FirstYearDutchTextTests : DutchTextTestBase
{
    [Fact]
    public void Probleemanalyse_derivation_and_descriptor_in_Dutch()
    {
        var @case = Case().Build();
        var asOf = D(2025, 3, 1);
        var o = Only(Engine.Assess(@case, asOf), ObligationCodes.Probleemanalyse);

        DerivationIs(o, $"Binnen zes weken na de eerste ziektedag (Regeling procesgang art. 2 lid 2): {CountedDay(@case, asOf, 42)}.");
        var rule = ProbleemanalyseRule.Descriptor;
        rule.TitleIn(Nl).Should().Be("Probleemanalyse door de bedrijfsarts");
        rule.DueRuleIn(Nl)
            .Should()
            .Be("getelde ziektedag 42 (einde van week 6); dreigt langdurig verzuim pas later: onverwijld (art. 2 lid 3)");
        rule.StakeIn(Nl)
            .Should()
            .Be(
                "UWV toetst het re-integratiedossier wanneer de WIA-aanvraag binnenkomt; onvoldoende of te late re-integratie-inspanningen kunnen leiden tot een loonsanctie: verlenging van de loondoorbetaling met ten hoogste 52 weken (WIA art. 25 lid 9)."
            );
        rule.TitleIn(TextLanguage.English).Should().Be("Probleemanalyse (problem analysis by the bedrijfsarts)");
    }

    [Fact]
    public void Plan_van_aanpak_two_weeks_after_the_analysis_in_Dutch()
    {
        // Analysis on 10 February 2025: + 14 calendar days = 24 February 2025.
        var o = Of(Case().Probleemanalyse(D(2025, 2, 10)), D(2025, 2, 12), ObligationCodes.PlanVanAanpak);

        DerivationIs(
            o,
            "Binnen twee weken na de probleemanalyse (WIA art. 25 lid 2; Regeling procesgang art. 4 lid 1): probleemanalyse op 10 februari 2025 + 14 kalenderdagen = 24 februari 2025."
        );
        PlanVanAanpakRule.Descriptor.TitleIn(Nl).Should().Be("Plan van aanpak (met aanwijzing van een casemanager)");
        PlanVanAanpakRule
            .Descriptor.StakeIn(Nl)
            .Should()
            .EndWith(" Een werknemer die weigert mee te werken, riskeert een loonstop (BW 7:629 lid 3 onder e).");
    }

    [Fact]
    public void Plan_van_aanpak_without_an_analysis_in_Dutch()
    {
        var @case = Case().Build();
        var asOf = D(2025, 2, 20);
        var o = Only(Engine.Assess(@case, asOf), ObligationCodes.PlanVanAanpak);

        DerivationIs(
            o,
            $"Geen probleemanalyse in het dossier, dus het plan moet uiterlijk twee weken na de dag zijn opgesteld waarop de probleemanalyse er had moeten zijn (dag 42 + 14): {CountedDay(@case, asOf, 56)}. Zodra de probleemanalyse er is, moet het plan uiterlijk 14 dagen daarna zijn opgesteld."
        );
    }

    [Fact]
    public void Evaluatie_counted_from_the_plan_in_Dutch_and_none_before_a_plan()
    {
        // Plan on 20 February 2025; 42 counted days later, sick every day: 3 April 2025 (8 + 31 + 3 days), after 1 March 2025.
        var o = Nth(Engine.Assess(Case().PlanVanAanpak(D(2025, 2, 20)).Build(), D(2025, 3, 1)), ObligationCodes.Evaluatie, 1);
        DerivationIs(
            o,
            "Evaluatie 1: uiterlijk zes weken (42 getelde ziektedagen) na het plan van aanpak van 20 februari 2025, dus op 3 april 2025 (vooruitberekend, ervan uitgaande dat de werknemer na 1 maart 2025 ziek blijft)."
        );

        var none = Only(Engine.Assess(Case().Build(), D(2025, 3, 1)), ObligationCodes.Evaluatie);
        none.ExplanationIn(Nl)
            .Should()
            .Be(
                "Evaluaties lopen vanaf het plan van aanpak, en er is nog geen plan in het dossier: de eerste evaluatie wordt vereist zodra het plan is overeengekomen."
            );
        EvaluatieRule
            .Descriptor.DueRuleIn(Nl)
            .Should()
            .Be(
                "periodiek; standaard elke 6 weken (42 getelde ziektedagen) na het plan en daarna na elke evaluatie (de termijn is praktijk en instelbaar)"
            );
    }

    [Fact]
    public void Evaluatie_before_a_plan_for_an_employee_reaching_the_AOW_age_in_Dutch()
    {
        var none = Only(Engine.Assess(Case().ReachesAowAgeOn(D(2025, 6, 1)).Build(), D(2025, 3, 1)), ObligationCodes.Evaluatie);

        none.ExplanationIn(Nl)
            .Should()
            .Be(
                "Evaluaties lopen vanaf het plan van aanpak, en er is nog geen plan in het dossier: de eerste evaluatie wordt vereist zodra het plan is overeengekomen. De werknemer bereikt de AOW-leeftijd op 1 juni 2025: evaluaties met een uiterste datum vanaf die dag zijn niet vereist (BW 7:660a lid 2; BW 7:658a zoals gewijzigd bij Stb. 2015, 376)."
            );
    }

    [Fact]
    public void Uwv_ziekmelding_counted_as_made_by_a_late_extension_request_in_Dutch()
    {
        // Day 295 is 27 October 2025; the request of 3 November 2025 is the report, 7 days late.
        var @case = Case().VerlengingVerzoek(D(2025, 11, 3)).Build();
        var asOf = D(2025, 11, 10);
        var o = Only(Engine.Assess(@case, asOf), ObligationCodes.UwvZiekmelding);

        DerivationIs(
            o,
            $"Op de eerste dag nadat de arbeidsongeschiktheid 42 weken heeft geduurd (Ziektewet art. 38 lid 1): {CountedDay(@case, asOf, 295)}. Werkgever en werknemer hebben op 3 november 2025 bij UWV om vrijwillige verlenging van de loondoorbetaling verzocht (WIA art. 24 lid 1) voordat er een melding was gedaan: dat verzoek geldt als de melding, gedaan op die dag (Ziektewet art. 38 lid 8: 'wordt ... dit verzoek, beschouwd als een aangifte op grond van het eerste lid'). Lid 8 maakt er een melding op de eigen dag van, niet een melding uiterlijk op 27 oktober 2025: de melding geldt als 7 dagen te laat gedaan."
        );
        UwvZiekmeldingRule.Descriptor.TitleIn(Nl).Should().Be("Ziekmelding bij UWV (42e-weeksmelding)");
    }

    [Fact]
    public void Safety_net_reports_in_Dutch()
    {
        // Organ donation: the report of art. 38a lid 3 is due 6 January 2025 + 42 = 17 February 2025; made on the 20th, 3 days late.
        var a = Engine.Assess(Case().Vangnet(VangnetCodes.Orgaandonatie).VangnetZiekmelding(D(2025, 2, 20)).Build(), D(2025, 3, 1));

        Only(a, ObligationCodes.VangnetZiekmelding)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Vangnet 'orgaandonatie' (orgaandonatie, Ziektewet art. 29 lid 2 onder e): de werkgever meldt de eerste dag van ongeschiktheid, 6 januari 2025, aan UWV 'uiterlijk op de eerste dag na zes weken gerekend vanaf die eerste werkdag' (Ziektewet art. 38a lid 3): 6 januari 2025 + 42 kalenderdagen = 17 februari 2025, een kalendertermijn die hersteldagen en verlof niet verschuiven. Art. 38 (de 42e-weeksmelding en de ziek-uit-dienstmelding) is niet van toepassing (art. 38 lid 4). Gedaan op 20 februari 2025, 3 dagen na de uiterste datum van 17 februari 2025."
            );
        Only(a, ObligationCodes.UwvZiekmelding)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Vangnet 'orgaandonatie': Ziektewet art. 38 'is ... niet van toepassing op de verzekerde, die aanspraak maakt op ziekengeld op grond van artikel 29, tweede lid, onderdeel e, f of g, en de werkgever van die verzekerde' (art. 38 lid 4), dus de 42e-weeksmelding (getelde ziektedag 295, 27 oktober 2025) is niet verplicht; de werkgever meldt de ziekte in plaats daarvan op grond van art. 38a (verplichting 'vangnet-ziekmelding')."
            );
        VangnetZiekmeldingRule.Descriptor.TitleIn(Nl).Should().Be("Ziekmelding vangnet bij UWV");
    }

    [Fact]
    public void Safety_net_report_open_in_Dutch()
    {
        // Due 17 February 2025; on 16 February 1 day is left.
        var o = Only(Engine.Assess(Case().Vangnet(VangnetCodes.Orgaandonatie).Build(), D(2025, 2, 16)), ObligationCodes.VangnetZiekmelding);

        o.ExplanationIn(Nl).Should().EndWith(" Nog niet gedaan; op 16 februari 2025 resteert nog 1 dag.");
    }

    [Fact]
    public void Eerstejaarsevaluatie_held_early_in_Dutch()
    {
        var @case = Case().Eerstejaarsevaluatie(D(2025, 9, 1)).Build();
        var asOf = D(2025, 9, 10);
        var a = Engine.Assess(@case, asOf);

        OnlyWarning(a, WarningCodes.Early)
            .MessageIn(Nl)
            .Should()
            .Be(
                "De eerstejaarsevaluatie is gehouden op 1 september 2025, vóór week 46 (17 november 2025): UWV verwacht dat zij terugkijkt op het hele eerste ziektejaar; overweeg opnieuw te evalueren tegen het einde van week 52 (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie)."
            );
        DerivationIs(
            Only(a, ObligationCodes.Eerstejaarsevaluatie),
            $"Aan het einde van het eerste ziektejaar (Regeling procesgang art. 4 lid 2 onder b): {CountedDay(@case, asOf, 364)}. In de praktijk vindt zij plaats vanaf week 46 (getelde ziektedag 316, 17 november 2025)."
        );
    }

    [Fact]
    public void Arbeidsdeskundig_onderzoek_before_an_earlier_first_year_evaluation_in_Dutch()
    {
        var @case = Case().Eerstejaarsevaluatie(D(2025, 9, 1)).Build();
        var asOf = D(2025, 9, 10);

        DerivationIs(
            Only(Engine.Assess(@case, asOf), ObligationCodes.ArbeidsdeskundigOnderzoek),
            $"Vóór de eerstejaarsevaluatie (UWV Werkwijzer Poortwachter): {CountedDay(@case, asOf, 364)}. De eerstejaarsevaluatie is eerder gehouden, op 1 september 2025, dus het onderzoek moest uiterlijk toen klaar zijn."
        );
        ArbeidsdeskundigOnderzoekRule.Descriptor.TitleIn(Nl).Should().Be("Arbeidsdeskundig onderzoek");
    }

    [Fact]
    public void Re_integratievisie_missing_in_the_plan_in_Dutch()
    {
        var a = Engine.Assess(Case().PlanVanAanpak(D(2025, 2, 20), visieWerkgever: true, visieWerknemer: false).Build(), D(2025, 3, 1));

        OnlyWarning(a, WarningCodes.ReIntegratievisieOntbreekt)
            .MessageIn(Nl)
            .Should()
            .Be(
                "Het plan van aanpak van 20 februari 2025 bevat niet de visie van de werknemer op de re-integratie (visieWerknemer false). Het document moet de visie van zowel de werkgever als de werknemer bevatten: de eerste ziektedag, 6 januari 2025, valt niet vóór 1 juli 2023, de dag waarop de gewijzigde Regeling in werking trad (Regeling procesgang eerste en tweede ziektejaar, BWBR0013540, art. 4 lid 2 onder a zoals gewijzigd bij Stcrt. 2023, 13931, in werking sinds 1 juli 2023; https://wetten.overheid.nl/BWBR0013540; https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html). Vul de ontbrekende visie aan in het document; UWV leest het plan en de evaluaties ervan in het re-integratieverslag (art. 6 lid 1 onder g en h)."
            );
    }

    [Fact]
    public void Re_integratievisie_transition_ended_by_the_first_year_evaluation_in_Dutch()
    {
        // First sick day 6 March 2023, before 1 July 2023; the first-year evaluation of 20 February 2024 is drawn up after
        // that date, so the evaluation of 1 March 2024 needs both views (Regeling procesgang art. 7b lid 1).
        var a = Engine.Assess(
            SicknessCase
                .Builder("T", D(2023, 3, 6))
                .PlanVanAanpak(D(2023, 4, 20))
                .Eerstejaarsevaluatie(D(2024, 2, 20))
                .Evaluatie(D(2024, 3, 1), visieWerkgever: false, visieWerknemer: false)
                .Build(),
            D(2024, 3, 10)
        );

        OnlyWarning(a, WarningCodes.ReIntegratievisieOntbreekt)
            .MessageIn(Nl)
            .Should()
            .StartWith(
                "De evaluatie van 1 maart 2024 bevat noch de visie van de werkgever noch die van de werknemer op de re-integratie (visieWerkgever en visieWerknemer false). Het document moet de visie van zowel de werkgever als de werknemer bevatten: de ziekte is vóór 1 juli 2023 begonnen, maar de eerstejaarsevaluatie is opgesteld op 20 februari 2024, na 1 juli 2023, dus art. 7b lid 1 houdt de oude tekst niet meer in stand (Regeling procesgang eerste en tweede ziektejaar, BWBR0013540, art. 4 lid 2 onder b zoals gewijzigd bij Stcrt. 2023, 13931, in werking sinds 1 juli 2023, en art. 7b zoals daarbij ingevoegd; "
            );
        ReIntegratievisieOvergangRule
            .Descriptor.TitleIn(Nl)
            .Should()
            .Be("Re-integratievisie, overgangsrecht voor eerste ziektedagen vóór 1 juli 2023 (controle)");
    }
}
