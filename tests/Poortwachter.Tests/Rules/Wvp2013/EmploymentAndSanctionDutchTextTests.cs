using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// Dutch texts the other Dutch tests do not reach: the end of employment of a safety-net case (milestone
/// einde-dienstverband and warning ziek-uit-dienst, Ziektewet art. 38 lid 4) and a loonsanctie replaced by a later
/// decision (WIA art. 25 lid 11), each asserted in full from its English text and docs/glossary.md. Day 1 = Monday
/// 6 January 2025.
/// </summary>
public sealed class EmploymentAndSanctionDutchTextTests : RuleTestBase
{
    private const TextLanguage Nl = TextLanguage.Dutch;

    private const string ReplacedTail =
        ": de laatste beschikking die UWV vóór het einde van de wachttijd gaf (WIA art. 25 lid 11) is toegepast als de beschikking die voor de tekortkoming geldt, zoals een beslissing op bezwaar het bestreden besluit herroept en vervangt (Awb art. 7:11 lid 2) en een correctie vervangt wat zij corrigeert; een bekorting verkort alleen de beschikking waarop zij volgt (art. 25 lid 14). De WIA zegt zelf niet dat een wachttijd één sanctietijdvak heeft (art. 25 lid 9 stelt ten hoogste 52 weken per verlenging): als UWV een tweede, afzonderlijk tijdvak bedoelde, is dat niet gemodelleerd (zie README). Controleer de beschikkingen.";

    [Fact]
    public void A_safety_net_case_whose_employment_ends_owes_no_ziek_uit_dienst_report()
    {
        // No-riskpolis (Ziektewet art. 29b); last working day Friday 27 juni 2025, employment ends Monday 30 juni 2025, more
        // than six weeks after day 1. Assessed 1 juni 2025, before the end.
        var a = Engine.Assess(
            Case("W-1").Vangnet(VangnetCodes.NoRiskpolis).LastWorkingDay(D(2025, 6, 27)).EmploymentEndsOn(D(2025, 6, 30)).Build(),
            D(2025, 6, 1)
        );

        Milestone(a, MilestoneCodes.EindeDienstverband)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Het dienstverband eindigt op 30 juni 2025 terwijl de werknemer ziek is. Vangnetter 'no-riskpolis': er is geen ziek-uit-dienstmelding verplicht (Ziektewet art. 38 lid 4; de melding van art. 38a is uiterlijk op de laatste dag van het dienstverband verplicht als die binnen de zes weken valt), maar als de laatste werkdag 27 juni 2025 zoals opgegeven in de zaak (het dienstverband eindigt op 30 juni 2025) zes weken of langer na dag 1 ligt en de werkgever geen eigenrisicodrager ZW is, levert hij op die dag een re-integratieverslag aan (art. 38 lid 2, tweede zin, behouden door lid 4); daarna neemt UWV het over en loopt de wachttijd door."
            );
        Milestone(a, MilestoneCodes.EindeDienstverband)
            .Explanation.Should()
            .StartWith(
                "Employment ends on 2025-06-30 while the employee is sick. Safety net 'no-riskpolis': no ziek-uit-dienst report is owed"
            );
        Warnings(a, WarningCodes.ZiekUitDienst)
            .Should()
            .ContainSingle()
            .Which.MessageIn(Nl)
            .Should()
            .Be(
                "Het dienstverband eindigt op 30 juni 2025: de verplichtingen van de werkgever die daarna opeisbaar worden, vervallen en UWV neemt de re-integratie over; bij deze vangnetter is geen ziek-uit-dienstmelding verplicht (Ziektewet art. 38 lid 4), en een ontbrekende melding van art. 38a kost een bestuurlijke boete (art. 38a lid 8). De getoonde laatste dag is het einde van de wachttijd, niet van de loondoorbetaling door de werkgever."
            );
    }

    [Fact]
    public void A_second_loonsanctie_replaces_the_first()
    {
        // As in English (ImplausibleFactTests): 26 weeks decided 1 november 2026, replaced by 12 weeks on 15 november 2026.
        var a = Engine.Assess(
            Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 1), 26).Loonsanctie(D(2026, 11, 15), 12).Build(),
            D(2026, 12, 1)
        );

        Warnings(a, WarningCodes.EventIgnored)
            .Should()
            .ContainSingle()
            .Which.MessageIn(Nl)
            .Should()
            .Be(
                "De loonsanctie waartoe op 1 november 2026 is besloten (26 weken) is vervangen door de latere beschikking van 15 november 2026 (12 weken)"
                    + ReplacedTail
            );
    }

    [Fact]
    public void Many_replaced_loonsancties_give_one_warning()
    {
        // Three decisions: the two before the last (1 and 8 november 2026) are replaced by the last, 15 november (12 weeks).
        var a = Engine.Assess(
            Case()
                .WiaAanvraag(D(2026, 10, 1))
                .Loonsanctie(D(2026, 11, 1), 26)
                .Loonsanctie(D(2026, 11, 8), 20)
                .Loonsanctie(D(2026, 11, 15), 12)
                .Build(),
            D(2026, 12, 1)
        );

        Warnings(a, WarningCodes.EventIgnored)
            .Should()
            .ContainSingle()
            .Which.MessageIn(Nl)
            .Should()
            .Be(
                "2 beschikkingen over een loonsanctie, van 1 november 2026 tot 8 november 2026, zijn vervangen door de laatste beschikking, van 15 november 2026 (12 weken)"
                    + ReplacedTail
            );
    }
}
