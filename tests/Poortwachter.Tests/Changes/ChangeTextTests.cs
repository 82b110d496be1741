using System;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Changes;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Changes;

/// <summary>
/// The summaries of changes that the other change set tests do not reach, in full in English and Dutch: a date that
/// appears or goes (recovery and its undoing), an interruption that suspends the open duties, one day earlier with the
/// case facts and the other assessment date both given as the reason, the end of the wachttijd passed, a new and a
/// vanished case. D = Monday 6 January 2025 is the first sick day; counted day N of an uninterrupted case is D + (N - 1).
/// Without a problem analysis on record the plan van aanpak is due on day 56 (Regeling procesgang art. 4 lid 1): D + 55 =
/// 2 March 2025.
/// </summary>
public sealed class ChangeTextTests
{
    private const TextLanguage Nl = TextLanguage.Dutch;

    private static Change Only(ChangeSet set, ChangeSubject subject, string kind, int sequence = 0) =>
        set.Changes.Should().ContainSingle(c => c.Subject == subject && c.Kind == kind && c.Sequence == sequence).Which;

    private static readonly SicknessCase Open = SicknessCase.Builder("T-1", D(2025, 1, 6)).Build();

    // Sick to 1 Mar 2025, then fit.
    private static readonly SicknessCase Recovered = SicknessCase.Builder("T-1", D(2025, 1, 6)).SickUntil(D(2025, 3, 1)).Build();

    [Fact]
    public void A_recovery_leaves_a_duty_without_a_date_and_its_undoing_dates_it_again()
    {
        // On 1 Apr 2025 the employee has been fit 2 Mar..1 Apr, 31 days: four weeks or more, the wachttijd ended by recovery
        // (BW 7:629 lid 10; WIA art. 23 lid 3) and the 42nd-week report (due 27 Oct 2025) is no longer required, with no date.
        var recovery = AssessmentChanges.Between(Assess(Open, D(2025, 4, 1)), Assess(Recovered, D(2025, 4, 1)), Open, Recovered);

        var report = Only(recovery, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding);
        (report.What, report.PreviousDate, report.CurrentDate)
            .Should()
            .Be((ChangeKinds.Moved | ChangeKinds.StatusChanged, D(2025, 10, 27), (LocalDate?)null));
        report
            .Summary.Should()
            .Be("UWV ziekmelding no longer dated, now not required (was open): sickness period from 2025-01-06 now ends on 2025-03-01");
        report
            .SummaryIn(Nl)
            .Should()
            .Be(
                "UWV ziekmelding zonder datum, nu niet van toepassing (was open): ziekteperiode vanaf 6 januari 2025 eindigt nu op 1 maart 2025"
            );

        // Undone (the period did not end after all): the plan is dated again, day 56 = 2 Mar 2025, past on 1 Apr: overdue.
        var undone = AssessmentChanges.Between(Assess(Recovered, D(2025, 4, 1)), Assess(Open, D(2025, 4, 1)), Recovered, Open);

        var plan = Only(undone, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak);
        (plan.PreviousDate, plan.CurrentDate, plan.PreviousStatus, plan.CurrentStatus)
            .Should()
            .Be(((LocalDate?)null, D(2025, 3, 2), "not-applicable", "overdue"));
        plan.Summary.Should()
            .Be("plan van aanpak now due by 2025-03-02, now overdue (was not required): sickness period from 2025-01-06 is open again");
        plan.SummaryIn(Nl)
            .Should()
            .Be(
                "plan van aanpak nu uiterlijk op 2 maart 2025, nu te laat (was niet van toepassing): ziekteperiode vanaf 6 januari 2025 loopt weer door"
            );
        var state = Only(undone, ChangeSubject.Wachttijd, WachttijdItems.State);
        state.Summary.Should().Be("wachttijd: now running (was ended by recovery): sickness period from 2025-01-06 is open again");
        state
            .SummaryIn(Nl)
            .Should()
            .Be("wachttijd: nu loopt (was geëindigd door herstel): ziekteperiode vanaf 6 januari 2025 loopt weer door");
    }

    [Fact]
    public void An_interruption_suspends_the_open_duties_and_moves_them_by_the_fit_days_so_far()
    {
        // On 10 Mar 2025 the employee has been fit 2..10 Mar, 9 days: under four weeks, the wachttijd is interrupted. The duties
        // still open are suspended, their dates projected 9 days later (the fit days do not count); the plan (2 Mar) moves to
        // 11 Mar 2025, and the overdue warning about it goes.
        var set = AssessmentChanges.Between(Assess(Open, D(2025, 3, 10)), Assess(Recovered, D(2025, 3, 10)), Open, Recovered);

        var plan = Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak);
        (plan.PreviousDate, plan.CurrentDate, plan.DaysMoved).Should().Be((D(2025, 3, 2), D(2025, 3, 11), 9));
        plan.Summary.Should()
            .Be("plan van aanpak 9 days later, now suspended (was overdue): sickness period from 2025-01-06 now ends on 2025-03-01");
        plan.SummaryIn(Nl)
            .Should()
            .Be(
                "plan van aanpak 9 dagen later, nu opgeschort (was te laat): ziekteperiode vanaf 6 januari 2025 eindigt nu op 1 maart 2025"
            );
        var state = Only(set, ChangeSubject.Wachttijd, WachttijdItems.State);
        (state.PreviousStatus, state.CurrentStatus).Should().Be(("running", "interrupted"));
        state.Summary.Should().Be("wachttijd: now interrupted (was running): sickness period from 2025-01-06 now ends on 2025-03-01");
        state
            .SummaryIn(Nl)
            .Should()
            .Be("wachttijd: nu onderbroken (was loopt): ziekteperiode vanaf 6 januari 2025 eindigt nu op 1 maart 2025");
        Only(set, ChangeSubject.Warning, WarningCodes.Overdue)
            .SummaryIn(Nl)
            .Should()
            .Be("vervallen: waarschuwing 'te laat' over plan van aanpak: ziekteperiode vanaf 6 januari 2025 eindigt nu op 1 maart 2025");
    }

    [Fact]
    public void One_day_earlier_with_the_case_facts_and_the_other_date_as_the_reason()
    {
        // Before: sick 6..20 Jan, fit 21 Jan, sick again from 22 Jan (one fit day, samentelling): day 42 = 16 Feb + 1 = 17 Feb
        // 2025. Now sick throughout: day 42 = D + 41 = 16 Feb 2025, one day earlier. Assessed 1 Feb, then 3 Feb 2025.
        var gap = SicknessCase.Builder("T-1", D(2025, 1, 6)).SickUntil(D(2025, 1, 20)).SickAgainFrom(D(2025, 1, 22)).Build();

        var set = AssessmentChanges.Between(Assess(gap, D(2025, 2, 1)), Assess(Open, D(2025, 2, 3)), gap, Open);

        var analysis = Only(set, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse);
        (analysis.PreviousDate, analysis.CurrentDate, analysis.DaysMoved).Should().Be((D(2025, 2, 17), D(2025, 2, 16), -1));
        analysis
            .Summary.Should()
            .Be(
                "probleemanalyse 1 day earlier: sickness period from 2025-01-06 is open again; sickness period from 2025-01-22 removed; assessed on 2025-02-03 instead of 2025-02-01"
            );
        analysis
            .SummaryIn(Nl)
            .Should()
            .Be(
                "probleemanalyse 1 dag eerder: ziekteperiode vanaf 6 januari 2025 loopt weer door; ziekteperiode vanaf 22 januari 2025 verwijderd; beoordeeld op 3 februari 2025 in plaats van 1 februari 2025"
            );
        analysis.ToString().Should().Be(analysis.Summary);
    }

    [Fact]
    public void The_wachttijd_ends_the_day_after_its_last_day()
    {
        // The WIA application on time (1 Oct 2026; due eleven weeks before the end, 3 Jan 2027 - 77 = 18 Oct 2026), so no late
        // application extends the end: the last day is day 728 = 3 Jan 2027. On 3 Jan the wachttijd runs, on 4 Jan it has ended.
        var @case = SicknessCase.Builder("T-2", D(2025, 1, 6)).WiaAanvraag(D(2026, 10, 1)).Build();

        var set = AssessmentChanges.Between(Assess(@case, D(2027, 1, 3)), Assess(@case, D(2027, 1, 4)), @case, @case);

        var state = Only(set, ChangeSubject.Wachttijd, WachttijdItems.State);
        (state.PreviousStatus, state.CurrentStatus).Should().Be(("running", "ended"));
        state.Summary.Should().Be("wachttijd: now ended (was running): assessed on 2027-01-04 instead of 2027-01-03");
        state.SummaryIn(Nl).Should().Be("wachttijd: nu geëindigd (was loopt): beoordeeld op 4 januari 2027 in plaats van 3 januari 2027");
    }

    [Fact]
    public void A_new_case_in_dutch_and_a_vanished_case_in_english()
    {
        // Day 42 = D + 41 = 16 Feb 2025 (Regeling procesgang art. 2 lid 2).
        var a = Assess(Open, D(2025, 1, 20));

        Only(AssessmentChanges.Between(null, a), ChangeSubject.Obligation, ObligationCodes.Probleemanalyse)
            .SummaryIn(Nl)
            .Should()
            .Be("nieuw: probleemanalyse, uiterlijk op 16 februari 2025, open: nieuwe zaak");
        Only(AssessmentChanges.Between(a, null), ChangeSubject.Obligation, ObligationCodes.Probleemanalyse)
            .Summary.Should()
            .Be("no longer: probleemanalyse: case no longer in the portfolio");
        Only(AssessmentChanges.Between(null, a), ChangeSubject.Wachttijd, WachttijdItems.LastDay)
            .SummaryIn(Nl)
            .Should()
            .Be("nieuw: laatste dag van loondoorbetaling, op 3 januari 2027: nieuwe zaak");
    }

    [Fact]
    public void A_new_case_names_each_status_and_severity()
    {
        // Analysis 10 Feb 2025, by day 42 = 16 Feb: on time. Plan due 10 Feb + 14 = 24 Feb 2025 (Regeling procesgang art. 4
        // lid 1), made 3 Mar: done late. Evaluation #1 due 3 Mar + 42 = 14 Apr 2025, within 14 days of 1 Apr: due soon.
        var a = Assess(
            SicknessCase.Builder("T-3", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).PlanVanAanpak(D(2025, 3, 3)).Build(),
            D(2025, 4, 1)
        );
        var set = AssessmentChanges.Between(null, a);

        var analysis = Only(set, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse);
        analysis.Summary.Should().Be("new: probleemanalyse, due by 2025-02-16, done on time: new case");
        analysis.SummaryIn(Nl).Should().Be("nieuw: probleemanalyse, uiterlijk op 16 februari 2025, op tijd uitgevoerd: nieuwe zaak");
        var plan = Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak);
        plan.Summary.Should().Be("new: plan van aanpak, due by 2025-02-24, done late: new case");
        plan.SummaryIn(Nl).Should().Be("nieuw: plan van aanpak, uiterlijk op 24 februari 2025, te laat uitgevoerd: nieuwe zaak");
        var soon = Only(set, ChangeSubject.Warning, WarningCodes.DueSoon, 1);
        soon.Summary.Should().Be("new: warning 'due soon' about evaluatie #1, severity warning: new case");
        soon.SummaryIn(Nl).Should().Be("nieuw: waarschuwing 'uiterste datum nadert' over evaluatie nr. 1, ernst middel: nieuwe zaak");

        // Employment ended 31 Mar 2025: the day after, the ziek-uit-dienst warning is information, and it concerns no obligation.
        var ended = AssessmentChanges.Between(
            null,
            Assess(SicknessCase.Builder("T-4", D(2025, 1, 6)).EmploymentEndsOn(D(2025, 3, 31)).Build(), D(2025, 4, 1))
        );
        var leaving = Only(ended, ChangeSubject.Warning, WarningCodes.ZiekUitDienst);
        leaving.About.Should().BeNull();
        leaving.Summary.Should().Be("new: warning 'employment ended while sick', severity info: new case");
        leaving.SummaryIn(Nl).Should().Be("nieuw: waarschuwing 'ziek uit dienst', ernst info: nieuwe zaak");
    }

    [Fact]
    public void A_change_set_says_what_it_holds()
    {
        var set = AssessmentChanges.Between(Assess(Open, D(2025, 4, 1)), Assess(Recovered, D(2025, 4, 1)), Open, Recovered);

        set.ToString().Should().Be($"T-1: {set.Changes.Count} changes, 1 case facts");
        set.Changes.Count.Should().BeGreaterThan(1);
        AssessmentChanges
            .Between(Assess(Open, D(2025, 4, 1)), Assess(Open, D(2025, 4, 1)))
            .ToString()
            .Should()
            .Be("T-1: 0 changes, 0 case facts");
    }

    [Fact]
    public void Codes_of_undefined_values_are_refused()
    {
        FluentActions
            .Invoking(() => CaseFacts.Code((CaseFact)99))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should()
            .Be("fact");
        FluentActions
            .Invoking(() => CaseFacts.Code((FactChange)99))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should()
            .Be("change");
        FluentActions
            .Invoking(() => ChangeCodes.Code((ChangeSubject)99))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should()
            .Be("subject");
        // A combination of flags is not one kind of change; each flag alone has its code.
        FluentActions
            .Invoking(() => ChangeCodes.Code(ChangeKinds.Moved | ChangeKinds.StatusChanged))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should()
            .Be("kind");
        (ChangeCodes.Code(ChangeKinds.Moved), ChangeCodes.Code(ChangeKinds.StatusChanged)).Should().Be(("moved", "status-changed"));
        (ChangeCodes.Code(ChangeSubject.Milestone), ChangeCodes.Code(ChangeSubject.Wachttijd)).Should().Be(("milestone", "wachttijd"));
    }
}
