using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The re-integratieverslag (<c>ReIntegratieverslagRule</c>): 13 weeks before the end, counted back from a voluntarily
/// extended end, the supplement after such an extension, and the RIV at the end of employment (Ziektewet art. 38 lid
/// 2). Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d637 = 4 Oct 2026, d728 = 3 Jan 2027.
/// </summary>
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
        Warnings(a, WarningCodes.RivSupplement).Should().ContainSingle().Which.Message.Should().Contain("2027-03-31");
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

    [Fact]
    public void A_riv_made_before_an_extension_must_be_supplemented_warning_until_the_new_date_and_high_after()
    {
        // New end 4 Jul 2027 = d910 (3 Jan 2027 + 182); supplement by d910 - 91 = d819 = 3 Jan 2027 + 91 = 4 Apr 2027.
        // The RIV of 20 Aug 2026 is judged on the original d637 = 4 Oct 2026. The WIA application after the extension is
        // due d833 = 18 Apr 2027, so on these dates it is not late.
        CaseBuilder Riv(string id) => Case(id).ReIntegratieverslag(D(2026, 8, 20)).Verlenging(D(2026, 9, 1), D(2027, 7, 4));
        var onTheDay = Assess(Riv("W-12").Build(), D(2027, 4, 4));
        var after = Assess(Riv("W-13").Build(), D(2027, 4, 5));

        onTheDay.Obligation(ObligationCodes.ReIntegratieverslag).ShouldBe(D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 8, 20));
        var w = onTheDay.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.RivSupplement).Subject;
        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should()
            .Be(
                "The wage period was extended to 2027-07-04 after the RIV was made on 2026-08-20: supplement the RIV by 2027-04-04, 13 weeks before the new end (WIA art. 25 lid 4 onder b)."
            );
        after.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.RivSupplement).Which.Severity.Should().Be(Severity.High);
    }

    [Fact]
    public void An_extension_that_does_not_move_the_end_asks_no_riv_supplement()
    {
        var a = Assess(OnTime("W-14").ReIntegratieverslag(D(2026, 8, 20)).Verlenging(D(2026, 9, 1), D(2027, 1, 3)).Build(), D(2026, 10, 5));

        a.Obligation(ObligationCodes.ReIntegratieverslag).ShouldBe(D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 8, 20));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.RivSupplement);
    }

    [Fact]
    public void A_late_RIV_supplement_is_a_warning_that_says_how_late()
    {
        // RIV 1 Sep 2026, extension granted 28 Sep 2026 to 2 Jul 2027: supplement due 2 Jul - 91 = 2 Apr 2027. Made on
        // 12 Apr 2027: 10 days late; the warning stays a warning, also after the date.
        var a = Engine.Assess(
            Case().ReIntegratieverslag(D(2026, 9, 1)).Verlenging(D(2026, 9, 28), D(2027, 7, 2)).RivAanvulling(D(2027, 4, 12)).Build(),
            D(2027, 4, 20)
        );

        var w = a.Warnings.Should().ContainSingle(x => x.Kind == WarningCodes.RivSupplement).Subject;
        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should()
            .EndWith(
                "supplement the RIV by 2027-04-02, 13 weeks before the new end (WIA art. 25 lid 4 onder b). It was supplemented on 2027-04-12, 10 day(s) late."
            );
    }

    [Fact]
    public void A_supplement_on_the_day_of_the_extension_counts()
    {
        var a = Engine.Assess(
            Case().ReIntegratieverslag(D(2026, 9, 1)).Verlenging(D(2026, 9, 28), D(2027, 7, 2)).RivAanvulling(D(2026, 9, 28)).Build(),
            D(2027, 4, 20)
        );

        a.Warnings.Should().NotContain(x => x.Kind == WarningCodes.RivSupplement);
    }

    [Fact]
    public void An_eigenrisicodrager_owes_no_RIV_at_the_end_of_employment_and_is_told_why()
    {
        var riv = Of(Case().EmploymentEndsOn(D(2025, 3, 31)).EigenrisicodragerZw(), D(2025, 4, 1), ObligationCodes.ReIntegratieverslag);

        // No RIV at the end of employment; the eigenrisicodrager ZW keeps its re-integration duties (WIA art. 26 lid 2,
        // changed in 0.4), so the RIV stays due on counted day 637 = 6 Jan 2025 + 636 = 4 Oct 2026.
        riv.DueBy.Should().Be(D(2026, 10, 4));
        riv.Status.Should().Be(ObligationStatus.Open);
        riv.Explanation.Should()
            .Contain(
                " Employment ends while the employee is sick (the last day of employment, 2025-03-31, as the case gives no last working day), but the employer is eigenrisicodrager for the Ziektewet, so no RIV is owed at the end of employment"
            )
            .And.Contain("WIA art. 26 lid 2");
    }
}
