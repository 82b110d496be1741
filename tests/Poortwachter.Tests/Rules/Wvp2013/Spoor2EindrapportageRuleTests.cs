using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The final spoor-2 report (<c>Spoor2EindrapportageRule</c>, practice, on by default): around week 90, counted back
/// from a voluntarily extended end, one interval after a late start, and the warning when it is missing before the RIV.
/// Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d630 = 27 Sep 2026 (week 90), d637 = 4
/// Oct 2026 (the RIV), d728 = 3 Jan 2027.
/// </summary>
public sealed class Spoor2EindrapportageRuleTests : RuleTestBase
{
    [Fact]
    public void A_spoor_2_started_after_week_90_gets_its_report_one_interval_after_the_start()
    {
        // Started 1 Oct 2026 = d634, after d630 (27 Sep 2026): the report is due S + 42 = d676 = 12 Nov 2026.
        var a = Traject.Assess(SicknessCase.Builder("R-12", Day1).Spoor2(D(2026, 10, 1)).Build(), D(2026, 10, 2));

        var o = a.Obligation(ObligationCodes.Spoor2Eindrapportage);
        o.ShouldBe(D(2026, 11, 12), ObligationStatus.Open);
        o.Explanation.Should().Contain("the re-integratieverslag must explain the late start");
    }

    [Fact]
    public void The_final_report_counts_back_from_a_voluntarily_extended_end()
    {
        // Extended to 4 Jul 2027 = counted day 910; 14 weeks (98 days) earlier = d812 = 28 Mar 2027.
        var @case = SicknessCase
            .Builder("R-7", Day1)
            .GeenTerugkeerEigenOrganisatie(D(2025, 12, 1))
            .Spoor2(D(2026, 1, 10))
            .Verlenging(D(2026, 9, 1), D(2027, 7, 4))
            .Build();

        var a = Traject.Assess(@case, D(2026, 10, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 7, 4));
        a.Obligation(ObligationCodes.Spoor2Eindrapportage).ShouldBe(D(2027, 3, 28), ObligationStatus.Open);
    }

    [Fact]
    public void The_final_report_week_is_an_option()
    {
        // Week 88: 16 weeks (112 days) before d728 = d616 = 13 Sep 2026.
        var engine = new PoortwachterEngine(new PoortwachterOptions { Spoor2EindrapportageWeek = 88 }.EnableSpoor2Traject());
        var a = engine.Assess(SicknessCase.Builder("R-8", Day1).Spoor2(D(2026, 1, 10)).Build(), D(2026, 2, 1));

        a.Obligation(ObligationCodes.Spoor2Eindrapportage).ShouldBe(D(2026, 9, 13), ObligationStatus.Open);
    }

    [Fact]
    public void A_spoor_2_started_on_the_week_90_date_itself_gets_its_report_one_interval_later()
    {
        // S = d630 = 27 Sep 2026; S + 42 = d672 = 8 Nov 2026.
        var o = Traject.Assess(Case("T-1").Spoor2(D(2026, 9, 27)).Build(), D(2026, 9, 28)).Obligation(ObligationCodes.Spoor2Eindrapportage);

        o.ShouldBe(D(2026, 11, 8), ObligationStatus.Open);
        o.Explanation.Should()
            .Contain(
                " Spoor 2 started on 2026-09-27, on or after that date: the bureau's report is due one reporting interval (42 counted days) after the start, 2026-11-08, and the re-integratieverslag must explain the late start."
            );
    }

    [Fact]
    public void A_spoor_2_started_the_day_before_keeps_the_week_90_date()
    {
        var o = Traject.Assess(Case("T-2").Spoor2(D(2026, 9, 26)).Build(), D(2026, 9, 27)).Obligation(ObligationCodes.Spoor2Eindrapportage);

        o.ShouldBe(D(2026, 9, 27), ObligationStatus.Open);
        o.Explanation.Should().NotContain("late start");
    }

    private static Assessment Missing(LocalDate asOf) =>
        Traject.Assess(Case("T-3").GeenTerugkeerEigenOrganisatie(D(2025, 12, 1)).Spoor2(D(2026, 1, 10)).Build(), asOf);

    [Fact]
    public void No_missing_report_warning_on_its_due_date()
    {
        Missing(D(2026, 9, 27)).Warnings.Should().NotContain(w => w.Kind == WarningCodes.Spoor2EindrapportageOntbreekt);
    }

    [Fact]
    public void A_missing_final_report_is_a_warning_while_the_riv_is_not_yet_due()
    {
        // 28 Sep to 4 Oct 2026: 6 days.
        var w = Missing(D(2026, 9, 28)).Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2EindrapportageOntbreekt).Subject;

        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should()
            .StartWith(
                "The final spoor-2 report was expected by 2026-09-27 and is not on record, while the re-integratieverslag is due on 2026-10-04, in 6 day(s). The re-integratieverslag must describe"
            );
    }

    [Fact]
    public void A_missing_final_report_is_still_a_warning_on_the_riv_due_date()
    {
        var w = Missing(D(2026, 10, 4)).Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2EindrapportageOntbreekt).Subject;

        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should().Contain("while the re-integratieverslag is due on 2026-10-04, in 0 day(s). ");
    }

    [Fact]
    public void A_missing_final_report_is_high_once_the_riv_is_overdue()
    {
        var w = Missing(D(2026, 10, 5)).Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2EindrapportageOntbreekt).Subject;

        w.Severity.Should().Be(Severity.High);
        w.Message.Should()
            .Contain("while the re-integratieverslag was due on 2026-10-04 and is not made. The re-integratieverslag must describe");
    }

    [Fact]
    public void The_final_report_after_an_extension_cites_the_practice_after_the_extension()
    {
        // New end 4 Jul 2027 = d910; d910 - 98 = d812 = 28 Mar 2027, the last day of week 116.
        var @case = Case("T-4").Spoor2(D(2026, 1, 10)).Verlenging(D(2026, 9, 1), D(2027, 7, 4)).Build();

        var o = Traject.Assess(@case, D(2026, 10, 1)).Obligation(ObligationCodes.Spoor2Eindrapportage);

        o.Explanation.Should()
            .Contain(
                "14 weeks before the extended end 2027-07-04 (counted day 910) (bureau practice, after the voluntary extension): counted day 812 (the last day of week 116) falls on 2027-03-28"
            );
    }
}
