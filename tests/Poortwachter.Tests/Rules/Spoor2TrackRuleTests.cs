using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// The edges of the spoor-2 rules (docs/interpretation.md, "Spoor 2 in depth"), the new events' validation, the options
/// and the cost estimate. Day 1 = Monday 6 January 2025 unless said otherwise; sick throughout: dN = D + (N - 1).
/// </summary>
public sealed class Spoor2TrackRuleTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static readonly PoortwachterEngine Traject = new(new PoortwachterOptions().EnableSpoor2Traject());

    [Fact]
    public void A_late_no_return_to_own_job_conclusion_leaves_the_usual_date_for_the_assessment()
    {
        // F = 21 Dec 2025 = d350; F + 42 = d392 is after d364 = 4 Jan 2026, which stays.
        var a = Assess(SicknessCase.Builder("R-1", Day1).GeenTerugkeerEigenFunctie(D(2025, 12, 21)).Build(), D(2025, 12, 22));

        var o = a.Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek);
        o.ShouldBe(D(2026, 1, 4), ObligationStatus.Open);
        o.Explanation.Should().Contain("concluded on 2025-12-21").And.Contain("the earlier date above applies");
    }

    [Fact]
    public void The_assessment_term_after_the_conclusion_is_an_option()
    {
        // F = 4 May 2025 = d119; with 28 days: d147 = 1 Jun 2025.
        var engine = new PoortwachterEngine(new PoortwachterOptions { ArbeidsdeskundigOnderzoekTermDays = 28 });
        var a = engine.Assess(SicknessCase.Builder("R-2", Day1).GeenTerugkeerEigenFunctie(D(2025, 5, 4)).Build(), D(2025, 5, 5));

        a.Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek).ShouldBe(D(2025, 6, 1), ObligationStatus.Open);
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
        a.ShouldNotHaveWarning(WarningKinds.Spoor2UitstelVerlopen, ObligationCodes.Spoor2);
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
        a.Warnings.Where(w => w.Kind == WarningKinds.Spoor2Uitstel)
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
    public void No_progress_report_is_due_when_the_first_would_fall_on_or_after_the_final_report()
    {
        // Spoor 2 started 28 Aug 2026 = d600; S + 42 = d642 >= d630 (27 Sep 2026): the final report takes its place.
        var a = Traject.Assess(SicknessCase.Builder("R-6", Day1).Spoor2(D(2026, 8, 28)).Build(), D(2026, 9, 1));

        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.Spoor2Voortgangsrapportage);
        a.Obligation(ObligationCodes.Spoor2Eindrapportage).ShouldBe(D(2026, 9, 27), ObligationStatus.Open);
    }

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

    [Theory]
    [InlineData(nameof(PoortwachterOptions.Spoor2EindrapportageWeek), 92)]
    [InlineData(nameof(PoortwachterOptions.Spoor2VoortgangsrapportageIntervalDays), 6)]
    [InlineData(nameof(PoortwachterOptions.Spoor2UitstelMaxMonths), 0)]
    [InlineData(nameof(PoortwachterOptions.ArbeidsdeskundigOnderzoekTermDays), 365)]
    [InlineData(nameof(PoortwachterOptions.Spoor2TrajectplanTermDays), 0)]
    [InlineData(nameof(PoortwachterOptions.Spoor2NazorgDays), 0)]
    public void Spoor_2_options_out_of_range_are_refused_with_their_name(string option, int value)
    {
        var options = new PoortwachterOptions();
        typeof(PoortwachterOptions).GetProperty(option)!.SetValue(options, value);

        var act = () => new PoortwachterEngine(options);

        act.Should().Throw<ArgumentException>().WithMessage($"{option} is {value}: it must be *");
    }

    [Fact]
    public void The_new_events_are_validated_with_their_paths()
    {
        var problems = CaseValidator
            .Validate(
                SicknessCase
                    .Builder("R-9", Day1)
                    .Spoor2Uitstel(D(2025, 12, 1), D(2025, 12, 1))
                    .Spoor2Trajectplan(D(2026, 1, 20), 30)
                    .Spoor2Plaatsing(D(2026, 2, 1))
                    .BuildUnvalidated()
            )
            .ToArray();

        problems
            .Should()
            .BeEquivalentTo(
                new[]
                {
                    new CaseProblem(
                        "$.events[0].until",
                        "the prospect of full return (2025-12-01) must lie after the day spoor 2 was postponed (2025-12-01)."
                    ),
                    new CaseProblem(
                        "$.events[1].months",
                        "a spoor-2 trajectory is planned for 1 to 24 months (6, 9 or 12 in practice), not 30."
                    ),
                    new CaseProblem(
                        "$.events[2]",
                        "spoor-2-plaatsing on 2026-02-01 without the start of spoor 2 (event 'spoor-2') on or before that day: a placement with another employer is the result of spoor 2."
                    ),
                }
            );
    }

    [Fact]
    public void The_cost_estimate_is_the_weeks_left_rounded_up_times_the_rate()
    {
        // asOf 24 Jul 2026, last day 3 Jan 2027: 163 days = 23 weeks and 2 days -> 24 weeks x EUR 100 = EUR 2,400.
        var a = Assess(SicknessCase.Builder("R-10", Day1).Build(), D(2026, 7, 24));

        var estimate = Spoor2CostEstimate.For(a);

        estimate.Until.Should().Be(D(2027, 1, 3));
        estimate.Weeks.Should().Be(24);
        estimate.Amount.Should().Be(2400m);
        estimate.Character.Should().Be(LegalCharacter.Practice);
        estimate
            .Explanation.Should()
            .StartWith(
                "163 day(s) from 2026-07-24 to the last day of the wachttijd 2027-01-03: 24 week(s), rounded up, x EUR 100 = EUR 2400."
            );
        Spoor2CostEstimate.For(a, 87.5m).Amount.Should().Be(2100m);
    }

    [Fact]
    public void The_cost_estimate_is_zero_when_the_case_ended_and_refuses_a_negative_rate()
    {
        var recovered = Assess(SicknessCase.Builder("R-11", Day1).SickUntil(D(2025, 3, 1)).Build(), D(2025, 6, 1));

        recovered.Wachttijd.State.Should().Be(WachttijdState.EndedRecovered);
        Spoor2CostEstimate.For(recovered).Weeks.Should().Be(0);
        Spoor2CostEstimate.For(recovered).Amount.Should().Be(0m);
        var act = () => Spoor2CostEstimate.For(recovered, -1m);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
