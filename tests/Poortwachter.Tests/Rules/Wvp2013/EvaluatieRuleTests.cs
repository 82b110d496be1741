using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The periodic evaluations of the plan van aanpak (<c>EvaluatieRule</c>): every 42 counted days from the plan, then
/// from each evaluation, until the end of the wachttijd. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan
/// 2025 + (N - 1); d728 = 3 Jan 2027.
/// </summary>
public sealed class EvaluatieRuleTests : RuleTestBase
{
    [Fact]
    public void Not_applicable_without_a_plan() =>
        Of(Case(), D(2025, 2, 1), ObligationCodes.Evaluatie).Status.Should().Be(ObligationStatus.NotApplicable);

    [Fact]
    public void Every_42_counted_days_from_the_plan_then_from_each_evaluation()
    {
        // Plan 20 Feb 2025; #1 due 20 Feb + 42 = 3 Apr, held 1 Apr; #2 due 1 Apr + 42 = 13 May, held 20 May (late);
        // #3 due 20 May + 42 = 1 Jul, open on 1 Jun.
        var a = Engine.Assess(
            Case().PlanVanAanpak(D(2025, 2, 20)).Evaluatie(D(2025, 4, 1)).Evaluatie(D(2025, 5, 20)).Build(),
            D(2025, 6, 1)
        );
        var evaluations = a.Obligations.Where(o => o.Kind == ObligationCodes.Evaluatie).ToArray();
        evaluations
            .Select(o => (o.Sequence, o.DueBy, o.Status))
            .Should()
            .Equal(
                (1, D(2025, 4, 3), ObligationStatus.Fulfilled),
                (2, D(2025, 5, 13), ObligationStatus.FulfilledLate),
                (3, D(2025, 7, 1), ObligationStatus.Open)
            );
    }

    [Fact]
    public void An_interruption_moves_the_next_evaluation()
    {
        // Plan 20 Feb; fit 1 - 10 Mar (10 days); 42 counted days after the plan = 3 Apr + 10 = 13 Apr.
        var a = Engine.Assess(
            Case().SickUntil(D(2025, 2, 28)).SickAgainFrom(D(2025, 3, 11)).PlanVanAanpak(D(2025, 2, 20)).Build(),
            D(2025, 3, 20)
        );
        Only(a, ObligationCodes.Evaluatie).DueBy.Should().Be(D(2025, 4, 13));
    }

    // Plan van aanpak 17 Feb 2025 (d43); evaluation 1 due 42 counted days later = 31 Mar 2025.
    private static CaseBuilder Planned(string id) => Case(id).PlanVanAanpak(D(2025, 2, 17));

    [Fact]
    public void An_evaluation_on_the_day_of_the_plan_is_not_an_evaluation_of_it()
    {
        var a = Assess(Planned("W-18").Evaluatie(D(2025, 2, 17)).Build(), D(2025, 3, 1));

        a.EvaluationCount().Should().Be(1);
        a.Obligation(ObligationCodes.Evaluatie).ShouldBe(D(2025, 3, 31), ObligationStatus.Open);
    }

    [Fact]
    public void An_evaluation_due_on_the_assessment_date_is_not_projected()
    {
        var a = Assess(Planned("W-19").Build(), D(2025, 3, 31));

        var o = a.Obligation(ObligationCodes.Evaluatie);
        o.ShouldBe(D(2025, 3, 31), ObligationStatus.Open);
        o.Explanation.Should().StartWith("Evaluation 1: 42 counted days after the plan van aanpak of 2025-02-17, on 2025-03-31.");
    }

    [Fact]
    public void A_deviation_applies_to_the_evaluation_pending_when_it_was_agreed()
    {
        // Evaluation 1 held 20 Mar 2025 (due 31 Mar). Deviation agreed 1 Apr 2025, while evaluation 2 (20 Mar + 42 =
        // 1 May 2025) is pending: evaluation 2 is due 15 May 2025; evaluation 1 keeps its own date.
        var a = Assess(
            Planned("W-20")
                .Evaluatie(D(2025, 3, 20))
                .Afwijking(D(2025, 4, 1), ObligationCodes.Evaluatie, D(2025, 5, 15), "vakantie")
                .Build(),
            D(2025, 4, 10)
        );

        a.Obligation(ObligationCodes.Evaluatie, 1).ShouldBe(D(2025, 3, 31), ObligationStatus.Fulfilled, D(2025, 3, 20));
        a.Obligation(ObligationCodes.Evaluatie, 2).ShouldBe(D(2025, 5, 15), ObligationStatus.Open);
    }

    [Fact]
    public void No_evaluation_is_due_after_the_end_of_the_wachttijd()
    {
        // Plan 1 Dec 2026 = d695; d695 + 42 = d737, after d728.
        var a = Assess(OnTime("W-21").PlanVanAanpak(D(2026, 12, 1)).Build(), D(2026, 12, 2));

        a.EvaluationCount().Should().Be(0);
    }

    [Fact]
    public void An_evaluation_the_case_never_reaches_says_so()
    {
        // Sick through 10 Mar 2025 (d64), fit since: on 30 Apr 2025 51 fit days, ended by recovery; d85 is never reached.
        var a = Assess(Planned("W-22").SickUntil(D(2025, 3, 10)).Build(), D(2025, 4, 30));

        var o = a.Obligation(ObligationCodes.Evaluatie);
        o.DueBy.Should().BeNull();
        o.Explanation.Should()
            .StartWith("Evaluation 1: 42 counted days after the plan van aanpak of 2025-02-17, which the case never reaches.");
    }
}
