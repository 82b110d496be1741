using System;
using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The spoor-2 progress reports (<c>Spoor2VoortgangsrapportageRule</c>, practice, enabled here): every 42 counted days
/// from the start of spoor 2, until the final report. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 +
/// (N - 1); d630 = 27 Sep 2026 (week 90).
/// </summary>
public sealed class Spoor2VoortgangsrapportageRuleTests : RuleTestBase
{
    [Fact]
    public void No_progress_report_is_due_when_the_first_would_fall_on_or_after_the_final_report()
    {
        // Spoor 2 started 28 Aug 2026 = d600; S + 42 = d642 >= d630 (27 Sep 2026): the final report takes its place.
        var a = Traject.Assess(SicknessCase.Builder("R-6", Day1).Spoor2(D(2026, 8, 28)).Build(), D(2026, 9, 1));

        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage);
        a.Obligation(ObligationCodes.Spoor2Eindrapportage).ShouldBe(D(2026, 9, 27), ObligationStatus.Open);
    }

    [Fact]
    public void A_progress_report_on_the_start_day_counts()
    {
        // S = 10 Jan 2026; report the same day; the next is due 10 Jan + 42 = 21 Feb 2026.
        var a = Traject.Assess(Case("T-9").Spoor2(D(2026, 1, 10)).Spoor2Voortgangsrapportage(D(2026, 1, 10)).Build(), D(2026, 1, 20));

        a.Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 1).ShouldBe(D(2026, 2, 21), ObligationStatus.Fulfilled, D(2026, 1, 10));
        a.Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 2).ShouldBe(D(2026, 2, 21), ObligationStatus.Open);
    }

    [Fact]
    public void Two_progress_reports_on_one_day_are_one_report()
    {
        // Reports 10 Feb 2026 twice: report 1 (due 21 Feb 2026) held; report 2 due 10 Feb + 42 = 24 Mar 2026.
        var @case = Case("T-10")
            .Spoor2(D(2026, 1, 10))
            .Spoor2Voortgangsrapportage(D(2026, 2, 10))
            .Spoor2Voortgangsrapportage(D(2026, 2, 10))
            .Build();

        var a = Traject.Assess(@case, D(2026, 2, 15));

        a.Obligations.Count(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage).Should().Be(2);
        a.Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 2).ShouldBe(D(2026, 3, 24), ObligationStatus.Open);
    }

    [Fact]
    public void No_progress_report_is_due_on_or_after_the_day_the_final_report_was_made()
    {
        // S = 10 Jan 2026; report 1 would be due 21 Feb 2026, the day the final report was made.
        var a = Traject.Assess(Case("T-13").Spoor2(D(2026, 1, 10)).Spoor2Eindrapportage(D(2026, 2, 21)).Build(), D(2026, 2, 22));

        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage);
    }

    [Fact]
    public void A_progress_report_held_in_a_case_that_recovered_names_no_date()
    {
        // S = 1 Dec 2025, report 5 Dec 2025; sick through 10 Dec 2025, on 20 Jan 2026 41 fit days: S + 42 is never reached.
        var @case = Case("T-14").SickUntil(D(2025, 12, 10)).Spoor2(D(2025, 12, 1)).Spoor2Voortgangsrapportage(D(2025, 12, 5)).Build();

        var o = Traject.Assess(@case, D(2026, 1, 20)).Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 1);

        o.DueBy.Should().BeNull();
        o.FulfilledOn.Should().Be(D(2025, 12, 5));
        o.Explanation.Should().StartWith("Progress report 1: 42 counted days after the start of spoor 2 on 2025-12-01.");
    }
}
