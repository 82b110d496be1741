using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The report of a safety-net case (Ziektewet art. 38a lid 3) at its boundaries: "uiterlijk op de eerste dag na zes weken
/// gerekend vanaf die eerste werkdag", so day 1 + 42 calendar days. Day 1 = Mon 6 Jan 2025: due Mon 17 Feb 2025.
/// </summary>
public sealed class VangnetZiekmeldingRuleTests : RuleTestBase
{
    private static CaseBuilder NoRisk(string id) => Case(id).Vangnet(VangnetCodes.NoRiskpolis);

    [Fact]
    public void A_report_on_the_due_day_is_on_time_and_one_the_day_after_is_late()
    {
        var onTime = Only(
            Engine.Assess(NoRisk("R1").VangnetZiekmelding(D(2025, 2, 17)).Build(), D(2025, 3, 1)),
            ObligationCodes.VangnetZiekmelding
        );
        onTime.Status.Should().Be(ObligationStatus.Fulfilled);
        onTime.Explanation.Should().Contain("on time (due by 2025-02-17)");

        var late = Only(
            Engine.Assess(NoRisk("R2").VangnetZiekmelding(D(2025, 2, 18)).Build(), D(2025, 3, 1)),
            ObligationCodes.VangnetZiekmelding
        );
        late.Status.Should().Be(ObligationStatus.FulfilledLate);
        late.Explanation.Should().Contain("1 day(s) after the due date 2025-02-17");
    }

    [Fact]
    public void Not_made_it_is_open_on_the_due_day_and_overdue_the_day_after()
    {
        var due = Only(Engine.Assess(NoRisk("R3").Build(), D(2025, 2, 17)), ObligationCodes.VangnetZiekmelding);
        due.Status.Should().Be(ObligationStatus.Open);
        due.Explanation.Should().Contain("Not done yet; 0 day(s) left");

        var after = Only(Engine.Assess(NoRisk("R4").Build(), D(2025, 2, 18)), ObligationCodes.VangnetZiekmelding);
        after.Status.Should().Be(ObligationStatus.Overdue);
        after.Explanation.Should().Contain("Not done; 1 day(s) past the due date");
    }

    [Fact]
    public void Each_report_on_record_answers_one_incapacity_in_date_order()
    {
        // Sick 6 .. 31 Jan, fit 1 .. 9 Feb (9 days: samentelling), sick again from Mon 10 Feb: incapacity 2 starts then,
        // due 10 Feb + 42 = Mon 24 Mar 2025. Reports on 12 Feb and 30 Mar: the first answers incapacity 1 (on time, due
        // 17 Feb), the second incapacity 2 (6 days late); a report is never counted twice.
        var @case = NoRisk("R5")
            .SickUntil(D(2025, 1, 31))
            .SickAgainFrom(D(2025, 2, 10))
            .VangnetZiekmelding(D(2025, 2, 12))
            .VangnetZiekmelding(D(2025, 3, 30))
            .Build();
        var a = Engine.Assess(@case, D(2025, 4, 1));

        var reports = a.Obligations.Where(o => o.Kind == ObligationCodes.VangnetZiekmelding).ToList();
        reports.Should().HaveCount(2);
        (reports[0].DueBy, reports[0].Status, reports[0].FulfilledOn, reports[0].Sequence)
            .Should()
            .Be((D(2025, 2, 17), ObligationStatus.Fulfilled, D(2025, 2, 12), 1));
        (reports[1].DueBy, reports[1].Status, reports[1].FulfilledOn, reports[1].Sequence)
            .Should()
            .Be((D(2025, 3, 24), ObligationStatus.FulfilledLate, D(2025, 3, 30), 2));
    }

    [Fact]
    public void Sickness_known_only_on_the_assessment_date_itself_is_an_incapacity_to_report()
    {
        // Sick again from 10 Feb, assessed on 10 Feb: that incapacity is known and due 24 Mar.
        var @case = NoRisk("R6").SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 10)).Build();
        var a = Engine.Assess(@case, D(2025, 2, 10));

        a.Obligations.Where(o => o.Kind == ObligationCodes.VangnetZiekmelding)
            .Select(o => o.DueBy)
            .Should()
            .Equal(D(2025, 2, 17), D(2025, 3, 24));
    }

    [Fact]
    public void A_birth_case_is_reported_on_the_fourth_day_of_each_incapacity_and_says_which()
    {
        // Bevalling (Ziektewet art. 29a lid 4): the case starts 6 Jan 2025, reported by the fourth day, 6 + 3 = 9 Jan;
        // sick again from Mon 10 Feb after 9 fit days: 10 + 3 = 13 Feb 2025.
        var @case = Case("R7").Vangnet(VangnetCodes.Bevalling).SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 10)).Build();
        var reports = Engine.Assess(@case, D(2025, 2, 11)).Obligations.Where(o => o.Kind == ObligationCodes.VangnetZiekmelding).ToList();

        reports.Select(o => o.DueBy).Should().Equal(D(2025, 1, 9), D(2025, 2, 13));
        reports[0]
            .Explanation.Should()
            .Contain("the case starts on 2025-01-06, taken to be the first day after the pregnancy and birth leave");
        reports[1].Explanation.Should().Contain("sick again from 2025-02-10 after a recovery, taken to be from the same cause");
    }

    [Fact]
    public void The_reports_of_article_38_a_safety_net_case_does_not_owe_say_why()
    {
        // Employment ends Fri 28 Feb 2025; the 42nd-week report would be counted day 295 = 6 Jan 2025 + 294 = 27 Oct 2025.
        var a = Engine.Assess(NoRisk("R8").EmploymentEndsOn(D(2025, 2, 28)).Build(), D(2025, 2, 1));

        var weekly = Only(a, ObligationCodes.UwvZiekmelding);
        weekly.Status.Should().Be(ObligationStatus.NotApplicable);
        weekly.DueBy.Should().Be(D(2025, 10, 27));
        weekly
            .Explanation.Should()
            .StartWith("Safety net 'no-riskpolis': Ziektewet art. 38 'is ... niet van toepassing")
            .And.Contain("(counted day 295, 2025-10-27) is not owed");

        var leaving = Only(a, ObligationCodes.ZiekUitDienstMelding);
        leaving.Status.Should().Be(ObligationStatus.NotApplicable);
        leaving
            .Explanation.Should()
            .StartWith("Safety net 'no-riskpolis': of Ziektewet art. 38 only the second to fourth sentences of lid 2");
    }
}
