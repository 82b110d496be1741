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
/// Scenario 11, ziek uit dienst (ZW 38 lid 2): employment ends while the employee is sick. The employer reports to UWV on
/// the last day of employment; if at least six weeks lie between day 1 and that day (interpretation.md: 42 or more
/// calendar days, day 1 and the last day both counted) the RIV is due on that day too. Employer obligations due after it
/// do not arise; the WIA application is the employee's and stays due on day 651. The wachttijd goes on (UWV takes over).
/// D = Monday 6 Jan 2025, sick throughout: day n = D + (n - 1); day 651 = 18 Oct 2026; day 728 = 3 Jan 2027.
/// </summary>
public sealed class ZiekUitDienstScenarios
{
    private static readonly LocalDate Day1 = D(2025, 1, 6);

    [Fact]
    public void Employment_ending_on_day_100_brings_the_report_and_the_RIV_forward()
    {
        // Last day of employment: day 100 = 6 Jan + 99 = 15 Apr 2025 (100 days >= 42, so the RIV is owed).
        var @case = SicknessCase
            .Builder("S11a", Day1)
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20)) // day 46
            .Evaluatie(D(2025, 4, 1)) // day 86
            .ReIntegratieverslag(D(2025, 4, 14))
            .EmploymentEndsOn(D(2025, 4, 15))
            .Build();
        var a = Assess(@case, D(2025, 5, 1));

        // countedDays = 26 + 28 + 31 + 30 + 1 = 116; week = ceil(116 / 7) = 17. The wachttijd goes on: lastDay 3 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 116, 17, D(2027, 1, 3), D(2027, 1, 4));
        // ziek-uit-dienst-melding (ZW 38 lid 2): the last working day, here the last day of employment 15 Apr 2025; not
        // done -> overdue, high. The 42nd-week report (lid 1, day 295 = 27 Oct 2025) is owed only by an employer who
        // still owes wage then: employment ended first -> not-applicable (issue 12 point 1).
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 4, 15), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.ZiekUitDienstMelding, Severity.High);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        // re-integratieverslag: due 15 Apr 2025 (earlier than day 637); made 14 Apr -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 4, 15), ObligationStatus.Fulfilled, D(2025, 4, 14));
        // Before the end: analysis (16 Feb), plan (24 Feb), evaluatie #1 (day 88 = 3 Apr) all fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Fulfilled, D(2025, 2, 10));
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 2, 24), ObligationStatus.Fulfilled, D(2025, 2, 20));
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 4, 3), ObligationStatus.Fulfilled, D(2025, 4, 1), sequence: 1);
        // evaluatie #2 would be day 86 + 42 = 128 = 13 May 2025, after the employment ended -> not-applicable.
        a.Obligation(ObligationCodes.Evaluatie, 2).Status.Should().Be(ObligationStatus.NotApplicable);
        // Employer obligations due after 15 Apr 2025 -> not-applicable.
        a.Obligation(ObligationCodes.Eerstejaarsevaluatie).Status.Should().Be(ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.ArbeidsdeskundigOnderzoek).Status.Should().Be(ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.Spoor2).Status.Should().Be(ObligationStatus.NotApplicable);
        // The employee's WIA application stays due on day 651 = 18 Oct 2026 -> open.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeDienstverband, D(2025, 4, 15));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));

        Golden.Verify("s11a-ziek-uit-dienst-day-100-2025-05-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Employment_ending_on_day_30_owes_the_report_but_no_RIV()
    {
        // Last day of employment: day 30 = 6 Jan + 29 = 4 Feb 2025: 30 days < 42 -> no RIV under ZW 38 lid 2.
        var @case = SicknessCase.Builder("S11b", Day1).EmploymentEndsOn(D(2025, 2, 4)).Build();
        var a = Assess(@case, D(2025, 3, 1));

        // countedDays = 26 + 28 + 1 = 55; week 8.
        a.ShouldHaveWachttijd(WachttijdState.Running, 55, 8, D(2027, 1, 3), D(2027, 1, 4));
        // The ziek-uit-dienst report is due on the last day of employment; the 42nd-week report (day 295) is not owed.
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 4), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.ReIntegratieverslag).Status.Should().Be(ObligationStatus.NotApplicable);
        // Analysis (day 42 = 16 Feb) and plan (day 56 = 2 Mar) fall after 4 Feb -> not-applicable.
        a.Obligation(ObligationCodes.Probleemanalyse).Status.Should().Be(ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.PlanVanAanpak).Status.Should().Be(ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldHaveMilestone(MilestoneCodes.EindeDienstverband, D(2025, 2, 4));

        Golden.Verify("s11b-ziek-uit-dienst-day-30-2025-03-01", AssessmentText.Render(a));
    }

    [Fact]
    public void Employment_ending_on_day_42_is_exactly_six_weeks_and_owes_the_RIV()
    {
        // Last day 16 Feb 2025 = day 42: 6 Jan..16 Feb both counted = 42 days = six weeks -> RIV due 16 Feb 2025.
        var a = Assess(SicknessCase.Builder("S11c", Day1).EmploymentEndsOn(D(2025, 2, 16)).Build(), D(2025, 3, 1));

        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2025, 2, 16), ObligationStatus.Overdue);
        // The ziek-uit-dienst report is due on the last day of employment; the 42nd-week report (day 295) is not owed.
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 16), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        // The analysis is due on day 42 = 16 Feb, the last day of employment itself (not after it) -> still owed: overdue.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Overdue);
    }

    [Fact]
    public void Employment_ending_on_day_41_is_short_of_six_weeks_and_owes_no_RIV()
    {
        // Last day 15 Feb 2025 = day 41 < 42 -> no RIV; the report is due 15 Feb.
        var a = Assess(SicknessCase.Builder("S11d", Day1).EmploymentEndsOn(D(2025, 2, 15)).Build(), D(2025, 3, 1));

        a.Obligation(ObligationCodes.ReIntegratieverslag).Status.Should().Be(ObligationStatus.NotApplicable);
        // The ziek-uit-dienst report is due on the last day of employment; the 42nd-week report (day 295) is not owed.
        a.ShouldHaveObligation(ObligationCodes.ZiekUitDienstMelding, D(2025, 2, 15), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.Probleemanalyse).Status.Should().Be(ObligationStatus.NotApplicable);
    }
}

/// <summary>
/// Scenario 12: early recovery. D = 6 Jan 2025, sick 20 days (6..25 Jan), fully fit from 26 Jan; asOf 60 days after the
/// last sick day = 26 Mar 2025. Fit 26 Jan..26 Mar = 60 days >= 28: the case ended by recovery (BW 7:629 lid 10).
/// </summary>
public sealed class EarlyRecoveryScenario
{
    [Fact]
    public void A_case_that_ended_by_recovery_owes_nothing_and_has_no_last_day()
    {
        var @case = SicknessCase.Builder("S12", D(2025, 1, 6)).SickUntil(D(2025, 1, 25)).Build();
        var a = Assess(@case, D(2025, 3, 26));

        // countedDays = 20; week = ceil(20 / 7) = 3; lastDay and wiaStart null (interpretation.md).
        a.ShouldHaveWachttijd(WachttijdState.EndedRecovered, 20, 3, null, null);
        // Day 42 (the earliest term) is never reached: every obligation is not-applicable.
        a.Obligations.Should().NotBeEmpty();
        a.Obligations.Should().OnlyContain(o => o.Status == ObligationStatus.NotApplicable);
        a.ShouldNotHaveMilestone(MilestoneCodes.EindeWachttijd);
        a.ShouldNotHaveMilestone(MilestoneCodes.WiaStart);
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.Overdue);

        Golden.Verify("s12-early-recovery-2025-03-26", AssessmentText.Render(a));
    }
}
