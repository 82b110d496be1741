using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The arbeidsdeskundig onderzoek (<c>ArbeidsdeskundigOnderzoekRule</c>): policy, before the first-year evaluation
/// (counted day 364 or the day an earlier one was held), or a term after the bedrijfsarts' conclusion that return to
/// the own job is not expected when that is earlier. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 +
/// (N - 1); d364 = 4 Jan 2026.
/// </summary>
public sealed class ArbeidsdeskundigOnderzoekRuleTests : RuleTestBase
{
    [Fact]
    public void Due_before_the_first_year_evaluation()
    {
        Of(Case(), D(2025, 12, 1), ObligationCodes.ArbeidsdeskundigOnderzoek).DueBy.Should().Be(D(2026, 1, 4));
        Of(Case().Eerstejaarsevaluatie(D(2025, 12, 10)), D(2025, 12, 20), ObligationCodes.ArbeidsdeskundigOnderzoek)
            .DueBy.Should()
            .Be(D(2025, 12, 10));
    }

    [Fact]
    public void Is_policy() =>
        Of(Case(), D(2025, 12, 1), ObligationCodes.ArbeidsdeskundigOnderzoek).LegalCharacter.Should().Be(LegalCharacter.Policy);

    [Fact]
    public void A_late_no_return_to_own_job_conclusion_leaves_the_usual_date_for_the_assessment()
    {
        // F = 21 Dec 2025 = d350; F + 42 = d392 is after d364 = 4 Jan 2026, which stays.
        var a = Assess(SicknessCase.Builder("R-1", Day1).GeenTerugkeerEigenFunctie(D(2025, 12, 21)).Build(), D(2025, 12, 22));

        var o = a.Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);
        o.ShouldBe(D(2026, 1, 4), ObligationStatus.Open);
        o.Explanation.Should().Contain("concluded on 2025-12-21").And.Contain("the earlier date above applies");
    }

    [Fact]
    public void The_assessment_term_after_the_conclusion_is_an_option()
    {
        // F = 4 May 2025 = d119; with 28 days: d147 = 1 Jun 2025.
        var engine = new PoortwachterEngine(new PoortwachterOptions { ArbeidsdeskundigOnderzoekTermDays = 28 });
        var a = engine.Assess(SicknessCase.Builder("R-2", Day1).GeenTerugkeerEigenFunctie(D(2025, 5, 4)).Build(), D(2025, 5, 5));

        a.Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek).ShouldBe(D(2025, 6, 1), ObligationStatus.Open);
    }

    [Fact]
    public void A_conclusion_that_would_come_after_an_early_first_year_evaluation_leaves_the_evaluation_date()
    {
        // First-year evaluation held 1 Nov 2025 (d300), before d364. F = 1 Oct 2025 (d269): F + 42 = d311 = 12 Nov 2025,
        // later than 1 Nov 2025, which stays.
        var @case = Case("T-11").GeenTerugkeerEigenFunctie(D(2025, 10, 1)).Eerstejaarsevaluatie(D(2025, 11, 1)).Build();

        var o = Engine.Assess(@case, D(2025, 11, 2)).Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);

        o.ShouldBe(D(2025, 11, 1), ObligationStatus.Overdue);
        o.Explanation.Should()
            .Contain(
                " The bedrijfsarts concluded on 2025-10-01 that return to the own job is not expected, which starts the assessment: due 42 counted days later (practice), on 2025-11-12; the earlier date above applies."
            );
    }

    [Fact]
    public void An_early_conclusion_sets_the_assessment_date_and_says_it_applies()
    {
        // F = 4 May 2025 = d119; F + 42 = d161 = 15 Jun 2025, before d364.
        var o = Engine
            .Assess(Case("T-12").GeenTerugkeerEigenFunctie(D(2025, 5, 4)).Build(), D(2025, 5, 5))
            .Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);

        o.ShouldBe(D(2025, 6, 15), ObligationStatus.Open);
        o.Explanation.Should()
            .Contain(
                " The bedrijfsarts concluded on 2025-05-04 that return to the own job is not expected, which starts the assessment: due 42 counted days later (practice), on 2025-06-15, the earlier date, which applies."
            );
    }

    [Fact]
    public void A_conclusion_in_a_case_that_recovers_before_its_term_leaves_the_usual_date()
    {
        // Sick through 10 Jan 2026 (d370), fit since: on 20 Feb 2026 41 fit days, ended by recovery. d364 = 4 Jan 2026 was
        // reached and applies; F = 21 Dec 2025 (d350) + 42 = d392 is never reached.
        var @case = Case("T-15").SickUntil(D(2026, 1, 10)).GeenTerugkeerEigenFunctie(D(2025, 12, 21)).Build();

        var o = Engine.Assess(@case, D(2026, 2, 20)).Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);

        o.DueBy.Should().Be(D(2026, 1, 4));
        o.Explanation.Should()
            .Contain(
                " The bedrijfsarts concluded on 2025-12-21 that return to the own job is not expected, which starts the assessment: due 42 counted days later (practice); the earlier date above applies."
            );
    }
}
