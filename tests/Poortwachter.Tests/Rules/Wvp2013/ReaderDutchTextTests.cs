using System.Linq;
using System.Reflection;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Engine;
using Poortwachter.Rules.Wvp2013;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The points of the second reader (a verzuim casemanager) on the Dutch output, each asserted as the text now reads:
/// the verb a step takes, "nr. 8", the term of the plan van aanpak through an interruption, the spoor-2 warning after
/// the eerstejaarsevaluatie, the warnings named in words, the Dutch citation of the 2023 amendment. Day 1 = Monday
/// 6 January 2025, sick throughout unless said: getelde ziektedag n = 6 januari 2025 + (n - 1).
/// </summary>
public sealed class ReaderDutchTextTests : RuleTestBase
{
    private const TextLanguage Nl = TextLanguage.Dutch;

    [Fact]
    public void The_plan_term_runs_on_through_an_interruption_in_both_languages()
    {
        // Probleemanalyse 10 February 2025, so the plan is due 10 Feb + 14 calendar days = 24 February 2025 (art. 4
        // lid 1). The employee is fit 15..20 February (6 fit days, under 4 weeks, so the same wachttijd): the two weeks
        // are calendar days and run on. The plan is made on 3 March: 7 days after 24 February.
        var sick = Case().Probleemanalyse(D(2025, 2, 10)).SickUntil(D(2025, 2, 14)).SickAgainFrom(D(2025, 2, 21));
        var plan = Of(sick.PlanVanAanpak(D(2025, 3, 3)), D(2025, 3, 5), ObligationCodes.PlanVanAanpak);

        plan.ExplanationIn(Nl)
            .Should()
            .Be(
                "Binnen twee weken na de probleemanalyse (WIA art. 25 lid 2; Regeling procesgang art. 4 lid 1): probleemanalyse op 10 februari 2025 + 14 kalenderdagen = 24 februari 2025. De twee weken zijn kalenderdagen: de termijn liep door tijdens de onderbreking van 15 februari 2025 tot en met 20 februari 2025. Opgesteld op 3 maart 2025, 7 dagen na de uiterste datum 24 februari 2025."
            );
        plan.Explanation.Should()
            .Be(
                "Within two weeks of the probleemanalyse (WIA art. 25 lid 2; Regeling procesgang art. 4 lid 1): analysis on 2025-02-10 + 14 calendar days = 2025-02-24. The two weeks are calendar days: the term ran on while the employee was fit from 2025-02-15 to 2025-02-20. Done on 2025-03-03, 7 day(s) after the due date 2025-02-24."
            );
    }

    [Fact]
    public void A_plan_made_before_the_interruption_says_nothing_of_it()
    {
        // The plan is made on 13 February, before the fit days of 15..20 February: they changed nothing for it.
        var made = Case()
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 13))
            .SickUntil(D(2025, 2, 14))
            .SickAgainFrom(D(2025, 2, 21));

        Of(made, D(2025, 3, 5), ObligationCodes.PlanVanAanpak)
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Binnen twee weken na de probleemanalyse (WIA art. 25 lid 2; Regeling procesgang art. 4 lid 1): probleemanalyse op 10 februari 2025 + 14 kalenderdagen = 24 februari 2025. Opgesteld op 13 februari 2025, op tijd (uiterlijk op 24 februari 2025)."
            );
    }

    [Fact]
    public void An_overdue_evaluation_is_number_1_and_not_held()
    {
        // Plan 20 February 2025: evaluatie 1 is due six weeks (42 counted days) later, 3 April 2025; on 10 April it is
        // 7 days overdue.
        var a = Engine.Assess(Case().Probleemanalyse(D(2025, 2, 10)).PlanVanAanpak(D(2025, 2, 20)).Build(), D(2025, 4, 10));
        var evaluation = a.Obligations.Single(o => o.Kind == ObligationCodes.Evaluatie && o.Sequence == 1);
        var warning = a.Warnings.Single(w => w.Kind == WarningCodes.Overdue && w.Obligation == ObligationCodes.Evaluatie);

        evaluation
            .ExplanationIn(Nl)
            .Should()
            .Be(
                "Evaluatie 1: uiterlijk zes weken (42 getelde ziektedagen) na het plan van aanpak van 20 februari 2025, dus op 3 april 2025. Niet gehouden; op 10 april 2025 is de uiterste datum 7 dagen overschreden."
            );
        warning
            .MessageIn(Nl)
            .Should()
            .Be(
                "Periodieke evaluatie plan van aanpak nr. 1 had uiterlijk op 3 april 2025 moeten plaatsvinden en is niet gehouden (7 dagen te laat). "
                    + EvaluatieRule.Descriptor.DutchStake
            );
        warning
            .Message.Should()
            .StartWith(
                "Evaluatie (periodic evaluation of the plan van aanpak) #1 was due by 2025-04-03 and is not done (7 day(s) overdue). "
            );
    }

    [Fact]
    public void The_spoor_2_warning_after_the_eerstejaarsevaluatie_says_when_it_was_held_and_by_when_spoor_2_started()
    {
        // Eerstejaarsevaluatie held on 15 December 2025, before counted day 364 (4 January 2026): UWV expects spoor 2
        // started six weeks (42 counted days) after it, 15 Dec + 42 = 26 January 2026; on 1 February 2026 that has passed.
        var a = Engine.Assess(Case().Eerstejaarsevaluatie(D(2025, 12, 15)).Build(), D(2026, 2, 1));

        a.Warnings.Single(w => w.Kind == WarningCodes.Spoor2Decision)
            .MessageIn(Nl)
            .Should()
            .Be(
                "De eerstejaarsevaluatie is op 15 december 2025 gehouden en er is geen besluit over het tweede spoor vastgelegd. Tenzij er een concreet vooruitzicht is op terugkeer binnen de eigen organisatie, verwacht UWV dat het tweede spoor uiterlijk op 26 januari 2026 is gestart, zes weken (42 getelde ziektedagen) na de eerstejaarsevaluatie van 15 december 2025; die datum is verstreken. "
                    + Spoor2Rule.Descriptor.DutchStake
            );
    }

    [Theory]
    [InlineData(ObligationCodes.Probleemanalyse, "opgesteld")]
    [InlineData(ObligationCodes.PlanVanAanpak, "opgesteld")]
    [InlineData(ObligationCodes.ReIntegratieverslag, "opgesteld")]
    [InlineData(ObligationCodes.Evaluatie, "gehouden")]
    [InlineData(ObligationCodes.Eerstejaarsevaluatie, "gehouden")]
    [InlineData(ObligationCodes.UwvZiekmelding, "gedaan")]
    [InlineData(ObligationCodes.ZiekUitDienstMelding, "gedaan")]
    [InlineData(ObligationCodes.WiaAanvraag, "ingediend")]
    [InlineData(ObligationCodes.Spoor2, "gestart")]
    [InlineData(ObligationCodes.VangnetZiekmelding, "gedaan")]
    [InlineData(ObligationCodes.Spoor2Trajectplan, "opgesteld")]
    [InlineData(ObligationCodes.Spoor2Voortgangsrapportage, "opgesteld")]
    [InlineData(ObligationCodes.Spoor2Eindrapportage, "opgesteld")]
    [InlineData(ObligationCodes.ArbeidsdeskundigOnderzoek, "uitgevoerd")]
    [InlineData("eigen-stap", "uitgevoerd")]
    public void Each_step_takes_its_own_verb(string kind, string participle) =>
        DutchFulfilment
            .Participle(Poortwachter.Rules.RuleSets.Wvp2013.Rules.Select(r => r.Descriptor).FirstOrDefault(d => d.Code == kind))
            .Should()
            .Be(participle);

    [Fact]
    public void The_wia_application_is_not_yet_submitted()
    {
        // d651 = 6 January 2025 + 650 = 18 October 2026; on 1 October 2026, 17 days are left.
        Of(Case(), D(2026, 10, 1), ObligationCodes.WiaAanvraag)
            .ExplanationIn(Nl)
            .Should()
            .EndWith(" Nog niet ingediend; op 1 oktober 2026 resteren 17 dagen.");
    }

    [Fact]
    public void Every_shipped_warning_is_named_in_words_in_both_languages()
    {
        var codes = typeof(WarningCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        codes.Should().HaveCountGreaterThan(20);
        foreach (var code in codes)
        {
            WarningCodes.Label(code, Nl).Should().NotBe(code, "the Dutch page shows no code as text");
            WarningCodes.Label(code, TextLanguage.English).Should().NotBeNullOrWhiteSpace();
        }

        WarningCodes.Label(WarningCodes.Overdue, Nl).Should().Be("te laat");
        WarningCodes.Label(WarningCodes.FulfilledLate, Nl).Should().Be("te laat uitgevoerd");
        WarningCodes.Label(WarningCodes.Spoor2Decision, Nl).Should().Be("besluit tweede spoor");
        WarningCodes.Label(WarningCodes.WagePeriodExtended, Nl).Should().Be("loondoorbetaling verlengd");
        WarningCodes.Label(WarningCodes.FulfilledLate, TextLanguage.English).Should().Be("done late");
        WarningCodes
            .Label("eigen-waarschuwing", Nl)
            .Should()
            .Be("eigen-waarschuwing", "a code the library does not ship is shown as it is");
    }

    [Fact]
    public void The_amendment_of_2023_is_cited_in_Dutch_in_the_Dutch_catalogue()
    {
        var source = ReIntegratievisieRule.Descriptor.LegalBasis;

        source
            .CitationIn(Nl)
            .Should()
            .Be("Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 onder a en b, zoals gewijzigd bij Stcrt. 2023, 13931");
        source.CitationIn(TextLanguage.English).Should().Be(source.Citation);
        source
            .Citation.Should()
            .Be("Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 onder a en b, as amended by Stcrt. 2023, 13931");
        PlanVanAanpakRule.Descriptor.LegalBasis.CitationIn(Nl).Should().Be(PlanVanAanpakRule.Descriptor.LegalBasis.Citation);
    }

    [Theory]
    [InlineData(1, "een week")]
    [InlineData(6, "zes weken")]
    [InlineData(12, "twaalf weken")]
    [InlineData(13, "13 weken")]
    public void Weeks_are_written_in_words_as_the_statute_writes_them(int weeks, string expected)
    {
        var text = new TextBuffer(Nl, 16);
        CountedDayText.AppendWeeksInWords(text, weeks);
        text.ToString().Should().Be(expected);
    }
}
