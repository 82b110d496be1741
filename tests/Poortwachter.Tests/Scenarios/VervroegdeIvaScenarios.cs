using System;
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
/// Scenario 18, the early IVA: a shortened wachttijd (Wet WIA art. 23 lid 6, BWBR0019057): "Een verkorte wachttijd
/// bedraagt ten minste 13 weken en ten hoogste 78 weken. Het einde van een verkorte wachttijd wordt niet eerder vastgesteld
/// dan tien weken na de dag waarop de aanvraag daartoe is ingediend." The weeks are counted days (13 weeks = counted day
/// 91, 78 weeks = counted day 546); the ten weeks are calendar days from the application P (last day of the wachttijd at
/// least P + 70). A grant ends the wachttijd, not the employer's wage continuation (BW 7:629 lid 1 and 5): lastDay stays
/// counted day 728, wiaStart is the day after the shortened end. The RIV and the WIA application lapse (art. 66 lid 6,
/// lid 1), no loonsanctie follows, and an application made before the 42nd-week report is that report (ZW art. 38 lid 8).
/// Dates from the legal analysis of issue 17, topic 3 (scenarios I1-I9), derived by hand before the engine ran.
/// D = Mon 6 Jan 2025, sick throughout unless stated: counted day n = D + (n - 1); day 91 = Sun 6 Apr 2025, day 200 =
/// Thu 24 Jul 2025, day 295 = Mon 27 Oct 2025, day 364 = Sun 4 Jan 2026, day 476 = Sun 26 Apr 2026, day 546 = Sun 5 Jul
/// 2026, day 623 = Sun 20 Sep 2026, day 637 = Sun 4 Oct 2026, day 651 = Sun 18 Oct 2026, day 686 = Sun 22 Nov 2026, day
/// 728 = Sun 3 Jan 2027.
/// </summary>
public sealed class VervroegdeIvaScenarios
{
    private static readonly LocalDate Day1 = D(2025, 1, 6);

    // The application of I3: Thu 24 Jul 2025, counted day 200; P + 70 = Thu 2 Oct 2025, counted day 270 (> day 91).
    private static readonly LocalDate Applied = D(2025, 7, 24);
    private static readonly LocalDate EndI3 = D(2025, 10, 2);

    /// <summary>The case of I3 up to the application: analysis, plan and four evaluations, no 42nd-week report.</summary>
    private static CaseBuilder YearOne(string id) =>
        SicknessCase
            .Builder(id, Day1)
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20)) // counted day 46
            .Evaluatie(D(2025, 4, 1))
            .Evaluatie(D(2025, 5, 13))
            .Evaluatie(D(2025, 6, 24))
            .VervroegdeIvaAanvraag(Applied)
            .Evaluatie(D(2025, 8, 5)); // counted day 212

    [Fact]
    public void A_grant_in_the_first_year_ends_the_wachttijd_early_but_not_the_wage_continuation()
    {
        // I3: applied 24 Jul 2025 (day 200), UWV granted on Mon 15 Sep 2025 and fixed the end at P + 70 = Thu 2 Oct 2025.
        var @case = YearOne("S18a").VervroegdeIvaToegekend(D(2025, 9, 15), EndI3).Build();
        var a = Assess(@case, D(2025, 11, 1));

        // asOf 1 Nov 2025 = counted day 300 (week 43). Wage continuation runs to day 728 = 3 Jan 2027; the IVA from the day
        // after the shortened wachttijd: Fri 3 Oct 2025 (WIA art. 47 lid 2).
        a.ShouldHaveWachttijd(WachttijdState.Running, 300, 43, D(2027, 1, 3), D(2025, 10, 3));
        a.Wachttijd.WachttijdEndsOn.Should().Be(EndI3);
        a.Wachttijd.StatutoryLastDay.Should().Be(D(2027, 1, 3));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Subject;
        change.Code.Should().Be(VervroegdeIvaExtension.ExtensionCode);
        change.NewLastDay.Should().Be(D(2027, 1, 3), "the wage continuation does not move");
        change.WachttijdEndsOn.Should().Be(EndI3);

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijdVervroegd, EndI3);
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2025, 10, 3));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 3));
        // No letter at 89 weeks and no loonsanctie decision: the wachttijd ended at week 39, and the application was the WIA
        // application, without the review of art. 65 (art. 66 lid 1 and 6).
        a.ShouldNotHaveMilestone(MilestoneCodes.UwvWiaBrief);
        a.ShouldNotHaveMilestone(MilestoneCodes.LoonsanctieBeslissing);

        // RIV (art. 25 lid 3, day 637) and WIA application (art. 64 lid 3, day 651): not due after the grant.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, null, ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.ReIntegratieverslag).Explanation.Should().Contain("art. 66 lid 6");
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, null, ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.WiaAanvraag).Explanation.Should().Contain("art. 66 lid 1").And.Contain("2025-07-24");
        // 42nd-week report, due day 295 = 27 Oct 2025: none made, so the application of 24 Jul 2025 is the report (ZW 38 lid 8).
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, Applied);
        a.Obligation(ObligationCodes.UwvZiekmelding).Explanation.Should().Contain("art. 38 lid 8");
        // Evaluations before the grant stand; #5 falls due 42 counted days after 5 Aug 2025 = Tue 16 Sep 2025, the day
        // after the grant: it lapses, as do the first-year evaluation (day 364) and spoor 2.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 8, 5), ObligationStatus.Fulfilled, D(2025, 8, 5), sequence: 4);
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 9, 16), ObligationStatus.NotApplicable, sequence: 5);
        a.Obligation(ObligationCodes.Evaluatie, 5).Explanation.Should().Contain("shortened wachttijd on 2025-09-15");
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.NotApplicable);
        a.Obligation(ObligationCodes.Spoor2).Status.Should().Be(ObligationStatus.NotApplicable);

        a.ShouldHaveWarning(WarningCodes.WachttijdVerkort, null, Severity.Info);
        a.ShouldNotHaveWarning(WarningCodes.WagePeriodExtended, null);
        a.Warnings.Should().NotContain(w => w.Severity != Severity.Info, "nothing is overdue or ignored");

        Golden.Verify("s18a-vervroegde-iva-year-1-2025-11-01", AssessmentText.Render(a));
    }

    [Fact]
    public void A_grant_decided_after_the_end_it_fixes_keeps_the_obligations_due_before_the_decision()
    {
        // I6: as I3, but UWV decides on Mon 20 Oct 2025 and fixes the end at P + 70 = 2 Oct 2025, before the decision.
        var @case = YearOne("S18b").VervroegdeIvaToegekend(D(2025, 10, 20), EndI3).Build();
        var a = Assess(@case, D(2025, 11, 1));

        // The IVA still starts on Fri 3 Oct 2025, in arrears; wage continuation still runs to 3 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 300, 43, D(2027, 1, 3), D(2025, 10, 3));
        a.Wachttijd.Extensions.Single().Explanation.Should().Contain("before the decision");
        // Evaluation #5 was due on 16 Sep 2025, before the decision of 20 Oct: it was owed, and is overdue.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 9, 16), ObligationStatus.Overdue, sequence: 5);
        // The warning says so, as information: UWV reviews no re-integration file after the grant, so no loonsanctie follows.
        a.ShouldHaveWarning(WarningCodes.Overdue, ObligationCodes.Evaluatie, Severity.Info);
        a.Warnings.Single(w => w.Kind == WarningCodes.Overdue).Message.Should().Contain("no loonsanctie follows");
        // The 42nd-week report (27 Oct 2025) is the application; the first-year evaluation (4 Jan 2026) lapses.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, Applied);
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 4), ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, null, ObligationStatus.NotApplicable);
    }

    [Fact]
    public void A_grant_in_the_second_year_lapses_the_RIV_and_the_WIA_application()
    {
        // Application Mon 9 Feb 2026 = counted day 400 (week 58); P + 70 = Mon 20 Apr 2026 = counted day 470 (in 78 weeks);
        // granted on Mon 6 Apr 2026 with that end. The 42nd-week report came first (20 Oct 2025), so it is the report.
        var @case = SicknessCase
            .Builder("S18c", Day1)
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20))
            .UwvZiekmelding(D(2025, 10, 20))
            .Eerstejaarsevaluatie(D(2025, 12, 15))
            .GeenTerugkeerEigenOrganisatie(D(2025, 12, 15))
            .Spoor2(D(2026, 1, 5))
            .VervroegdeIvaAanvraag(D(2026, 2, 9))
            .VervroegdeIvaToegekend(D(2026, 4, 6), D(2026, 4, 20))
            .Build();
        var a = Assess(@case, D(2026, 6, 1));

        // asOf 1 Jun 2026 = counted day 512, week 74. IVA from Tue 21 Apr 2026; wage to 3 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Running, 512, 74, D(2027, 1, 3), D(2026, 4, 21));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijdVervroegd, D(2026, 4, 20));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2026, 4, 21));
        a.ShouldNotHaveMilestone(MilestoneCodes.UwvWiaBrief);
        a.ShouldNotHaveMilestone(MilestoneCodes.LoonsanctieBeslissing);
        // Without the grant: RIV day 637 = 4 Oct 2026, WIA application day 651 = 18 Oct 2026; now both lapse.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, null, ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, null, ObligationStatus.NotApplicable);
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, D(2025, 10, 20));
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 1, 26), ObligationStatus.Fulfilled, D(2026, 1, 5));
        // The final spoor-2 report of week 90 (day 630 = Sun 27 Sep 2026) falls after the grant: it lapses, and no warning
        // asks for it.
        a.ShouldHaveObligation(ObligationCodes.Spoor2Eindrapportage, D(2026, 9, 27), ObligationStatus.NotApplicable);
        a.ShouldNotHaveWarning(WarningCodes.Spoor2EindrapportageOntbreekt, ObligationCodes.Spoor2Eindrapportage);
        a.Obligations.Should()
            .NotContain(
                o => o.Status == ObligationStatus.Open || o.Status == ObligationStatus.Suspended,
                "nothing is owed after the grant"
            );
        // Evaluation #2 (after the first-year evaluation of 15 Dec 2025: 26 Jan 2026) was missed before the grant: overdue,
        // but only as information, as is the arbeidsdeskundig onderzoek (due by the first-year evaluation, 15 Dec 2025).
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2026, 1, 26), ObligationStatus.Overdue, sequence: 2);
        a.Warnings.Should().OnlyContain(w => w.Severity == Severity.Info, "nothing is at stake after the grant");

        Golden.Verify("s18c-vervroegde-iva-year-2-2026-06-01", AssessmentText.Render(a));
    }

    [Fact]
    public void A_refusal_leaves_the_regular_wachttijd_in_place()
    {
        // I7: as I3, refused on Mon 15 Sep 2025: the regular regime in full.
        var @case = YearOne("S18d").VervroegdeIvaAfgewezen(D(2025, 9, 15)).Build();
        var a = Assess(@case, D(2025, 11, 1));

        a.ShouldHaveWachttijd(WachttijdState.Running, 300, 43, D(2027, 1, 3), D(2027, 1, 4));
        a.Wachttijd.WachttijdEndsOn.Should().BeNull();
        a.Wachttijd.Extensions.Should().BeEmpty();
        a.ShouldNotHaveMilestone(MilestoneCodes.EindeWachttijdVervroegd);
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 9, 20));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 11, 22));
        // RIV day 637 = Sun 4 Oct 2026; WIA application day 651 = Sun 18 Oct 2026 (the safe reading: still owed).
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        // The application stays the 42nd-week report (ZW 38 lid 8 does not depend on the outcome).
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, Applied);
        // Evaluation #5 (16 Sep 2025) is owed as always: overdue.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 9, 16), ObligationStatus.Overdue, sequence: 5);
        a.ShouldNotHaveWarning(WarningCodes.WachttijdVerkort, null);
        a.ShouldNotHaveWarning(WarningCodes.VervroegdeIvaInBehandeling, null);
    }

    [Fact]
    public void A_pending_application_changes_nothing_and_says_the_end_may_move()
    {
        // I3 before UWV decides: asOf Mon 1 Sep 2025 = counted day 239, week 35.
        var a = Assess(YearOne("S18e").Build(), D(2025, 9, 1));

        a.ShouldHaveWachttijd(WachttijdState.Running, 239, 35, D(2027, 1, 3), D(2027, 1, 4));
        a.Wachttijd.Extensions.Should().BeEmpty();
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 4), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Open);
        a.ShouldNotHaveMilestone(MilestoneCodes.EindeWachttijdVervroegd);
        // Earliest end max(day 91 = 6 Apr 2025, P + 70 = 2 Oct 2025) = 2 Oct 2025; latest day 546 = 5 Jul 2026.
        var notice = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.VervroegdeIvaInBehandeling).Subject;
        notice.Severity.Should().Be(Severity.Info);
        notice.Message.Should().Contain("2025-10-02").And.Contain("2026-07-05").And.Contain("2027-01-03");
    }

    [Fact]
    public void A_pending_application_after_week_68_says_it_comes_too_late()
    {
        // I5: applied Mon 27 Apr 2026 = counted day 477; P + 70 = Mon 6 Jul 2026 = day 547 > day 546 (Sun 5 Jul 2026).
        var @case = SicknessCase.Builder("S18f", Day1).VervroegdeIvaAanvraag(D(2026, 4, 27)).Build();
        var a = Assess(@case, D(2026, 6, 1));

        a.Wachttijd.WiaStart.Should().Be(D(2027, 1, 4));
        var notice = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.VervroegdeIvaInBehandeling).Subject;
        notice.Message.Should().Contain("2026-07-06").And.Contain("2026-07-05").And.Contain("cannot grant it");
    }

    [Fact]
    public void The_end_may_be_the_application_plus_70_days_and_counted_day_546_at_once()
    {
        // I4: applied Sun 26 Apr 2026 (day 476, end of week 68); granted Mon 15 Jun 2026 with the end Sun 5 Jul 2026 =
        // P + 70 = counted day 546: both bounds at once. IVA from Mon 6 Jul 2026. asOf Wed 15 Jul 2026 = day 556, week 80.
        var a = Assess(Week68("S18g", D(2026, 7, 5)).Build(), D(2026, 7, 15));

        a.ShouldHaveWachttijd(WachttijdState.Running, 556, 80, D(2027, 1, 3), D(2026, 7, 6));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijdVervroegd, D(2026, 7, 5));
        a.ShouldNotHaveWarning(WarningCodes.ImplausibleEvent, null);
    }

    [Fact]
    public void An_end_69_days_after_the_application_is_applied_with_a_warning_and_68_days_is_refused()
    {
        // P + 69 = Sat 4 Jul 2026: the reading "the IVA starts ten weeks after the application" allows it -> applied, warned.
        var a = Assess(Week68("S18h", D(2026, 7, 4)).Build(), D(2026, 7, 15));
        a.Wachttijd.WiaStart.Should().Be(D(2026, 7, 5));
        a.ShouldHaveWarning(WarningCodes.ImplausibleEvent, null, Severity.Warning);

        // P + 68 = Fri 3 Jul 2026: before ten weeks on either reading -> refused by the validator, at the field.
        var problem = Refused(() => Week68("S18i", D(2026, 7, 3)).Build());
        problem.Path.Should().Be("$.events[1].wachttijdEndsOn");
        problem.Message.Should().Contain("2026-07-05").And.Contain("tien weken");
    }

    [Fact]
    public void An_end_after_78_weeks_is_refused()
    {
        // Mon 6 Jul 2026 = counted day 547 (P + 71: the ten weeks are met): 'ten hoogste 78 weken' -> refused when assessed.
        var @case = Week68("S18j", D(2026, 7, 6)).Build();
        var problem = Refused(() => Assess(@case, D(2026, 7, 15)));
        problem.Path.Should().Be("$.events[1].wachttijdEndsOn");
        problem.Message.Should().Contain("counted day 547").And.Contain("counted day 546 (2026-07-05)");
    }

    [Fact]
    public void Thirteen_weeks_are_counted_sick_days()
    {
        // Sick Mon 6 - Sun 19 Jan 2025, fit Mon 20 Jan - Sun 2 Feb (14 days), sick again from Mon 3 Feb: counted day 91 =
        // 6 Apr 2025 + 14 = Sun 20 Apr 2025. Applied Mon 13 Jan 2025; P + 70 = Mon 24 Mar 2025, earlier.
        CaseBuilder Gap(string id, LocalDate end) =>
            SicknessCase
                .Builder(id, Day1)
                .SickUntil(D(2025, 1, 19))
                .SickAgainFrom(D(2025, 2, 3))
                .VervroegdeIvaAanvraag(D(2025, 1, 13))
                .VervroegdeIvaToegekend(D(2025, 3, 17), end);

        // The end on Sun 6 Apr 2025, calendar day 91 but counted day 77: refused.
        var problem = Refused(() => Assess(Gap("S18k", D(2025, 4, 6)).Build(), D(2025, 5, 1)));
        problem.Path.Should().Be("$.events[1].wachttijdEndsOn");
        problem.Message.Should().Contain("counted day 77").And.Contain("counted day 91 (2025-04-20)");

        // The end on Sun 20 Apr 2025, counted day 91: the IVA from Mon 21 Apr 2025; wage to 3 Jan 2027 + 14 = Sun 17 Jan 2027.
        var a = Assess(Gap("S18l", D(2025, 4, 20)).Build(), D(2025, 5, 1));
        a.Wachttijd.WiaStart.Should().Be(D(2025, 4, 21));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 17));
    }

    [Fact]
    public void An_application_in_week_3_can_end_the_wachttijd_after_13_weeks_and_not_a_day_sooner()
    {
        // I1: applied Sun 26 Jan 2025 (counted day 21): P + 70 = Sun 6 Apr 2025 = counted day 91, both bounds at once.
        var a = Assess(Week3("S18m", D(2025, 4, 6)).Build(), D(2025, 5, 1));
        a.Wachttijd.WiaStart.Should().Be(D(2025, 4, 7));
        a.ShouldNotHaveWarning(WarningCodes.ImplausibleEvent, null);

        // Sat 5 Apr 2025 = P + 69 (the validator lets it pass) but counted day 90: 'ten minste 13 weken' -> refused.
        var problem = Refused(() => Assess(Week3("S18n", D(2025, 4, 5)).Build(), D(2025, 5, 1)));
        problem.Path.Should().Be("$.events[1].wachttijdEndsOn");
        problem.Message.Should().Contain("counted day 90");
    }

    [Fact]
    public void After_a_grant_a_late_loonsanctie_is_without_effect_and_a_voluntary_extension_is_applied_with_a_warning()
    {
        // I3 granted (wachttijd ends 2 Oct 2025); later a loonsanctie of 12 weeks (Tue 1 Dec 2026) and a voluntary extension
        // (Mon 2 Nov 2026 to Wed 31 Mar 2027) are recorded. Issue 24 point 4:
        // - the loonsanctie came after the end of the wachttijd "bedoeld in artikel 23", here the shortened one: "Verlenging
        //   ... vindt niet plaats indien het UWV de beschikking ... niet geeft voor de afloop van de wachttijd" (WIA art. 25
        //   lid 11): without effect, event-ignored citing lid 11;
        // - no article voids the extension (WIA art. 24 extends the wage period "na afloop van de wachttijd"; BW 7:629 lid 11
        //   onder b), so it is applied: lastDay 31 Mar 2027 (was 3 Jan 2027), wiaStart stays 3 Oct 2025; implausible-event.
        var @case = YearOne("S18o")
            .VervroegdeIvaToegekend(D(2025, 9, 15), EndI3)
            .Verlenging(D(2026, 11, 2), D(2027, 3, 31))
            .Loonsanctie(D(2026, 12, 1), 12)
            .Build();
        var a = Assess(@case, D(2026, 12, 15));

        // asOf 15 Dec 2026 = counted day 709, week 102.
        a.ShouldHaveWachttijd(WachttijdState.Running, 709, 102, D(2027, 3, 31), D(2025, 10, 3));
        a.Wachttijd.Extensions.Select(e => e.Code).Should().Equal(VervroegdeIvaExtension.ExtensionCode, EventCodes.Verlenging);
        var ignored = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.EventIgnored).Subject;
        ignored.Severity.Should().Be(Severity.Warning);
        ignored.Message.Should().Contain("loonsanctie decided on 2026-12-01").And.Contain("WIA art. 25 lid 11");
        a.Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.ImplausibleEvent)
            .Which.Message.Should()
            .Contain("voluntary extension granted on 2026-11-02 to 2027-03-31 is applied as UWV decided it");
        a.ShouldHaveWarning(WarningCodes.WagePeriodExtended, null, Severity.Info);
        a.ShouldNotHaveMilestone(MilestoneCodes.LoonsanctieBeslissing);
        a.ShouldNotHaveMilestone(MilestoneCodes.HerstelBeslissing);
    }

    [Fact]
    public void After_a_grant_a_loonsanctie_decided_before_the_shortened_end_is_applied_with_a_warning()
    {
        // I3: applied 24 Jul 2025, granted Mon 15 Sep 2025 with the end Thu 2 Oct 2025; a loonsanctie of 4 weeks decided Mon
        // 22 Sep 2025, before that end. Lid 11 does not bar it and no article voids it (art. 66 lid 6 only switches off the
        // review of art. 65 it follows from): applied from the day after d728 = 3 Jan 2027, 28 days: Sun 31 Jan 2027.
        var @case = YearOne("S18q").VervroegdeIvaToegekend(D(2025, 9, 15), EndI3).Loonsanctie(D(2025, 9, 22), 4).Build();
        var a = Assess(@case, D(2025, 11, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 31));
        a.Wachttijd.WiaStart.Should().Be(D(2025, 10, 3));
        a.Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.ImplausibleEvent)
            .Which.Message.Should()
            .Contain("loonsanctie decided on 2025-09-22 (4 week(s)) is applied as UWV decided it")
            .And.Contain("art. 66 lid 6");
        a.ShouldNotHaveWarning(WarningCodes.EventIgnored, null);
    }

    [Fact]
    public void An_application_before_the_42nd_week_report_is_that_report()
    {
        // I9: applied Tue 15 Apr 2025 (counted day 100), no report; granted with the end P + 70 = Tue 24 Jun 2025 (day 170).
        var @case = SicknessCase
            .Builder("S18p", Day1)
            .VervroegdeIvaAanvraag(D(2025, 4, 15))
            .VervroegdeIvaToegekend(D(2025, 6, 2), D(2025, 6, 24))
            .Build();
        var a = Assess(@case, D(2025, 7, 1));

        a.Wachttijd.WiaStart.Should().Be(D(2025, 6, 25));
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 10, 27), ObligationStatus.Fulfilled, D(2025, 4, 15));
    }

    private static CaseBuilder Week68(string id, LocalDate end) =>
        SicknessCase.Builder(id, Day1).VervroegdeIvaAanvraag(D(2026, 4, 26)).VervroegdeIvaToegekend(D(2026, 6, 15), end);

    private static CaseBuilder Week3(string id, LocalDate end) =>
        SicknessCase.Builder(id, Day1).VervroegdeIvaAanvraag(D(2025, 1, 26)).VervroegdeIvaToegekend(D(2025, 3, 3), end);

    private static CaseProblem Refused(Action act) =>
        act.Should().Throw<InvalidCaseException>().Which.Problems.Should().ContainSingle().Subject;

    [Fact]
    public void A_pending_application_names_the_bound_that_decides_its_earliest_end()
    {
        // Applied Mon 20 Jan 2025 (counted day 15): P + 70 = Mon 31 Mar 2025 comes before counted day 91 = Sun 6 Apr 2025,
        // so 13 weeks decide: 6 Apr 2025 at the earliest; counted day 546 = Sun 5 Jul 2026 at the latest.
        var early = Assess(SicknessCase.Builder("S18q", Day1).VervroegdeIvaAanvraag(D(2025, 1, 20)).Build(), D(2025, 2, 1));
        early
            .Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.VervroegdeIvaInBehandeling)
            .Which.Message.Should()
            .Contain("2025-04-06 at the earliest (counted day 91, 13 weeks) and 2026-07-05 (counted day 546, 78 weeks) at the latest");

        // Applied Sun 26 Apr 2026 (day 476): P + 70 = Sun 5 Jul 2026 = counted day 546 itself: still possible, ten weeks decide.
        var last = Assess(SicknessCase.Builder("S18r", Day1).VervroegdeIvaAanvraag(D(2026, 4, 26)).Build(), D(2026, 5, 1));
        last.Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.VervroegdeIvaInBehandeling)
            .Which.Message.Should()
            .Contain(
                "2026-07-05 at the earliest (the application + 70 days, ten weeks) and 2026-07-05 (counted day 546, 78 weeks) at the latest"
            )
            .And.NotContain("cannot grant it");
    }

    [Fact]
    public void The_milestone_of_the_shortened_end_explains_it_as_the_extension_does()
    {
        var a = Assess(Week68("S18s", D(2026, 7, 5)).Build(), D(2026, 7, 15));

        var change = a.Wachttijd.Extensions.Should().ContainSingle(c => c.WachttijdEndsOn != null).Which;
        var milestone = a.Milestones.Should().ContainSingle(m => m.Kind == MilestoneCodes.EindeWachttijdVervroegd).Which;
        milestone.Explanation.Should().NotBeEmpty().And.Be(change.Explanation);
        milestone.Explanation.Should().Contain("2026-07-05");
    }
}
