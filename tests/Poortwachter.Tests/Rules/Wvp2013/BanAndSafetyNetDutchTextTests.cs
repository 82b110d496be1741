using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The Dutch branches of the dismissal ban's derivation (einde-opzegverbod, BW 7:670 lid 1 onder a, lid 11) and of the
/// safety-net report (vangnet-ziekmelding, Ziektewet art. 38a) that the other Dutch tests do not reach, each from the same
/// case as its English test (EindeOpzegverbodRuleTests, VangnetZiekmeldingRuleTests) and worded as the English text and
/// docs/glossary.md say. Day 1 = Monday 6 January 2025; counted day 728 = 3 januari 2027.
/// </summary>
public sealed class BanAndSafetyNetDutchTextTests : RuleTestBase
{
    private const TextLanguage Nl = TextLanguage.Dutch;

    private static readonly PoortwachterEngine FromDay1 = new(new PoortwachterOptions { BanYears = BanYearsReading.FromFirstSickDay });

    private static string BanNl(PoortwachterEngine engine, CaseBuilder builder, NodaTime.LocalDate asOf) =>
        Milestone(engine.Assess(builder.Build(), asOf), MilestoneCodes.EindeOpzegverbod).ExplanationIn(Nl);

    [Fact]
    public void Two_calendar_years_from_day_1_without_and_with_a_29_february()
    {
        // BanYears = FromFirstSickDay: two calendar years from 6 januari 2025 run to 5 januari 2027, 730 days. From
        // 6 januari 2027 they run to 5 januari 2029 and hold 29 februari 2028: 731 days, and counted day 731 = 6 januari 2027 +
        // 730 = 5 januari 2029 (2027 has 365 days, 2028 366: 6 januari 2029 is day 732).
        BanNl(FromDay1, Case(), D(2025, 6, 1))
            .Should()
            .StartWith(
                "De werkgever kan tijdens ziekte niet opzeggen totdat de arbeidsongeschiktheid twee jaren heeft geduurd (BW 7:670 lid 1 onder a). Twee jaren vanaf 6 januari 2025, van datum tot datum gerekend, lopen tot en met 5 januari 2027: 730 dagen. Perioden van arbeidsongeschiktheid worden samengeteld zoals de 104 weken (hersteldagen van een onderbreking korter dan vier weken en zwangerschaps- en bevallingsverlof tellen niet mee, lid 1), dus het opzegverbod eindigt op de dag die de twee jaren vol maakt: getelde ziektedag 730 (in week 105) valt op 5 januari 2027"
            );

        var leap = SicknessCase.Builder("T", D(2027, 1, 6));
        BanNl(FromDay1, leap, D(2027, 6, 1))
            .Should()
            .StartWith(
                "De werkgever kan tijdens ziekte niet opzeggen totdat de arbeidsongeschiktheid twee jaren heeft geduurd (BW 7:670 lid 1 onder a). Twee jaren vanaf 6 januari 2027, van datum tot datum gerekend, lopen tot en met 5 januari 2029: 731 dagen, een 29 februari inbegrepen. Perioden van arbeidsongeschiktheid worden samengeteld zoals de 104 weken (hersteldagen van een onderbreking korter dan vier weken en zwangerschaps- en bevallingsverlof tellen niet mee, lid 1), dus het opzegverbod eindigt op de dag die de twee jaren vol maakt: getelde ziektedag 731 (in week 105) valt op 5 januari 2029"
            );
        Milestone(FromDay1.Assess(leap.Build(), D(2027, 6, 1)), MilestoneCodes.EindeOpzegverbod)
            .Explanation.Should()
            .Contain("Two calendar years from 2027-01-06 run to 2029-01-05: 731 days, a 29 February included. Periods of incapacity");
    }

    [Fact]
    public void A_recovery_after_the_104_weeks_but_before_the_two_years()
    {
        // As in English: sick to counted day 728 (3 januari 2027), fit since, the WIA application on time; counted day 730 is
        // never reached, so the ban is shown as 3 januari 2027 + 2 = 5 januari 2027.
        BanNl(Engine, OnTime("T").SickUntil(StatutoryEnd), D(2027, 2, 15))
            .Should()
            .Contain(
                ", dus het opzegverbod eindigt op de dag die de twee jaren vol maakt: de ziekteperiode eindigde daarvoor door herstel, dus de dag staat als getelde ziektedag 728 (3 januari 2027) + 2 dagen = 5 januari 2027, en het opzegverbod eindigde met het herstel."
            );
    }

    [Fact]
    public void Two_extensions_are_named_in_order_and_added_up()
    {
        // As in English: the WIA application 7 days late (25 oktober 2026, due 18 oktober) moves the end 3 -> 10 januari 2027,
        // a loonsanctie of 12 weeks 84 days more, to 4 april 2027: together +91, the ban 5 januari 2027 + 91 = 6 april 2027.
        BanNl(Engine, Case().WiaAanvraag(D(2026, 10, 25)).Loonsanctie(D(2026, 11, 1), 12), D(2026, 11, 5))
            .Should()
            .Contain(
                " De twee jaren worden verlengd met de duur waarmee het tijdvak van loondoorbetaling is verlengd (BW 7:670 lid 11: een te late WIA-aanvraag, een vrijwillige verlenging, een loonsanctie): wia-aanvraag-te-laat +7, loonsanctie +84, samen +91 kalenderdagen, dus 5 januari 2027 +91 dagen = 6 april 2027."
            );
    }

    [Fact]
    public void Past_the_AOW_age_with_employment_ending_before_the_ban()
    {
        // As in English: AOW age on 1 april 2025 (after day 1), employment ends 1 mei 2025; the ban ends with the wage period,
        // counted day 86 + 41 = 127 = 12 mei 2025.
        BanNl(Engine, Case().ReachesAowAgeOn(D(2025, 4, 1)).EmploymentEndsOn(D(2025, 5, 1)), D(2025, 4, 15))
            .Should()
            .Be(
                "De werknemer bereikt de AOW-leeftijd op 1 april 2025: het opzegverbod loopt dan met dezelfde weken als de loondoorbetaling, binnen de 104 weken (BW 7:670 lid 1 onder a met BW 7:629 lid 2 onder b; art. VIIIa Wet werken na de AOW-gerechtigde leeftijd), dus het eindigt op de laatste dag van loondoorbetaling, 12 mei 2025; opzegging is mogelijk vanaf 13 mei 2025 als de werknemer dan nog ziek is. Opzegging op grond van de AOW-leeftijd zelf (BW 7:669 lid 4) valt niet onder het opzegverbod als zij geen verband houdt met de ziekte (BW 7:670a lid 2 onder e). Het dienstverband eindigt op 1 mei 2025, daarvoor: het opzegverbod beschermt alleen zolang het dienstverband duurt."
            );
    }

    [Fact]
    public void A_birth_case_is_reported_on_the_fourth_day_of_each_incapacity()
    {
        // As in English: bevalling (Ziektewet art. 29a lid 4); the case starts 6 januari 2025, reported by 6 + 3 = 9 januari;
        // sick again from 10 februari after 9 fit days: 10 + 3 = 13 februari 2025. On 11 februari the first report, not on
        // record, is 2 + 31 = 33 days overdue, and owed although that incapacity ended (art. 38a lid 6); 2 days remain for the second.
        var @case = Case("R7").Vangnet(VangnetCodes.Bevalling).SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 10)).Build();
        var reports = Engine.Assess(@case, D(2025, 2, 11)).Obligations.Where(o => o.Kind == ObligationCodes.VangnetZiekmelding).ToList();

        reports
            .Select(o => o.ExplanationIn(Nl))
            .Should()
            .Equal(
                "Vangnet 'bevalling': de zaak begint op 6 januari 2025, aangenomen als de eerste dag na het zwangerschaps- en bevallingsverlof, door de bevalling of de zwangerschap (Ziektewet art. 29a lid 4). De werkgever meldt de ongeschiktheid aan UWV 'uiterlijk op de vierde dag' ervan (art. 38a lid 2 onder a): 6 januari 2025 + 3 kalenderdagen = 9 januari 2025. Art. 38 (de 42e-weeksmelding en de ziek-uit-dienstmelding) is niet van toepassing (art. 38 lid 4). Niet gedaan; op 11 februari 2025 33 dagen na de uiterste datum. De melding is ook verplicht voor de dagen van ongeschiktheid als de werknemer weer hersteld is (Ziektewet art. 38a lid 6).",
                "Vangnet 'bevalling': opnieuw ziek vanaf 10 februari 2025 na herstel, aangenomen door dezelfde oorzaak (Poortwachter gaat uit van dezelfde oorzaak, zoals bij samentelling), door de bevalling of de zwangerschap (Ziektewet art. 29a lid 4). De werkgever meldt de ongeschiktheid aan UWV 'uiterlijk op de vierde dag' ervan (art. 38a lid 2 onder a): 10 februari 2025 + 3 kalenderdagen = 13 februari 2025. Art. 38 (de 42e-weeksmelding en de ziek-uit-dienstmelding) is niet van toepassing (art. 38 lid 4). Nog niet gedaan; op 11 februari 2025 resteren nog 2 dagen."
            );
    }

    [Fact]
    public void A_pregnancy_case_whose_employment_ends_within_the_six_weeks_is_reported_by_the_last_day()
    {
        // Zwangerschap (Ziektewet art. 29a lid 1): six weeks from 6 januari 2025 = 6 januari + 42 = 17 februari 2025, but the
        // employment ends 31 januari 2025, within them: due on the last day of employment (art. 38a lid 3, tweede zin). On
        // 20 januari 11 days remain.
        var report = Only(
            Engine.Assess(Case("Z1").Vangnet(VangnetCodes.Zwangerschap).EmploymentEndsOn(D(2025, 1, 31)).Build(), D(2025, 1, 20)),
            ObligationCodes.VangnetZiekmelding
        );

        report.DueBy.Should().Be(D(2025, 1, 31));
        report
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Vangnet 'zwangerschap' (ziekte door de zwangerschap, vóór het verlof, Ziektewet art. 29a lid 1): de werkgever meldt de eerste dag van ongeschiktheid, 6 januari 2025, aan UWV 'uiterlijk op de eerste dag na zes weken gerekend vanaf die eerste werkdag' (Ziektewet art. 38a lid 3): 6 januari 2025 + 42 kalenderdagen = 17 februari 2025, een kalendertermijn die hersteldagen en verlof niet verschuiven. Het dienstverband eindigt op 31 januari 2025, binnen die zes weken, dus de melding moet uiterlijk op de laatste dag van het dienstverband worden gedaan (art. 38a lid 3, tweede zin). Art. 38 (de 42e-weeksmelding en de ziek-uit-dienstmelding) is niet van toepassing (art. 38 lid 4). Nog niet gedaan; op 20 januari 2025 resteren nog 11 dagen."
            );
        report
            .Explanation.Should()
            .Contain(
                "Employment ends on 2025-01-31, within those six weeks, so the report is due on the last day of employment (art. 38a lid 3, second sentence)."
            );
    }
}
