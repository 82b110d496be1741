using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules.Wvp2013;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// The issue-12 rules exactly on their boundaries: a decision on its own deadline, an assessment on a due date, the
/// first of several facts, employment ending on day 1 or on the last day. Day 1 = Monday 6 January 2025, sick
/// throughout: dN = 6 Jan 2025 + (N - 1); d295 = 27 Oct 2025, d623 = 20 Sep 2026, d651 = 18 Oct 2026, d728 = 3 Jan 2027.
/// </summary>
public sealed class StatuteBoundaryTests : RuleTestBase
{
    private static CaseBuilder Sanctioned() =>
        Case()
            .ReIntegratieverslag(D(2026, 10, 1))
            .WiaAanvraag(D(2026, 10, 12))
            .Loonsanctie(D(2026, 11, 10), 52)
            .Herstelmelding(D(2027, 3, 1));

    [Fact]
    public void A_herstel_decision_on_its_deadline_is_on_time()
    {
        // Received 1 Mar 2027, due 22 Mar 2027; decided on 22 Mar itself: on time, and 22 Mar + 42 = 3 May 2027.
        var a = Engine.Assess(Sanctioned().Bekorting(D(2027, 3, 22)).Build(), D(2027, 3, 25));

        Milestone(a, MilestoneCodes.HerstelBeslissing).Explanation.Should().EndWith("; it decided on 2027-03-22, on time.");
        a.Wachttijd.LastDay.Should().Be(D(2027, 5, 3));
    }

    [Fact]
    public void On_the_herstel_deadline_itself_no_decision_is_overdue_yet()
    {
        Milestone(Engine.Assess(Sanctioned().Build(), D(2027, 3, 22)), MilestoneCodes.HerstelBeslissing)
            .Explanation.Should()
            .Be("UWV received the herstelmelding on 2027-03-01 and decides within three weeks, by 2027-03-22 (WIA art. 25 lid 13).");
    }

    [Fact]
    public void The_herstel_decision_is_found_past_other_events()
    {
        // An evaluation on 10 Mar between the report (1 Mar) and the decision (19 Mar) does not hide the decision.
        var a = Engine.Assess(Sanctioned().Evaluatie(D(2027, 3, 10)).Bekorting(D(2027, 3, 19)).Build(), D(2027, 3, 25));

        Milestone(a, MilestoneCodes.HerstelBeslissing).Explanation.Should().EndWith("; it decided on 2027-03-19, on time.");
    }

    [Fact]
    public void A_missing_application_on_its_due_date_is_not_late_yet()
    {
        // On d651 = 18 Oct 2026 itself the application can still be made on time: no extension, the end is not open.
        var a = Engine.Assess(Case().ReIntegratieverslag(D(2026, 10, 1)).Build(), D(2026, 10, 18));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.IsLastDayOpen.Should().BeFalse();

        // A day later it can come on 20 Oct at the earliest: 2 days late, 3 Jan + 2 = 5 Jan 2027, and the end is open.
        var b = Engine.Assess(Case().ReIntegratieverslag(D(2026, 10, 1)).Build(), D(2026, 10, 19));
        b.Wachttijd.LastDay.Should().Be(D(2027, 1, 5));
        b.Wachttijd.IsLastDayOpen.Should().BeTrue();
        var change = b.Wachttijd.Extensions.Single();
        change.LeavesEndOpen.Should().BeTrue();
        change.LegalBasis.Citation.Should().Be("Burgerlijk Wetboek Boek 7, art. 629 lid 11 onder a");
    }

    [Fact]
    public void A_missing_application_after_a_late_letter_says_the_four_weeks_passed()
    {
        // Letter received 2 Nov 2026 (late), report on d288: protected until 30 Nov 2026. On 1 Dec 2026 still missing:
        // at the earliest 2 Dec, 45 days after 18 Oct 2026: 3 Jan + 45 = 17 Feb 2027.
        var a = Engine.Assess(
            Case().UwvZiekmelding(D(2025, 10, 20)).ReIntegratieverslag(D(2026, 10, 1)).UwvWiaBrief(D(2026, 11, 2)).Build(),
            D(2026, 12, 1)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 2, 17));
        a.Wachttijd.Extensions.Single()
            .Explanation.Should()
            .EndWith("No application came within those four weeks, so the delay counts from the due date of art. 64 lid 3.");
        Engine
            .Assess(
                Case().UwvZiekmelding(D(2025, 10, 20)).ReIntegratieverslag(D(2026, 10, 1)).UwvWiaBrief(D(2026, 11, 2)).Build(),
                D(2026, 11, 30)
            )
            .Wachttijd.Extensions.Should()
            .BeEmpty("on 30 Nov 2026, the last protected day, the application can still come on time");
    }

    [Fact]
    public void The_protection_is_appended_to_the_derivation_as_its_own_sentence()
    {
        var o = Of(Case().UwvZiekmelding(D(2025, 10, 20)).UwvWiaBrief(D(2026, 11, 2)), D(2026, 11, 3), ObligationCodes.WiaAanvraag);

        o.Explanation.Should().Contain("+ 650 days. UWV's letter about the WIA application was due by");
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

        var w = a.Warnings.Should().ContainSingle(x => x.Kind == WarningKinds.RivSupplement).Subject;
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

        a.Warnings.Should().NotContain(x => x.Kind == WarningKinds.RivSupplement);
    }

    [Fact]
    public void A_supplement_after_the_first_of_two_extensions_is_valid()
    {
        // The supplement needs an extension on or before it: the first, of 1 Sep 2026, is; the second, of 10 Sep, is not.
        CaseValidator
            .Validate(
                Case()
                    .Verlenging(D(2026, 9, 1), D(2027, 4, 2))
                    .RivAanvulling(D(2026, 9, 5))
                    .Verlenging(D(2026, 9, 10), D(2027, 7, 2))
                    .BuildUnvalidated()
            )
            .Should()
            .BeEmpty();
    }

    [Fact]
    public void An_eigenrisicodrager_owes_no_RIV_at_the_end_of_employment_and_is_told_why()
    {
        var riv = Of(Case().EmploymentEndsOn(D(2025, 3, 31)).EigenrisicodragerZw(), D(2025, 4, 1), ObligationCodes.ReIntegratieverslag);

        riv.Status.Should().Be(ObligationStatus.NotApplicable);
        riv.Explanation.Should()
            .Contain(
                " Employment ends while the employee is sick (the last day of employment, 2025-03-31, as the case gives no last working day), but the employer is eigenrisicodrager for the Ziektewet, so no RIV is owed at the end of employment"
            );
    }

    [Fact]
    public void Employment_ending_on_day_295_itself_owes_both_reports_that_day()
    {
        // Employment ends on d295 = 27 Oct 2025: the 42nd-week report falls on the last day of employment, so it is still
        // owed (not after the end), and the ziek-uit-dienst report is due the same day.
        var a = Engine.Assess(Case().EmploymentEndsOn(D(2025, 10, 27)).Build(), D(2025, 10, 1));

        a.Obligation(ObligationCodes.UwvZiekmelding)
            .Should()
            .Match<Obligation>(o => o.DueBy == D(2025, 10, 27) && o.Status == ObligationStatus.Open);
        a.Obligation(ObligationCodes.UwvZiekmelding).Explanation.Should().NotContain("is the report owed instead");
        a.Obligation(ObligationCodes.ZiekUitDienstMelding).DueBy.Should().Be(D(2025, 10, 27));
    }

    [Fact]
    public void The_end_of_the_wachttijd_is_labelled_for_employment_ending_on_day_1_but_not_on_the_last_day()
    {
        const string Label = "the employer's wage continuation ends then";
        Milestone(Engine.Assess(Case().EmploymentEndsOn(Day1).Build(), Day1), MilestoneCodes.EindeWachttijd)
            .Explanation.Should()
            .Contain(Label);
        Milestone(
            Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).EmploymentEndsOn(D(2027, 1, 3)).Build(), D(2026, 12, 1)),
            MilestoneCodes.EindeWachttijd
        )
            .Explanation.Should()
            .NotContain(Label, "employment ending on the last day of the wachttijd ends nothing earlier");
    }

    [Fact]
    public void Exactly_28_fit_days_end_a_case_under_the_neutral_reading_too()
    {
        // Sick 6-31 Jan 2025, fit 1-28 Feb (28 days), sick from 1 Mar: a new wachttijd under both readings.
        var @case = Case().SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 3, 1)).Build();

        WachttijdClock.Create(@case, D(2025, 4, 1), LeaveInGapReading.Neutral).IsRestarted.Should().BeTrue();
        WachttijdClock.Create(@case, D(2025, 4, 1)).IsRestarted.Should().BeTrue();
        // 27 fit days (sick again 28 Feb): one case under both.
        var joined = Case().SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 28)).Build();
        WachttijdClock.Create(joined, D(2025, 4, 1), LeaveInGapReading.Neutral).IsRestarted.Should().BeFalse();
        WachttijdClock.Create(joined, D(2025, 4, 1)).IsRestarted.Should().BeFalse();
    }

    [Fact]
    public void An_undefined_reading_names_the_allowed_ones()
    {
        FluentActions
            .Invoking(() => WachttijdClock.Create(Case().Build(), Day1, (LeaveInGapReading)7))
            .Should()
            .Throw<System.ArgumentOutOfRangeException>()
            .WithMessage("The reading must be Literal or Neutral.*");
    }

    [Fact]
    public void One_open_change_is_enough_to_leave_the_end_open()
    {
        // A late application (open) and then a loonsanctie decided on the lid-10 deadline: still open.
        var a = Engine.Assess(Case().ReIntegratieverslag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 10), 2).Build(), D(2026, 11, 20));

        a.Wachttijd.Extensions.Select(e => e.LeavesEndOpen).Should().Equal(true, false);
        a.Wachttijd.IsLastDayOpen.Should().BeTrue();
    }
}
