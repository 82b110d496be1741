using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules.Wvp2013;
using Poortwachter.Tests.Support;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Issue 17 group 1: employees who reach the AOW age (case field <c>reachesAowAgeOn</c>, A). BW 7:629 lid 2 onder b: wage
/// continuation lasts L counted days, L = 91 (13 weeks) for a case whose first sick day D lies in 1 Jan 2016 .. 30 Jun
/// 2023 (art. VIIIa Wet werken na de AOW-gerechtigde leeftijd; Stb. 2023, 169) and L = 42 (6 weeks) from 1 Jul 2023,
/// counted with samentelling (lid 10 names lid 2). A on or before D: the last day is counted day L. A during the
/// sickness: counted day min(a + L - 1, 728), a = the counted day of A, or of the first sick day after A when A is a
/// fit or leave day. No WIA past the AOW age (WIA art. 43 onder g): no RIV, no WIA application, no UWV letter, no
/// loonsanctie, no extension, no WIA start; plan van aanpak, evaluations, spoor 2 and the 42nd-week report lapse from A.
/// The dates are those of the hand derivations (scenarios A1..A11 of the analysis), computed before the engine ran.
/// </summary>
public sealed class AowAgeScenarios
{
    [Fact]
    public void A1_AOW_age_before_day_1_from_July_2023_gives_six_weeks_and_no_WIA_obligations()
    {
        // A = 1 Mar 2023 < D = Mon 3 Jul 2023 (>= 1 Jul 2023, so L = 42): counted day 42 = 3 Jul + 41 = Sun 13 Aug 2023.
        var @case = SicknessCase.Builder("A1", D(2023, 7, 3)).ReachesAowAgeOn(D(2023, 3, 1)).Build();
        var a = Assess(@case, D(2023, 8, 1));

        // countedDays 3 Jul..1 Aug = 30, week 5; lastDay 13 Aug 2023; no WIA start (WIA art. 43 onder g).
        a.ShouldHaveWachttijd(WachttijdState.Running, 30, 5, D(2023, 8, 13), null);
        // statutoryLastDay = counted day 728 = 3 Jul 2023 + 727 = 29 Jun 2025; the aow-leeftijd change: 13 Aug 2023 - 29 Jun
        // 2025 = -686 days.
        a.Wachttijd.StatutoryLastDay.Should().Be(D(2025, 6, 29));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Which;
        change.Code.Should().Be(AowLeeftijdRule.ExtensionCode);
        change.NewLastDay.Should().Be(D(2023, 8, 13));
        Period.DaysBetween(a.Wachttijd.StatutoryLastDay!.Value, change.NewLastDay).Should().Be(-686);

        // Nothing of the Regeling procesgang, the 42nd-week report or spoor 2 is owed; RIV and WIA application never arise.
        foreach (
            var code in new[]
            {
                ObligationCodes.Probleemanalyse,
                ObligationCodes.PlanVanAanpak,
                ObligationCodes.Evaluatie,
                ObligationCodes.UwvZiekmelding,
                ObligationCodes.ArbeidsdeskundigOnderzoek,
                ObligationCodes.Eerstejaarsevaluatie,
                ObligationCodes.Spoor2,
            }
        )
        {
            a.Obligation(code).Status.Should().Be(ObligationStatus.NotApplicable, code);
        }

        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, null, ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, null, ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.WiaAanvraag).Explanation.Should().Contain("WIA art. 43 onder g");
        a.Obligations.Should().NotContain(o => o.Status == ObligationStatus.Open || o.Status == ObligationStatus.Overdue);

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2023, 8, 13));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2023, 8, 13));
        a.ShouldNotHaveMilestone(MilestoneCodes.WiaStart);
        a.ShouldNotHaveMilestone(MilestoneCodes.UwvWiaBrief);
        a.ShouldNotHaveMilestone(MilestoneCodes.LoonsanctieBeslissing);
        a.ShouldHaveWarning(WarningCodes.AowLeeftijd, null, Severity.Info);
        a.ShouldNotHaveWarning(WarningCodes.WagePeriodExtended, null);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);

        Golden.Verify("s18a-aow-before-day-1-2023-08-01", AssessmentText.Render(a));
    }

    [Fact]
    public void A2_first_sick_day_30_June_2023_keeps_thirteen_weeks()
    {
        // D = Fri 30 Jun 2023 <= 30 Jun 2023 -> L = 91: counted day 91 = 30 Jun + 90 = Thu 28 Sep 2023.
        var a = Assess(SicknessCase.Builder("A2", D(2023, 6, 30)).ReachesAowAgeOn(D(2023, 1, 1)).Build(), D(2023, 7, 15));

        a.Wachttijd.LastDay.Should().Be(D(2023, 9, 28));
        a.Wachttijd.WiaStart.Should().BeNull();
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2023, 9, 28));
    }

    [Fact]
    public void A3_first_sick_day_1_July_2023_gets_six_weeks()
    {
        // D = Sat 1 Jul 2023 >= 1 Jul 2023 -> L = 42: counted day 42 = 1 Jul + 41 = Fri 11 Aug 2023.
        var a = Assess(SicknessCase.Builder("A3", D(2023, 7, 1)).ReachesAowAgeOn(D(2023, 1, 1)).Build(), D(2023, 7, 15));

        a.Wachttijd.LastDay.Should().Be(D(2023, 8, 11));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2023, 8, 11));
    }

    [Fact]
    public void A4_AOW_age_during_the_sickness_runs_six_weeks_from_that_date_and_keeps_what_fell_due_before()
    {
        // D = Mon 6 Jan 2025, A = Tue 1 Apr 2025 = counted day 86 (1 Apr - 6 Jan = 85 days). Last day = counted day
        // min(86 + 41, 728) = 127 = 6 Jan + 126 = Mon 12 May 2025.
        var @case = SicknessCase
            .Builder("A4", D(2025, 1, 6))
            .ReachesAowAgeOn(D(2025, 4, 1))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20))
            .Build();
        var a = Assess(@case, D(2025, 4, 15));

        // countedDays 6 Jan..15 Apr = 26 + 28 + 31 + 15 = 100, week 15.
        a.ShouldHaveWachttijd(WachttijdState.Running, 100, 15, D(2025, 5, 12), null);
        // Before A: the analysis (day 42 = 16 Feb 2025) and the plan (10 Feb + 14 = 24 Feb 2025) stay owed: done on time.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Fulfilled, D(2025, 2, 10));
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 2, 24), ObligationStatus.Fulfilled, D(2025, 2, 20));
        // Evaluation 1: 20 Feb + 42 counted days = 3 Apr 2025, on or after A -> not required (BW 7:660a lid 2).
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 4, 3), ObligationStatus.NotApplicable, sequence: 1);
        a.Obligation(ObligationCodes.Evaluatie, 1).Explanation.Should().Contain("7:660a lid 2");
        // The 42nd-week report (day 295 = 27 Oct 2025) falls after A (and after the last day): not owed.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, null, ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, null, ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.Spoor2).Status.Should().Be(ObligationStatus.NotApplicable);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2025, 5, 12));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2025, 5, 12));
        a.ShouldNotHaveMilestone(MilestoneCodes.WiaStart);

        Golden.Verify("s18b-aow-during-sickness-2025-04-15", AssessmentText.Render(a));
    }

    [Fact]
    public void A5_AOW_age_late_in_the_case_is_capped_at_104_weeks_and_extensions_are_ignored()
    {
        // D = 6 Jan 2025, A = Tue 1 Dec 2026 = counted day 695 (694 days after D); 695 + 41 = 736 > 728 -> the 104 weeks
        // end it: counted day 728 = Sun 3 Jan 2027 (a change of 0 days). A voluntary extension on record changes nothing.
        var @case = SicknessCase
            .Builder("A5", D(2025, 1, 6))
            .ReachesAowAgeOn(D(2026, 12, 1))
            .UwvZiekmelding(D(2025, 10, 20))
            .Verlenging(D(2026, 10, 1), D(2027, 3, 31))
            .Build();
        var a = Assess(@case, D(2026, 11, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.StatutoryLastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.WiaStart.Should().BeNull();
        a.Wachttijd.Extensions.Should().ContainSingle().Which.Code.Should().Be(AowLeeftijdRule.ExtensionCode);
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.EventIgnored && w.Message.Contains("AOW age"));
        // The 42nd-week report (day 295 = 27 Oct 2025) fell before A: owed, done on 20 Oct 2025.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, D(2025, 10, 20));
        // RIV (day 637 = 4 Oct 2026) and WIA application (day 651 = 18 Oct 2026) would fall before A, but no WIA can follow:
        // not applicable (default reading, WIA art. 43 onder g).
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, null, ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, null, ObligationStatus.NotApplicable);
        a.ShouldNotHaveMilestone(MilestoneCodes.UwvWiaBrief);
        a.ShouldNotHaveMilestone(MilestoneCodes.LoonsanctieBeslissing);
        // The ban runs with the wage period, capped at counted day 728.
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 1, 3));
    }

    [Fact]
    public void A6_sickness_from_before_July_2023_keeps_thirteen_weeks_from_an_AOW_date_after_it()
    {
        // D = Thu 1 Jun 2023 (< 1 Jul 2023 -> L = 91), A = Fri 1 Sep 2023 = counted day 93 (92 days after D);
        // 93 + 90 = 183 = 1 Jun + 182 = Thu 30 Nov 2023: the term follows D, not A.
        var a = Assess(SicknessCase.Builder("A6", D(2023, 6, 1)).ReachesAowAgeOn(D(2023, 9, 1)).Build(), D(2023, 9, 15));

        a.Wachttijd.LastDay.Should().Be(D(2023, 11, 30));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2023, 11, 30));
    }

    [Fact]
    public void A7_samentelling_counts_the_six_weeks_on_the_clock()
    {
        // A before D = 6 Jan 2025; sick 6..19 Jan (14 days), fit 20 Jan..2 Feb (14 < 28), sick from Mon 3 Feb: one case, L = 42;
        // 28 counted days left from 3 Feb: 3 Feb + 27 = Sun 2 Mar 2025 (= D + 41 + 14).
        var @case = SicknessCase
            .Builder("A7", D(2025, 1, 6))
            .ReachesAowAgeOn(D(2024, 12, 1))
            .SickUntil(D(2025, 1, 19))
            .SickAgainFrom(D(2025, 2, 3))
            .Build();
        var a = Assess(@case, D(2025, 2, 10));

        a.Wachttijd.LastDay.Should().Be(D(2025, 3, 2));
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2025, 3, 2));
    }

    [Fact]
    public void A8_a_case_that_began_in_June_2023_keeps_thirteen_weeks_after_a_short_interruption()
    {
        // A before D; sick Mon 19 Jun..Sun 25 Jun 2023 (7 days), fit 26 Jun..9 Jul (14 < 28), sick from Mon 10 Jul 2023: one
        // case with D = 19 Jun 2023 -> L = 91; day 8 = 10 Jul; day 91 = 10 Jul + 83 = Sun 1 Oct 2023.
        var @case = SicknessCase
            .Builder("A8", D(2023, 6, 19))
            .ReachesAowAgeOn(D(2022, 1, 1))
            .SickUntil(D(2023, 6, 25))
            .SickAgainFrom(D(2023, 7, 10))
            .Build();
        var a = Assess(@case, D(2023, 7, 20));

        a.Wachttijd.LastDay.Should().Be(D(2023, 10, 1));
    }

    [Fact]
    public void A8b_after_28_fit_days_the_new_case_of_July_2023_gets_six_weeks()
    {
        // As A8 but sick again Mon 24 Jul 2023: fit 26 Jun..23 Jul = 28 days -> a new wachttijd with D = 24 Jul 2023
        // (>= 1 Jul 2023) -> L = 42: 24 Jul + 41 = Sun 3 Sep 2023.
        var @case = SicknessCase
            .Builder("A8b", D(2023, 6, 19))
            .ReachesAowAgeOn(D(2022, 1, 1))
            .SickUntil(D(2023, 6, 25))
            .SickAgainFrom(D(2023, 7, 24))
            .Build();
        var a = Assess(@case, D(2023, 8, 1));

        a.Wachttijd.FirstSickDay.Should().Be(D(2023, 7, 24));
        a.Wachttijd.LastDay.Should().Be(D(2023, 9, 3));
        a.ShouldHaveWarning(WarningCodes.NewWachttijd, null, Severity.Warning);
    }

    [Fact]
    public void A10_an_AOW_date_on_a_fit_day_starts_the_six_weeks_on_the_next_sick_day()
    {
        // D = 6 Jan 2025; sick to Sun 30 Mar 2025 (84 counted days), fit 31 Mar..13 Apr (14), A = Sat 5 Apr 2025 in the gap,
        // sick from Mon 14 Apr: the combined case began before A, so the 42 days run from the first sick day after A,
        // counted day 85: 85 + 41 = 126 = 14 Apr + 41 = Sun 25 May 2025.
        var @case = SicknessCase
            .Builder("A10", D(2025, 1, 6))
            .ReachesAowAgeOn(D(2025, 4, 5))
            .SickUntil(D(2025, 3, 30))
            .SickAgainFrom(D(2025, 4, 14))
            .Build();
        var a = Assess(@case, D(2025, 4, 20));

        a.Wachttijd.LastDay.Should().Be(D(2025, 5, 25));
        a.Wachttijd.Extensions.Single().Explanation.Should().Contain("counted day 85");
    }

    [Fact]
    public void An_AOW_date_the_day_after_the_104_weeks_leaves_the_end_but_no_WIA()
    {
        // D = 6 Jan 2025: counted day 728 = Sun 3 Jan 2027; A = Mon 4 Jan 2027 (the day a WIA benefit would start): the AOW
        // rules govern (a = 729, capped at 728: 0 days), no WIA start, no RIV or WIA application.
        var a = Assess(SicknessCase.Builder("A12", D(2025, 1, 6)).ReachesAowAgeOn(D(2027, 1, 4)).Build(), D(2026, 6, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.WiaStart.Should().BeNull();
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, null, ObligationStatus.NotApplicable);
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 1, 3));
    }

    [Fact]
    public void An_AOW_date_two_days_after_the_104_weeks_changes_nothing()
    {
        // A = Tue 5 Jan 2027 > 4 Jan 2027: the ordinary rules: lastDay 3 Jan 2027, WIA start 4 Jan 2027, RIV day 637 =
        // 4 Oct 2026, application day 651 = 18 Oct 2026, the ban to counted day 730 = 5 Jan 2027.
        var a = Assess(SicknessCase.Builder("A13", D(2025, 1, 6)).ReachesAowAgeOn(D(2027, 1, 5)).Build(), D(2026, 6, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.WiaStart.Should().Be(D(2027, 1, 4));
        a.Wachttijd.Extensions.Should().BeEmpty();
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 1, 5));
        a.ShouldNotHaveWarning(WarningCodes.AowLeeftijd, null);
    }

    [Fact]
    public void A_loonsanctie_on_record_past_the_AOW_age_is_ignored_with_a_warning()
    {
        // A before D = 6 Jan 2025 -> last day counted day 42 = 16 Feb 2025; a loonsanctie recorded on 10 Feb 2025 extends
        // nothing (no WIA application for UWV to judge).
        var @case = SicknessCase.Builder("A14", D(2025, 1, 6)).ReachesAowAgeOn(D(2024, 6, 1)).Loonsanctie(D(2025, 2, 10), 12).Build();
        var a = Assess(@case, D(2025, 2, 15));

        a.Wachttijd.LastDay.Should().Be(D(2025, 2, 16));
        a.Wachttijd.Extensions.Select(e => e.Code).Should().Equal(AowLeeftijdRule.ExtensionCode);
        a.ShouldHaveWarning(WarningCodes.EventIgnored, null, Severity.Warning);
        a.ShouldNotHaveWarning(WarningCodes.ImplausibleEvent, null);
    }

    [Fact]
    public void A11_sickness_that_began_before_2016_with_an_AOW_date_is_refused()
    {
        // D = Mon 2 Nov 2015 < 1 Jan 2016: the transitional rule of art. VIIIa is not modelled -> a problem at $.reachesAowAgeOn.
        var problems = CaseValidator.Validate(
            SicknessCase.Builder("A11", D(2015, 11, 2)).ReachesAowAgeOn(D(2016, 3, 1)).BuildUnvalidated()
        );

        problems.Should().ContainSingle().Which.Path.Should().Be("$.reachesAowAgeOn");
        problems[0].Message.Should().Contain("2016-01-01").And.Contain("VIIIa");
    }

    [Fact]
    public void A12_a_step_missed_before_the_AOW_date_puts_no_loonsanctie_at_stake()
    {
        // D = Mon 4 Mar 2024 (L = 42), A = Wed 1 May 2024 = counted day 59. Probleemanalyse on 10 Apr 2024, so the plan van
        // aanpak is due 10 Apr + 14 = 24 Apr 2024, before A: owed. On 10 May 2024 it is 16 days overdue; as no WIA can
        // follow past the AOW age (WIA art. 43 onder g), UWV never judges the file and no loonsanctie follows: a warning,
        // not a high one, that says so.
        var builder = SicknessCase.Builder("A12", D(2024, 3, 4)).ReachesAowAgeOn(D(2024, 5, 1)).Probleemanalyse(D(2024, 4, 10));
        var a = Assess(builder.Build(), D(2024, 5, 10));

        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2024, 4, 24), ObligationStatus.Overdue);
        var overdue = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Overdue).Which;
        overdue.Obligation.Should().Be(ObligationCodes.PlanVanAanpak);
        overdue.Severity.Should().Be(Severity.Warning);
        overdue
            .Message.Should()
            .Contain("was due by 2024-04-24 and is not done (16 day(s) overdue)")
            .And.Contain("reaches the AOW age on 2024-05-01")
            .And.Contain("no loonsanctie can follow")
            .And.NotContain("lead to a loonsanctie");

        // Done on 30 Apr 2024, 6 days late: information only.
        var late = Assess(builder.PlanVanAanpak(D(2024, 4, 30)).Build(), D(2024, 5, 10));
        late.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2024, 4, 24), ObligationStatus.FulfilledLate, D(2024, 4, 30));
        var info = late.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.FulfilledLate).Which;
        info.Severity.Should().Be(Severity.Info);
        info.Message.Should().Contain("was done on 2024-04-30, 6 day(s) late").And.Contain("no loonsanctie can follow");

        // The same step without an AOW date keeps the high warning of the statute.
        var ordinary = Assess(SicknessCase.Builder("A12b", D(2024, 3, 4)).Probleemanalyse(D(2024, 4, 10)).Build(), D(2024, 5, 10));
        ordinary.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.PlanVanAanpak, Severity.High);
    }
}
