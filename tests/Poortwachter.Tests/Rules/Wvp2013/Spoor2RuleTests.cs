using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The start of spoor 2 (<c>Spoor2Rule</c>, with its postponement, <c>Spoor2UitstelCheck</c>): six weeks after the
/// conclusion that return within the own organisation is not feasible, at the latest six weeks after the first-year
/// evaluation; the warning when the decision is missing; a postponement for a prospect of return and its re-check
/// (docs/interpretation.md, "Spoor 2 in depth"). Day 1 = Monday 6 January 2025 unless said otherwise, sick throughout:
/// dN = 6 Jan 2025 + (N - 1). d364 = 4 Jan 2026, so the latest date without an earlier first-year evaluation is E + T =
/// d406 = 4 Jan 2026 + 42 = 15 Feb 2026.
/// </summary>
public sealed class Spoor2RuleTests : RuleTestBase
{
    private const string Latest =
        "at the latest 42 counted days after the end of the first sick year, counted day 364 (2026-01-04): 2026-02-15";

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
        Warnings(a, WarningCodes.Spoor2Decision).Should().ContainSingle().Which.Severity.Should().Be(Severity.High);
        Warnings(Engine.Assess(Case().Build(), D(2025, 12, 1)), WarningCodes.Spoor2Decision)
            .Should()
            .BeEmpty("the first sick year is not over yet");
    }

    [Fact]
    public void A_prospect_that_held_and_then_a_relapse_makes_spoor_2_due_six_weeks_after_the_relapse()
    {
        // Day 1 = 13 Jan 2025; sick to 5 Mar 2026 (d417), fit 6-19 Mar (14 days, before U = 15 Mar), sick from 20 Mar 2026
        // = d418. Base = E + T = d352 + 42 = d394 = 10 Feb 2026. R + T = d460 = 20 Mar + 42 = 1 May 2026: later, applies.
        var @case = SicknessCase
            .Builder("R-3", D(2025, 1, 13))
            .SickUntil(D(2026, 3, 5))
            .SickAgainFrom(D(2026, 3, 20))
            .Eerstejaarsevaluatie(D(2025, 12, 30))
            .Spoor2Uitstel(D(2025, 12, 30), D(2026, 3, 15))
            .Build();

        var a = Assess(@case, D(2026, 4, 10));

        var o = a.Obligation(ObligationCodes.Spoor2);
        o.ShouldBe(D(2026, 5, 1), ObligationStatus.Open);
        o.Explanation.Should().Contain("sick again from 2026-03-20");
        a.ShouldNotHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2);
    }

    [Fact]
    public void A_postponement_recorded_after_spoor_2_was_due_is_warned_about()
    {
        // Day 1 = 2 Jun 2025; E = 22 May 2026 = d355; base = d397 = 3 Jul 2026. Postponed 10 Jul 2026 until 1 Sep 2026:
        // U + T = 13 Oct 2026 applies.
        var @case = SicknessCase
            .Builder("R-4", D(2025, 6, 2))
            .Eerstejaarsevaluatie(D(2026, 5, 22))
            .Spoor2Uitstel(D(2026, 7, 10), D(2026, 9, 1))
            .Build();

        var a = Assess(@case, D(2026, 7, 15));

        a.Obligation(ObligationCodes.Spoor2).ShouldBe(D(2026, 10, 13), ObligationStatus.Open);
        a.Warnings.Where(w => w.Kind == WarningCodes.Spoor2Uitstel)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("after it was already due on 2026-07-03");
    }

    [Fact]
    public void A_postponement_with_a_conclusion_never_moves_spoor_2_earlier()
    {
        // C = 1 Dec 2025 = d330: C + T = d372 = 12 Jan 2026. Postponed 2 Dec 2025 until 15 Dec 2025: U + T =
        // 26 Jan 2026 (d344 + 42 = d386) is later and applies; started 20 Jan 2026 is on time.
        var @case = SicknessCase
            .Builder("R-5", Day1)
            .GeenTerugkeerEigenOrganisatie(D(2025, 12, 1))
            .Spoor2Uitstel(D(2025, 12, 2), D(2025, 12, 15))
            .Spoor2(D(2026, 1, 20))
            .Build();

        Assess(@case, D(2026, 2, 1))
            .Obligation(ObligationCodes.Spoor2)
            .ShouldBe(D(2026, 1, 26), ObligationStatus.Fulfilled, D(2026, 1, 20));
    }

    [Fact]
    public void A_late_conclusion_yields_to_the_latest_date_and_says_so()
    {
        // C = 10 Jan 2026 = d370; C + 42 = d412 = 21 Feb 2026, after d406 = 15 Feb 2026, which applies.
        var o = Assess(Case("E-1").GeenTerugkeerEigenOrganisatie(D(2026, 1, 10)).Build(), D(2026, 1, 11))
            .Obligation(ObligationCodes.Spoor2);

        o.ShouldBe(D(2026, 2, 15), ObligationStatus.Open);
        o.Explanation.Should()
            .Contain(
                "Return within the own organisation is not feasible since 2026-01-10: spoor 2 is due 42 counted days later, on 2026-02-21, and "
                    + Latest
                    + ". The earlier of the two applies: 2026-02-15."
            );
    }

    [Fact]
    public void An_early_conclusion_applies_without_the_earlier_of_the_two_sentence()
    {
        // C = 1 Dec 2025 = d330; C + 42 = d372 = 12 Jan 2026, before d406: it applies.
        var o = Assess(Case("E-2").GeenTerugkeerEigenOrganisatie(D(2025, 12, 1)).Build(), D(2025, 12, 2))
            .Obligation(ObligationCodes.Spoor2);

        o.ShouldBe(D(2026, 1, 12), ObligationStatus.Open);
        o.Explanation.Should().Contain("spoor 2 is due 42 counted days later, on 2026-01-12, and " + Latest + ".");
        o.Explanation.Should().NotContain("The earlier of the two applies");
    }

    [Fact]
    public void A_conclusion_in_a_case_that_recovers_before_the_term_names_no_dates()
    {
        // Sick d1..d360 (31 Dec 2025), fit from 1 Jan 2026; on 10 Feb 2026 41 fit days: ended by recovery. C = 1 Dec 2025:
        // neither C + 42 (d372) nor d364 is ever reached.
        var @case = Case("E-3").SickUntil(D(2025, 12, 31)).GeenTerugkeerEigenOrganisatie(D(2025, 12, 1)).Build();

        var o = Assess(@case, D(2026, 2, 10)).Obligation(ObligationCodes.Spoor2);

        o.DueBy.Should().BeNull();
        o.Explanation.Should()
            .Contain(
                "Return within the own organisation is not feasible since 2025-12-01: spoor 2 is due 42 counted days later, and at the latest 42 counted days after the end of the first sick year, counted day 364."
            );
    }

    [Fact]
    public void A_spoor_2_started_without_a_conclusion_is_measured_against_the_latest_date()
    {
        // Started 1 Feb 2026 = d392, before d406 = 15 Feb 2026: fulfilled.
        var o = Assess(Case("E-4").Spoor2(D(2026, 2, 1)).Build(), D(2026, 2, 5)).Obligation(ObligationCodes.Spoor2);

        o.ShouldBe(D(2026, 2, 15), ObligationStatus.Fulfilled, D(2026, 2, 1));
        o.Explanation.Should()
            .Contain(
                "Spoor 2 started without a recorded conclusion that return within the own organisation is not feasible; it is measured against the latest date UWV policy allows, "
                    + Latest
                    + "."
            );
    }

    [Fact]
    public void The_decision_warning_is_not_high_on_the_latest_date_itself()
    {
        var a = Assess(Case("E-5").Build(), D(2026, 2, 15));

        var w = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2Decision).Subject;
        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should().Contain("UWV expects spoor 2 " + Latest + ". ").And.NotContain("that date has passed");
    }

    [Fact]
    public void The_decision_warning_is_high_the_day_after_the_latest_date()
    {
        var a = Assess(Case("E-6").Build(), D(2026, 2, 16));

        var w = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2Decision).Subject;
        w.Severity.Should().Be(Severity.High);
        w.Message.Should().Contain("UWV expects spoor 2 " + Latest + "; that date has passed. ");
    }

    [Fact]
    public void The_decision_warning_is_given_on_the_last_day_of_employment_but_not_after_it()
    {
        // From E = d364 = 4 Jan 2026 the warning applies; employment ending on 10 Jan 2026 still counts on that day.
        var onLastDay = Assess(Case("E-7").EmploymentEndsOn(D(2026, 1, 10)).Build(), D(2026, 1, 10));
        var afterIt = Assess(Case("E-8").EmploymentEndsOn(D(2026, 1, 9)).Build(), D(2026, 1, 10));

        onLastDay.ShouldHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2, Severity.Warning);
        afterIt.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);
    }

    // Postponement without a conclusion: P = 1 Dec 2025, U = 31 Jan 2026; U + 42 = 14 Mar 2026 (sick throughout), later
    // than the base d406 = 15 Feb 2026. The limit P + 3 months = 1 Mar 2026 is not passed.
    private static CaseBuilder Postponed(string id) => Case(id).Spoor2Uitstel(D(2025, 12, 1), D(2026, 1, 31));

    private const string PostponedHead =
        "No conclusion on return within the own organisation is recorded; spoor 2 is due "
        + Latest
        + ". Spoor 2 was postponed on 2025-12-01 for a concrete prospect of full return in the own work by 2026-01-31.";

    [Fact]
    public void A_pending_postponement_is_rechecked_on_the_prospect_date_itself()
    {
        var a = Assess(Postponed("E-9").Build(), D(2026, 1, 31));

        var o = a.Obligation(ObligationCodes.Spoor2);
        o.ShouldBe(D(2026, 3, 14), ObligationStatus.Open);
        o.Explanation.Should()
            .EndWith(
                PostponedHead
                    + " If that return does not come, spoor 2 is due 42 counted days after 2026-01-31, on 2026-03-14; the engine re-checks the prospect on 2026-01-31."
                    // 31 Jan to 14 Mar 2026: 28 + 14 days.
                    + " Not done yet; 42 day(s) left on 2026-01-31."
            );
        a.ShouldNotHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Uitstel, ObligationCodes.Spoor2);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);
    }

    [Fact]
    public void A_postponed_spoor_2_that_started_is_judged_without_a_recheck()
    {
        // Started 20 Feb 2026 = d411, not early, before 14 Mar 2026.
        var o = Assess(Postponed("E-10").Spoor2(D(2026, 2, 20)).Build(), D(2026, 3, 1)).Obligation(ObligationCodes.Spoor2);

        o.ShouldBe(D(2026, 3, 14), ObligationStatus.Fulfilled, D(2026, 2, 20));
        o.Explanation.Should()
            .EndWith(
                PostponedHead
                    + " If that return does not come, spoor 2 is due 42 counted days after 2026-01-31, on 2026-03-14. Done on 2026-02-20, on time (due by 2026-03-14)."
            );
    }

    [Fact]
    public void An_expired_postponement_is_warned_about_until_its_date_and_high_after()
    {
        var open = Assess(Postponed("E-11").Build(), D(2026, 3, 14));
        var late = Assess(Postponed("E-12").Build(), D(2026, 3, 15));

        var o = open.Obligation(ObligationCodes.Spoor2);
        o.ShouldBe(D(2026, 3, 14), ObligationStatus.Open);
        o.Explanation.Should()
            .EndWith(
                PostponedHead
                    + " The prospect has passed without that return (sick through 2026-01-31): spoor 2 is due 42 counted days after it, on 2026-03-14."
                    + " Not done yet; 0 day(s) left on 2026-03-14."
            );
        var w = open.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2UitstelVerlopen).Subject;
        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should()
            .StartWith(
                "Spoor 2 was postponed on 2025-12-01 for a prospect of full return by 2026-01-31, and that return has not come: start spoor 2 by 2026-03-14. A late"
            );

        late.Obligation(ObligationCodes.Spoor2).ShouldBe(D(2026, 3, 14), ObligationStatus.Overdue);
        var h = late.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2UitstelVerlopen).Subject;
        h.Severity.Should().Be(Severity.High);
        h.Message.Should().Contain("start spoor 2 by 2026-03-14; that date has passed. A late");
    }

    [Fact]
    public void When_the_base_date_is_later_than_the_prospect_term_the_text_says_the_base_applies()
    {
        // P = 1 Nov 2025, U = 30 Nov 2025: U + 42 = 11 Jan 2026, earlier than the base 15 Feb 2026, which applies.
        var o = Assess(Case("E-13").Spoor2Uitstel(D(2025, 11, 1), D(2025, 11, 30)).Build(), D(2025, 11, 15))
            .Obligation(ObligationCodes.Spoor2);

        o.ShouldBe(D(2026, 2, 15), ObligationStatus.Open);
        o.Explanation.Should()
            .EndWith(
                "spoor 2 is due 42 counted days after 2025-11-30, on 2026-01-11; the engine re-checks the prospect on 2025-11-30. The date without the postponement, 2026-02-15, is not earlier and applies."
                    // 15 Nov 2025 to 15 Feb 2026: 30 + 31 + 31 days.
                    + " Not done yet; 92 day(s) left on 2025-11-15."
            );
    }

    [Fact]
    public void A_prospect_exactly_three_months_ahead_is_accepted_and_one_day_more_is_warned_about()
    {
        // P = 1 Dec 2025; P + 3 months = 1 Mar 2026.
        var atLimit = Assess(Case("E-14").Spoor2Uitstel(D(2025, 12, 1), D(2026, 3, 1)).Build(), D(2025, 12, 2));
        var beyond = Assess(Case("E-15").Spoor2Uitstel(D(2025, 12, 1), D(2026, 3, 2)).Build(), D(2025, 12, 2));

        atLimit.ShouldNotHaveWarning(WarningCodes.Spoor2Uitstel, ObligationCodes.Spoor2);
        beyond
            .Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.Spoor2Uitstel)
            .Which.Message.Should()
            .StartWith(
                "Spoor 2 was postponed on 2025-12-01 for a prospect of full return by 2026-03-02, more than 3 months ahead (2026-03-01): UWV accepts leaving out spoor 2 only for a concrete prospect of return in the own work on short term"
            );
    }

    [Fact]
    public void Full_return_on_the_prospect_date_itself_holds()
    {
        // Sick through 30 Jan 2026, fully fit from U = 31 Jan 2026 and still fit on 10 Feb 2026 (11 fit days).
        var a = Assess(Postponed("E-16").SickUntil(D(2026, 1, 30)).Build(), D(2026, 2, 10));

        var o = a.Obligation(ObligationCodes.Spoor2);
        o.ShouldBe(null, ObligationStatus.NotApplicable);
        o.Explanation.Should().Contain("The prospect held: the employee is fully fit since 2026-01-31");
        a.ShouldNotHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2);
    }

    [Fact]
    public void An_interruption_before_the_postponement_is_not_a_return_on_the_prospect()
    {
        // Fit 1-10 Apr 2025 (10 days) before P: every counted day moves 10 days later. d364 = 14 Jan 2026, base d406 =
        // 25 Feb 2026. Sick through U = 31 Jan 2026: expired, due max(25 Feb, 31 Jan + 42 = 14 Mar 2026) = 14 Mar 2026.
        var @case = Postponed("E-17").SickUntil(D(2025, 3, 31)).SickAgainFrom(D(2025, 4, 11)).Build();

        var a = Assess(@case, D(2026, 2, 10));

        a.Obligation(ObligationCodes.Spoor2).ShouldBe(D(2026, 3, 14), ObligationStatus.Open);
        a.ShouldHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2, Severity.Warning);
    }

    [Fact]
    public void A_relapse_after_a_held_prospect_explains_the_new_date()
    {
        // As in R-3 above: day 1 = 13 Jan 2025, fit 6-19 Mar 2026, sick again from R = 20 Mar 2026;
        // R + 42 = 1 May 2026, later than the base 10 Feb 2026.
        var @case = SicknessCase
            .Builder("E-18", D(2025, 1, 13))
            .SickUntil(D(2026, 3, 5))
            .SickAgainFrom(D(2026, 3, 20))
            .Eerstejaarsevaluatie(D(2025, 12, 30))
            .Spoor2Uitstel(D(2025, 12, 30), D(2026, 3, 15))
            .Build();

        var o = Assess(@case, D(2026, 4, 10)).Obligation(ObligationCodes.Spoor2);

        o.Explanation.Should()
            .EndWith(
                " The prospect held: the employee was fully fit from 2026-03-06, but sick again from 2026-03-20 within the same wachttijd; spoor 2 is due 42 counted days after that, on 2026-05-01."
                    + " Not done yet; 21 day(s) left on 2026-04-10."
            );
    }

    [Theory]
    [InlineData(2025, 1, 6, 1, 1)]
    [InlineData(2025, 12, 28, 357, 51)]
    public void A_start_up_to_counted_day_357_is_reported_early(int y, int m, int d, int day, int week)
    {
        // d357 = 4 Jan 2026 - 7 = 28 Dec 2025, the last day of week 51.
        var a = Assess(Case("E-19").Spoor2(D(y, m, d)).Build(), D(2026, 1, 10));

        a.Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.Early && w.Obligation == ObligationCodes.Spoor2)
            .Which.Message.Should()
            .StartWith($"Spoor 2 started on {y:0000}-{m:00}-{d:00}, counted day {day} (week {week}), before week 52");
    }

    [Fact]
    public void A_start_on_counted_day_358_is_not_early()
    {
        // d358 = 29 Dec 2025, the first day of week 52.
        var a = Assess(Case("E-20").Spoor2(D(2025, 12, 29)).Build(), D(2026, 1, 10));

        a.Warnings.Where(w => w.Kind == WarningCodes.Early && w.Obligation == ObligationCodes.Spoor2).Should().BeEmpty();
    }

    [Fact]
    public void A_fit_spell_starting_on_the_day_of_the_postponement_is_not_the_return_it_foresees()
    {
        // Fit 1-10 Dec 2025 from P itself, sick again from 11 Dec through U: the return must come after P. The 10 fit days
        // move d364 to 14 Jan 2026 and the base d406 to 25 Feb 2026; expired: due max(25 Feb, 31 Jan + 42 = 14 Mar 2026).
        var @case = Postponed("E-21").SickUntil(D(2025, 11, 30)).SickAgainFrom(D(2025, 12, 11)).Build();

        var a = Assess(@case, D(2026, 2, 10));

        a.Obligation(ObligationCodes.Spoor2).ShouldBe(D(2026, 3, 14), ObligationStatus.Open);
        a.ShouldHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2, Severity.Warning);
    }

    [Fact]
    public void A_pending_postponement_in_a_case_that_recovered_names_no_date()
    {
        // Sick through 31 Dec 2025 (d360), fit since: on 10 Feb 2026 41 fit days, ended by recovery. Neither d406 nor
        // U + 42 is ever reached.
        var @case = Case("E-22").SickUntil(D(2025, 12, 31)).Spoor2Uitstel(D(2025, 12, 1), D(2026, 3, 1)).Build();

        var o = Assess(@case, D(2026, 2, 10)).Obligation(ObligationCodes.Spoor2);

        o.DueBy.Should().BeNull();
        o.Explanation.Should().Contain("spoor 2 is due 42 counted days after 2026-03-01; the engine re-checks the prospect on 2026-03-01.");
    }

    [Fact]
    public void An_expired_postponement_in_a_case_that_recovered_later_names_no_date()
    {
        // Sick through U = 31 Jan 2026 and on to 5 Feb 2026 (d396); fit since: on 20 Mar 2026 43 fit days, ended by
        // recovery. Expired (no return by U), but U + 42 and d406 are never reached: no date, no warning.
        var @case = Postponed("E-23").SickUntil(D(2026, 2, 5)).Build();

        var a = Assess(@case, D(2026, 3, 20));

        var o = a.Obligation(ObligationCodes.Spoor2);
        o.DueBy.Should().BeNull();
        o.Explanation.Should().Contain("(sick through 2026-01-31): spoor 2 is due 42 counted days after it.");
        a.ShouldNotHaveWarning(WarningCodes.Spoor2UitstelVerlopen, ObligationCodes.Spoor2);
    }

    [Fact]
    public void A_relapse_in_a_case_that_recovered_again_names_no_date()
    {
        // Fit 11-19 Jan 2026 (within P..U), sick 20-25 Jan, fit from 26 Jan: on 1 Mar 2026 35 fit days, ended by recovery.
        // The relapse on 20 Jan + 42 counted days is never reached.
        var @case = Postponed("E-24").SickUntil(D(2026, 1, 10)).SickAgainFrom(D(2026, 1, 20)).SickUntil(D(2026, 1, 25)).Build();

        var o = Assess(@case, D(2026, 3, 1)).Obligation(ObligationCodes.Spoor2);

        o.DueBy.Should().BeNull();
        o.Explanation.Should()
            .Contain(
                " The prospect held: the employee was fully fit from 2026-01-11, but sick again from 2026-01-20 within the same wachttijd; spoor 2 is due 42 counted days after that."
            );
    }
}
