using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;

// One class per shipped rule. Day 1 is Monday 6 January 2025 with no interruption, so counted day n falls on
// 6 Jan 2025 + (n - 1) calendar days: 42 = 16 Feb 2025, 56 = 2 Mar 2025, 295 = 27 Oct 2025, 316 = 17 Nov 2025,
// 364 = 4 Jan 2026, 406 = 15 Feb 2026, 623 = 20 Sep 2026, 637 = 4 Oct 2026, 651 = 18 Oct 2026, 686 = 22 Nov 2026,
// 728 = 3 Jan 2027 (domain.md's worked example gives 42, 56, 295, 364, 637, 651 and 728).
namespace Poortwachter.Tests.Rules;

public sealed class ProbleemanalyseRuleTests : RuleTestBase
{
    [Fact]
    public void Due_on_counted_day_42_and_open_until_then()
    {
        var o = Of(Case(), D(2025, 2, 16), ObligationCodes.Probleemanalyse);
        o.DueBy.Should().Be(D(2025, 2, 16));
        o.Status.Should().Be(ObligationStatus.Open);
        o.LegalBasis.Citation.Should().Be("Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2");
        o.LegalCharacter.Should().Be(LegalCharacter.Statute);
        o.Explanation.Should().Contain("counted day 42 (the last day of week 6) falls on 2025-02-16");
    }

    [Fact]
    public void Overdue_the_day_after() =>
        Of(Case(), D(2025, 2, 17), ObligationCodes.Probleemanalyse).Status.Should().Be(ObligationStatus.Overdue);

    [Fact]
    public void Done_late_is_fulfilled_late() =>
        Of(Case().Probleemanalyse(D(2025, 2, 17)), D(2025, 3, 1), ObligationCodes.Probleemanalyse)
            .Status.Should()
            .Be(ObligationStatus.FulfilledLate);

    [Fact]
    public void A_deviation_moves_the_due_date()
    {
        var o = Of(
            Case().Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 1), "bedrijfsarts afwezig"),
            D(2025, 2, 20),
            ObligationCodes.Probleemanalyse
        );
        o.DueBy.Should().Be(D(2025, 3, 1));
        o.Status.Should().Be(ObligationStatus.Open);
        o.Explanation.Should().Contain("bedrijfsarts afwezig").And.Contain("art. 5");
    }
}

public sealed class PlanVanAanpakRuleTests : RuleTestBase
{
    [Fact]
    public void Due_14_calendar_days_after_the_analysis() =>
        Of(Case().Probleemanalyse(D(2025, 2, 3)), D(2025, 2, 5), ObligationCodes.PlanVanAanpak).DueBy.Should().Be(D(2025, 2, 17));

    [Fact]
    public void Due_on_counted_day_56_without_an_analysis() =>
        Of(Case(), D(2025, 2, 5), ObligationCodes.PlanVanAanpak).DueBy.Should().Be(D(2025, 3, 2));

    [Fact]
    public void A_plan_after_its_due_date_is_late_and_warned()
    {
        var a = Engine.Assess(Case().Probleemanalyse(D(2025, 2, 3)).PlanVanAanpak(D(2025, 2, 20)).Build(), D(2025, 3, 1));
        Only(a, ObligationCodes.PlanVanAanpak).Status.Should().Be(ObligationStatus.FulfilledLate);
        Warnings(a, WarningKinds.FulfilledLate)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("3 day(s) after its due date 2025-02-17");
    }
}

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
}

public sealed class UwvZiekmeldingRuleTests : RuleTestBase
{
    [Fact]
    public void Due_on_counted_day_295_with_a_fine_at_stake()
    {
        var a = Engine.Assess(Case().Build(), D(2025, 10, 28));
        var o = Only(a, ObligationCodes.UwvZiekmelding);
        o.DueBy.Should().Be(D(2025, 10, 27));
        o.Status.Should().Be(ObligationStatus.Overdue);
        Warnings(a, WarningKinds.Overdue)
            .Should()
            .Contain(w =>
                w.Obligation == ObligationCodes.UwvZiekmelding
                && w.Severity == Severity.High
                && w.Message.Contains("EUR 455", System.StringComparison.Ordinal)
            );
    }

    [Fact]
    public void Not_owed_when_employment_ends_before_day_295()
    {
        // ZW 38 lid 1 binds the employer who owes wage on day 295 (27 Oct 2025); employment ends 15 Apr 2025, before it.
        var o = Of(Case().EmploymentEndsOn(D(2025, 4, 15)), D(2025, 4, 1), ObligationCodes.UwvZiekmelding);
        o.DueBy.Should().Be(D(2025, 10, 27));
        o.Status.Should().Be(ObligationStatus.NotApplicable);
        Of(Case().EmploymentEndsOn(D(2025, 4, 15)), D(2025, 4, 1), ObligationCodes.ZiekUitDienstMelding).DueBy.Should().Be(D(2025, 4, 15));
    }
}

public sealed class EerstejaarsevaluatieRuleTests : RuleTestBase
{
    [Fact]
    public void Due_on_counted_day_364() =>
        Of(Case(), D(2025, 12, 1), ObligationCodes.Eerstejaarsevaluatie).DueBy.Should().Be(D(2026, 1, 4));

    [Fact]
    public void Held_before_week_46_is_fulfilled_but_reported_early()
    {
        // Week 46 starts on counted day 316 = 17 Nov 2025.
        var a = Engine.Assess(Case().Eerstejaarsevaluatie(D(2025, 11, 16)).Build(), D(2025, 12, 1));
        Only(a, ObligationCodes.Eerstejaarsevaluatie).Status.Should().Be(ObligationStatus.Fulfilled);
        Warnings(a, WarningKinds.Early).Should().ContainSingle().Which.Message.Should().Contain("2025-11-17");
        Warnings(Engine.Assess(Case().Eerstejaarsevaluatie(D(2025, 11, 17)).Build(), D(2025, 12, 1)), WarningKinds.Early)
            .Should()
            .BeEmpty();
    }
}

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
}

public sealed class Spoor2RuleTests : RuleTestBase
{
    [Fact]
    public void Due_6_weeks_after_the_conclusion()
    {
        // Conclusion 1 Sep 2025 + 42 counted days = 13 Oct 2025 (before 15 Feb 2026, six weeks after day 364).
        var o = Of(Case().GeenTerugkeerEigenOrganisatie(D(2025, 9, 1)), D(2025, 10, 14), ObligationCodes.Spoor2);
        o.DueBy.Should().Be(D(2025, 10, 13));
        o.Status.Should().Be(ObligationStatus.Overdue);
    }

    [Fact]
    public void At_the_latest_6_weeks_after_the_first_year_evaluation()
    {
        // Evaluation 20 Dec 2025 + 42 = 31 Jan 2026; a conclusion on 1 Jan 2026 + 42 = 12 Feb 2026 is later.
        var o = Of(
            Case().Eerstejaarsevaluatie(D(2025, 12, 20)).GeenTerugkeerEigenOrganisatie(D(2026, 1, 1)).Spoor2(D(2026, 1, 20)),
            D(2026, 2, 1),
            ObligationCodes.Spoor2
        );
        o.DueBy.Should().Be(D(2026, 1, 31));
        o.Status.Should().Be(ObligationStatus.Fulfilled);
    }

    [Fact]
    public void Without_a_conclusion_it_has_not_arisen_but_the_missing_decision_is_warned()
    {
        var a = Engine.Assess(Case().Build(), D(2026, 2, 16));
        var o = Only(a, ObligationCodes.Spoor2);
        o.Status.Should().Be(ObligationStatus.NotApplicable);
        o.DueBy.Should().Be(D(2026, 2, 15), "the latest date: counted day 364 + 42 = day 406");
        Warnings(a, WarningKinds.Spoor2Decision).Should().ContainSingle().Which.Severity.Should().Be(Severity.High);
        Warnings(Engine.Assess(Case().Build(), D(2025, 12, 1)), WarningKinds.Spoor2Decision)
            .Should()
            .BeEmpty("the first sick year is not over yet");
    }
}

public sealed class ReIntegratieverslagRuleTests : RuleTestBase
{
    [Fact]
    public void Due_13_weeks_before_the_end() =>
        Of(Case(), D(2026, 9, 1), ObligationCodes.ReIntegratieverslag).DueBy.Should().Be(D(2026, 10, 4));

    [Fact]
    public void After_a_voluntary_extension_it_counts_back_from_the_new_end()
    {
        // New end 30 Jun 2027: RIV 30 Jun - 91 = 31 Mar 2027, WIA application 30 Jun - 77 = 14 Apr 2027.
        var a = Engine.Assess(Case().Verlenging(D(2026, 9, 1), D(2027, 6, 30)).Build(), D(2026, 9, 2));
        Only(a, ObligationCodes.ReIntegratieverslag).DueBy.Should().Be(D(2027, 3, 31));
        Only(a, ObligationCodes.WiaAanvraag).DueBy.Should().Be(D(2027, 4, 14));
        a.Wachttijd.LastDay.Should().Be(D(2027, 6, 30));
        Milestone(a, MilestoneCodes.LoonsanctieBeslissing).On.Should().Be(D(2027, 5, 19), "30 Jun 2027 - 42");
    }

    [Fact]
    public void Made_before_the_extension_it_must_be_supplemented()
    {
        var a = Engine.Assess(Case().ReIntegratieverslag(D(2026, 9, 1)).Verlenging(D(2026, 9, 15), D(2027, 6, 30)).Build(), D(2026, 9, 20));
        var o = Only(a, ObligationCodes.ReIntegratieverslag);
        o.DueBy.Should().Be(D(2026, 10, 4));
        o.Status.Should().Be(ObligationStatus.Fulfilled);
        Warnings(a, WarningKinds.RivSupplement).Should().ContainSingle().Which.Message.Should().Contain("2027-03-31");
    }

    [Fact]
    public void Ziek_uit_dienst_six_weeks_or_more_after_day_1_makes_it_due_on_the_last_day()
    {
        // 6 Jan .. 16 Feb 2025 is 42 calendar days: the RIV is due on 16 Feb.
        Of(Case().EmploymentEndsOn(D(2025, 2, 16)), D(2025, 2, 1), ObligationCodes.ReIntegratieverslag).DueBy.Should().Be(D(2025, 2, 16));

        // 6 Jan .. 15 Feb is 41 days: no RIV at the end of employment; the day-637 RIV lapses with the employment.
        Of(Case().EmploymentEndsOn(D(2025, 2, 15)), D(2025, 2, 1), ObligationCodes.ReIntegratieverslag)
            .Status.Should()
            .Be(ObligationStatus.NotApplicable);
    }
}

public sealed class WiaAanvraagRuleTests : RuleTestBase
{
    [Fact]
    public void Due_11_weeks_before_the_end_and_an_employee_obligation()
    {
        var o = Of(Case().EmploymentEndsOn(D(2025, 6, 1)), D(2026, 9, 1), ObligationCodes.WiaAanvraag);
        o.DueBy.Should().Be(D(2026, 10, 18));
        o.Status.Should().Be(ObligationStatus.Open, "the employee applies even after employment ended");
    }

    [Fact]
    public void A_late_application_extends_wage_continuation_by_the_delay()
    {
        // Applied 28 Oct 2026, 10 days after 18 Oct: last day 3 Jan 2027 + 10 = 13 Jan 2027.
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 28)).Build(), D(2026, 11, 1));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 13));
        a.Wachttijd.WiaStart.Should().Be(D(2027, 1, 14));
        Only(a, ObligationCodes.WiaAanvraag).Status.Should().Be(ObligationStatus.FulfilledLate);
    }
}

public sealed class MilestoneRuleTests : RuleTestBase
{
    [Fact]
    public void The_milestones_of_an_uninterrupted_case()
    {
        var a = Engine.Assess(Case().Build(), D(2025, 3, 1));
        Milestone(a, MilestoneCodes.UwvWiaBrief).On.Should().Be(D(2026, 9, 20));
        Milestone(a, MilestoneCodes.LoonsanctieBeslissing).On.Should().Be(D(2026, 11, 22));
        Milestone(a, MilestoneCodes.EindeWachttijd).On.Should().Be(D(2027, 1, 3));
        Milestone(a, MilestoneCodes.WiaStart).On.Should().Be(D(2027, 1, 4));
    }

    [Fact]
    public void A_loonsanctie_extends_by_its_weeks_and_a_bekorting_shortens_it()
    {
        // 12 weeks after 3 Jan 2027: 3 Jan + 84 = 28 Mar 2027 (the WIA application was on time, so no other extension).
        Engine
            .Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 20), 12).Build(), D(2026, 12, 1))
            .Wachttijd.LastDay.Should()
            .Be(D(2027, 3, 28));

        // Repair found sufficient on 1 Dec 2026: the sanction ends six weeks later, 12 Jan 2027.
        Engine
            .Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 20), 12).Bekorting(D(2026, 12, 1)).Build(), D(2026, 12, 2))
            .Wachttijd.LastDay.Should()
            .Be(D(2027, 1, 12));
    }

    [Fact]
    public void A_loonsanctie_decided_after_the_end_extends_nothing()
    {
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2027, 1, 10), 12).Build(), D(2027, 1, 11));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.State.Should().Be(Poortwachter.Timeline.WachttijdState.Ended);
        Warnings(a, WarningKinds.EventIgnored).Should().ContainSingle().Which.Message.Should().Contain("art. 25 lid 11");
    }
}
