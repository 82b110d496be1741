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
/// Scenario 1, domain.md section 1's worked example: D = Monday 6 January 2025, sick without a break, nothing done.
/// With no interruption and no leave, counted day n is simply D + (n - 1) calendar days.
/// </summary>
public sealed class WorkedExampleScenario
{
    private static readonly LocalDate Day1 = D(2025, 1, 6);

    private static SicknessCase Case() => SicknessCase.Builder("S01", Day1).Build();

    [Fact]
    public void On_1_March_2025_the_analysis_is_overdue_and_everything_else_open()
    {
        var a = Assess(Case(), D(2025, 3, 1));

        // countedDays: 6..31 Jan = 26 days, Feb = 28, 1 Mar = 1 -> 55; week = ceil(55 / 7) = 8 (days 50..56).
        // lastDay = day 728 = 6 Jan 2025 + 727 days = 3 Jan 2027 (104 weeks, BW 7:629 lid 1); WIA starts the next day.
        a.ShouldHaveWachttijd(WachttijdState.Running, 55, 8, D(2027, 1, 3), D(2027, 1, 4));

        // probleemanalyse: "binnen zes weken" (Regeling art. 2 lid 2) = day 42 = 6 Jan + 41 = 16 Feb 2025; not done, 1 Mar is later -> overdue.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.Probleemanalyse, Severity.High);

        // plan-van-aanpak: no analysis on record -> day 56 = 6 Jan + 55 = 2 Mar 2025 (a Sunday, no rolling); 1 Mar <= 2 Mar -> open.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 2), ObligationStatus.Open);
        a.ShouldHaveWarning(WarningCodes.DueSoon, ObligationCodes.PlanVanAanpak, Severity.Warning);

        // evaluatie: no plan on record -> a single not-applicable entry.
        a.EvaluationCount().Should().Be(1);
        a.Obligation(ObligationCodes.Evaluatie).Status.Should().Be(ObligationStatus.NotApplicable);

        // uwv-ziekmelding: ZW 38 lid 1 "eerste dag nadat de ongeschiktheid 42 weken heeft geduurd" = day 42 x 7 + 1 = 295
        // = 6 Jan + 294 = 27 Oct 2025 -> open.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Open);

        // eerstejaarsevaluatie and arbeidsdeskundig onderzoek: day 364 (end of week 52) = 6 Jan 2025 + 363 = 4 Jan 2026 -> open.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2026, 1, 4), ObligationStatus.Open);

        // spoor-2: no geen-terugkeer conclusion -> not-applicable; dueBy shows the latest date E + 42 = day 364 + 42 = day 406
        // = 6 Jan 2025 + 405 = 15 Feb 2026. E (4 Jan 2026) is still ahead, so no spoor-2-decision warning yet.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 2, 15), ObligationStatus.NotApplicable);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2);

        // re-integratieverslag: 13 weeks before the end (WIA 25 lid 3) = day 728 - 91 = 637 = 6 Jan 2025 + 636 = 4 Oct 2026 -> open.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);

        // wia-aanvraag: 11 weeks before the end (WIA 64 lid 3) = day 728 - 77 = 651 = 6 Jan 2025 + 650 = 18 Oct 2026 -> open.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);

        // uwv-wia-brief: 89 weeks = day 623 = 6 Jan 2025 + 622 = 20 Sep 2026 (WIA 64 lid 2).
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 9, 20));
        // loonsanctie-beslissing: 6 weeks before the end (WIA 25 lid 10) = day 728 - 42 = 686 = 3 Jan 2027 - 42 = 22 Nov 2026.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2027, 1, 4));

        Golden.Verify("s01-worked-example-2025-03-01", AssessmentText.Render(a));
    }

    [Fact]
    public void On_1_February_2027_nothing_done_every_deadline_is_overdue()
    {
        var a = Assess(Case(), D(2027, 2, 1));

        // Every past deadline, not done -> overdue (dates as on 1 Mar 2025; a late WIA application does not move the
        // RIV or the application term -- WIA 64 lid 3 only moves for a voluntary extension under art. 24).
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 3, 2), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2026, 1, 4), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Overdue);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Overdue);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.UwvZiekmelding, Severity.High);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.ReIntegratieverslag, Severity.High);
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.WiaAanvraag, Severity.High);
        // The application is still missing on 1 Feb 2027, so it can come on 2 Feb at the earliest: 18 Oct 2026 -> 2 Feb 2027
        // = 107 days late (issue 12 point 7: the end is open until the application is made).
        a.Warnings.Should()
            .Contain(w =>
                w.Kind == WarningCodes.WagePeriodExtended && w.Message.Contains("107 day(s) late", System.StringComparison.Ordinal)
            );
        a.Wachttijd.IsLastDayOpen.Should().BeTrue();

        // spoor-2 without a conclusion: not-applicable, dueBy E + 42 = 15 Feb 2026 has passed -> spoor-2-decision warning, high.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 2, 15), ObligationStatus.NotApplicable);
        a.ShouldHaveWarning(WarningCodes.Spoor2Decision, ObligationCodes.Spoor2, Severity.High);

        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 9, 20)); // day 623, unchanged
    }

    /// <summary>
    /// BW 7:629 lid 11 onder a extends the 104 weeks "met de duur van de vertraging"; on 1 Feb 2027 the application is
    /// still missing, so the wage period has certainly not ended on 3 Jan 2027. The end is open until the application is
    /// made (issue 12 point 7); the engine shows the earliest end still possible, for an application made on 2 Feb 2027,
    /// the day after the assessment date (one made on 1 Feb itself would be on record), and says the end is open.
    /// </summary>
    [Fact]
    public void On_1_February_2027_the_missing_WIA_application_keeps_the_wage_period_running()
    {
        var a = Assess(Case(), D(2027, 2, 1));

        // Application due day 651 = 18 Oct 2026, still missing on 1 Feb 2027; made on 2 Feb at the earliest:
        // delay = 13 (19..31 Oct) + 30 (Nov) + 31 (Dec) + 31 (Jan) + 2 (1..2 Feb) = 107 days.
        // lastDay >= 3 Jan 2027 + 107 = 20 Apr 2027 (= 2 Feb 2027 + 77); WIA from 21 Apr 2027. 1 Feb 2027 lies before that
        // and the employee is sick -> running. countedDays 6 Jan 2025..1 Feb 2027 = 728 + 29 = 757, within the extended
        // period; week = ceil(757 / 7) = 109 (7 x 108 = 756).
        a.ShouldHaveWachttijd(WachttijdState.Running, 757, 109, D(2027, 4, 20), D(2027, 4, 21));
        a.Wachttijd.IsLastDayOpen.Should().BeTrue();
        // loonsanctie-beslissing: 6 weeks before the end of the period of BW 7:629 lid 11 onder a (WIA 25 lid 10, second
        // sentence) = 20 Apr 2027 - 42 = 9 Mar 2027.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 3, 9));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 4, 20));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2027, 4, 21));

        Golden.Verify("s01-worked-example-2027-02-01", AssessmentText.Render(a));
    }
}
