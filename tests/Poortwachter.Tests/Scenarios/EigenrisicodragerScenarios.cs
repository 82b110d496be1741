using FluentAssertions;
using FluentAssertions.Execution;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Issue 17, group 3: the eigenrisicodrager ZW and the eigenrisicodrager WGA. Derived by hand from the statute before the
/// engine was run:
/// <list type="bullet">
/// <item>Ziektewet (BWBR0001888) art. 38 lid 2: the ziek-uit-dienst report binds every employer; only the RIV on the last
/// working day is for "de werkgever, die geen eigenrisicodrager is" (eigenrisicodrager = ERD ZW, art. 1 lid 1 onder
/// h);</item>
/// <item>WIA (BWBR0019057) art. 26 lid 2 and Ziektewet art. 63a lid 1: the ERD ZW keeps WIA 25 lid 1, 2, 3, 5-8 for its
/// former employee, so the plan, the evaluations and the RIV of day 637 stay due after employment ends; the 42nd-week
/// report (ZW 38 lid 1) binds only the employer who owes wage on day 295;</item>
/// <item>WIA art. 85: the ERD WGA is exempt from the reports of ZW 38 (lid 1) and makes the same two reports instead,
/// "uiterlijk 42 weken nadat de ongeschiktheid ... zijn verstreken" (lid 2, day 295) and "op de laatste werkdag voordat
/// de dienstbetrekking eindigt" (lid 3). The dates do not change; nothing else does.</item>
/// </list>
/// D = Monday 6 Jan 2025, sick throughout unless stated: counted day n = D + (n - 1); day 295 = Mon 27 Oct 2025,
/// day 364 = Sun 4 Jan 2026, day 637 = Sun 4 Oct 2026, day 651 = Sun 18 Oct 2026, day 686 = Sun 22 Nov 2026,
/// day 728 = Sun 3 Jan 2027.
/// </summary>
public sealed class EigenrisicodragerScenarios
{
    private static readonly LocalDate Day1 = D(2025, 1, 6);

    [Fact]
    public void E1_an_eigenrisicodrager_ZW_that_keeps_the_employee_has_the_textbook_dates()
    {
        var a = Assess(SicknessCase.Builder("E1", Day1).EigenrisicodragerZw().Build(), D(2025, 3, 1));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Open);
        a.Obligation(ObligationCodes.UwvZiekmelding).LegalBasis.Citation.Should().Be("Ziektewet, art. 38 lid 1");
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.ZiekUitDienstMelding);
    }

    [Fact]
    public void E2_an_eigenrisicodrager_ZW_keeps_the_reintegration_duties_after_employment_ends()
    {
        // Temporary contract: last working day = last day Mon 31 Mar 2025 (day 85). Ziek-uit-dienst report due 31 Mar
        // (owed: no exception for the ERD ZW). No RIV on that day although 85 >= 42 (ERD ZW). Continuing (WIA 26 lid 2):
        // evaluations, EJE day 364 = 4 Jan 2026, RIV day 637 = 4 Oct 2026; WIA application day 651 = 18 Oct 2026. The
        // 42nd-week report (day 295 = 27 Oct 2025) is not owed: no wage on day 295.
        var @case = SicknessCase
            .Builder("E2", Day1)
            .EigenrisicodragerZw()
            .EmploymentEndsOn(D(2025, 3, 31))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20))
            .ZiekUitDienstMelding(D(2025, 3, 31))
            .Build();
        var a = Assess(@case, D(2026, 1, 10));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 3, 31), ObligationStatus.Fulfilled, D(2025, 3, 31));
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.UwvZiekmelding).Explanation.Should().Contain("WIA art. 26 lid 2");
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        // Past the EJE date (4 Jan 2026) on 10 Jan 2026, not held -> overdue, and the spoor-2 decision is asked for.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.Overdue);
        a.Obligation(ObligationCodes.Evaluatie, 1).Status.Should().Be(ObligationStatus.Overdue);
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.Spoor2Decision);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.ZiekUitDienst && w.Message.Contains("keeps its re-integration duties"));

        // Contrast, no flag: the RIV is due on the last working day, and the later employer duties lapse.
        var plain = Assess(SicknessCase.Builder("E2-plain", Day1).EmploymentEndsOn(D(2025, 3, 31)).Build(), D(2026, 1, 10));
        plain.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 3, 31), ObligationStatus.Overdue);
        plain.Obligation(ObligationCodes.Eerstejaarsevaluatie).Status.Should().Be(ObligationStatus.NotApplicable);
    }

    [Fact]
    public void E3_an_eigenrisicodrager_ZW_whose_employee_leaves_in_week_5_still_owes_the_analysis_and_the_plan()
    {
        // Employment ends Tue 4 Feb 2025 (day 30): ziek-uit-dienst report 4 Feb; no RIV then (< 6 weeks and ERD).
        // Still owed by the ERD: probleemanalyse day 42 = Sun 16 Feb 2025, plan day 56 = Sun 2 Mar 2025, RIV 4 Oct 2026.
        var a = Assess(SicknessCase.Builder("E3", Day1).EigenrisicodragerZw().EmploymentEndsOn(D(2025, 2, 4)).Build(), D(2025, 2, 10));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 4), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 2), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
    }

    [Fact]
    public void E4_a_gap_after_the_end_of_employment_moves_the_continuing_duties()
    {
        // As E2, with fit days Tue 1 .. Sun 20 Apr 2025 (20 < 28: one case, ZW 63d) and sick again from Mon 21 Apr: day 86 =
        // 21 Apr, day n = 21 Apr + (n - 86), every date 20 days later: EJE day 364 = Sat 24 Jan 2026, RIV day 637 =
        // Sat 24 Oct 2026, WIA application day 651 = Sat 7 Nov 2026, last day 728 = Sat 23 Jan 2027.
        var @case = SicknessCase
            .Builder("E4", Day1)
            .EigenrisicodragerZw()
            .EmploymentEndsOn(D(2025, 3, 31))
            .SickUntil(D(2025, 3, 31))
            .SickAgainFrom(D(2025, 4, 21))
            .Build();
        var a = Assess(@case, D(2025, 5, 1));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 24), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 11, 7), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 23));
    }

    [Fact]
    public void E5_an_eigenrisicodrager_WGA_makes_the_42nd_week_report_under_WIA_85_on_the_same_day()
    {
        // WIA 85 lid 2: "uiterlijk 42 weken nadat de ongeschiktheid ... zijn verstreken" = day 295 = Mon 27 Oct 2025 (read
        // like ZW 38 lid 1; the other reading, day 294, is not taken). Everything else unchanged.
        var a = Assess(SicknessCase.Builder("E5", Day1).EigenrisicodragerWga().Build(), D(2025, 10, 1));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Open);
        var report = a.Obligation(ObligationCodes.UwvZiekmelding);
        report.LegalBasis.Citation.Should().Be("Wet werk en inkomen naar arbeidsvermogen, art. 85 lid 2");
        report.Explanation.Should().Contain("WIA art. 85 lid 1");
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
    }

    [Fact]
    public void E6_an_eigenrisicodrager_WGA_reports_on_the_last_working_day_under_WIA_85_and_owes_the_RIV_then()
    {
        // Last working day = last day Mon 31 Mar 2025: the report under WIA 85 lid 3; the RIV due 31 Mar (ZW 38 lid 2
        // exempts only an ERD ZW); afterwards the employer's duties lapse, as without the flag.
        var a = Assess(SicknessCase.Builder("E6", Day1).EigenrisicodragerWga().EmploymentEndsOn(D(2025, 3, 31)).Build(), D(2025, 3, 15));
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 3, 31), ObligationStatus.Open);
        a.Obligation(ObligationCodes.ZiekUitDienstMelding)
            .LegalBasis.Citation.Should()
            .Be("Wet werk en inkomen naar arbeidsvermogen, art. 85 lid 3");
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 3, 31), ObligationStatus.Open);
        a.Obligation(ObligationCodes.Eerstejaarsevaluatie).Status.Should().Be(ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.UwvZiekmelding)
            .LegalBasis.Citation.Should()
            .Be("Wet werk en inkomen naar arbeidsvermogen, art. 85 lid 2");
    }

    [Fact]
    public void E7_both_flags_report_under_WIA_85_owe_no_RIV_at_the_end_and_keep_the_duties()
    {
        var a = Assess(
            SicknessCase.Builder("E7", Day1).EigenrisicodragerZw().EigenrisicodragerWga().EmploymentEndsOn(D(2025, 3, 31)).Build(),
            D(2025, 3, 15)
        );
        using var scope = new AssertionScope();

        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 3, 31), ObligationStatus.Open);
        a.Obligation(ObligationCodes.ZiekUitDienstMelding)
            .LegalBasis.Citation.Should()
            .Be("Wet werk en inkomen naar arbeidsvermogen, art. 85 lid 3");
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.Open);
    }

    [Fact]
    public void A_safety_net_case_of_an_eigenrisicodrager_ZW_is_carried_by_UWV_after_employment_ends()
    {
        // No-riskpolis (29b) and ERD ZW, employment ends Mon 31 Mar 2025: WIA 26 lid 2 keeps the ERD's duties only for
        // ZW 29 lid 2 onder a, b and c, so UWV takes over as usual: the EJE (4 Jan 2026) lapses. The RIV on the last
        // working day is not owed under the literal reading of ZW 38 lid 2 ("die geen eigenrisicodrager is").
        var a = Assess(
            SicknessCase
                .Builder("E-vangnet", Day1)
                .EigenrisicodragerZw()
                .Vangnet(VangnetCodes.NoRiskpolis)
                .EmploymentEndsOn(D(2025, 3, 31))
                .Build(),
            D(2025, 3, 15)
        );
        using var scope = new AssertionScope();

        a.Obligation(ObligationCodes.Eerstejaarsevaluatie).Status.Should().Be(ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.ReIntegratieverslag).Status.Should().Be(ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.VangnetZiekmelding, D(2025, 2, 17), ObligationStatus.Overdue, sequence: 1);
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 3, 31), ObligationStatus.NotApplicable);
        a.Wachttijd.State.Should().Be(WachttijdState.Running);
    }
}
