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
/// Scenario 3, the 4-week boundary (BW 7:629 lid 10; ZW 38 lid 1; WIA 23 lid 3 "onderbreking van minder dan vier weken").
/// D = Monday 3 Mar 2025, sick through 13 Apr 2025 = counted days 1..42 (29 days in March + 13 in April).
/// Fit from 14 Apr: 27 fit days = 14 Apr..10 May (17 + 10); 28 fit days = 14 Apr..11 May.
/// </summary>
public sealed class TwentySevenFitDaysScenario
{
    // Without the gap: day 728 = 3 Mar 2025 + 727 = 28 Feb 2027; day n > 42 after the gap = no-gap date + 27.
    private static SicknessCase Case() =>
        SicknessCase
            .Builder("S03a", D(2025, 3, 3))
            .SickUntil(D(2025, 4, 13))
            .SickAgainFrom(D(2025, 5, 11)) // after 27 fit days: counted day 43
            .Probleemanalyse(D(2025, 4, 8)) // counted day 37
            .Build();

    [Fact]
    public void Sickness_after_27_fit_days_continues_the_same_wachttijd()
    {
        var a = Assess(Case(), D(2025, 6, 1));

        // countedDays = 42 + (11 May..1 Jun = 21 + 1 = 22) = 64; week = ceil(64 / 7) = 10 (7 x 9 = 63).
        // lastDay = 28 Feb 2027 + 27 = 27 Mar 2027; WIA 28 Mar 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 64, 10, D(2027, 3, 27), D(2027, 3, 28));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 3, 3), "the 27-day gap does not start a new wachttijd");
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);

        // day 42 = 3 Mar + 41 = 13 Apr 2025 (the last sick day before the gap); analysis 8 Apr -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 4, 13), ObligationStatus.Fulfilled, D(2025, 4, 8));
        // plan: 8 Apr + 14 CALENDAR days (interpretation.md) = 22 Apr 2025, which lies inside the gap; not done -> overdue.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 4, 22), ObligationStatus.Overdue);
        // day 295: 3 Mar 2025 + 294 = 22 Dec 2025; + 27 = 18 Jan 2026.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 1, 18), ObligationStatus.Open);
        // day 364: 3 Mar 2025 + 363 = 1 Mar 2026; + 27 = 28 Mar 2026.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 3, 28), ObligationStatus.Open);
        // day 637: 29 Nov 2026 + 27 = 26 Dec 2026.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 12, 26), ObligationStatus.Open);
        // day 651: 13 Dec 2026 + 27 = 9 Jan 2027.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 1, 9), ObligationStatus.Open);
        // day 623: 15 Nov 2026 + 27 = 12 Dec 2026; day 686: 27 Mar 2027 - 42 = 13 Feb 2027.
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 12, 12));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 2, 13));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 3, 27));

        Golden.Verify("s03-gap-27-merged-2025-06-01", AssessmentText.Render(a));
    }

    [Fact]
    public void On_the_27th_fit_day_the_case_is_interrupted_not_ended()
    {
        // On 10 May 2025 the employee has been fit 14 Apr..10 May = 27 days (< 28): interrupted. The sickness from 11 May
        // is not known yet; the projection assumes sickness resumes on asOf + 1 = 11 May, which is what then happens,
        // so the projected dates equal those of the merged case above.
        var a = Assess(Case(), D(2025, 5, 10));

        // countedDays = 42 (the fit days do not count); week 6.
        a.ShouldHaveWachttijd(WachttijdState.Interrupted, 42, 6, D(2027, 3, 27), D(2027, 3, 28));
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 4, 13), ObligationStatus.Fulfilled, D(2025, 4, 8));
        // 22 Apr lies before asOf, so it is not suspended: overdue.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 4, 22), ObligationStatus.Overdue);
        // Deadlines ahead while interrupted: suspended.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 1, 18), ObligationStatus.Suspended);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 12, 26), ObligationStatus.Suspended);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 1, 9), ObligationStatus.Suspended);

        Golden.Verify("s03-gap-27-interrupted-2025-05-10", AssessmentText.Render(a));
    }
}

/// <summary>
/// Scenario 3, the other side of the boundary: 28 fit days (14 Apr..11 May 2025) end the case; sickness from 12 May 2025
/// starts a new wachttijd at day 1 = 12 May 2025 (interpretation.md: the engine reports the new day 1, warns
/// new-wachttijd and leaves out events dated before it).
/// </summary>
public sealed class TwentyEightFitDaysScenario
{
    private static SicknessCase Case() =>
        SicknessCase
            .Builder("S03b", D(2025, 3, 3))
            .SickUntil(D(2025, 4, 13))
            .SickAgainFrom(D(2025, 5, 12)) // after 28 fit days
            .Probleemanalyse(D(2025, 4, 8))
            .Build();

    [Fact]
    public void On_the_28th_fit_day_the_case_has_ended_by_recovery()
    {
        // asOf 11 May 2025: fit 14 Apr..11 May = 28 days -> ended-recovered; lastDay and wiaStart null.
        // The sickness from 12 May lies after asOf and is not known yet.
        var a = Assess(Case(), D(2025, 5, 11));

        // countedDays = 42 (3 Mar..13 Apr); week 6.
        a.ShouldHaveWachttijd(WachttijdState.EndedRecovered, 42, 6, null, null);
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 3, 3));
        // day 42 = 13 Apr, the last sick day; analysis made 8 Apr -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 4, 13), ObligationStatus.Fulfilled, D(2025, 4, 8));
        // plan due 22 Apr lies after the last sick day (13 Apr) of a recovered case -> not-applicable.
        a.Obligation(ObligationCodes.PlanVanAanpak).Status.Should().Be(ObligationStatus.NotApplicable);
        // Everything later is never reached -> not-applicable.
        foreach (
            var kind in new[]
            {
                ObligationCodes.UwvZiekmelding,
                ObligationCodes.Eerstejaarsevaluatie,
                ObligationCodes.ArbeidsdeskundigOnderzoek,
                ObligationCodes.Spoor2,
                ObligationCodes.ReIntegratieverslag,
                ObligationCodes.WiaAanvraag,
            }
        )
        {
            a.Obligation(kind).Status.Should().Be(ObligationStatus.NotApplicable, kind);
        }

        a.ShouldNotHaveMilestone(MilestoneCodes.EindeWachttijd);
        a.ShouldNotHaveMilestone(MilestoneCodes.WiaStart);

        Golden.Verify("s03-gap-28-recovered-2025-05-11", AssessmentText.Render(a));
    }

    [Fact]
    public void Sickness_after_28_fit_days_starts_a_new_wachttijd()
    {
        var a = Assess(Case(), D(2025, 6, 1));

        // New day 1 = 12 May 2025. countedDays = 12 May..1 Jun = 20 + 1 = 21; week 3.
        // lastDay = new day 728 = 12 May 2025 + 727 = 9 May 2027; WIA 10 May 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 21, 3, D(2027, 5, 9), D(2027, 5, 10));
        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 5, 12));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.NewWachttijd);

        // The analysis of 8 Apr belongs to the old case and is left out.
        // probleemanalyse: new day 42 = 12 May + 41 = 22 Jun 2025 -> open.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 6, 22), ObligationStatus.Open);
        // plan without an analysis: new day 56 = 12 May + 55 = 6 Jul 2025 -> open.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 7, 6), ObligationStatus.Open);
        // day 295 = 12 May 2025 + 294 = 2 Mar 2026.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2026, 3, 2), ObligationStatus.Open);
        // day 364 = 12 May 2025 + 363 = 10 May 2026.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 5, 10), ObligationStatus.Open);
        // day 637 = 9 May 2027 - 91 = 7 Feb 2027; day 651 = 9 May 2027 - 77 = 21 Feb 2027.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 2, 7), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 2, 21), ObligationStatus.Open);
        // day 623 = 12 May 2025 + 622 = 24 Jan 2027; day 686 = 9 May 2027 - 42 = 28 Mar 2027.
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2027, 1, 24));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 3, 28));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 5, 9));

        Golden.Verify("s03-gap-28-new-wachttijd-2025-06-01", AssessmentText.Render(a));
    }
}
