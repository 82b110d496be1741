using System;
using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Changes;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Changes;

/// <summary>
/// The change set between two assessments of a case (issue 27). Every expected date is derived by hand below. D = Monday
/// 6 January 2025, the first sick day; counted day N of an uninterrupted case is D + (N - 1). The statutory last day is
/// counted day 728 (WIA art. 23 lid 1, BW 7:629 lid 1): D + 727 = Sunday 3 January 2027. The dismissal ban (BW 7:670 lid
/// 1) lasts two years of sickness: 6 January 2025 to 5 January 2027.
/// </summary>
public sealed class AssessmentChangesTests
{
    private static Change Only(ChangeSet set, ChangeSubject subject, string kind, int sequence = 0) =>
        set.Changes.Should().ContainSingle(c => c.Subject == subject && c.Kind == kind && c.Sequence == sequence).Which;

    [Fact]
    public void A_relapse_moves_every_later_date_by_the_fit_days_and_says_samentelling()
    {
        // Before: sick from D throughout. Now: sick D..20 Feb 2025 (counted days 1-46), fit 21 Feb..9 Mar (8 + 9 = 17 days,
        // under four weeks), sick again from 10 Mar 2025: the periods add up (samentelling, BW 7:629 lid 10; WIA art. 23 lid 3), day 47 is
        // 10 Mar, and every date past day 46 comes 17 days later. Both assessed on 12 Mar 2025.
        var before = SicknessCase.Builder("R-1", D(2025, 1, 6)).Build();
        var now = SicknessCase.Builder("R-1", D(2025, 1, 6)).SickUntil(D(2025, 2, 20)).SickAgainFrom(D(2025, 3, 10)).Build();
        var previous = Assess(before, D(2025, 3, 12));
        var current = Assess(now, D(2025, 3, 12));

        var set = AssessmentChanges.Between(previous, current, before, now);

        set.CaseFacts.Select(f => f.Description)
            .Should()
            .Equal("sickness period from 2025-01-06 now ends on 2025-02-20", "sickness period from 2025-03-10 added (samentelling)");
        set.CaseFacts.Select(f => f.DescriptionIn(TextLanguage.Dutch))
            .Should()
            .Equal(
                "ziekteperiode vanaf 6 januari 2025 eindigt nu op 20 februari 2025",
                "ziekteperiode vanaf 10 maart 2025 toegevoegd (samentelling)"
            );

        // Probleemanalyse: day 42 = 16 Feb 2025, inside the first period: unchanged, so not in the set.
        set.Changes.Should().NotContain(c => c.Kind == ObligationCodes.Probleemanalyse);

        // Plan van aanpak, no analysis on record: day 56 (Regeling procesgang art. 4 lid 1). Before D + 55 = 2 Mar 2025, past on
        // 12 Mar: overdue. Now day 47 = 10 Mar, day 56 = 10 Mar + 9 = 19 Mar 2025, ahead: open.
        var plan = Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak);
        plan.What.Should().Be(ChangeKinds.Moved | ChangeKinds.StatusChanged);
        (plan.PreviousDate, plan.CurrentDate, plan.DaysMoved).Should().Be((D(2025, 3, 2), D(2025, 3, 19), 17));
        (plan.PreviousStatus, plan.CurrentStatus).Should().Be(("overdue", "open"));
        plan.Summary.Should()
            .Be(
                "plan van aanpak 17 days later, now open (was overdue): sickness period from 2025-01-06 now ends on 2025-02-20; sickness period from 2025-03-10 added (samentelling)"
            );
        plan.SummaryIn(TextLanguage.Dutch)
            .Should()
            .Be(
                "plan van aanpak 17 dagen later, nu open (was te laat): ziekteperiode vanaf 6 januari 2025 eindigt nu op 20 februari 2025; ziekteperiode vanaf 10 maart 2025 toegevoegd (samentelling)"
            );
        plan.Reason.Should()
            .Be(
                plan.Summary
                    + "\nBefore: "
                    + previous.Obligation(ObligationCodes.PlanVanAanpak).Explanation
                    + "\nNow: "
                    + current.Obligation(ObligationCodes.PlanVanAanpak).Explanation
            );
        plan.ReasonIn(TextLanguage.Dutch).Should().Contain("\nEerder: ").And.Contain("\nNu: ").And.Contain("19 maart 2025");

        // The end: day 728 was 3 Jan 2027, now 3 Jan + 17 = 20 Jan 2027; the ban's two years of sickness end 5 Jan 2027,
        // now 22 Jan 2027 (the fit days are not sickness).
        var end = Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay);
        (end.PreviousDate, end.CurrentDate).Should().Be((D(2027, 1, 3), D(2027, 1, 20)));
        end.SummaryIn(TextLanguage.Dutch).Should().StartWith("laatste dag van loondoorbetaling 17 dagen later: ");
        var ban = Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd);
        (ban.PreviousDate, ban.CurrentDate).Should().Be((D(2027, 1, 5), D(2027, 1, 22)));

        // Every dated obligation and milestone that changed moved exactly 17 days later; none moved otherwise.
        set.Changes.Where(c => c.Subject != ChangeSubject.Warning && c.PreviousDate is not null)
            .Should()
            .OnlyContain(c => c.DaysMoved == 17 && (c.What & ChangeKinds.Moved) == ChangeKinds.Moved);
        set.Changes.Should().Contain(c => c.Kind == ObligationCodes.UwvZiekmelding && c.DaysMoved == 17);
        set.Changes.Should().Contain(c => c.Kind == ObligationCodes.WiaAanvraag && c.DaysMoved == 17);

        // The plan's overdue warning went, a due-soon warning came (19 Mar is 7 days after 12 Mar, within 14).
        Only(set, ChangeSubject.Warning, WarningCodes.Overdue).What.Should().Be(ChangeKinds.Removed);
        var soon = Only(set, ChangeSubject.Warning, WarningCodes.DueSoon);
        (soon.What, soon.About, soon.CurrentStatus).Should().Be((ChangeKinds.Added, ObligationCodes.PlanVanAanpak, "warning"));
        soon.Summary.Should().StartWith("new: warning 'due soon' about plan van aanpak, severity warning: sickness period");
    }

    [Fact]
    public void A_late_plan_turns_overdue_between_two_assessment_dates()
    {
        // Analysis 10 Feb 2025: plan due 10 Feb + 14 = 24 Feb 2025 (Regeling procesgang art. 4 lid 1). On 24 Feb it is still
        // on time (open); on 25 Feb it is overdue. One case, two dates: no case fact differs.
        var @case = SicknessCase.Builder("L-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).Build();

        var set = AssessmentChanges.Between(Assess(@case, D(2025, 2, 24)), Assess(@case, D(2025, 2, 25)), @case, @case);

        set.CaseFacts.Should().BeEmpty();
        set.Changes.Should().HaveCount(3);
        var plan = Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak);
        plan.What.Should().Be(ChangeKinds.StatusChanged);
        (plan.PreviousDate, plan.CurrentDate).Should().Be((D(2025, 2, 24), D(2025, 2, 24)));
        plan.Summary.Should().Be("plan van aanpak: now overdue (was open): assessed on 2025-02-25 instead of 2025-02-24");
        plan.SummaryIn(TextLanguage.Dutch)
            .Should()
            .Be("plan van aanpak: nu te laat (was open): beoordeeld op 25 februari 2025 in plaats van 24 februari 2025");

        // A statute obligation overdue is a high warning; the due-soon warning of the day before is gone.
        var overdue = Only(set, ChangeSubject.Warning, WarningCodes.Overdue);
        (overdue.What, overdue.About, overdue.CurrentStatus).Should().Be((ChangeKinds.Added, ObligationCodes.PlanVanAanpak, "high"));
        Only(set, ChangeSubject.Warning, WarningCodes.DueSoon).What.Should().Be(ChangeKinds.Removed);
        overdue.SummaryIn(TextLanguage.Dutch).Should().StartWith("nieuw: waarschuwing 'te laat' over plan van aanpak, ernst hoog: ");
    }

    [Fact]
    public void A_recovery_ends_the_case()
    {
        // Before: sick from D throughout. Now: sick D..1 Mar 2025, then fit. On 1 Apr 2025 the employee has been fit 2 Mar..1 Apr,
        // 31 days: four weeks or more, so the wachttijd ended by recovery (BW 7:629 lid 10; WIA art. 23 lid 3) and has no last day.
        var before = SicknessCase.Builder("H-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).Build();
        var now = SicknessCase.Builder("H-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).SickUntil(D(2025, 3, 1)).Build();

        var set = AssessmentChanges.Between(Assess(before, D(2025, 4, 1)), Assess(now, D(2025, 4, 1)), before, now);

        set.CaseFacts.Should().ContainSingle().Which.Description.Should().Be("sickness period from 2025-01-06 now ends on 2025-03-01");
        var state = Only(set, ChangeSubject.Wachttijd, WachttijdItems.State);
        (state.PreviousStatus, state.CurrentStatus).Should().Be(("running", "ended-recovered"));
        // Fit 2 Mar..1 Apr: 30 + 1 = 31 days.
        state
            .Summary.Should()
            .Be(
                "wachttijd: now ended by recovery (was running): sickness period from 2025-01-06 now ends on 2025-03-01; fit since 2025-03-02, 31 fit days by 2025-04-01 (28 end a case, BW 7:629 lid 10)"
            );
        state
            .SummaryIn(TextLanguage.Dutch)
            .Should()
            .Be(
                "wachttijd: nu geëindigd door herstel (was loopt): ziekteperiode vanaf 6 januari 2025 eindigt nu op 1 maart 2025; hersteld sinds 2 maart 2025, 31 hersteldagen op 1 april 2025 (28 hersteldagen beëindigen een ziekteperiode, BW 7:629 lid 10)"
            );

        var end = Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay);
        (end.What, end.PreviousDate, end.CurrentDate).Should().Be((ChangeKinds.Removed, D(2027, 1, 3), (NodaTime.LocalDate?)null));
        end.SummaryIn(TextLanguage.Dutch).Should().StartWith("vervallen: laatste dag van loondoorbetaling: ");
        Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd).What.Should().Be(ChangeKinds.Removed);

        // The 42nd-week report (due in week 42, 27 Oct 2025) is no longer required: no sickness to report.
        var report = Only(set, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding);
        (report.PreviousStatus, report.CurrentStatus).Should().Be(("open", "not-applicable"));
        report.SummaryIn(TextLanguage.Dutch).Should().Contain("nu niet van toepassing (was open)");

        // The plan was due 24 Feb 2025, before the recovery: it stays overdue, so it is not a change.
        set.Changes.Should().NotContain(c => c.Kind == ObligationCodes.PlanVanAanpak && c.Subject == ChangeSubject.Obligation);
    }

    [Fact]
    public void A_verlenging_moves_the_end_and_the_dismissal_ban_end()
    {
        // A verlenging (WIA art. 24 lid 1) agreed on 1 Sep 2026 to 30 Jun 2027: the last day moves from 3 Jan 2027 to 30 Jun
        // 2027, 28 + 28 + 31 + 30 + 31 + 30 = 178 days; the ban lasts as long (BW 7:670 lid 1): 5 Jan + 178 = 2 Jul 2027. The
        // re-integratieverslag, due 13 weeks before the end, moves too: 3 Jan 2027 - 91 = 4 Oct 2026, 30 Jun 2027 - 91 = 31 Mar 2027.
        var before = SicknessCase.Builder("V-1", D(2025, 1, 6)).Build();
        var now = SicknessCase.Builder("V-1", D(2025, 1, 6)).Verlenging(D(2026, 9, 1), D(2027, 6, 30)).Build();

        var set = AssessmentChanges.Between(Assess(before, D(2026, 9, 2)), Assess(now, D(2026, 9, 2)), before, now);

        set.CaseFacts.Should()
            .ContainSingle()
            .Which.DescriptionIn(TextLanguage.Dutch)
            .Should()
            .Be("gebeurtenis verlenging op 1 september 2026 toegevoegd");
        var end = Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay);
        (end.PreviousDate, end.CurrentDate, end.DaysMoved).Should().Be((D(2027, 1, 3), D(2027, 6, 30), 178));
        end.Summary.Should().Be("last day of wage continuation 178 days later: event verlenging on 2026-09-01 added");
        var ban = Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd);
        (ban.PreviousDate, ban.CurrentDate).Should().Be((D(2027, 1, 5), D(2027, 7, 2)));
        ban.SummaryIn(TextLanguage.Dutch)
            .Should()
            .Be("einde van het opzegverbod bij ziekte 178 dagen later: gebeurtenis verlenging op 1 september 2026 toegevoegd");
        var riv = Only(set, ChangeSubject.Obligation, ObligationCodes.ReIntegratieverslag);
        (riv.PreviousDate, riv.CurrentDate).Should().Be((D(2026, 10, 4), D(2027, 3, 31)));
        riv.Summary.Should().StartWith("re-integratieverslag 178 days later");
        Only(set, ChangeSubject.Warning, WarningCodes.WagePeriodExtended).What.Should().Be(ChangeKinds.Added);
    }

    [Fact]
    public void An_early_iva_grant_ends_the_wachttijd_early_and_lapses_the_wia_duties()
    {
        // Application 1 May 2025, granted 20 Jun 2025 with the wachttijd ending 31 Jul 2025: at least 13 weeks (day 91 = 6 Apr
        // 2025) and ten weeks after the application (1 May + 70 = 10 Jul 2025), WIA art. 23 lid 6. The WIA benefit can start
        // the day after, 1 Aug 2025; wage continuation still runs to 3 Jan 2027 (BW 7:629 lid 1). The application counts as
        // the WIA application and UWV does not review the re-integration (WIA art. 66 lid 1, 6): no RIV, no WIA application.
        var before = SicknessCase.Builder("I-1", D(2025, 1, 6)).VervroegdeIvaAanvraag(D(2025, 5, 1)).Build();
        var now = SicknessCase
            .Builder("I-1", D(2025, 1, 6))
            .VervroegdeIvaAanvraag(D(2025, 5, 1))
            .VervroegdeIvaToegekend(D(2025, 6, 20), D(2025, 7, 31))
            .Build();

        var set = AssessmentChanges.Between(Assess(before, D(2025, 6, 23)), Assess(now, D(2025, 6, 23)), before, now);

        var shortened = Only(set, ChangeSubject.Wachttijd, WachttijdItems.WachttijdEndsOn);
        (shortened.What, shortened.CurrentDate).Should().Be((ChangeKinds.Added, D(2025, 7, 31)));
        shortened
            .Summary.Should()
            .Be("new: end of the shortened wachttijd, on 2025-07-31: event vervroegde-iva-besluit on 2025-06-20 added");
        shortened
            .SummaryIn(TextLanguage.Dutch)
            .Should()
            .Be("nieuw: einde van de verkorte wachttijd, op 31 juli 2025: gebeurtenis vervroegde-iva-besluit op 20 juni 2025 toegevoegd");
        set.Changes.Should().NotContain(c => c.Kind == WachttijdItems.LastDay);

        var wiaStart = Only(set, ChangeSubject.Milestone, MilestoneCodes.WiaStart);
        (wiaStart.PreviousDate, wiaStart.CurrentDate).Should().Be((D(2027, 1, 4), D(2025, 8, 1)));
        // 1 Aug 2025 to 1 Aug 2026 is 365 days, to 1 Jan 2027 153 more (31 + 30 + 31 + 30 + 31), to 4 Jan 3 more: 521.
        wiaStart.Summary.Should().StartWith("WIA start 521 days earlier");
        foreach (var lapsed in new[] { ObligationCodes.ReIntegratieverslag, ObligationCodes.WiaAanvraag })
        {
            var c = Only(set, ChangeSubject.Obligation, lapsed);
            (c.PreviousStatus, c.CurrentStatus).Should().Be(("open", "not-applicable"));
        }

        Only(set, ChangeSubject.Warning, WarningCodes.WachttijdVerkort).What.Should().Be(ChangeKinds.Added);
        Only(set, ChangeSubject.Warning, WarningCodes.VervroegdeIvaInBehandeling).What.Should().Be(ChangeKinds.Removed);
    }

    [Fact]
    public void Repeating_evaluations_are_matched_by_their_sequence()
    {
        // Analysis 10 Feb, plan 20 Feb 2025: evaluation #1 due 20 Feb + 42 = 3 Apr 2025. Before: #1 held 1 Apr (on time), so #2
        // due 1 Apr + 42 = 13 May. Now #1 was held 8 Apr instead (late), so #2 is due 8 Apr + 42 = 20 May, 7 days later.
        // Matched by position #1 would still be #1 and #2 still #2: the change is #1's status and #2's date, not a swap.
        CaseBuilder Plan() => SicknessCase.Builder("E-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).PlanVanAanpak(D(2025, 2, 20));
        var before = Plan().Evaluatie(D(2025, 4, 1)).Build();
        var now = Plan().Evaluatie(D(2025, 4, 8)).Build();

        var set = AssessmentChanges.Between(Assess(before, D(2025, 4, 9)), Assess(now, D(2025, 4, 9)), before, now);

        var first = Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 1);
        (first.What, first.PreviousStatus, first.CurrentStatus).Should().Be((ChangeKinds.StatusChanged, "fulfilled", "fulfilled-late"));
        first
            .Summary.Should()
            .StartWith(
                "evaluatie #1: now done late (was done on time): event evaluatie on 2025-04-08 added; event evaluatie on 2025-04-01 removed"
            );
        var second = Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 2);
        (second.What, second.PreviousDate, second.CurrentDate).Should().Be((ChangeKinds.Moved, D(2025, 5, 13), D(2025, 5, 20)));
        second.SummaryIn(TextLanguage.Dutch).Should().StartWith("evaluatie nr. 2 7 dagen later: ");
        Only(set, ChangeSubject.Warning, WarningCodes.FulfilledLate, 1).About.Should().Be(ObligationCodes.Evaluatie);
    }

    [Fact]
    public void A_new_evaluation_held_adds_the_next_one()
    {
        // As above, #1 held 1 Apr, #2 due 13 May. Now #2 was held 6 May (on time) and #3 is due 6 May + 42 = 17 Jun 2025.
        CaseBuilder Evaluated() =>
            SicknessCase
                .Builder("E-2", D(2025, 1, 6))
                .Probleemanalyse(D(2025, 2, 10))
                .PlanVanAanpak(D(2025, 2, 20))
                .Evaluatie(D(2025, 4, 1));
        var before = Evaluated().Build();
        var now = Evaluated().Evaluatie(D(2025, 5, 6)).Build();

        var set = AssessmentChanges.Between(Assess(before, D(2025, 5, 7)), Assess(now, D(2025, 5, 7)), before, now);

        Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 2).CurrentStatus.Should().Be("fulfilled");
        var third = Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 3);
        third.Summary.Should().Be("new: evaluatie #3, due by 2025-06-17, open: event evaluatie on 2025-05-06 added");
        third
            .SummaryIn(TextLanguage.Dutch)
            .Should()
            .Be("nieuw: evaluatie nr. 3, uiterlijk op 17 juni 2025, open: gebeurtenis evaluatie op 6 mei 2025 toegevoegd");
        var soon = Only(set, ChangeSubject.Warning, WarningCodes.DueSoon, 2);
        (soon.What, soon.About).Should().Be((ChangeKinds.Removed, ObligationCodes.Evaluatie));
    }

    [Fact]
    public void An_unchanged_pair_is_empty()
    {
        var one = SicknessCase.Builder("U-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).Build();
        var again = SicknessCase.Builder("U-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).Build();

        AssessmentChanges.Between(Assess(one, D(2025, 3, 1)), Assess(again, D(2025, 3, 1)), one, again).IsEmpty.Should().BeTrue();
        var a = Assess(one, D(2025, 3, 1));
        var same = AssessmentChanges.Between(a, a);
        (same.IsEmpty, same.CaseId, same.PreviousAsOf, same.AsOf).Should().Be((true, "U-1", D(2025, 3, 1), D(2025, 3, 1)));
    }

    [Fact]
    public void An_unchanged_pair_allocates_only_the_empty_change_set()
    {
        // Two equal cases built apart (as two nights' files are read): every period and event is compared, nothing differs.
        CaseBuilder Build() =>
            SicknessCase
                .Builder("U-2", D(2025, 1, 6))
                .Probleemanalyse(D(2025, 2, 10))
                .PlanVanAanpak(D(2025, 2, 20), visieWerkgever: true, visieWerknemer: true)
                .Evaluatie(D(2025, 4, 1))
                .Loonsanctie(D(2027, 2, 1), 10);
        var one = Build().Build();
        var again = Build().Build();
        var a = Assess(one, D(2025, 6, 1));
        var b = Assess(again, D(2025, 6, 1));
        AssessmentChanges.Between(a, b, one, again).IsEmpty.Should().BeTrue();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = AssessmentChanges.Between(a, b, one, again);
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        perCall
            .Should()
            .BeLessThanOrEqualTo(64, "an unchanged pair allocates the change set object and nothing else (48 bytes on a 64-bit runtime)");
    }

    [Fact]
    public void A_new_case_adds_everything_and_a_vanished_case_removes_everything()
    {
        var a = Assess(SicknessCase.Builder("N-1", D(2025, 1, 6)).Build(), D(2025, 1, 20));

        var started = AssessmentChanges.Between(null, a);
        started.IsNewCase.Should().BeTrue();
        started.Changes.Should().OnlyContain(c => c.What == ChangeKinds.Added);
        started.Changes.Should().HaveCount(a.Obligations.Count + a.Milestones.Count + a.Warnings.Count + 3); // state, last day, ban end
        Only(started, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse)
            .Summary.Should()
            .Be("new: probleemanalyse, due by 2025-02-16, open: new case"); // day 42 = D + 41
        var vanished = AssessmentChanges.Between(a, null);
        vanished.IsVanishedCase.Should().BeTrue();
        vanished.Changes.Should().OnlyContain(c => c.What == ChangeKinds.Removed);
        Only(vanished, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse)
            .SummaryIn(TextLanguage.Dutch)
            .Should()
            .Be("vervallen: probleemanalyse: zaak niet meer in het bestand");
    }

    [Fact]
    public void Case_facts_of_every_kind_are_described_in_both_languages()
    {
        var before = SicknessCase.Builder("F-1", D(2025, 1, 6)).Loonsanctie(D(2027, 2, 1), 10).Build();
        var now = SicknessCase
            .Builder("F-1", D(2025, 1, 6))
            .Loonsanctie(D(2027, 2, 1), 12)
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 20))
            .EmploymentEndsOn(D(2025, 12, 31))
            .EigenrisicodragerZw()
            .Build();

        var set = AssessmentChanges.Between(Assess(before, D(2025, 2, 1)), Assess(now, D(2025, 2, 1)), before, now);

        set.CaseFacts.Select(f => f.Description)
            .Should()
            .Equal(
                "last day of employment now 2025-12-31 (was none)",
                "eigenrisicodrager ZW now yes (was no)",
                "pregnancy and birth leave from 2025-03-01 added",
                "event loonsanctie on 2027-02-01 changed"
            );
        set.CaseFacts.Select(f => f.DescriptionIn(TextLanguage.Dutch))
            .Should()
            .Equal(
                "laatste dag van het dienstverband nu 31 december 2025 (was geen)",
                "eigenrisicodrager ZW nu ja (was nee)",
                "zwangerschaps- en bevallingsverlof vanaf 1 maart 2025 toegevoegd",
                "gebeurtenis loonsanctie op 1 februari 2027 gewijzigd"
            );
        set.CaseFacts.Select(f => (CaseFacts.Code(f.Fact), CaseFacts.Code(f.Change), f.PreviousValue, f.CurrentValue))
            .Should()
            .Equal(
                ("employment-ends-on", "added", (string?)null, (string?)"2025-12-31"),
                ("eigenrisicodrager-zw", "changed", "false", "true"),
                ("leave-period", "added", null, "2025-06-20"),
                ("event", "changed", null, null)
            );
    }

    [Fact]
    public void Two_cases_or_nothing_is_refused()
    {
        var a = Assess(SicknessCase.Builder("A", D(2025, 1, 6)).Build(), D(2025, 2, 1));
        var b = Assess(SicknessCase.Builder("B", D(2025, 1, 6)).Build(), D(2025, 2, 1));

        FluentActions
            .Invoking(() => AssessmentChanges.Between(a, b))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("Case 'A' is not case 'B': a change set compares one case.*");
        FluentActions.Invoking(() => AssessmentChanges.Between(null, null)).Should().Throw<ArgumentException>();
    }
}
