using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Rules.Wvp2013;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// Edges of the issue-12 rules that the scenario tests do not reach: the builder and the validator of the new facts,
/// the herstel decision's explanations, the calendar period's leave, the late-letter protection's conditions and the
/// option checks. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d623 = 20 Sep 2026,
/// d651 = 18 Oct 2026, d686 = 22 Nov 2026, d728 = 3 Jan 2027.
/// </summary>
public sealed class StatuteEdgeTests : RuleTestBase
{
    [Fact]
    public void The_builder_records_the_new_facts_and_they_survive_the_contract_round_trip()
    {
        var built = Case()
            .EmploymentEndsOn(D(2026, 2, 28))
            .LastWorkingDay(D(2026, 2, 27))
            .EigenrisicodragerZw()
            .UwvZiekmelding(D(2025, 10, 20))
            .ZiekUitDienstMelding(D(2026, 2, 27))
            .Loonsanctie(D(2026, 11, 10), 52)
            .Herstelmelding(D(2027, 3, 1))
            .HerstelAfgewezen(D(2027, 4, 5))
            .Verlenging(D(2026, 9, 28), D(2027, 7, 2))
            .RivAanvulling(D(2026, 10, 1))
            .UwvWiaBrief(D(2026, 11, 2))
            .Build();

        built.LastWorkingDay.Should().Be(D(2026, 2, 27));
        built.EigenrisicodragerZw.Should().BeTrue();
        built
            .Events.Select(e => e.Type)
            .Should()
            .Contain([
                ObligationCodes.ZiekUitDienstMelding,
                EventTypes.Herstelmelding,
                EventTypes.HerstelAfgewezen,
                EventTypes.RivAanvulling,
                EventTypes.UwvWiaBrief,
            ]);

        var read = PoortwachterJson.ReadCaseOrThrow(PoortwachterJson.WriteCase(built));
        read.LastWorkingDay.Should().Be(D(2026, 2, 27));
        read.EigenrisicodragerZw.Should().BeTrue();
        read.Events.Select(e => (e.GetType(), e.Type, e.On)).Should().Equal(built.Events.Select(e => (e.GetType(), e.Type, e.On)));
        read.WithEvents([]).LastWorkingDay.Should().Be(D(2026, 2, 27), "a copy keeps the case's facts");
    }

    [Fact]
    public void Without_them_the_written_case_has_no_new_fields()
    {
        var json = PoortwachterJson.WriteCase(Case().Build());

        json.Should().NotContain("lastWorkingDay").And.NotContain("eigenrisicodragerZw");
    }

    [Theory]
    [InlineData(null, "2026-02-27", "give employmentEndsOn as well")]
    [InlineData("2026-02-28", "2026-03-01", "is after the end of employment 2026-02-28")]
    [InlineData("2026-02-28", "2025-01-05", "is before the first sick day 2025-01-06")]
    [InlineData("2026-02-28", "1899-12-31", "out of the supported range")]
    public void A_last_working_day_that_cannot_be_is_refused_at_its_path(string? ends, string lastWorkingDay, string message)
    {
        var @case = new SicknessCase("T", Day1, employmentEndsOn: ends is null ? null : Parse(ends))
        {
            LastWorkingDay = Parse(lastWorkingDay),
        };

        CaseValidator
            .Validate(@case)
            .Should()
            .ContainSingle()
            .Which.Should()
            .Match<CaseProblem>(p => p.Path == "$.lastWorkingDay" && p.Message.Contains(message));
    }

    [Fact]
    public void A_last_working_day_on_the_last_day_of_employment_or_on_day_1_is_valid()
    {
        CaseValidator
            .Validate(Case().EmploymentEndsOn(D(2026, 2, 28)).LastWorkingDay(D(2026, 2, 28)).BuildUnvalidated())
            .Should()
            .BeEmpty();
        CaseValidator.Validate(Case().EmploymentEndsOn(D(2026, 2, 28)).LastWorkingDay(Day1).BuildUnvalidated()).Should().BeEmpty();
    }

    [Fact]
    public void The_new_facts_need_what_comes_before_them()
    {
        var problems = CaseValidator.Validate(
            Case()
                .Herstelmelding(D(2026, 11, 10)) // $.events[0]: no loonsanctie before it
                .Loonsanctie(D(2026, 11, 10), 52) // [1]
                .HerstelAfgewezen(D(2026, 12, 1)) // [2]: after the herstelmelding of 10 Nov: valid
                .HerstelAfgewezen(D(2026, 11, 10)) // [3]: on the day of the first herstelmelding, not after it
                .RivAanvulling(D(2026, 10, 1)) // [4]: no verlenging on or before it
                .BuildUnvalidated()
        );

        problems.Select(p => p.Path).Should().Equal("$.events[0]", "$.events[3]", "$.events[4]");
        problems[0].Message.Should().StartWith("herstelmelding on 2026-11-10 without a loonsanctie before that day");
        problems[1].Message.Should().StartWith("herstel-afgewezen on 2026-11-10 without a herstelmelding before that day");
        problems[2].Message.Should().StartWith("riv-aanvulling on 2026-10-01 without a voluntary extension");

        // A supplement on the day of the extension is fine: "on or before".
        CaseValidator
            .Validate(
                Case().Verlenging(D(2026, 9, 28), D(2027, 7, 2)).RivAanvulling(D(2026, 9, 28)).UwvWiaBrief(D(2026, 9, 1)).BuildUnvalidated()
            )
            .Should()
            .BeEmpty();
    }

    [Fact]
    public void An_undefined_reading_of_leave_in_a_gap_is_refused()
    {
        var options = new PoortwachterOptions { LeaveInGap = (LeaveInGapReading)7 };

        FluentActions
            .Invoking(() => new PoortwachterEngine(options))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("LeaveInGap is 7: it must be Literal or Neutral.*");
        FluentActions
            .Invoking(() => WachttijdClock.Create(Case().Build(), Day1, (LeaveInGapReading)7))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithParameterName("leaveInGap");
        new PoortwachterEngine(new PoortwachterOptions { LeaveInGap = LeaveInGapReading.Neutral })
            .Options.LeaveInGap.Should()
            .Be(LeaveInGapReading.Neutral);
    }

    // The sanction of the scenario tests: RIV and application on time, loonsanctie of 52 weeks decided on 10 Nov 2026
    // (on time: by d686 = 22 Nov 2026), herstelmelding received 1 Mar 2027, so UWV decides by 1 Mar + 21 = 22 Mar 2027.
    private static CaseBuilder Sanctioned() =>
        Case()
            .ReIntegratieverslag(D(2026, 10, 1))
            .WiaAanvraag(D(2026, 10, 12))
            .Loonsanctie(D(2026, 11, 10), 52)
            .Herstelmelding(D(2027, 3, 1));

    [Fact]
    public void The_herstel_decision_milestone_says_when_the_decision_came_on_time()
    {
        var m = Milestone(Engine.Assess(Sanctioned().Bekorting(D(2027, 3, 19)).Build(), D(2027, 3, 25)), MilestoneCodes.HerstelBeslissing);

        m.On.Should().Be(D(2027, 3, 22));
        m.LegalBasis.Citation.Should().EndWith("art. 25 lid 13");
        m.Explanation.Should()
            .Be(
                "UWV received the herstelmelding on 2027-03-01 and decides within three weeks, by 2027-03-22 (WIA art. 25 lid 13); it decided on 2027-03-19, on time."
            );
    }

    [Fact]
    public void The_herstel_decision_milestone_says_how_late_a_late_decision_was()
    {
        // 22 Mar -> 13 Apr 2027: 22 days late.
        var m = Milestone(Engine.Assess(Sanctioned().Bekorting(D(2027, 4, 13)).Build(), D(2027, 4, 20)), MilestoneCodes.HerstelBeslissing);

        m.Explanation.Should().EndWith("; it decided on 2027-04-13, 22 day(s) late, so the loonsanctie ends 22 day(s) earlier (lid 14).");
    }

    [Fact]
    public void The_herstel_decision_milestone_waits_for_the_decision_without_guessing()
    {
        // 22 Mar -> 1 Apr 2027: 10 days past the date. Before it: just the date.
        Milestone(Engine.Assess(Sanctioned().Build(), D(2027, 4, 1)), MilestoneCodes.HerstelBeslissing)
            .Explanation.Should()
            .Contain("no decision is recorded on 2027-04-01, 10 day(s) past that date")
            .And.EndWith("The end shown does not guess the outcome.");
        Milestone(Engine.Assess(Sanctioned().Build(), D(2027, 3, 10)), MilestoneCodes.HerstelBeslissing)
            .Explanation.Should()
            .EndWith("by 2027-03-22 (WIA art. 25 lid 13).");
    }

    [Fact]
    public void A_second_herstelmelding_before_a_decision_leaves_the_first_undecided()
    {
        // Two reports (1 Mar, 8 Mar) and one decision (19 Mar): the decision answers the second report.
        var a = Engine.Assess(Sanctioned().Herstelmelding(D(2027, 3, 8)).Bekorting(D(2027, 3, 19)).Build(), D(2027, 4, 1));
        var milestones = a.Milestones.Where(m => m.Kind == MilestoneCodes.HerstelBeslissing).ToArray();

        milestones.Select(m => m.On).Should().Equal(D(2027, 3, 22), D(2027, 3, 29));
        milestones[0].Explanation.Should().Contain("no decision is recorded");
        milestones[1].Explanation.Should().EndWith("it decided on 2027-03-19, on time.");
        // The bekorting of 19 Mar ends the sanction six weeks later: 19 Mar + 42 = 30 Apr 2027; on time, no shortening.
        a.Wachttijd.LastDay.Should().Be(D(2027, 4, 30));
    }

    [Fact]
    public void No_herstel_decision_milestone_without_a_loonsanctie()
    {
        Engine.Assess(Case().Build(), D(2025, 6, 1)).Milestones.Should().NotContain(m => m.Kind == MilestoneCodes.HerstelBeslissing);
    }

    [Fact]
    public void A_finding_of_repair_that_would_end_the_sanction_after_its_weeks_leaves_the_cap()
    {
        // 4 weeks from 4 Jan 2027: to 31 Jan 2027. Repair found on 20 Jan 2027 (report 10 Jan, decided on time):
        // 20 Jan + 42 = 3 Mar 2027, after 31 Jan: the cap holds ("niet later dan na 52 weken", here the 4 weeks decided).
        var a = Engine.Assess(
            Case()
                .ReIntegratieverslag(D(2026, 10, 1))
                .WiaAanvraag(D(2026, 10, 12))
                .Loonsanctie(D(2026, 11, 10), 4)
                .Herstelmelding(D(2027, 1, 10))
                .Bekorting(D(2027, 1, 20))
                .Build(),
            D(2027, 1, 25)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 31));
        a.Wachttijd.Extensions.Single().Explanation.Should().NotContain("found the repair sufficient");
    }

    [Fact]
    public void Leave_is_counted_into_the_sanction_only_where_it_falls_in_it()
    {
        // 84 calendar days from Mon 4 Jan 2027 end on 28 Mar 2027. Leave before the start (1-10 Mar 2026) and after the
        // end (1-5 Jan 2028) changes nothing; leave running at the start (1-10 Jan 2027: 4..10 Jan, 7 days) and leave
        // inside (1-7 Feb 2027, 7 days) interrupt it: 28 Mar + 14 = 11 Apr 2027.
        LeavePeriod[] leave =
        [
            new(LeaveKind.ZwangerschapBevalling, D(2026, 3, 1), D(2026, 3, 10)),
            new(LeaveKind.ZwangerschapBevalling, D(2027, 1, 1), D(2027, 1, 10)),
            new(LeaveKind.ZwangerschapBevalling, D(2027, 2, 1), D(2027, 2, 7)),
            new(LeaveKind.ZwangerschapBevalling, D(2028, 1, 1), D(2028, 1, 5)),
        ];

        LoonsanctieExtension.CalendarEnd(D(2027, 1, 4), 84, leave, out var leaveDays).Should().Be(D(2027, 4, 11));
        leaveDays.Should().Be(14);
        LoonsanctieExtension.CalendarEnd(D(2027, 1, 4), 84, [], out var none).Should().Be(D(2027, 3, 28));
        none.Should().Be(0);
    }

    [Fact]
    public void The_plan_after_a_deviated_analysis_explains_where_its_date_comes_from()
    {
        // S12-4a: analysis moved to 3 Mar 2025, none on record: the plan is due 3 Mar + 14 = 17 Mar 2025.
        var plan = Of(
            Case().With(new Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 3), "bedrijfsarts met vakantie")),
            D(2025, 3, 3),
            ObligationCodes.PlanVanAanpak
        );

        plan.DueBy.Should().Be(D(2025, 3, 17));
        plan.Explanation.Should()
            .StartWith(
                "No probleemanalyse on record; a reasoned deviation agreed on 2025-02-10 moved it to 2025-03-03 (Regeling procesgang art. 5), so the plan is due two weeks after that"
            );
    }

    [Fact]
    public void The_late_letter_protection_needs_a_42nd_week_report_on_record()
    {
        // Letter received 2 Nov 2026, after d623 (20 Sep 2026), but no 42nd-week report recorded: WIA 64 lid 6 last
        // sentence takes the protection away ("indien de werkgever de aangifte ... niet heeft gedaan voor ..."), so the
        // application stays due on d651 = 18 Oct 2026.
        var o = Of(Case().UwvWiaBrief(D(2026, 11, 2)), D(2026, 11, 3), ObligationCodes.WiaAanvraag);

        o.DueBy.Should().Be(D(2026, 10, 18));
        o.Status.Should().Be(ObligationStatus.Overdue);
    }

    [Fact]
    public void The_late_letter_protection_is_explained_with_its_dates()
    {
        // S12-7b: letter received 2 Nov 2026, report 20 Oct 2025 (d288 < d567 = 26 Jul 2026): due 2 Nov + 28 = 30 Nov 2026.
        var o = Of(Case().UwvZiekmelding(D(2025, 10, 20)).UwvWiaBrief(D(2026, 11, 2)), D(2026, 11, 3), ObligationCodes.WiaAanvraag);

        o.DueBy.Should().Be(D(2026, 11, 30));
        o.Explanation.Should()
            .Contain(
                "UWV's letter about the WIA application was due by 2026-09-20 (counted day 623, WIA art. 64 lid 2) and reached the employee on 2026-11-02; the 42nd-week report was made on 2025-10-20, before 2026-07-26 (counted day 567, 81 weeks), so an application within four weeks of receipt, by 2026-11-30, counts as on time (WIA art. 64 lid 6)."
            );
    }

    [Fact]
    public void A_letter_on_time_protects_nothing()
    {
        // Received on d623 itself (20 Sep 2026): not late, the application is due on d651 as usual.
        Of(Case().UwvZiekmelding(D(2025, 10, 20)).UwvWiaBrief(D(2026, 9, 20)), D(2026, 10, 1), ObligationCodes.WiaAanvraag)
            .DueBy.Should()
            .Be(D(2026, 10, 18));
    }

    private static LocalDate Parse(string text) =>
        PoortwachterJson.TryParseDate(text, out var date, out var error) ? date : throw new FormatException(error);
}
