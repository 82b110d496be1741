using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Tests.Support;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Scenario 5: pregnancy and birth leave (Wazo). Leave days do not count (BW 7:629 lid 4; WIA 23 lid 5; ZW 38 lid 1
/// last sentence), and sickness directly before and after leave is added together (BW 7:629 lid 10; WIA 23 lid 3 a 2°).
/// interpretation.md: leave days are neutral, neither sick nor fit days, also when measuring a gap; known future leave
/// does not count in the projection either.
/// Every leave below lasts 16 weeks = 112 days. Without leave, D = 6 Jan 2025 gives day 728 = 3 Jan 2027, so a case with
/// 112 leave days inside its wachttijd ends on 3 Jan 2027 + 112 = 25 Apr 2027.
/// </summary>
public sealed class LeaveScenarios
{
    private static readonly LocalDate Day1 = D(2025, 1, 6);

    [Fact]
    public void Leave_from_the_first_sick_day_postpones_every_counted_day()
    {
        // Leave 6 Jan..27 Apr 2025 (6 Jan + 111 = 27 Apr: 112 days); the first counted day is 28 Apr 2025.
        var @case = SicknessCase.Builder("S05a", Day1).ZwangerschapsBevallingsverlof(D(2025, 1, 6), D(2025, 4, 27)).Build();
        var a = Assess(@case, D(2025, 6, 1));

        // countedDays = 28 Apr..1 Jun = 3 + 31 + 1 = 35; week 5. lastDay = 28 Apr 2025 + 727 = 25 Apr 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 35, 5, D(2027, 4, 25), D(2027, 4, 26));
        a.Wachttijd.FirstSickDay.Should().Be(Day1);
        // day 42 = 28 Apr + 41 = 8 Jun 2025; day 56 = 22 Jun 2025; both open.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 6, 8), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 6, 22), ObligationStatus.Open);
        // day 295 = 28 Apr 2025 + 294 = 16 Feb 2026; day 364 = 26 Apr 2026.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 2, 16), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 4, 26), ObligationStatus.Open);
        // day 637 = 25 Apr 2027 - 91 = 24 Jan 2027; day 651 = 25 Apr 2027 - 77 = 7 Feb 2027.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 1, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 2, 7), ObligationStatus.Open);
        // day 623 = 28 Apr 2025 + 622 = 10 Jan 2027; day 686 = 25 Apr 2027 - 42 = 14 Mar 2027.
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2027, 1, 10));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 3, 14));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 25));

        Golden.Verify("s05a-leave-at-start-2025-06-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Leave_inside_a_sickness_period_moves_every_later_deadline_by_its_length()
    {
        // Sick throughout; leave 3 Mar..22 Jun 2025 (112 days). Counted days 1..56 = 6 Jan..2 Mar; day 57 = 23 Jun 2025.
        var @case = SicknessCase
            .Builder("S05b", Day1)
            .ZwangerschapsBevallingsverlof(D(2025, 3, 3), D(2025, 6, 22))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20)) // counted day 46
            .Build();
        var a = Assess(@case, D(2025, 7, 1));

        // countedDays = 56 + (23 Jun..1 Jul = 9) = 65; week = ceil(65 / 7) = 10.
        a.ShouldHaveWachttijd(WachttijdState.Running, 65, 10, D(2027, 4, 25), D(2027, 4, 26));
        // Before the leave: day 42 = 16 Feb; plan 10 Feb + 14 = 24 Feb.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Fulfilled, D(2025, 2, 10));
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 2, 24), ObligationStatus.Fulfilled, D(2025, 2, 20));
        // evaluatie #1: day 46 + 42 = 88 = day 57 (23 Jun) + 31 = 24 Jul 2025 (leave days do not count) -> open.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 7, 24), ObligationStatus.Open, sequence: 1);
        // day 295 = 27 Oct 2025 + 112 = 16 Feb 2026; day 364 = 4 Jan 2026 + 112 = 26 Apr 2026.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 2, 16), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 4, 26), ObligationStatus.Open);
        // day 637 = 4 Oct 2026 + 112 = 24 Jan 2027; day 651 = 18 Oct 2026 + 112 = 7 Feb 2027.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 1, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 2, 7), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2027, 1, 10)); // 20 Sep 2026 + 112
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 25));

        Golden.Verify("s05b-leave-in-middle-2025-07-01", AssessmentText.Render(a));
    }

    private static SicknessCase LeaveFromSeptember() =>
        SicknessCase
            .Builder("S05c", Day1)
            .ZwangerschapsBevallingsverlof(D(2025, 9, 1), D(2025, 12, 21)) // 112 days
            .Build();

    [Fact]
    public void On_a_day_of_leave_that_lasts_past_asOf_the_leave_still_does_not_count()
    {
        // asOf 1 Oct 2025 lies inside the leave. Counted days = 6 Jan..31 Aug 2025 = 26+28+31+30+31+30+31+31 = 238;
        // week = 238 / 7 = 34 exactly. The rest of the leave (to 21 Dec) is known and does not count in the projection:
        // day 239 = 22 Dec 2025. The employee is sick (open period), so the wachttijd is running.
        var a = Assess(LeaveFromSeptember(), D(2025, 10, 1));

        a.ShouldHaveWachttijd(WachttijdState.Running, 238, 34, D(2027, 4, 25), D(2027, 4, 26));
        // day 295 = 22 Dec 2025 + 56 = 16 Feb 2026 (without leave 27 Oct 2025, which lies inside the leave) -> open.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 2, 16), ObligationStatus.Open);
        // day 364 = 22 Dec 2025 + 125 = 26 Apr 2026.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 4, 26), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 1, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 2, 7), ObligationStatus.Open);
        // Before the leave: day 42 = 16 Feb 2025 and day 56 = 2 Mar 2025, not done -> overdue.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 2), ObligationStatus.Overdue);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 25));

        Golden.Verify("s05c-leave-past-asof-2025-10-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Planned_future_leave_is_left_out_of_the_projection()
    {
        // asOf 1 Jun 2025, before the leave. countedDays = 26 + 28 + 31 + 30 + 31 + 1 = 147; week 21.
        // The known leave (1 Sep..21 Dec) still does not count: same projected dates as on 1 Oct.
        var a = Assess(LeaveFromSeptember(), D(2025, 6, 1));

        a.ShouldHaveWachttijd(WachttijdState.Running, 147, 21, D(2027, 4, 25), D(2027, 4, 26));
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 2, 16), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 1, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 2, 7), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2027, 1, 10));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 3, 14)); // 25 Apr 2027 - 42

        Golden.Verify("s05c-leave-planned-2025-06-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Sickness_directly_before_and_after_leave_is_one_case()
    {
        // Sick 6 Jan..28 Feb 2025 (26 + 28 = 54 counted days), leave 1 Mar..20 Jun (112 days), sick again from 21 Jun.
        // No fit day at all: one case (BW 7:629 lid 10, "direct voorafgaan aan en aansluiten op"); day 55 = 21 Jun 2025.
        var @case = SicknessCase
            .Builder("S05d", Day1)
            .SickUntil(D(2025, 2, 28))
            .SickAgainFrom(D(2025, 6, 21))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 20))
            .Build();
        var a = Assess(@case, D(2025, 7, 1));

        // countedDays = 54 + (21 Jun..1 Jul = 11) = 65; week 10.
        a.ShouldHaveWachttijd(WachttijdState.Running, 65, 10, D(2027, 4, 25), D(2027, 4, 26));
        a.Wachttijd.FirstSickDay.Should().Be(Day1);
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);
        // day 42 = 16 Feb 2025 (before the leave) -> overdue; day 56 = 21 Jun + 1 = 22 Jun 2025 -> overdue on 1 Jul.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 6, 22), ObligationStatus.Overdue);
        // day 295 = 16 Feb 2026; day 637 = 24 Jan 2027; day 651 = 7 Feb 2027 (no-leave dates + 112).
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 2, 16), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 1, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 2, 7), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 25));

        Golden.Verify("s05d-sick-around-leave-2025-07-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Fit_days_on_both_sides_of_leave_add_up_27_merges_under_the_neutral_reading()
    {
        // The neutral reading (option LeaveInGap = Neutral; the default literal reading gives a new wachttijd here, see
        // Statute.LeaveInGapScenarios): sick 6 Jan..20 Feb 2025 (46 counted days), fit 21..28 Feb (8), leave 1 Mar..20 Jun
        // (neutral), fit 21 Jun..9 Jul (19), sick from 10 Jul. Fit days 8 + 19 = 27 < 28 -> one case; day 47 = 10 Jul 2025.
        // Non-counted days after day 46: 8 + 112 + 19 = 139.
        var @case = SicknessCase
            .Builder("S05e", Day1)
            .SickUntil(D(2025, 2, 20))
            .SickAgainFrom(D(2025, 7, 10))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 20))
            .Probleemanalyse(D(2025, 2, 12))
            .PlanVanAanpak(D(2025, 2, 19)) // counted day 45
            .Build();
        var a = new PoortwachterEngine(new PoortwachterOptions { LeaveInGap = LeaveInGapReading.Neutral }).Assess(@case, D(2025, 8, 1));

        // countedDays = 46 + (10 Jul..1 Aug = 23) = 69; week 10. lastDay = 3 Jan 2027 + 139 = 22 May 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 69, 10, D(2027, 5, 22), D(2027, 5, 23));
        a.Wachttijd.FirstSickDay.Should().Be(Day1);
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Fulfilled, D(2025, 2, 12));
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 2, 26), ObligationStatus.Fulfilled, D(2025, 2, 19));
        // evaluatie #1: day 45 + 42 = 87 = 10 Jul (day 47) + 40 = 19 Aug 2025 -> open.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 8, 19), ObligationStatus.Open, sequence: 1);
        // day 295 = 10 Jul 2025 + 248 = 15 Mar 2026 (= 27 Oct 2025 + 139).
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 3, 15), ObligationStatus.Open);
        // day 637 = 22 May 2027 - 91 = 20 Feb 2027; day 651 = 22 May 2027 - 77 = 6 Mar 2027.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 2, 20), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 3, 6), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 5, 22));

        Golden.Verify("s05e-fit-around-leave-27-2025-08-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Fit_days_on_both_sides_of_leave_add_up_28_starts_a_new_wachttijd()
    {
        // As above but sick again from 11 Jul: fit 8 + 20 (21 Jun..10 Jul) = 28 -> the case ended; new day 1 = 11 Jul 2025.
        var @case = SicknessCase
            .Builder("S05f", Day1)
            .SickUntil(D(2025, 2, 20))
            .SickAgainFrom(D(2025, 7, 11))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 20))
            .Probleemanalyse(D(2025, 2, 12))
            .PlanVanAanpak(D(2025, 2, 19))
            .Build();
        var a = Assess(@case, D(2025, 8, 1));

        // countedDays = 11 Jul..1 Aug = 22; week 4. lastDay = 11 Jul 2025 + 727 = 8 Jul 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 22, 4, D(2027, 7, 8), D(2027, 7, 9));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 7, 11));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.NewWachttijd);
        // Old events are left out: day 42 = 11 Jul + 41 = 21 Aug 2025; plan day 56 = 4 Sep 2025.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 8, 21), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 9, 4), ObligationStatus.Open);
        // day 295 = 11 Jul 2025 + 294 = 1 May 2026.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 5, 1), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 7, 8));

        Golden.Verify("s05f-fit-around-leave-28-2025-08-01", AssessmentText.Render(a));
    }
}
