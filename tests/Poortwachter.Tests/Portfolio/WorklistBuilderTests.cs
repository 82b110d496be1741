using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Portfolio;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Portfolio;

/// <summary>
/// The worklist of a portfolio on one date (issue 27), built one assessment at a time. Every date below is derived by hand.
/// L-1: sick from Monday 6 Jan 2025, probleemanalyse on 10 Feb: the plan van aanpak is due 10 Feb + 14 = 24 Feb 2025
/// (Regeling procesgang art. 4 lid 1), overdue on 2 Mar, a statutory obligation; the analysis was due on day 42 = 6 Jan + 41
/// = 16 Feb, done on time. On 2 Mar it is counted day 56, week 8: the first quarter.
/// S-1: sick from Monday 10 Feb 2025: probleemanalyse due on day 42 = 10 Feb + 41 = 23 Mar 2025 (21 days after 2 Mar);
/// plan on day 56 = 6 Apr (35 days after). Day 21 on 2 Mar: the first quarter.
/// E-1: sick from Monday 3 Apr 2023; analysis 1 May 2023 (due day 42 = 14 May), plan 10 May (due 1 May + 14 = 15 May),
/// UWV ziekmelding 10 Jan 2024 (due in week 42), eerstejaarsevaluatie 1 Mar 2024, re-integratieverslag 1 Dec 2024 and WIA
/// aanvraag 10 Dec 2024, all on time. Evaluation 1 was due 42 days after the plan, 10 May + 42 = 21 Jun 2023, and counts as
/// done late by the eerstejaarsevaluatie; evaluation 2 is due 42 days after that evaluation, 1 Mar 2024 + 42 = 12 Apr 2024,
/// not done: overdue, statutory (Regeling procesgang art. 4 lid 2 onder b). The arbeidsdeskundig onderzoek was due by the
/// eerstejaarsevaluatie (UWV Werkwijzer, policy, not statute): 1 Mar 2024, not done. No spoor-2 decision 42 days after the
/// eerstejaarsevaluatie: a high risk. Its last day of wage payment, counted day 728, is 3 Apr 2023 + 727 = Sunday 30 Mar
/// 2025 (2024 is a leap year: 3 Apr 2023 + 366 = 3 Apr 2024, + 361 = 30 Mar 2025); the dismissal ban's two years span a 29
/// February, so 731 counted days (BW 7:670 lid 1 onder a): 3 Apr 2023 + 730 = 2 Apr 2025. On 2 Mar 2025 it is day 700,
/// week 100: the fourth quarter.
/// </summary>
public sealed class WorklistBuilderTests
{
    private static readonly LocalDate On = D(2025, 3, 2);

    private static SicknessCase Late() => SicknessCase.Builder("L-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).Build();

    private static SicknessCase Soon() => SicknessCase.Builder("S-1", D(2025, 2, 10)).Build();

    private static SicknessCase Ending() =>
        SicknessCase
            .Builder("E-1", D(2023, 4, 3))
            .Probleemanalyse(D(2023, 5, 1))
            .PlanVanAanpak(D(2023, 5, 10))
            .UwvZiekmelding(D(2024, 1, 10))
            .Eerstejaarsevaluatie(D(2024, 3, 1))
            .ReIntegratieverslag(D(2024, 12, 1))
            .WiaAanvraag(D(2024, 12, 10))
            .Build();

    private static Worklist Build(LocalDate asOf, int within, params SicknessCase[] cases)
    {
        var builder = new WorklistBuilder(asOf, within);
        foreach (var c in cases)
        {
            builder.Add(Assess(c, asOf));
        }

        return builder.Build();
    }

    private static string Row(WorklistItem i) =>
        $"{WorklistSections.Code(i.Section)} {i.CaseId} {i.Kind}{(i.Sequence > 0 ? " #" + i.Sequence : string.Empty)} {(i.Date is { } d ? d.ToString("uuuu-MM-dd", null) : "-")} {i.Status} {(i.Severity is { } s ? Severities.Code(s) : "-")}";

    [Fact]
    public void Overdue_comes_first_most_severe_then_oldest_then_due_soon_risks_and_ends()
    {
        var worklist = Build(On, 30, Ending(), Late(), Soon());

        worklist
            .Items.Select(Row)
            .Should()
            .Equal(
                // High before warning; among the high ones the oldest due date first.
                "overdue E-1 evaluatie #2 2024-04-12 overdue high",
                "overdue L-1 plan-van-aanpak 2025-02-24 overdue high",
                "overdue E-1 arbeidsdeskundig-onderzoek 2024-03-01 overdue warning",
                // 23 Mar is within 30 days of 2 Mar; S-1's plan (6 Apr, 35 days) is not.
                "due-soon S-1 probleemanalyse 2025-03-23 open -",
                "risk E-1 spoor-2-decision - high high",
                // 30 Mar and 2 Apr 2025 are 28 and 31 days ahead, within the 13 weeks.
                "end E-1 last-day 2025-03-30 running -",
                "end E-1 ban-end 2025-04-02 running -"
            );
        (worklist.AsOf, worklist.Within).Should().Be((On, 30));
    }

    [Fact]
    public void The_figures_count_on_time_late_and_overdue_per_kind_the_statutory_overdue_and_the_quarters()
    {
        var f = Build(On, 30, Ending(), Late(), Soon()).Figures;

        f.Cases.Should().Be(3);
        string Figure(OnTimeFigure o) => $"{o.Kind} {o.OnTime}/{o.Late}/{o.Overdue}";
        // Ordinal order of the kinds; S-1 has nothing due yet, so it adds no kind.
        f.OnTime.Select(Figure)
            .Should()
            .Equal(
                "arbeidsdeskundig-onderzoek 0/0/1",
                "eerstejaarsevaluatie 1/0/0",
                "evaluatie 0/1/1",
                "plan-van-aanpak 1/0/1",
                "probleemanalyse 2/0/0",
                "re-integratieverslag 1/0/0",
                "uwv-ziekmelding 1/0/0",
                "wia-aanvraag 1/0/0"
            );
        f.OnTime.Single(o => o.Kind == ObligationCodes.PlanVanAanpak).Rate.Should().Be(0.5);
        f.OnTime.Single(o => o.Kind == ObligationCodes.PlanVanAanpak).Due.Should().Be(2);
        // L-1's plan and E-1's evaluation 2 are statutory; the arbeidsdeskundig onderzoek is policy.
        f.LoonsanctieRisks.Should().Be(2);
        (f.Weeks1To26, f.Weeks27To52, f.Weeks53To78, f.Weeks79To104, f.Ended).Should().Be((2, 0, 0, 1, 0));
    }

    [Theory]
    [InlineData(21, true)] // 2 Mar + 21 = 23 Mar: the last day of the window
    [InlineData(20, false)] // 2 Mar + 20 = 22 Mar
    public void The_due_soon_window_includes_its_last_day(int within, bool listed)
    {
        var worklist = Build(On, within, Soon());

        worklist.Items.Any(i => i.Section == WorklistSection.DueSoon).Should().Be(listed);
    }

    [Theory]
    [InlineData(2024, 12, 29, true)] // 29 Dec 2024 + 91 = 30 Mar 2025: the last day of the 13 weeks
    [InlineData(2024, 12, 28, false)] // 92 days before the last day
    public void The_last_day_is_listed_within_13_weeks(int year, int month, int day, bool listed)
    {
        var asOf = D(year, month, day);

        var worklist = Build(asOf, 14, Ending());

        worklist.Items.Any(i => i.Kind == "last-day").Should().Be(listed);
        // The ban ends 2 Apr 2025: 94 and 95 days ahead, outside the window both times.
        worklist.Items.Should().NotContain(i => i.Kind == "ban-end");
    }

    [Fact]
    public void A_case_whose_wachttijd_ended_is_counted_as_ended_and_has_no_end_item()
    {
        // On 15 Apr 2025 the last day (30 Mar) and the end of the ban (2 Apr) have passed.
        var worklist = Build(D(2025, 4, 15), 14, Ending());

        worklist.Figures.Ended.Should().Be(1);
        worklist.Items.Should().NotContain(i => i.Section == WorklistSection.End);
    }

    [Fact]
    public void Items_equal_on_every_key_are_ordered_by_case_id()
    {
        var a = SicknessCase.Builder("A", D(2025, 2, 10)).Build();
        var b = SicknessCase.Builder("B", D(2025, 2, 10)).Build();

        var worklist = Build(On, 30, b, a);

        worklist.Items.Select(i => i.CaseId).Should().Equal("A", "B");
    }

    [Fact]
    public void The_texts_are_the_items_own_in_both_languages()
    {
        var assessment = Assess(Late(), On);
        var builder = new WorklistBuilder(On);
        builder.Add(assessment, TextLanguage.Dutch);

        var plan = builder.Build().Items.Single(i => i.Kind == ObligationCodes.PlanVanAanpak);

        var obligation = assessment.Obligations.Single(o => o.Kind == ObligationCodes.PlanVanAanpak);
        plan.Text.Should().Be(obligation.Explanation).And.Contain("2025-02-24");
        plan.TextIn(TextLanguage.Dutch).Should().Be(obligation.ExplanationIn(TextLanguage.Dutch)).And.Contain("24 februari 2025");
    }

    [Fact]
    public void A_built_worklist_does_not_change_when_more_cases_are_added()
    {
        var builder = new WorklistBuilder(On, 30);
        builder.Add(Assess(Late(), On));
        var first = builder.Build();

        builder.Add(Assess(Soon(), On));

        (first.Figures.Cases, first.Items.Count).Should().Be((1, 1));
        (builder.Cases, builder.Build().Items.Count).Should().Be((2, 2));
    }

    [Fact]
    public void An_assessment_on_another_date_and_a_window_outside_0_to_365_days_are_refused()
    {
        var builder = new WorklistBuilder(On);

        builder
            .Invoking(b => b.Add(Assess(Late(), On.PlusDays(1))))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*2025-03-03*2025-03-02*");
        builder.Invoking(b => b.Add(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new WorklistBuilder(On, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new WorklistBuilder(On, 366)).Should().Throw<ArgumentOutOfRangeException>();
        builder.Cases.Should().Be(0);
    }
}
