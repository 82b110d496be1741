using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Tests.Support;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Issue 17, group 2: safety-net cases (vangnetters met werkgever), Ziektewet (BWBR0001888) art. 29 lid 2 onder e, 29a,
/// 29b, 38 lid 4 and 38a. Derived by hand from the statute before the engine was run:
/// <list type="bullet">
/// <item>art. 38a lid 3: for art. 29 lid 2 onder e, 29a lid 1 and 29b the employer reports the first day of incapacity
/// "uiterlijk op de eerste dag na zes weken gerekend vanaf die eerste werkdag", S + 42 calendar days (six weeks counted
/// from a date, not "nadat de ongeschiktheid 42 weken heeft geduurd" as in art. 38 lid 1), or "op de laatste dag van de
/// dienstbetrekking" when employment ends within those six weeks (S .. S + 41);</item>
/// <item>art. 38a lid 2 onder a: sickness after the birth leave (29a lid 4) is reported "uiterlijk op de vierde dag",
/// S + 3;</item>
/// <item>art. 38 lid 4: art. 38 does not apply, except lid 2 sentences 2-4 (the RIV at the end of employment): no
/// 42nd-week report and no ziek-uit-dienst report;</item>
/// <item>WIA 24 lid 1 onder a: no voluntary extension when "artikel 29a, eerste of vierde lid" applies.</item>
/// </list>
/// The re-integration duties stay: the employer still owes wage (BW 7:629 lid 5 sets the benefit off against it), so
/// WIA 25 applies. D = Monday 6 Jan 2025 unless stated: counted day n = D + (n - 1) while sick without a break.
/// </summary>
public sealed class VangnetScenarios
{
    private static readonly LocalDate Day1 = D(2025, 1, 6);

    [Fact]
    public void V1_a_no_riskpolis_case_is_reported_after_six_weeks_and_keeps_every_reintegration_duty()
    {
        var @case = SicknessCase.Builder("V1", Day1).Vangnet(VangnetCodes.NoRiskpolis).Build();
        var a = Assess(@case, D(2025, 2, 1));
        using var scope = new AssertionScope();

        // S = 6 Jan 2025; S + 42 = Mon 17 Feb 2025 (38a lid 3). Open on 1 Feb (16 days left).
        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Open, sequence: 1);
        a.Obligation(ObligationCodes.VangnetZiekmelding).LegalBasis.Citation.Should().Be("Ziektewet, art. 38a lid 3");
        // 38 lid 4: the 42nd-week report (day 295 = 6 Jan + 294 = Mon 27 Oct 2025) is not owed.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.UwvZiekmelding).Explanation.Should().Contain("art. 38 lid 4");
        // Unchanged: analysis day 42 = 16 Feb 2025, plan day 56 = 2 Mar 2025, EJE day 364 = 4 Jan 2026, RIV day 637 =
        // 4 Oct 2026, WIA application day 651 = 18 Oct 2026, last day 728 = 3 Jan 2027.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 2), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.ZiekUitDienstMelding);

        Golden.Verify("v1-vangnet-no-riskpolis-2025-02-01", AssessmentText.Render(a));
    }

    [Fact]
    public void V1b_the_report_done_after_the_six_weeks_is_late()
    {
        var @case = SicknessCase.Builder("V1b", Day1).Vangnet(VangnetCodes.NoRiskpolis).VangnetZiekmelding(D(2025, 2, 18)).Build();
        var a = Assess(@case, D(2025, 3, 1));

        // Due Mon 17 Feb 2025, done Tue 18 Feb: one day late.
        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.FulfilledLate, D(2025, 2, 18), 1);
        a.ShouldHaveWarning(WarningCodes.FulfilledLate, ObligationCodes.VangnetZiekmelding, Severity.Warning);
    }

    [Fact]
    public void V2_employment_ending_on_day_41_brings_the_report_to_the_last_day_of_employment()
    {
        // Last day of employment Sat 15 Feb 2025 = S + 40, within S .. S + 41: due that day (38a lid 3, second sentence),
        // not rolled to a working day. Last working day Fri 14 Feb 2025.
        var @case = SicknessCase
            .Builder("V2", Day1)
            .Vangnet(VangnetCodes.NoRiskpolis)
            .EmploymentEndsOn(D(2025, 2, 15))
            .LastWorkingDay(D(2025, 2, 14))
            .Build();
        var a = Assess(@case, D(2025, 2, 10));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 15), ObligationStatus.Open, sequence: 1);
        a.Obligation(ObligationCodes.VangnetZiekmelding).Explanation.Should().Contain("last day of employment");
        // 38 lid 4: no ziek-uit-dienst report (its date, the last working day, is still shown).
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 14), ObligationStatus.NotApplicable);
        // RIV at the end (38 lid 2 second sentence, kept by lid 4): 6 Jan .. 14 Feb = 40 days < 42 -> not owed.
        a.Obligation(ObligationCodes.ReIntegratieverslag).Status.Should().Be(ObligationStatus.NotApplicable);
        a.ShouldHaveMilestone(MilestoneCodes.EindeDienstverband, D(2025, 2, 15));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.ZiekUitDienst && w.Message.Contains("no ziek-uit-dienst report is owed"));
    }

    [Fact]
    public void V3_employment_ending_on_day_42_is_the_last_day_of_the_window()
    {
        // Last day Sun 16 Feb 2025 = S + 41, the last day of the window: due 16 Feb. Last working day Fri 14 Feb: 40 days,
        // no RIV.
        var @case = SicknessCase
            .Builder("V3", Day1)
            .Vangnet(VangnetCodes.NoRiskpolis)
            .EmploymentEndsOn(D(2025, 2, 16))
            .LastWorkingDay(D(2025, 2, 14))
            .Build();
        var a = Assess(@case, D(2025, 2, 10));

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 16), ObligationStatus.Open, sequence: 1);
        a.Obligation(ObligationCodes.ReIntegratieverslag).Status.Should().Be(ObligationStatus.NotApplicable);
    }

    [Fact]
    public void V4_employment_ending_on_day_43_keeps_the_six_week_date_and_owes_the_RIV()
    {
        // Last day and last working day Mon 17 Feb 2025 = S + 42, after the window: the six-week date S + 42 = 17 Feb
        // (both readings agree). RIV: 6 Jan .. 17 Feb = 43 days >= 42 -> due 17 Feb (38 lid 2, kept by lid 4).
        var @case = SicknessCase.Builder("V4", Day1).Vangnet(VangnetCodes.NoRiskpolis).EmploymentEndsOn(D(2025, 2, 17)).Build();
        var a = Assess(@case, D(2025, 2, 10));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Open, sequence: 1);
        a.Obligation(ObligationCodes.VangnetZiekmelding).Explanation.Should().NotContain("last day of employment");
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 2, 17), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 17), ObligationStatus.NotApplicable);
    }

    [Fact]
    public void V5_employment_ending_on_day_54_owes_the_report_after_six_weeks_and_the_RIV_on_the_last_working_day()
    {
        // Last working day = last day Fri 28 Feb 2025 = day 54 > S + 41: report S + 42 = 17 Feb; RIV 28 Feb (54 >= 42).
        var @case = SicknessCase.Builder("V5", Day1).Vangnet(VangnetCodes.NoRiskpolis).EmploymentEndsOn(D(2025, 2, 28)).Build();
        var a = Assess(@case, D(2025, 3, 1));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Overdue, sequence: 1);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.VangnetZiekmelding, Severity.High);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 2, 28), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 28), ObligationStatus.NotApplicable);
        // No 42nd-week report either (38 lid 4; day 295 is after the end of employment anyway).
        a.Obligation(ObligationCodes.UwvZiekmelding).Status.Should().Be(ObligationStatus.NotApplicable);
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.ZiekUitDienstMelding);
    }

    [Fact]
    public void V6_each_incapacity_is_reported_six_calendar_weeks_after_its_own_first_day()
    {
        // Sick 6..31 Jan 2025 (26 days), fit Sat 1 .. Sun 16 Feb (16 days < 28: samentelling), sick from Mon 17 Feb.
        // Report 1: S1 = 6 Jan, S1 + 42 = 17 Feb 2025 (a calendar term: the fit days do not move it).
        // Report 2: S2 = 17 Feb, S2 + 42 = Mon 31 Mar 2025.
        // The clock: day 27 = 17 Feb, day n = 17 Feb + (n - 27): day 42 = Tue 4 Mar 2025, day 637 = Tue 20 Oct 2026,
        // day 728 = Tue 19 Jan 2027.
        var @case = SicknessCase
            .Builder("V6", Day1)
            .Vangnet(VangnetCodes.NoRiskpolis)
            .SickUntil(D(2025, 1, 31))
            .SickAgainFrom(D(2025, 2, 17))
            .VangnetZiekmelding(D(2025, 2, 3))
            .Build();
        var a = Assess(@case, D(2025, 3, 10));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Fulfilled, D(2025, 2, 3), 1);
        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 3, 31), ObligationStatus.Open, sequence: 2);
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 3, 4), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 20), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 19));
    }

    [Fact]
    public void V6b_the_report_is_owed_also_while_the_employee_is_fit_again()
    {
        // Sick 6..31 Jan 2025, fit since 1 Feb; asOf 10 Feb (10 fit days, interrupted). The report of 6 Jan is due
        // 17 Feb whatever follows (38a lid 3; lid 6 even forbids the recovery report before it): open, not suspended.
        var @case = SicknessCase.Builder("V6b", Day1).Vangnet(VangnetCodes.NoRiskpolis).SickUntil(D(2025, 1, 31)).Build();
        var a = Assess(@case, D(2025, 2, 10));

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Open, sequence: 1);
        // Recovered for good (28 fit days by 28 Feb): the report is still owed, and overdue on 1 Mar.
        var later = Assess(@case, D(2025, 3, 1));
        later.Wachttijd.State.Should().Be(WachttijdState.EndedRecovered);
        later.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Overdue, sequence: 1);
    }

    [Fact]
    public void V8_organ_donation_is_reported_after_six_weeks_or_on_the_last_day_of_employment()
    {
        // Orgaandonatie (29 lid 2 onder e), S = Wed 1 Oct 2025. A: S + 42 = Wed 12 Nov 2025. B: employment ends Fri
        // 31 Oct 2025 = S + 30, within the window: due 31 Oct. (Not the "4 werkdagen" of one practitioner page: the
        // statute puts onderdeel e in the six-week group.)
        var start = D(2025, 10, 1);
        var a = Assess(SicknessCase.Builder("V8a", start).Vangnet(VangnetCodes.Orgaandonatie).Build(), D(2025, 10, 15));
        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 11, 12), ObligationStatus.Open, sequence: 1);
        a.Obligation(ObligationCodes.VangnetZiekmelding).Explanation.Should().Contain("art. 29 lid 2 onder e");

        var b = Assess(
            SicknessCase.Builder("V8b", start).Vangnet(VangnetCodes.Orgaandonatie).EmploymentEndsOn(D(2025, 10, 31)).Build(),
            D(2025, 10, 15)
        );
        b.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 10, 31), ObligationStatus.Open, sequence: 1);
    }

    [Fact]
    public void P1_pregnancy_before_the_leave_then_sickness_from_the_birth_after_it()
    {
        // 29a lid 1 from D = 6 Jan 2025 until the leave; Wazo leave Tue 20 May .. Mon 8 Sep 2025; sick again from Tue 9 Sep
        // because of the birth (29a lid 4). The periods adjoin the leave, so they are one case (samentelling, limb b).
        // Report 1 (38a lid 3): 6 Jan + 42 = Mon 17 Feb 2025. Nothing during the leave.
        // Report 2 (38a lid 2 onder a): R = 9 Sep, the fourth day R + 3 = Fri 12 Sep 2025.
        // Clock: 6 Jan .. 19 May = 134 counted days; day 135 = 9 Sep; day n = 9 Sep + (n - 135):
        // day 295 = Mon 16 Feb 2026 (not owed, 38 lid 4), EJE day 364 = Sun 26 Apr 2026, RIV day 637 = Sun 24 Jan 2027,
        // WIA application day 651 = Sun 7 Feb 2027, last day 728 = Sun 25 Apr 2027.
        var @case = SicknessCase
            .Builder("P1", Day1)
            .Vangnet(VangnetCodes.Zwangerschap)
            .SickUntil(D(2025, 5, 19))
            .ZwangerschapsBevallingsverlof(D(2025, 5, 20), D(2025, 9, 8))
            .SickAgainFrom(D(2025, 9, 9))
            .VangnetZiekmelding(D(2025, 2, 10))
            .Build();
        var a = Assess(@case, D(2025, 9, 10));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Fulfilled, D(2025, 2, 10), 1);
        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 9, 12), ObligationStatus.Open, sequence: 2);
        a.Obligation(ObligationCodes.VangnetZiekmelding, 1).LegalBasis.Citation.Should().Be("Ziektewet, art. 38a lid 3");
        a.Obligation(ObligationCodes.VangnetZiekmelding, 2).LegalBasis.Citation.Should().Be("Ziektewet, art. 38a lid 2 onder a");
        a.Obligation(ObligationCodes.VangnetZiekmelding, 2).Explanation.Should().Contain("art. 29a lid 4");
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 2, 16), ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 4, 26), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 1, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 2, 7), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 25));
        // Issue 24 point 1, BW 7:670 lid 1 second sentence: the 134 counted days before the leave (pregnancy, 29a lid 1) and
        // the leave do not count toward the ban; its two years count from Tue 9 Sep 2025, no 29 February up to counted
        // day 731: N = 730, 9 Sep 2025 + 729 = Wed 8 Sep 2027 (was counted day 730 of the wachttijd, 27 Apr 2027).
        a.ShouldHaveMilestone(MilestoneCodes.EindeOpzegverbod, D(2027, 9, 8));
        a.Milestone(MilestoneCodes.EindeOpzegverbod)
            .Explanation.Should()
            .Contain("the 134 counted days of incapacity caused by the pregnancy")
            .And.NotContain("the case records no cause");

        Golden.Verify("p1-vangnet-zwangerschap-bevalling-2025-09-10", AssessmentText.Render(a));
    }

    [Fact]
    public void P1b_sick_through_the_leave_in_one_period_gives_the_same_two_reports()
    {
        // As P1, but one open period from 6 Jan with the leave inside it: the first day after the leave, 9 Sep, starts the
        // 29a lid 4 claim all the same: reports 17 Feb and 12 Sep 2025.
        var @case = SicknessCase
            .Builder("P1b", Day1)
            .Vangnet(VangnetCodes.Zwangerschap)
            .ZwangerschapsBevallingsverlof(D(2025, 5, 20), D(2025, 9, 8))
            .Build();
        var a = Assess(@case, D(2025, 5, 1));

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Overdue, sequence: 1);
        // Projected: the leave is known, and the employee is assumed to stay sick after it.
        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 9, 12), ObligationStatus.Open, sequence: 2);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 25));
    }

    [Fact]
    public void P1c_a_voluntary_extension_in_a_pregnancy_case_is_applied_as_granted_with_a_warning()
    {
        // WIA 24 lid 1 onder a: UWV extends "tenzij ... artikel 29a, eerste of vierde lid ... van toepassing is". Issue 24
        // point 4: no article makes a grant UWV gave anyway void, and BW 7:629 lid 11 onder b extends the 104 weeks by the
        // period UWV fixed, so the grant is applied (was: ignored, last day 3 Jan 2027) with a warning that cites the bar:
        // last day 30 Jun 2027; the RIV counts back 13 weeks (91 days) from it: 31 Mar 2027 (WIA art. 25 lid 4 onder a).
        var @case = SicknessCase.Builder("P1c", Day1).Vangnet(VangnetCodes.Zwangerschap).Verlenging(D(2026, 9, 1), D(2027, 6, 30)).Build();
        var a = Assess(@case, D(2026, 9, 15));
        using var scope = new AssertionScope();

        a.Wachttijd.LastDay.Should().Be(D(2027, 6, 30));
        a.Wachttijd.Extensions.Select(e => e.Code).Should().Equal(EventCodes.Verlenging);
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.EventIgnored);
        a.Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.ImplausibleEvent)
            .Which.Message.Should()
            .Contain("WIA art. 24 lid 1")
            .And.Contain("is applied as UWV decided it")
            .And.Contain("no article makes a granted extension void");
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 3, 31), ObligationStatus.Open);

        // The no-riskpolis (29b) is not named in WIA 24 lid 1 onder a: the same extension applies there.
        var noRisk = Assess(
            SicknessCase.Builder("P1c-29b", Day1).Vangnet(VangnetCodes.NoRiskpolis).Verlenging(D(2026, 9, 1), D(2027, 6, 30)).Build(),
            D(2026, 9, 15)
        );
        noRisk.Wachttijd.LastDay.Should().Be(D(2027, 6, 30));
    }

    [Fact]
    public void P4_sickness_from_the_birth_right_after_the_leave_is_reported_on_its_fourth_day()
    {
        // Fit before the leave; the leave ended Mon 8 Sep 2025; sick from Tue 9 Sep because of the birth (29a lid 4): a new
        // wachttijd from D = R = 9 Sep. Report R + 3 = Fri 12 Sep 2025. Analysis day 42 = Mon 20 Oct 2025, plan day 56 =
        // Mon 3 Nov 2025, day 295 = Tue 30 Jun 2026 (not owed), RIV day 637 = Mon 7 Jun 2027, last day 728 = Mon 6 Sep 2027.
        var r = D(2025, 9, 9);
        var @case = SicknessCase.Builder("P4", r).Vangnet(VangnetCodes.Bevalling).Build();
        var a = Assess(@case, D(2025, 9, 10));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 9, 12), ObligationStatus.Open, sequence: 1);
        a.Obligation(ObligationCodes.VangnetZiekmelding).LegalBasis.Citation.Should().Be("Ziektewet, art. 38a lid 2 onder a");
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 10, 20), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 11, 3), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 6, 30), ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 6, 7), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 9, 6));
    }

    [Fact]
    public void The_safety_net_report_stands_in_for_the_42nd_week_report_when_UWV_writes_late()
    {
        // No-riskpolis, reported 10 Feb 2025 (before day 567 = Sun 26 Jul 2026). UWV's letter was due by day 623 =
        // Sun 20 Sep 2026 and reached the employee Sat 10 Oct 2026: the application is on time within four weeks,
        // by Sat 7 Nov 2026 (WIA 64 lid 6), later than day 651 = 18 Oct 2026. Without a report on record: 18 Oct.
        const string json = """
            {
              "caseId": "V-64",
              "firstSickDay": "2025-01-06",
              "vangnet": "no-riskpolis",
              "events": [
                { "type": "vangnet-ziekmelding", "on": "2025-02-10" },
                { "type": "uwv-wia-brief", "on": "2026-10-10" }
              ]
            }
            """;
        var a = Assess(PoortwachterJson.ReadCaseOrThrow(json), D(2026, 10, 12));
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 11, 7), ObligationStatus.Open);
        a.Obligation(ObligationCodes.WiaAanvraag).Explanation.Should().Contain("art. 38a");

        var unreported = PoortwachterJson.ReadCaseOrThrow(
            json.Replace("vangnet-ziekmelding", "evaluatie", System.StringComparison.Ordinal)
        );
        Assess(unreported, D(2026, 10, 12)).ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
    }

    [Fact]
    public void A_case_without_a_safety_net_has_no_safety_net_report()
    {
        var a = Assess(SicknessCase.Builder("plain", Day1).Build(), D(2025, 3, 1));
        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.VangnetZiekmelding);
        a.Obligations.Select(o => o.Kind).Should().Contain(ObligationCodes.UwvZiekmelding);
    }
}
