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
/// Scenario 9: a loonsanctie (WIA 25 lid 9-14). D = 6 Jan 2025, sick throughout, no leave: day 728 = 3 Jan 2027.
/// Everything is done on time, including the WIA application, so no late-application extension applies.
/// </summary>
public sealed class LoonsanctieScenario
{
    private static CaseBuilder Base(string id) =>
        SicknessCase
            .Builder(id, D(2025, 1, 6))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20))
            .UwvZiekmelding(D(2025, 10, 20))
            .ArbeidsdeskundigOnderzoek(D(2025, 12, 1))
            .Eerstejaarsevaluatie(D(2025, 12, 15))
            .ReIntegratieverslag(D(2026, 9, 25))
            .WiaAanvraag(D(2026, 10, 10))
            .Loonsanctie(D(2026, 11, 20), 12); // before the end and before 22 Nov 2026 (6 weeks before the end)

    [Fact]
    public void Twelve_weeks_decided_before_the_end_extend_the_last_day_by_84_days()
    {
        var a = Assess(Base("S09a").Build(), D(2026, 12, 1));

        // lastDay = 3 Jan 2027 + 12 x 7 = 84 days = 28 Mar 2027 (no leave during the sanction); WIA 29 Mar 2027.
        // countedDays 6 Jan 2025..1 Dec 2026 = 695; week = ceil(695 / 7) = 100 (7 x 99 = 693).
        a.ShouldHaveWachttijd(WachttijdState.Running, 695, 100, D(2027, 3, 28), D(2027, 3, 29));
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 9, 25));
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Fulfilled, D(2026, 10, 10));
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, D(2025, 10, 20));
        // loonsanctie-beslissing: 42 days before the end BEFORE the loonsanctie = 3 Jan 2027 - 42 = 22 Nov 2026.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 3, 28));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2027, 3, 29));

        Golden.Verify("s09a-loonsanctie-12-weeks-2026-12-01", AssessmentText.Render(a));
    }

    [Fact]
    public void A_bekorting_ends_the_sanction_42_days_after_UWVs_finding_when_that_is_earlier()
    {
        var a = Assess(Base("S09b").Bekorting(D(2027, 1, 20)).Build(), D(2027, 2, 1));

        // WIA 25 lid 14: the sanction ends 6 weeks after the finding: 20 Jan 2027 + 42 = 3 Mar 2027, earlier than 28 Mar.
        // countedDays 6 Jan 2025..1 Feb 2027 = 757 (within the extended period); week 109.
        a.ShouldHaveWachttijd(WachttijdState.Running, 757, 109, D(2027, 3, 3), D(2027, 3, 4));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 3, 3));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2027, 3, 4));

        Golden.Verify("s09b-loonsanctie-bekorting-2027-02-01", AssessmentText.Render(a));
    }

    [Fact]
    public void A_late_bekorting_does_not_lengthen_the_sanction()
    {
        // Finding on 1 Mar 2027: 1 Mar + 42 = 12 Apr 2027, later than the 12-week end of 28 Mar -> lastDay stays 28 Mar 2027.
        var a = Assess(Base("S09c").Bekorting(D(2027, 3, 1)).Build(), D(2027, 3, 1));

        // countedDays 6 Jan 2025..1 Mar 2027 = 757 + 28 = 785; week = ceil(785 / 7) = 113 (7 x 112 = 784).
        a.ShouldHaveWachttijd(WachttijdState.Running, 785, 113, D(2027, 3, 28), D(2027, 3, 29));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 3, 28));

        Golden.Verify("s09c-loonsanctie-late-bekorting-2027-03-01", AssessmentText.Render(a));
    }
}

/// <summary>
/// Scenario 10: voluntary extension (WIA 24). D = 6 Jan 2025: statutory end 3 Jan 2027. UWV extends to 4 Jul 2027
/// (182 days = 26 weeks later). The RIV (WIA 25 lid 4 a) and the WIA application (WIA 64 lid 3) then count back
/// 13 and 11 weeks from the new end; no leave or interruption after asOf, so counted = calendar days.
/// </summary>
public sealed class VerlengingScenario
{
    private static CaseBuilder Base(string id) =>
        SicknessCase
            .Builder(id, D(2025, 1, 6))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20))
            .UwvZiekmelding(D(2025, 10, 20))
            .ArbeidsdeskundigOnderzoek(D(2025, 12, 1))
            .Eerstejaarsevaluatie(D(2025, 12, 15));

    [Fact]
    public void The_RIV_and_the_WIA_application_count_back_from_the_new_end()
    {
        var a = Assess(Base("S10a").Verlenging(D(2026, 9, 1), D(2027, 7, 4)).Build(), D(2026, 10, 1));

        // countedDays 6 Jan 2025..1 Oct 2026 = 634; week = ceil(634 / 7) = 91 (7 x 90 = 630).
        a.ShouldHaveWachttijd(WachttijdState.Running, 634, 91, D(2027, 7, 4), D(2027, 7, 5));
        // RIV = 4 Jul 2027 - 91 = 4 Apr 2027; WIA application = 4 Jul 2027 - 77 = 18 Apr 2027; both open.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2027, 4, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 4, 18), ObligationStatus.Open);
        // loonsanctie-beslissing: 6 weeks before the extended end (WIA 25 lid 10) = 4 Jul 2027 - 42 = 23 May 2027.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2027, 5, 23));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 7, 4));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2027, 7, 5));

        Golden.Verify("s10a-verlenging-2026-10-01", AssessmentText.Render(a));
    }

    [Fact]
    public void A_RIV_made_before_the_extension_is_judged_on_the_old_term_and_needs_a_supplement()
    {
        // RIV made 15 Aug 2026, before the extension of 1 Sep 2026: judged on the original day 637 = 4 Oct 2026 -> fulfilled;
        // WIA 25 lid 4 onder b: it must be supplemented by 4 Jul 2027 - 91 = 4 Apr 2027 (warning riv-supplement).
        var a = Assess(Base("S10b").ReIntegratieverslag(D(2026, 8, 15)).Verlenging(D(2026, 9, 1), D(2027, 7, 4)).Build(), D(2026, 10, 1));

        a.ShouldHaveWachttijd(WachttijdState.Running, 634, 91, D(2027, 7, 4), D(2027, 7, 5));
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 8, 15));
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.RivSupplement);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2027, 4, 18), ObligationStatus.Open);

        Golden.Verify("s10b-verlenging-riv-supplement-2026-10-01", AssessmentText.Render(a));
    }
}

/// <summary>
/// Late WIA application on record (BW 7:629 lid 11 onder a; interpretation.md "the end", step 2). D = 6 Jan 2025: the
/// application is due on day 651 = 18 Oct 2026 and is made on 1 Nov 2026, 14 days late.
/// </summary>
public sealed class LateWiaAanvraagScenario
{
    [Fact]
    public void A_late_application_extends_the_wage_period_by_the_delay()
    {
        var @case = SicknessCase.Builder("S16", D(2025, 1, 6)).ReIntegratieverslag(D(2026, 9, 25)).WiaAanvraag(D(2026, 11, 1)).Build();
        var a = Assess(@case, D(2026, 11, 15));

        // delay = 18 Oct -> 1 Nov 2026 = 14 days; lastDay = 3 Jan 2027 + 14 = 17 Jan 2027; WIA from 18 Jan 2027.
        // countedDays 6 Jan 2025..15 Nov 2026 = 679; week = ceil(679 / 7) = 97 (7 x 97 = 679 exactly).
        a.ShouldHaveWachttijd(WachttijdState.Running, 679, 97, D(2027, 1, 17), D(2027, 1, 18));
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.FulfilledLate, D(2026, 11, 1));
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Fulfilled, D(2026, 9, 25));
        // loonsanctie-beslissing: 6 weeks before the end of the BW 7:629 lid 11 a period (WIA 25 lid 10, second sentence):
        // 17 Jan 2027 - 42 = 6 Dec 2026.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 12, 6));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 17));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2027, 1, 18));
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 9, 20)); // day 623 = 6 Jan 2025 + 622

        Golden.Verify("s16-late-wia-aanvraag-2026-11-15", AssessmentText.Render(a));
    }
}
