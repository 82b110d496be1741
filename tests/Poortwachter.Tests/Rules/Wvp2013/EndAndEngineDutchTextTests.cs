using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Rules.Wvp2013;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The Dutch texts of the end of the wachttijd and what moves it (einde wachttijd, WIA start, opzegverbod, AOW age,
/// loonsanctie and its decisions, vervroegde IVA, vrijwillige verlenging, ziek uit dienst), of the status reasons and of
/// the engine's warnings, each asserted in full from the English text and docs/glossary.md. Day 1 = Monday 6 January
/// 2025, sick throughout unless said: getelde ziektedag n = 6 januari 2025 + (n - 1); d728 = 3 januari 2027.
/// </summary>
public sealed class EndAndEngineDutchTextTests : RuleTestBase
{
    private const TextLanguage Nl = TextLanguage.Dutch;

    private static Assessment Assess(Poortwachter.Cases.CaseBuilder builder, NodaTime.LocalDate asOf) =>
        Engine.Assess(builder.Build(), asOf);

    private static string MilestoneNl(Assessment a, string kind) => Milestone(a, kind).ExplanationIn(Nl);

    private static string ChangeNl(Assessment a, string code) => a.Wachttijd.Extensions.Single(c => c.Code == code).ExplanationIn(Nl);

    [Fact]
    public void The_end_of_the_wachttijd_is_counted_day_728()
    {
        // d728 = 3 januari 2027, the last day of week 104; assessed on 5 januari 2026, so projected.
        MilestoneNl(Assess(Case("NL-1"), D(2026, 1, 5)), MilestoneCodes.EindeWachttijd)
            .Should()
            .Be(
                "De loondoorbetaling duurt 104 weken (BW 7:629 lid 1; WIA art. 23 lid 1): getelde ziektedag 728 (de laatste dag van week 104) valt op 3 januari 2027: dag 1 (6 januari 2025) + 727 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 5 januari 2026 ziek blijft)."
            );
    }

    [Fact]
    public void A_loonsanctie_extends_the_end_by_its_weeks_in_calendar_days()
    {
        // 12 weeks = 84 calendar days from 4 januari 2027 (the day after d728): 28 maart 2027. UWV's deadline is six weeks
        // before the end: d728 - 42 = d686 = 22 november 2026, so 1 november 2026 is on time (no shortening step).
        var a = Assess(OnTime("NL-2").Loonsanctie(D(2026, 11, 1), 12), D(2026, 11, 5));
        const string Sanction =
            "UWV heeft op 1 november 2026 een loonsanctie van 12 weken opgelegd (WIA art. 25 lid 9): de loondoorbetaling loopt 84 kalenderdagen door, van 4 januari 2027 tot en met 28 maart 2027 (een vaste kalenderperiode; hersteldagen schuiven die niet op).";

        ChangeNl(a, LoonsanctieExtension.ExtensionCode).Should().Be(Sanction);
        MilestoneNl(a, MilestoneCodes.EindeWachttijd)
            .Should()
            .EndWith(" 727 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 5 november 2026 ziek blijft). " + Sanction);
        MilestoneNl(a, MilestoneCodes.WiaStart)
            .Should()
            .Be("Een WIA-uitkering kan ingaan op de dag na de laatste dag van loondoorbetaling, 28 maart 2027.");
        Warnings(a, WarningCodes.WagePeriodExtended).Single().MessageIn(Nl).Should().Be(Sanction);
        MilestoneNl(a, MilestoneCodes.LoonsanctieBeslissing)
            .Should()
            .Be(
                "UWV beslist over een loonsanctie uiterlijk zes weken vóór het einde van de wachttijd (3 januari 2027; WIA art. 25 lid 10): getelde ziektedag 686 (de laatste dag van week 98) valt op 22 november 2026: dag 1 (6 januari 2025) + 685 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 5 november 2026 ziek blijft). Beslist UWV later, dan wordt de loonsanctie bekort met de overschrijding (art. 25 lid 14); beslist UWV pas na het einde van de wachttijd, dan volgt geen verlenging (art. 25 lid 11)."
            );
    }

    [Fact]
    public void A_late_loonsanctie_decision_and_a_late_herstel_decision_shorten_it()
    {
        // Decided on 1 december 2026, 9 days after its deadline d686 = 22 november 2026 (lid 10): 9 days earlier. The
        // herstelmelding of 1 januari 2027 is due for a decision by + 21 = 22 januari 2027; the bekorting of 1 februari
        // 2027 is 10 days late, and ends the sanction six weeks later, 15 maart 2027 (lid 14), before the cap of 28 maart.
        // In all 19 days earlier: 15 maart - 19 = 24 februari 2027.
        var a = Assess(
            OnTime("NL-3").Loonsanctie(D(2026, 12, 1), 12).Herstelmelding(D(2027, 1, 1)).Bekorting(D(2027, 2, 1)),
            D(2027, 2, 5)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 2, 24));
        ChangeNl(a, LoonsanctieExtension.ExtensionCode)
            .Should()
            .Be(
                "UWV heeft op 1 december 2026 een loonsanctie van 12 weken opgelegd (WIA art. 25 lid 9): de loondoorbetaling loopt 84 kalenderdagen door, van 4 januari 2027 tot en met 28 maart 2027 (een vaste kalenderperiode; hersteldagen schuiven die niet op); UWV besliste 9 dagen na de uiterste datum 22 november 2026 (zes weken vóór het einde van de wachttijd, 3 januari 2027; WIA art. 25 lid 10), dus de loonsanctie wordt bekort met 9 dagen (WIA art. 25 lid 14); UWV heeft op 1 februari 2027 het herstel van de tekortkoming voldoende geacht (bekorting): de loonsanctie eindigt zes weken later, op 15 maart 2027 (WIA art. 25 lid 14); UWV heeft het herstel van de tekortkoming voldoende geacht 10 dagen na de uiterste datum 22 januari 2027 (drie weken na ontvangst van de herstelmelding van 1 januari 2027; WIA art. 25 lid 13), dus de loonsanctie wordt bekort met 10 dagen (WIA art. 25 lid 14); in totaal 19 dagen eerder: 24 februari 2027."
            );
        MilestoneNl(a, MilestoneCodes.HerstelBeslissing)
            .Should()
            .Be(
                "UWV heeft de herstelmelding ontvangen op 1 januari 2027 en beslist binnen drie weken, uiterlijk op 22 januari 2027 (WIA art. 25 lid 13); UWV besliste op 1 februari 2027, 10 dagen te laat, dus de loonsanctie eindigt 10 dagen eerder (lid 14)."
            );
    }

    [Fact]
    public void A_herstel_decision_not_yet_given_is_counted_from_its_deadline()
    {
        // Received 1 december 2026, due by + 21 = 22 december 2026; on 5 januari 2027 that is 14 days ago.
        var a = Assess(OnTime("NL-4").Loonsanctie(D(2026, 11, 1), 12).Herstelmelding(D(2026, 12, 1)), D(2027, 1, 5));

        MilestoneNl(a, MilestoneCodes.HerstelBeslissing)
            .Should()
            .Be(
                "UWV heeft de herstelmelding ontvangen op 1 december 2026 en beslist binnen drie weken, uiterlijk op 22 december 2026 (WIA art. 25 lid 13); op 5 januari 2027 staat geen beslissing geregistreerd, 14 dagen na die datum: als de beslissing komt, eindigt de loonsanctie zoveel dagen eerder als zij te laat is (lid 14), en een oordeel dat het herstel voldoende is, beëindigt haar zes weken na dat oordeel. Het getoonde einde loopt niet vooruit op de uitkomst."
            );
    }

    [Fact]
    public void The_dismissal_ban_ends_on_counted_day_730()
    {
        // No 29 February between 6 januari 2025 and d731 = 6 januari 2027: 730 days; d730 = 5 januari 2027, in week 105
        // (days 729..735); the last day of wage continuation d728 + 2 days.
        MilestoneNl(Assess(Case("NL-5"), D(2025, 3, 1)), MilestoneCodes.EindeOpzegverbod)
            .Should()
            .Be(
                "De werkgever kan tijdens ziekte niet opzeggen totdat de arbeidsongeschiktheid twee jaren heeft geduurd (BW 7:670 lid 1 onder a). Twee jaren arbeidsongeschiktheid zijn twee jaren, van datum tot datum gerekend over de getelde ziektedagen: 730 dagen, omdat er geen 29 februari ligt tussen 6 januari 2025 en de datum van de 731e getelde ziektedag, 6 januari 2027. Perioden van arbeidsongeschiktheid worden samengeteld zoals de 104 weken (hersteldagen van een onderbreking korter dan vier weken en zwangerschaps- en bevallingsverlof tellen niet mee, lid 1), dus het opzegverbod eindigt op de dag die de twee jaren vol maakt: getelde ziektedag 730 (in week 105) valt op 5 januari 2027: dag 1 (6 januari 2025) + 729 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 1 maart 2025 ziek blijft). Controle: de laatste dag van loondoorbetaling 3 januari 2027 + 2 dagen = 5 januari 2027, de laatste dag van het opzegverbod; opzegging is mogelijk vanaf 6 januari 2027 als de werknemer dan nog ziek is (met toestemming van UWV of met instemming van de werknemer, BW 7:669 lid 3 onder b)."
            );
    }

    [Fact]
    public void Past_the_AOW_age_wage_continuation_and_the_ban_last_six_weeks()
    {
        // AOW age on 1 december 2024, before day 1; first sick day from 1 July 2023: 6 weeks, d42 = 16 februari 2025,
        // d728 - d42 = 686 calendar days earlier.
        var a = Assess(Case("NL-6").ReachesAowAgeOn(D(2024, 12, 1)), D(2025, 3, 1));
        const string Change =
            "De werknemer bereikte de AOW-leeftijd op 1 december 2024, op of vóór dag 1 (6 januari 2025): de loondoorbetaling duurt 6 weken (42 getelde ziektedagen; BW 7:629 lid 2 onder b, voor ziekte die vanaf 1 juli 2023 begon), dus voor de laatste dag geldt: getelde ziektedag 42 (de laatste dag van week 6) valt op 16 februari 2025: dag 1 (6 januari 2025) + 41 dagen, 686 kalenderdagen vóór getelde ziektedag 728 (3 januari 2027).";

        ChangeNl(a, AowLeeftijdRule.ExtensionCode).Should().Be(Change);
        MilestoneNl(a, MilestoneCodes.EindeWachttijd)
            .Should()
            .Be(
                "Loondoorbetaling na de AOW-leeftijd (BW 7:629 lid 2 onder b) in plaats van 104 weken (lid 1). "
                    + Change
                    + " Na de AOW-leeftijd kan geen WIA-uitkering ingaan (WIA art. 43 onder g), dus dit is de laatste dag van loondoorbetaling, niet het einde van een wachttijd voor de WIA."
            );
        MilestoneNl(a, MilestoneCodes.EindeOpzegverbod)
            .Should()
            .Be(
                "De werknemer bereikte de AOW-leeftijd op 1 december 2024: het opzegverbod loopt dan met dezelfde weken als de loondoorbetaling, binnen de 104 weken (BW 7:670 lid 1 onder a met BW 7:629 lid 2 onder b; art. VIIIa Wet werken na de AOW-gerechtigde leeftijd), dus het eindigt op de laatste dag van loondoorbetaling, 16 februari 2025; opzegging is mogelijk vanaf 17 februari 2025 als de werknemer dan nog ziek is. Opzegging op grond van de AOW-leeftijd zelf (BW 7:669 lid 4) valt niet onder het opzegverbod als zij geen verband houdt met de ziekte (BW 7:670a lid 2 onder e)."
            );
        Warnings(a, WarningCodes.AowLeeftijd)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be(
                Change
                    + " Voor een werknemer die de AOW-leeftijd heeft bereikt, kan geen WIA-uitkering ingaan (WIA art. 43 onder g, art. 47 lid 1 onder c), dus er is geen WIA-aanvraag, geen re-integratieverslag, geen loonsanctie en geen vrijwillige verlenging (BW 7:629 lid 11 verlengt alleen de 104 weken van lid 1). Een werknemer die de AOW-leeftijd heeft bereikt, heeft geen plan van aanpak, evaluaties of tweede spoor nodig (BW 7:658a en 7:660a lid 2, zoals gewijzigd bij Stb. 2015, 376); wat vóór de AOW-datum opeisbaar was, blijft verplicht. De werkgever bevordert nog steeds de terugkeer in de eigen of andere passende arbeid in het eigen bedrijf (BW 7:658a lid 1), en het opzegverbod loopt met dezelfde weken (BW 7:670 lid 1 onder a)."
            );
    }

    [Fact]
    public void A_shortened_wachttijd_ends_the_wachttijd_but_not_the_wage_continuation()
    {
        // Applied 24 juli 2025, granted 15 september 2025 with a last day of 2 oktober 2025 = d270 (week 39); the IVA
        // starts 3 oktober 2025; wage continuation runs to d728 = 3 januari 2027.
        var a = Assess(
            Case("NL-7").VervroegdeIvaAanvraag(D(2025, 7, 24)).VervroegdeIvaToegekend(D(2025, 9, 15), D(2025, 10, 2)),
            D(2025, 11, 1)
        );
        const string Grant =
            "UWV heeft op 15 september 2025 een verkorte wachttijd toegekend, op de aanvraag van 24 juli 2025 (WIA art. 23 lid 6): de wachttijd eindigt op 2 oktober 2025, getelde ziektedag 270 (week 39), en de IVA-uitkering kan ingaan op 3 oktober 2025 (WIA art. 47 lid 2). De loondoorbetaling door de werkgever eindigt daarmee niet: zij loopt door tot en met 3 januari 2027 (BW 7:629 lid 1), verminderd met de IVA-uitkering (lid 5). De aanvraag geldt als WIA-aanvraag (WIA art. 66 lid 1), en UWV beoordeelt de re-integratie-inspanningen niet (art. 66 lid 6: art. 65 is niet van toepassing), dus er is geen re-integratieverslag verplicht, kan de aanvraag niet te laat zijn en volgt er geen loonsanctie.";

        ChangeNl(a, VervroegdeIvaExtension.ExtensionCode).Should().Be(Grant);
        MilestoneNl(a, MilestoneCodes.EindeWachttijdVervroegd).Should().Be(Grant);
        MilestoneNl(a, MilestoneCodes.WiaStart)
            .Should()
            .Be(
                "UWV heeft de wachttijd verkort tot 2 oktober 2025 (WIA art. 23 lid 6): de IVA-uitkering gaat de volgende dag in (WIA art. 47 lid 2), terwijl de loondoorbetaling door de werkgever doorloopt tot en met 3 januari 2027, verminderd met de uitkering (BW 7:629 lid 5)."
            );
    }

    [Fact]
    public void An_application_for_a_shortened_wachttijd_awaiting_UWV_changes_nothing_yet()
    {
        // Applied 24 juli 2025: no end before + 70 = 2 oktober 2025 (later than d91 = 6 april 2025), none after d546 =
        // 5 juli 2026.
        var a = Assess(Case("NL-8").VervroegdeIvaAanvraag(D(2025, 7, 24)), D(2025, 9, 1));

        Warnings(a, WarningCodes.VervroegdeIvaInBehandeling)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be(
                "De werknemer heeft op 24 juli 2025 een verkorte wachttijd aangevraagd (WIA art. 23 lid 6) en er staat geen beslissing van UWV geregistreerd: totdat UWV beslist, verandert er niets, en de re-integratie gaat door. Als UWV haar toekent, eindigt de wachttijd op de dag die UWV vaststelt, op zijn vroegst op 2 oktober 2025 (de aanvraag + 70 dagen, tien weken) en op zijn laatst op 5 juli 2026 (getelde ziektedag 546, 78 weken); het re-integratieverslag en de WIA-aanvraag vervallen dan, en de loondoorbetaling door de werkgever loopt nog door tot en met 3 januari 2027, verminderd met de IVA-uitkering (BW 7:629 lid 5)."
            );
    }

    [Fact]
    public void A_voluntary_extension_moves_the_end_to_the_day_UWV_set()
    {
        var a = Assess(OnTime("NL-9").Verlenging(D(2026, 9, 1), D(2027, 6, 30)), D(2026, 10, 1));

        ChangeNl(a, VrijwilligeVerlengingExtension.ExtensionCode)
            .Should()
            .Be(
                "UWV heeft op 1 september 2026 op gezamenlijk verzoek van werkgever en werknemer de loondoorbetaling verlengd tot en met 30 juni 2027 (WIA art. 24); het re-integratieverslag en de WIA-aanvraag worden vanaf die dag teruggerekend (WIA art. 25 lid 4, art. 64 lid 3)."
            );
    }

    [Fact]
    public void Sick_at_the_end_of_employment_the_report_is_due_on_the_last_day_of_employment()
    {
        // Employment ends 15 april 2025 (no last working day given); on 1 mei 2025 the report is 16 days overdue.
        var a = Assess(Case("NL-10").EmploymentEndsOn(D(2025, 4, 15)), D(2025, 5, 1));

        Only(a, ObligationCodes.ZiekUitDienstMelding)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Het dienstverband eindigt terwijl de werknemer ziek is: de werkgever meldt de ziekte bij UWV op de laatste werkdag voordat het dienstverband eindigt (Ziektewet art. 38 lid 2), hier de laatste dag van het dienstverband, 15 april 2025, omdat de zaak geen laatste werkdag opgeeft. Deze melding is verplicht naast de ziekmelding in de 42e week (art. 38 lid 2: 'onverminderd het eerste lid'), ook als die al is gedaan. Niet gedaan; op 1 mei 2025 is de uiterste datum 16 dagen overschreden."
            );
        MilestoneNl(a, MilestoneCodes.EindeDienstverband)
            .Should()
            .Be(
                "Het dienstverband eindigt op 15 april 2025 terwijl de werknemer ziek is: de werkgever meldt dit bij UWV op de laatste dag van het dienstverband, 15 april 2025, omdat de zaak geen laatste werkdag opgeeft; als dat zes weken of langer na dag 1 is en de werkgever geen eigenrisicodrager ZW is, levert hij dan ook een re-integratieverslag aan; daarna neemt UWV het over en loopt de wachttijd door (Ziektewet art. 38 lid 2)."
            );
        Warnings(a, WarningCodes.ZiekUitDienst)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be(
                "Het dienstverband eindigt op 15 april 2025: de verplichtingen van de werkgever die daarna opeisbaar worden, vervallen, UWV neemt de re-integratie over, en een ontbrekende ziek-uit-dienstmelding bij UWV kost een bestuurlijke boete (Ziektewet art. 38 lid 2-3). De getoonde laatste dag is het einde van de wachttijd, niet van de loondoorbetaling door de werkgever."
            );
    }

    [Fact]
    public void The_last_working_day_given_in_the_case_is_named()
    {
        var a = Assess(Case("NL-11").EmploymentEndsOn(D(2025, 4, 15)).LastWorkingDay(D(2025, 4, 11)), D(2025, 4, 1));

        Only(a, ObligationCodes.ZiekUitDienstMelding)
            .ExplanationIn(Nl)
            .Should()
            .Contain(", hier de laatste werkdag 11 april 2025 zoals opgegeven in de zaak (het dienstverband eindigt op 15 april 2025). ")
            .And.EndWith("Nog niet gedaan; op 1 april 2025 resteren 10 dagen.");
    }

    [Fact]
    public void The_status_reasons_are_dutch()
    {
        // Probleemanalyse due d42 = 16 februari 2025 (Regeling procesgang art. 2 lid 2).
        static string Reason(Poortwachter.Cases.CaseBuilder b, NodaTime.LocalDate asOf) =>
            Of(b, asOf, ObligationCodes.Probleemanalyse).ExplanationIn(Nl);

        Reason(Case(), D(2025, 2, 15)).Should().EndWith(" Nog niet opgesteld; op 15 februari 2025 resteert 1 dag.");
        Reason(Case(), D(2025, 3, 2)).Should().EndWith(" Niet opgesteld; op 2 maart 2025 is de uiterste datum 14 dagen overschreden.");
        Reason(Case().Probleemanalyse(D(2025, 2, 10)), D(2025, 3, 2))
            .Should()
            .EndWith(" Opgesteld op 10 februari 2025, op tijd (uiterlijk op 16 februari 2025).");
        Reason(Case().Probleemanalyse(D(2025, 2, 20)), D(2025, 3, 2))
            .Should()
            .EndWith(" Opgesteld op 20 februari 2025, 4 dagen na de uiterste datum 16 februari 2025.");
        // Fit since 1 februari 2025: on 5 februari 5 fit days, the date projected.
        Reason(Case().SickUntil(D(2025, 1, 31)), D(2025, 2, 5))
            .Should()
            .EndWith(
                " De werknemer is op 5 februari 2025 hersteld (tot nu toe 5 hersteldagen); de uiterste datum is vooruitberekend alsof de ziekte de volgende dag hervat, en de ziekteperiode eindigt als de werknemer 28 dagen hersteld blijft."
            );
        // Fit since 26 januari 2025: on 26 maart 2025, 60 fit days, the case ended before d42.
        Reason(Case().SickUntil(D(2025, 1, 25)), D(2025, 3, 26))
            .Should()
            .EndWith(
                " De ziekteperiode eindigde door herstel: de werknemer is hersteld sinds 26 januari 2025 (60 hersteldagen op 26 maart 2025; 28 hersteldagen beëindigen een ziekteperiode), voordat deze verplichting opeisbaar werd."
            );
        // Employment ends 31 januari 2025, before d42.
        Reason(Case().EmploymentEndsOn(D(2025, 1, 31)), D(2025, 2, 5))
            .Should()
            .EndWith(
                " Het dienstverband eindigde op 31 januari 2025, voordat deze verplichting opeisbaar werd: vanaf dan neemt UWV de re-integratie over (Ziektewet art. 38 lid 2)."
            );
    }

    [Fact]
    public void The_step_warnings_are_dutch()
    {
        var rule = ProbleemanalyseRule.Descriptor;
        string Message(Assessment a, string kind) => Warnings(a, kind).Single(w => w.Obligation == rule.Code).MessageIn(Nl);

        Message(Assess(Case(), D(2025, 3, 2)), WarningCodes.Overdue)
            .Should()
            .Be(
                rule.TitleIn(Nl)
                    + " had uiterlijk op 16 februari 2025 moeten plaatsvinden en is niet opgesteld (14 dagen te laat). "
                    + rule.StakeIn(Nl)
            );
        Message(Assess(Case(), D(2025, 2, 15)), WarningCodes.DueSoon)
            .Should()
            .Be(rule.TitleIn(Nl) + " moet uiterlijk op 16 februari 2025 worden opgesteld, over 1 dag. " + rule.StakeIn(Nl));
        Message(Assess(Case().Probleemanalyse(D(2025, 2, 20)), D(2025, 3, 2)), WarningCodes.FulfilledLate)
            .Should()
            .Be(
                rule.TitleIn(Nl)
                    + " is opgesteld op 20 februari 2025, 4 dagen na de uiterste datum 16 februari 2025; UWV kan dit meewegen bij de toetsing. "
                    + rule.StakeIn(Nl)
            );
    }

    [Fact]
    public void A_reasoned_deviation_reads_in_dutch_in_the_warning_and_the_explanation()
    {
        var a = Assess(
            Case().Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 3), "bedrijfsarts met vakantie"),
            D(2025, 2, 12)
        );

        Warnings(a, WarningCodes.DeviationApplied)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be(
                "Een gemotiveerde afwijking, overeengekomen op 10 februari 2025, verschuift de uiterste datum van probleemanalyse van 16 februari 2025 naar 3 maart 2025 (Regeling procesgang art. 5; reden: \"bedrijfsarts met vakantie\"). UWV toetst bij de WIA-aanvraag of de reden standhoudt."
            );
        Only(a, ObligationCodes.Probleemanalyse)
            .ExplanationIn(Nl)
            .Should()
            .EndWith(
                ", dus uiterlijk op 16 februari 2025; een gemotiveerde afwijking, overeengekomen op 10 februari 2025 (Regeling procesgang art. 5, reden: \"bedrijfsarts met vakantie\"), stelt de uiterste datum op 3 maart 2025. Nog niet opgesteld; op 12 februari 2025 resteren 19 dagen."
            );
    }

    [Fact]
    public void Events_after_the_assessment_date_are_counted_singular_and_plural()
    {
        Warnings(Assess(Case().Probleemanalyse(D(2025, 2, 10)), D(2025, 2, 5)), WarningCodes.EventAfterAsOf)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be("1 gebeurtenis met een datum na 5 februari 2025 is op de peildatum niet bekend en is buiten beschouwing gelaten.");
        Warnings(Assess(Case().Probleemanalyse(D(2025, 2, 10)).PlanVanAanpak(D(2025, 2, 20)), D(2025, 2, 5)), WarningCodes.EventAfterAsOf)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be("2 gebeurtenissen met een datum na 5 februari 2025 zijn op de peildatum niet bekend en zijn buiten beschouwing gelaten.");
    }

    [Fact]
    public void A_new_wachttijd_after_28_fit_days_says_what_was_left_out()
    {
        // Sick 6..31 januari, fit from 1 februari to 6 juli 2025 (more than 28 days), sick again from 7 juli 2025.
        var a = Assess(Case().Probleemanalyse(D(2025, 1, 20)).SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 7, 7)), D(2025, 8, 1));

        Warnings(a, WarningCodes.NewWachttijd)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be(
                "Een eerdere ziekteperiode eindigde met 28 of meer hersteldagen (BW 7:629 lid 10), dus de ziekte vanaf 7 juli 2025 begint een nieuwe wachttijd op dag 1; de beoordeling begint op die dag, en 1 gebeurtenis van de eerdere ziekteperiode is weggelaten."
            );
    }

    [Fact]
    public void UWV_decisions_that_change_nothing_or_look_wrong_are_named_in_dutch()
    {
        // A loonsanctie decided on 10 januari 2027, after the end d728 = 3 januari 2027 (WIA art. 25 lid 11).
        Warnings(Assess(OnTime("NL-12").Loonsanctie(D(2027, 1, 10), 12), D(2027, 1, 15)), WarningCodes.EventIgnored)
            .Single()
            .MessageIn(Nl)
            .Should()
            .Be(
                "De loonsanctie waartoe op 10 januari 2027 is besloten, verlengt de loondoorbetaling niet: UWV besliste na afloop van de wachttijd, en 'Verlenging van het tijdvak als bedoeld in het negende lid vindt niet plaats indien het UWV de beschikking omtrent de toepassing van het negende lid niet geeft voor de afloop van de wachttijd' (WIA art. 25 lid 11), dus de beschikking heeft geen gevolg voor het tijdvak van loondoorbetaling."
            );
        // An extension granted on 1 juni 2025 = d147 (26 + 28 + 31 + 30 + 31 + 1), in the first sick year.
        Warnings(Assess(Case("NL-13").Verlenging(D(2025, 6, 1), D(2027, 6, 30)), D(2025, 7, 1)), WarningCodes.ImplausibleEvent)
            .Select(w => w.MessageIn(Nl))
            .Should()
            .Contain(
                "De verlenging van de loondoorbetaling tot 30 juni 2027 staat geregistreerd als toegekend op 1 juni 2025, getelde ziektedag 147, in het eerste ziektejaar: werkgever en werknemer vragen die samen bij UWV aan tegen het einde van de wachttijd, als de WIA-aanvraag aan de orde komt (WIA art. 24 lid 1; UWV schrijft uiterlijk in week 89 over de aanvraag, art. 64 lid 2). De verlenging is toegepast zoals geregistreerd; controleer de datum."
            );
    }

    [Fact]
    public void The_spoor_2_cost_estimate_reads_in_dutch()
    {
        // The WIA application on time, so the end stays d728 = 3 januari 2027: from 1 december 2026 33 days, 5 weeks
        // rounded up.
        var a = Assess(OnTime("NL-14"), D(2026, 12, 1));
        const string Label =
            " Praktijk, geen recht en geen offerte: de vuistregel van één bureau, het aantal weken tot het einde van de wachttijd maal een weektarief.";

        Spoor2CostEstimate
            .For(a)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "33 dagen van 1 december 2026 tot de laatste dag van de wachttijd 3 januari 2027: 5 weken, naar boven afgerond, x EUR 100 = EUR 500."
                    + Label
            );
        Spoor2CostEstimate
            .For(a, 12.5m)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "33 dagen van 1 december 2026 tot de laatste dag van de wachttijd 3 januari 2027: 5 weken, naar boven afgerond, x EUR 12,5 = EUR 62,5."
                    + Label
            );
        Spoor2CostEstimate.For(a).ExplanationIn(TextLanguage.English).Should().Be(Spoor2CostEstimate.For(a).Explanation);
        Spoor2CostEstimate
            .For(Assess(OnTime("NL-15"), D(2027, 1, 3)))
            .ExplanationIn(Nl)
            .Should()
            .Be("Na 3 januari 2027 resteren geen weken van de wachttijd, dus er valt niets te schatten." + Label);
    }
}
