using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// Dutch texts the other Dutch tests do not reach: the spoor-2 final report after a late start and missing once the RIV
/// is overdue (bureau practice; WIA art. 25 lid 3), and UWV's late WIA letter (WIA art. 64 lid 6) when the 42nd-week
/// report is a safety-net report (Ziektewet art. 38a) or a request for a voluntary extension that counts as it (Ziektewet
/// art. 38 lid 8). Each from the same case as its English test, worded as the English text and docs/glossary.md say.
/// Day 1 = Monday 6 January 2025, sick throughout: getelde ziektedag n = 6 januari 2025 + (n - 1); d567 = 26 juli 2026,
/// d623 = 20 september 2026, d630 = 27 september 2026, d651 = 18 oktober 2026, d728 = 3 januari 2027.
/// </summary>
public sealed class Spoor2AndLetterDutchTextTests : DutchTextTestBase
{
    [Fact]
    public void A_spoor_2_started_on_the_week_90_date_gets_its_final_report_one_interval_later()
    {
        // As in English: S = d630 = 27 september 2026; S + 42 = d672 = 8 november 2026.
        var o = Traject.Assess(Case("T-1").Spoor2(D(2026, 9, 27)).Build(), D(2026, 9, 28)).Obligation(ObligationCodes.Spoor2Eindrapportage);

        o.ExplanationIn(Nl)
            .Should()
            .StartWith("Praktijk van re-integratiebureaus: de eindrapportage hoort bij week 90, ")
            .And.Contain(
                " Het tweede spoor is gestart op 27 september 2026, niet vóór die datum: de rapportage van het re-integratiebureau moet uiterlijk één rapportagetermijn (42 getelde ziektedagen) na de start klaar zijn, 8 november 2026, en het re-integratieverslag moet de late start verklaren."
            );
    }

    [Fact]
    public void A_missing_final_report_once_the_riv_is_overdue()
    {
        // As in English: due d630 = 27 september 2026, the RIV (13 weeks before the end) d637 = 4 oktober 2026; on 5 oktober
        // it is overdue, so the warning is high.
        var a = Traject.Assess(Case("T-3").GeenTerugkeerEigenOrganisatie(D(2025, 12, 1)).Spoor2(D(2026, 1, 10)).Build(), D(2026, 10, 5));

        var w = OnlyWarning(a, WarningCodes.Spoor2EindrapportageOntbreekt);
        w.Severity.Should().Be(Severity.High);
        w.MessageIn(Nl)
            .Should()
            .Be(
                "De eindrapportage van het tweede spoor werd uiterlijk op 27 september 2026 verwacht en is niet in het dossier, terwijl het re-integratieverslag uiterlijk op 4 oktober 2026 klaar moest zijn en niet is opgesteld. Het re-integratieverslag moet de inspanningen in het tweede spoor beschrijven; zonder de eindrapportage van het re-integratiebureau is het onvolledig, en UWV legt een loonsanctie op totdat het dossier compleet is (WIA art. 25 lid 3, 9)."
            );
    }

    [Fact]
    public void A_late_letter_in_a_safety_net_case_counts_the_safety_net_report()
    {
        // No-riskpolis: the report of Ziektewet art. 38a made 17 februari 2025 (six weeks after day 1), before d567; the
        // letter, due d623, came 10 oktober 2026: an application by 10 oktober + 28 = 7 november 2026 is on time.
        var @case = Case("L-1").Vangnet(VangnetCodes.NoRiskpolis).VangnetZiekmelding(D(2025, 2, 17)).UwvWiaBrief(D(2026, 10, 10)).Build();
        var asOf = D(2026, 10, 15);

        DerivationIs(
            Only(Engine.Assess(@case, asOf), ObligationCodes.WiaAanvraag),
            $"11 weken vóór het einde van de wachttijd (getelde ziektedag 728, 3 januari 2027; WIA art. 64 lid 3): {CountedDay(@case, asOf, 651)}. De brief van UWV over de WIA-aanvraag moest uiterlijk op 20 september 2026 komen (getelde ziektedag 623, WIA art. 64 lid 2) en heeft de werknemer op 10 oktober 2026 bereikt; de melding aan UWV (bij deze vangnetter de melding van Ziektewet art. 38a, in de plaats van de 42e-weeksmelding die art. 38 lid 4 uitschakelt) is gedaan op 17 februari 2025, vóór 26 juli 2026 (getelde ziektedag 567, 81 weken), dus een aanvraag binnen vier weken na ontvangst, uiterlijk op 7 november 2026, geldt als tijdig (WIA art. 64 lid 6)."
        );
    }

    [Fact]
    public void A_late_letter_after_a_request_for_a_voluntary_extension_that_counts_as_the_report()
    {
        // The request of 24 juli 2025 (d200, before d295 and no 42nd-week report on record) is that report (Ziektewet art. 38
        // lid 8), made before d567; the letter came late, 10 oktober 2026: on time until 7 november 2026.
        var @case = Case("L-2").VerlengingVerzoek(D(2025, 7, 24)).UwvWiaBrief(D(2026, 10, 10)).Build();
        var asOf = D(2026, 10, 15);

        DerivationIs(
            Only(Engine.Assess(@case, asOf), ObligationCodes.WiaAanvraag),
            $"11 weken vóór het einde van de wachttijd (getelde ziektedag 728, 3 januari 2027; WIA art. 64 lid 3): {CountedDay(@case, asOf, 651)}. De brief van UWV over de WIA-aanvraag moest uiterlijk op 20 september 2026 komen (getelde ziektedag 623, WIA art. 64 lid 2) en heeft de werknemer op 10 oktober 2026 bereikt; de 42e-weeksmelding (het gezamenlijke verzoek om vrijwillige verlenging van de loondoorbetaling (WIA art. 24 lid 1) van 24 juli 2025, dat op grond van Ziektewet art. 38 lid 8 als die melding geldt) is gedaan op 24 juli 2025, vóór 26 juli 2026 (getelde ziektedag 567, 81 weken), dus een aanvraag binnen vier weken na ontvangst, uiterlijk op 7 november 2026, geldt als tijdig (WIA art. 64 lid 6)."
        );
    }
}
