using System.Globalization;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Changes;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Changes;

/// <summary>
/// Issue 27's nightly run, case by case: yesterday's file assessed on yesterday's date against today's file assessed on
/// today's (as <c>poortwachter changes yesterday.jsonl today.jsonl --as-of D</c> does, with D - 1 for yesterday), through
/// the public API. Every date is derived by hand in the comments from the statute, never copied from the output; the
/// reasons are asserted in full in English and Dutch (read and checked).
/// </summary>
/// <remarks>
/// <para>D = Monday 3 March 2025 is the first sick day of most cases; counted day N of an uninterrupted case is D + (N - 1):</para>
/// <list type="bullet">
/// <item>day 42 = 3 Mar + 41 = 13 Apr 2025 (probleemanalyse, Regeling procesgang art. 2 lid 2);</item>
/// <item>day 56 = 27 Apr 2025 (plan van aanpak without an analysis, Regeling art. 4 lid 1; with one, its date + 14 calendar days, WIA art. 25 lid 2);</item>
/// <item>day 295 = 3 Mar + 294: 28 days to 31 Mar, then 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 = 244 to 30 Nov, 22 more: 22 Dec 2025 (ZW art. 38 lid 1);</item>
/// <item>day 364 = 3 Mar 2026 (D + 365) - 2 = 1 Mar 2026 (eerstejaarsevaluatie, Regeling art. 4 lid 2 onder b);</item>
/// <item>day 728 = D + 727 = 3 Mar 2027 (D + 730, no 29 February between) - 3 = Sunday 28 Feb 2027, the last day of wage
/// continuation (BW 7:629 lid 1; WIA art. 23 lid 1); day 637 = 28 Feb 2027 - 91 = 29 Nov 2026 (RIV, WIA art. 25 lid 3);
/// day 651 = 13 Dec 2026 (WIA application, WIA art. 64 lid 3); day 623 = 15 Nov 2026 (UWV's letter, WIA art. 64 lid 2);
/// day 686 = 28 Feb 2027 - 42 = 17 Jan 2027 (UWV's loonsanctie decision, WIA art. 25 lid 10);</item>
/// <item>the dismissal ban (BW 7:670 lid 1 onder a, two years) ends on counted day 730 = 2 Mar 2027.</item>
/// </list>
/// <para>Most cases have the probleemanalyse on 10 Apr 2025 (day 39, on time) and the plan van aanpak on 22 Apr 2025 (day
/// 51; due 10 Apr + 14 = 24 Apr, on time), so the first evaluation is due 42 counted days after the plan (Regeling art. 4
/// lid 2 onder b; the engine's six weeks): day 93 = 3 Mar + 92 = 3 Jun 2025.</para>
/// </remarks>
public sealed class NightlyScenarioTests
{
    private const TextLanguage Nl = TextLanguage.Dutch;

    private static readonly LocalDate Day1 = D(2025, 3, 3);

    private static CaseBuilder Started(string id) =>
        SicknessCase.Builder(id, Day1).Probleemanalyse(D(2025, 4, 10)).PlanVanAanpak(D(2025, 4, 22));

    /// <summary>Yesterday's case on yesterday's date against today's case on today's, as the command pairs them.</summary>
    private static ChangeSet Night(SicknessCase? yesterday, LocalDate yesterdayAsOf, SicknessCase? today, LocalDate asOf) =>
        AssessmentChanges.Between(
            yesterday is null ? null : Assess(yesterday, yesterdayAsOf),
            today is null ? null : Assess(today, asOf),
            yesterday,
            today
        );

    private static Change Only(ChangeSet set, ChangeSubject subject, string kind, int sequence = 0) =>
        set.Changes.Should().ContainSingle(c => c.Subject == subject && c.Kind == kind && c.Sequence == sequence).Which;

    private static string Row(Change c) =>
        $"{ChangeCodes.Code(c.Subject)} {c.Kind}{(c.Sequence > 0 ? " #" + c.Sequence.ToString(CultureInfo.InvariantCulture) : string.Empty)} {c.PreviousDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} -> {c.CurrentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} {c.PreviousStatus ?? "-"} -> {c.CurrentStatus ?? "-"}";

    [Fact]
    public void A_relapse_within_four_weeks_entered_late_moves_every_later_date_by_the_fit_days()
    {
        // Yesterday (1 Jun 2025) the file had the employee sick throughout. Today HR recorded that she was fit 1..19 May and
        // sick again from 20 May: 19 fit days, fewer than four weeks, so the periods are added together (samentelling, BW
        // 7:629 lid 10; WIA art. 23 lid 3 onder a, 1°) and the fit days do not count. 30 Apr is day 59 (3 Mar + 58), 20 May
        // is day 60: every counted day from 60 on comes 19 calendar days later. The analysis (day 42) and the plan (due 24
        // Apr) lie before the gap: unchanged, so not in the set.
        //   evaluatie #1, day 93: 3 Jun -> 20 May + 33 = 22 Jun 2025
        //   uwv-ziekmelding, day 295: 22 Dec 2025 + 19 = 10 Jan 2026
        //   arbeidsdeskundig onderzoek and eerstejaarsevaluatie, day 364: 1 Mar + 19 = 20 Mar 2026
        //   spoor 2 (not applicable, latest date E + 42 = day 406): 12 Apr + 19 = 1 May 2026
        //   re-integratieverslag, day 637: 29 Nov + 19 = 18 Dec 2026; WIA application, day 651: 13 Dec + 19 = 1 Jan 2027
        //   UWV's letter, day 623: 15 Nov + 19 = 4 Dec 2026; loonsanctie decision, day 686: 17 Jan + 19 = 5 Feb 2027
        //   last day, day 728: 28 Feb + 19 = 19 Mar 2027 (WIA start the day after, 20 Mar); ban, day 730: 2 Mar + 19 = 21 Mar 2027
        // The evaluation was due soon yesterday (3 Jun, 2 days ahead); today it is 20 days ahead, past the 14: that warning goes.
        var yesterday = Started("R-1").Build();
        var today = Started("R-1").SickUntil(D(2025, 4, 30)).SickAgainFrom(D(2025, 5, 20)).Build();

        var set = Night(yesterday, D(2025, 6, 1), today, D(2025, 6, 2));

        set.Changes.Select(Row)
            .Should()
            .Equal(
                "obligation evaluatie #1 2025-06-03 -> 2025-06-22 open -> open",
                "obligation uwv-ziekmelding 2025-12-22 -> 2026-01-10 open -> open",
                "obligation arbeidsdeskundig-onderzoek 2026-03-01 -> 2026-03-20 open -> open",
                "obligation eerstejaarsevaluatie 2026-03-01 -> 2026-03-20 open -> open",
                "obligation spoor-2 2026-04-12 -> 2026-05-01 not-applicable -> not-applicable",
                "obligation re-integratieverslag 2026-11-29 -> 2026-12-18 open -> open",
                "obligation wia-aanvraag 2026-12-13 -> 2027-01-01 open -> open",
                "milestone uwv-wia-brief 2026-11-15 -> 2026-12-04 - -> -",
                "milestone loonsanctie-beslissing 2027-01-17 -> 2027-02-05 - -> -",
                "milestone einde-wachttijd 2027-02-28 -> 2027-03-19 - -> -",
                "milestone wia-start 2027-03-01 -> 2027-03-20 - -> -",
                "milestone einde-opzegverbod 2027-03-02 -> 2027-03-21 - -> -",
                "warning due-soon #1 - -> - warning -> -",
                "wachttijd last-day 2027-02-28 -> 2027-03-19 - -> -",
                "wachttijd ban-end 2027-03-02 -> 2027-03-21 - -> -"
            );
        set.Changes.Where(c => c.PreviousDate is not null).Should().OnlyContain(c => c.DaysMoved == 19);

        var evaluation = Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 1);
        evaluation
            .Reason.Should()
            .Be(
                "evaluatie #1 19 days later: sickness period from 2025-03-03 now ends on 2025-04-30; sickness period from 2025-05-20 added (samentelling); assessed on 2025-06-02 instead of 2025-06-01"
                    + "\nBefore: Evaluation 1: 42 counted days after the plan van aanpak of 2025-04-22, on 2025-06-03 (projected as if the employee is sick every day after 2025-06-01). Not done yet; 2 day(s) left on 2025-06-01."
                    + "\nNow: Evaluation 1: 42 counted days after the plan van aanpak of 2025-04-22, on 2025-06-22 (61 calendar days: fit days and leave do not count) (projected as if the employee is sick every day after 2025-06-02). Not done yet; 20 day(s) left on 2025-06-02."
            );
        evaluation
            .ReasonIn(Nl)
            .Should()
            .Be(
                "evaluatie nr. 1 19 dagen later: ziekteperiode vanaf 3 maart 2025 eindigt nu op 30 april 2025; ziekteperiode vanaf 20 mei 2025 toegevoegd (samentelling); beoordeeld op 2 juni 2025 in plaats van 1 juni 2025"
                    + "\nEerder: Evaluatie 1: uiterlijk zes weken (42 getelde ziektedagen) na het plan van aanpak van 22 april 2025, dus op 3 juni 2025 (vooruitberekend, ervan uitgaande dat de werknemer na 1 juni 2025 ziek blijft). Nog niet gehouden; op 1 juni 2025 resteren 2 dagen."
                    + "\nNu: Evaluatie 1: uiterlijk zes weken (42 getelde ziektedagen) na het plan van aanpak van 22 april 2025, dus op 22 juni 2025 (61 kalenderdagen: hersteldagen en verlof tellen niet mee) (vooruitberekend, ervan uitgaande dat de werknemer na 2 juni 2025 ziek blijft). Nog niet gehouden; op 2 juni 2025 resteren 20 dagen."
            );
        Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd)
            .SummaryIn(Nl)
            .Should()
            .Be(
                "einde van het opzegverbod bij ziekte 19 dagen later: ziekteperiode vanaf 3 maart 2025 eindigt nu op 30 april 2025; ziekteperiode vanaf 20 mei 2025 toegevoegd (samentelling); beoordeeld op 2 juni 2025 in plaats van 1 juni 2025"
            );
        Only(set, ChangeSubject.Warning, WarningCodes.DueSoon, 1)
            .Summary.Should()
            .Be(
                "no longer: warning 'due soon' about evaluatie #1: sickness period from 2025-03-03 now ends on 2025-04-30; sickness period from 2025-05-20 added (samentelling); assessed on 2025-06-02 instead of 2025-06-01"
            );
    }

    [Fact]
    public void A_relapse_the_night_after_an_interruption_moves_no_date()
    {
        // The same relapse recorded on the day it happens. Yesterday (19 May 2025) the employee had been fit 1..19 May, 19
        // days: interrupted, and the projection already assumed sickness again from 20 May (the engine's projection: sick
        // from asOf + 1). Today she is sick again from 20 May: exactly what was projected, so no date moves; only the state
        // (interrupted -> running) and the suspended duties (-> open) change. Evaluatie #1: day 93 = day 60 (20 May) + 33 =
        // 22 Jun 2025 on both nights.
        var yesterday = Started("R-2").SickUntil(D(2025, 4, 30)).Build();
        var today = Started("R-2").SickUntil(D(2025, 4, 30)).SickAgainFrom(D(2025, 5, 20)).Build();

        var set = Night(yesterday, D(2025, 5, 19), today, D(2025, 5, 20));

        set.Changes.Should().OnlyContain(c => c.DaysMoved == 0 && (c.What & ChangeKinds.Moved) == ChangeKinds.None);
        var evaluation = Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 1);
        Row(evaluation).Should().Be("obligation evaluatie #1 2025-06-22 -> 2025-06-22 suspended -> open");
        evaluation
            .Summary.Should()
            .Be(
                "evaluatie #1: now open (was suspended): sickness period from 2025-05-20 added (samentelling); assessed on 2025-05-20 instead of 2025-05-19"
            );
        evaluation
            .SummaryIn(Nl)
            .Should()
            .Be(
                "evaluatie nr. 1: nu open (was opgeschort): ziekteperiode vanaf 20 mei 2025 toegevoegd (samentelling); beoordeeld op 20 mei 2025 in plaats van 19 mei 2025"
            );
        var state = Only(set, ChangeSubject.Wachttijd, WachttijdItems.State);
        state
            .Summary.Should()
            .Be(
                "wachttijd: now running (was interrupted): sickness period from 2025-05-20 added (samentelling); assessed on 2025-05-20 instead of 2025-05-19"
            );
        state
            .SummaryIn(Nl)
            .Should()
            .Be(
                "wachttijd: nu loopt (was onderbroken): ziekteperiode vanaf 20 mei 2025 toegevoegd (samentelling); beoordeeld op 20 mei 2025 in plaats van 19 mei 2025"
            );
    }

    [Fact]
    public void A_relapse_after_four_weeks_starts_a_new_wachttijd()
    {
        // Sick 3 Mar..30 Apr 2025, then fit. Yesterday (1 Jul) she had been fit 1 May..1 Jul, 62 days: four weeks or more, the
        // case ended by recovery. Today she is sick again from 2 Jul: an interruption of four weeks or more, so no
        // samentelling (BW 7:629 lid 10; WIA art. 23 lid 3): a new wachttijd with day 1 = 2 Jul 2025, and the old analysis
        // and plan belong to the old case.
        //   probleemanalyse day 42 = 2 Jul + 41 = 12 Aug 2025 (was 13 Apr, done on time): 18 + 31 + 30 + 31 + 11 = 121 days later
        //   plan van aanpak day 56 = 26 Aug 2025 (was 24 Apr: 10 Apr + 14)
        //   uwv-ziekmelding day 295 = 2 Jul 2025 + 294 = 2 Jul 2026 (+365) - 71 = 22 Apr 2026 (was not required: ended)
        //   last day, day 728 = 2 Jul 2025 + 727 = 2 Jul 2027 (+730) - 3 = 29 Jun 2027; ban, day 730 = 1 Jul 2027
        var yesterday = Started("W-1").SickUntil(D(2025, 4, 30)).Build();
        var today = Started("W-1").SickUntil(D(2025, 4, 30)).SickAgainFrom(D(2025, 7, 2)).Build();

        var set = Night(yesterday, D(2025, 7, 1), today, D(2025, 7, 2));

        set.CaseFacts.Should().ContainSingle().Which.Description.Should().Be("sickness period from 2025-07-02 added (new wachttijd)");
        set.CaseFacts[0].DescriptionIn(Nl).Should().Be("ziekteperiode vanaf 2 juli 2025 toegevoegd (nieuwe wachttijd)");
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse))
            .Should()
            .Be("obligation probleemanalyse 2025-04-13 -> 2025-08-12 fulfilled -> open");
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak))
            .Should()
            .Be("obligation plan-van-aanpak 2025-04-24 -> 2025-08-26 fulfilled -> open");
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding))
            .Should()
            .Be("obligation uwv-ziekmelding - -> 2026-04-22 not-applicable -> open");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.State)).Should().Be("wachttijd state - -> - ended-recovered -> running");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay)).Should().Be("wachttijd last-day - -> 2027-06-29 - -> -");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd)).Should().Be("wachttijd ban-end - -> 2027-07-01 - -> -");

        var analysis = Only(set, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse);
        analysis.DaysMoved.Should().Be(121);
        analysis
            .Summary.Should()
            .Be(
                "probleemanalyse 121 days later, now open (was done on time): sickness period from 2025-07-02 added (new wachttijd); assessed on 2025-07-02 instead of 2025-07-01"
            );
        analysis
            .SummaryIn(Nl)
            .Should()
            .Be(
                "probleemanalyse 121 dagen later, nu open (was op tijd uitgevoerd): ziekteperiode vanaf 2 juli 2025 toegevoegd (nieuwe wachttijd); beoordeeld op 2 juli 2025 in plaats van 1 juli 2025"
            );
        var newWachttijd = Only(set, ChangeSubject.Warning, WarningCodes.NewWachttijd);
        newWachttijd
            .Summary.Should()
            .Be(
                "new: warning 'new wachttijd', severity warning: sickness period from 2025-07-02 added (new wachttijd); assessed on 2025-07-02 instead of 2025-07-01"
            );
        newWachttijd
            .SummaryIn(Nl)
            .Should()
            .Be(
                "nieuw: waarschuwing 'nieuwe wachttijd', ernst middel: ziekteperiode vanaf 2 juli 2025 toegevoegd (nieuwe wachttijd); beoordeeld op 2 juli 2025 in plaats van 1 juli 2025"
            );
        Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay)
            .SummaryIn(Nl)
            .Should()
            .Be(
                "nieuw: laatste dag van loondoorbetaling, op 29 juni 2027: ziekteperiode vanaf 2 juli 2025 toegevoegd (nieuwe wachttijd); beoordeeld op 2 juli 2025 in plaats van 1 juli 2025"
            );
    }

    [Fact]
    public void A_plan_not_made_turns_overdue_between_two_nights()
    {
        // No analysis and no plan on record: the plan is due on day 56 (Regeling procesgang art. 4 lid 1) = 27 Apr 2025. On
        // 27 Apr it is still open (due today, due soon); on 28 Apr it is overdue, a statute obligation: high. The analysis
        // was overdue on both nights (day 42 = 13 Apr): no change. The file did not change: only the date.
        var yesterday = SicknessCase.Builder("Q-1", Day1).Build();
        var today = SicknessCase.Builder("Q-1", Day1).Build();

        var set = Night(yesterday, D(2025, 4, 27), today, D(2025, 4, 28));

        set.CaseFacts.Should().BeEmpty();
        set.Changes.Select(Row)
            .Should()
            .Equal(
                "obligation plan-van-aanpak 2025-04-27 -> 2025-04-27 open -> overdue",
                "warning overdue - -> - - -> high",
                "warning due-soon - -> - warning -> -"
            );
        var plan = Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak);
        plan.Summary.Should().Be("plan van aanpak: now overdue (was open): assessed on 2025-04-28 instead of 2025-04-27");
        plan.SummaryIn(Nl).Should().Be("plan van aanpak: nu te laat (was open): beoordeeld op 28 april 2025 in plaats van 27 april 2025");
        var overdue = Only(set, ChangeSubject.Warning, WarningCodes.Overdue);
        overdue.About.Should().Be(ObligationCodes.PlanVanAanpak);
        overdue
            .Summary.Should()
            .Be("new: warning 'overdue' about plan van aanpak, severity high: assessed on 2025-04-28 instead of 2025-04-27");
        overdue
            .SummaryIn(Nl)
            .Should()
            .Be("nieuw: waarschuwing 'te laat' over plan van aanpak, ernst hoog: beoordeeld op 28 april 2025 in plaats van 27 april 2025");
    }

    [Fact]
    public void A_recovery_ends_the_case_on_the_twenty_eighth_fit_day()
    {
        // Sick 3 Mar..4 May 2025 (counted days 1-63), fit from 5 May. On 31 May she has been fit 5..31 May, 27 days: fewer
        // than four weeks, so a relapse could still be added (BW 7:629 lid 10): interrupted, the open duties suspended and
        // projected as if sick from 1 Jun = day 64. On 1 Jun the fit days are 28: no relapse can join any more, the case
        // ended by recovery. Yesterday's projected dates: evaluatie #1, day 93 = 1 Jun + 29 = 30 Jun 2025; day 295 = 1 Jun +
        // 231 = 18 Jan 2026; last day, day 728 = 1 Jun 2025 + 664 = 1 Jun 2027 (+730) - 66 = 27 Mar 2027; ban, day 730 = 29
        // Mar 2027. Today none of them: a case that ended by recovery has no last day and its duties are not required.
        var yesterday = Started("H-1").SickUntil(D(2025, 5, 4)).Build();
        var today = Started("H-1").SickUntil(D(2025, 5, 4)).Build();

        var set = Night(yesterday, D(2025, 5, 31), today, D(2025, 6, 1));

        set.CaseFacts.Should().BeEmpty();
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.State)).Should().Be("wachttijd state - -> - interrupted -> ended-recovered");
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 1))
            .Should()
            .Be("obligation evaluatie #1 2025-06-30 -> - suspended -> not-applicable");
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding))
            .Should()
            .Be("obligation uwv-ziekmelding 2026-01-18 -> - suspended -> not-applicable");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay)).Should().Be("wachttijd last-day 2027-03-27 -> - - -> -");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd)).Should().Be("wachttijd ban-end 2027-03-29 -> - - -> -");
        // The analysis and the plan were done: they keep their status, not in the set.
        set.Changes.Should().NotContain(c => c.Kind == ObligationCodes.Probleemanalyse || c.Kind == ObligationCodes.PlanVanAanpak);

        var state = Only(set, ChangeSubject.Wachttijd, WachttijdItems.State);
        // The state change names the fit days that ended it: 5 May..1 Jun 2025 is 27 + 1 = 28.
        state
            .Summary.Should()
            .Be(
                "wachttijd: now ended by recovery (was interrupted): fit since 2025-05-05, 28 fit days by 2025-06-01 (28 end a case, BW 7:629 lid 10); assessed on 2025-06-01 instead of 2025-05-31"
            );
        state
            .SummaryIn(Nl)
            .Should()
            .Be(
                "wachttijd: nu geëindigd door herstel (was onderbroken): hersteld sinds 5 mei 2025, 28 hersteldagen op 1 juni 2025 (28 hersteldagen beëindigen een ziekteperiode, BW 7:629 lid 10); beoordeeld op 1 juni 2025 in plaats van 31 mei 2025"
            );
        var report = Only(set, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding);
        report
            .Summary.Should()
            .Be("UWV ziekmelding no longer dated, now not required (was suspended): assessed on 2025-06-01 instead of 2025-05-31");
        report
            .SummaryIn(Nl)
            .Should()
            .Be(
                "UWV ziekmelding zonder datum, nu niet van toepassing (was opgeschort): beoordeeld op 1 juni 2025 in plaats van 31 mei 2025"
            );
        Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay)
            .SummaryIn(Nl)
            .Should()
            .Be("vervallen: laatste dag van loondoorbetaling: beoordeeld op 1 juni 2025 in plaats van 31 mei 2025");
    }

    [Fact]
    public void A_loonsanctie_moves_the_end_and_the_dismissal_ban_end()
    {
        // The RIV (25 Nov 2026, by day 637) and the WIA application (10 Dec 2026, by day 651) on time, so no late application
        // extends the end (BW 7:629 lid 11 onder a); evaluatie #3 is overdue, which moves no date. UWV's
        // decision of 12 Jan 2027, a loonsanctie of 26 weeks (WIA art. 25 lid 9), is recorded the next night. It came by
        // the day of the decision, 17 Jan 2027 (lid 10), so it runs in full: 26 x 7 = 182 calendar days after day 728:
        // 28 Feb + 182 = 29 Aug 2027 (31 + 30 + 31 + 30 + 31 = 153 to 31 Jul, 29 more). WIA start the day after, 30 Aug. The
        // ban's two years are extended by the same period (BW 7:670 lid 11 onder c): 2 Mar + 182 = 31 Aug 2027. The decision
        // milestone itself does not move (lid 10 counts from the end before the sanction).
        CaseBuilder Done(string id) =>
            Started(id)
                .Evaluatie(D(2025, 6, 2))
                .UwvZiekmelding(D(2025, 12, 1))
                .ArbeidsdeskundigOnderzoek(D(2026, 1, 20))
                .Eerstejaarsevaluatie(D(2026, 2, 16))
                .ReIntegratieverslag(D(2026, 11, 25))
                .WiaAanvraag(D(2026, 12, 10));
        var yesterday = Done("S-1").Build();
        var today = Done("S-1").Loonsanctie(D(2027, 1, 12), 26).Build();

        var set = Night(yesterday, D(2027, 1, 12), today, D(2027, 1, 13));

        set.Changes.Select(Row)
            .Should()
            .Equal(
                "milestone einde-wachttijd 2027-02-28 -> 2027-08-29 - -> -",
                "milestone wia-start 2027-03-01 -> 2027-08-30 - -> -",
                "milestone einde-opzegverbod 2027-03-02 -> 2027-08-31 - -> -",
                "warning wage-period-extended - -> - - -> info",
                "wachttijd last-day 2027-02-28 -> 2027-08-29 - -> -",
                "wachttijd ban-end 2027-03-02 -> 2027-08-31 - -> -"
            );
        var end = Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay);
        end.Reason.Should()
            .Be(
                "last day of wage continuation 182 days later: event loonsanctie on 2027-01-12 added; assessed on 2027-01-13 instead of 2027-01-12"
                    + "\nBefore: Wage continuation lasts 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1): counted day 728 (the last day of week 104) falls on 2027-02-28: day 1 (2025-03-03) + 727 days (projected as if the employee is sick every day after 2027-01-12)."
                    + "\nNow: Wage continuation lasts 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1): counted day 728 (the last day of week 104) falls on 2027-02-28: day 1 (2025-03-03) + 727 days (projected as if the employee is sick every day after 2027-01-13). UWV imposed a loonsanctie of 26 week(s) on 2027-01-12 (WIA art. 25 lid 9): wage continuation runs on for 182 calendar days from 2027-03-01, to 2027-08-29; a calendar period: fit days do not move it."
            );
        end.ReasonIn(Nl)
            .Should()
            .Be(
                "laatste dag van loondoorbetaling 182 dagen later: gebeurtenis loonsanctie op 12 januari 2027 toegevoegd; beoordeeld op 13 januari 2027 in plaats van 12 januari 2027"
                    + "\nEerder: De loondoorbetaling duurt 104 weken (BW 7:629 lid 1; WIA art. 23 lid 1): getelde ziektedag 728 (de laatste dag van week 104) valt op 28 februari 2027: dag 1 (3 maart 2025) + 727 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 12 januari 2027 ziek blijft)."
                    + "\nNu: De loondoorbetaling duurt 104 weken (BW 7:629 lid 1; WIA art. 23 lid 1): getelde ziektedag 728 (de laatste dag van week 104) valt op 28 februari 2027: dag 1 (3 maart 2025) + 727 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 13 januari 2027 ziek blijft). UWV heeft op 12 januari 2027 een loonsanctie van 26 weken opgelegd (WIA art. 25 lid 9): de loondoorbetaling loopt 182 kalenderdagen door, van 1 maart 2027 tot en met 29 augustus 2027 (een vaste kalenderperiode; hersteldagen schuiven die niet op)."
            );
        var ban = Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd);
        ban.Summary.Should()
            .Be(
                "end of the dismissal ban during sickness 182 days later: event loonsanctie on 2027-01-12 added; assessed on 2027-01-13 instead of 2027-01-12"
            );
        ban.SummaryIn(Nl)
            .Should()
            .Be(
                "einde van het opzegverbod bij ziekte 182 dagen later: gebeurtenis loonsanctie op 12 januari 2027 toegevoegd; beoordeeld op 13 januari 2027 in plaats van 12 januari 2027"
            );
        Only(set, ChangeSubject.Warning, WarningCodes.WagePeriodExtended)
            .SummaryIn(Nl)
            .Should()
            .Be(
                "nieuw: waarschuwing 'loondoorbetaling verlengd', ernst info: gebeurtenis loonsanctie op 12 januari 2027 toegevoegd; beoordeeld op 13 januari 2027 in plaats van 12 januari 2027"
            );
    }

    [Fact]
    public void A_voluntary_verlenging_moves_the_end_the_ban_and_the_duties_that_count_back_from_it()
    {
        // Employer and employee asked for a voluntary extension; UWV fixed the end on 31 Aug 2027 (WIA art. 24 lid 1),
        // recorded on 1 Oct 2026 and read the next night. Last day 28 Feb -> 31 Aug 2027: 31 + 30 + 31 + 30 + 31 + 31 = 184
        // days later; WIA start 1 Sep 2027. The ban is extended by the same period (BW 7:670 lid 11 onder c): 2 Mar + 184 =
        // 2 Sep 2027. The RIV and the WIA application count back from the new end (WIA art. 25 lid 3, 64 lid 3: 13 and 11
        // weeks): 31 Aug - 91 = 1 Jun 2027 (31 Jul, 30 Jun, 31 May are -31, -62, -92, so one day later), 31 Aug - 77 = 15 Jun
        // 2027; UWV's loonsanctie decision, six weeks before the end (WIA art. 25 lid 10): 31 Aug - 42 = 20 Jul 2027. UWV's
        // letter (day 623, WIA art. 64 lid 2) counts from day 1: unchanged.
        var yesterday = Started("V-1").Build();
        var today = Started("V-1").Verlenging(D(2026, 10, 1), D(2027, 8, 31)).Build();

        var set = Night(yesterday, D(2026, 10, 1), today, D(2026, 10, 2));

        set.Changes.Select(Row)
            .Should()
            .Equal(
                "obligation re-integratieverslag 2026-11-29 -> 2027-06-01 open -> open",
                "obligation wia-aanvraag 2026-12-13 -> 2027-06-15 open -> open",
                "milestone loonsanctie-beslissing 2027-01-17 -> 2027-07-20 - -> -",
                "milestone einde-wachttijd 2027-02-28 -> 2027-08-31 - -> -",
                "milestone wia-start 2027-03-01 -> 2027-09-01 - -> -",
                "milestone einde-opzegverbod 2027-03-02 -> 2027-09-02 - -> -",
                "warning wage-period-extended - -> - - -> info",
                "wachttijd last-day 2027-02-28 -> 2027-08-31 - -> -",
                "wachttijd ban-end 2027-03-02 -> 2027-09-02 - -> -"
            );
        var riv = Only(set, ChangeSubject.Obligation, ObligationCodes.ReIntegratieverslag);
        riv.Summary.Should()
            .Be("re-integratieverslag 184 days later: event verlenging on 2026-10-01 added; assessed on 2026-10-02 instead of 2026-10-01");
        riv.SummaryIn(Nl)
            .Should()
            .Be(
                "re-integratieverslag 184 dagen later: gebeurtenis verlenging op 1 oktober 2026 toegevoegd; beoordeeld op 2 oktober 2026 in plaats van 1 oktober 2026"
            );
        Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd)
            .SummaryIn(Nl)
            .Should()
            .Be(
                "einde van het opzegverbod bij ziekte 184 dagen later: gebeurtenis verlenging op 1 oktober 2026 toegevoegd; beoordeeld op 2 oktober 2026 in plaats van 1 oktober 2026"
            );
    }

    [Fact]
    public void An_early_iva_grant_ends_the_wachttijd_early_and_lapses_the_duties_after_it()
    {
        // Applied 1 Jul 2025 (day 121); granted 15 Aug 2025 with the wachttijd ending 30 Sep 2025 (WIA art. 23 lid 6: at
        // least 13 weeks, day 91 = 1 Jun 2025, and ten weeks after the application, 1 Jul + 70 = 9 Sep 2025). The WIA
        // benefit can start 1 Oct 2025 (was 1 Mar 2027: 1 Oct 2025 to 1 Oct 2026 is 365 days, to 1 Mar 2027 31 + 30 + 31 +
        // 31 + 28 = 151 more: 516 days earlier). Wage continuation still runs to 28 Feb 2027 (BW 7:629 lid 1): the last day is
        // not in the set. The application counts as the WIA application and UWV does not review the re-integration (WIA
        // art. 66): no RIV, no WIA application, no UWV letter, no loonsanctie decision. The employer's duties due after the
        // grant lapse (arbeidsdeskundig onderzoek and eerstejaarsevaluatie, day 364 = 1 Mar 2026, the engine's practice
        // reading, docs/interpretation.md "Vervroegde IVA"); the 42nd-week report was made by the application of 1 Jul (ZW
        // art. 38 lid 8): unchanged. Evaluatie #1 (due 3 Jun, not held) stays overdue, its warning now only info.
        var yesterday = Started("I-1").VervroegdeIvaAanvraag(D(2025, 7, 1)).Build();
        var today = Started("I-1").VervroegdeIvaAanvraag(D(2025, 7, 1)).VervroegdeIvaToegekend(D(2025, 8, 15), D(2025, 9, 30)).Build();

        var set = Night(yesterday, D(2025, 8, 15), today, D(2025, 8, 16));

        set.Changes.Select(Row)
            .Should()
            .Equal(
                "obligation arbeidsdeskundig-onderzoek 2026-03-01 -> 2026-03-01 open -> not-applicable",
                "obligation eerstejaarsevaluatie 2026-03-01 -> 2026-03-01 open -> not-applicable",
                "obligation re-integratieverslag 2026-11-29 -> - open -> not-applicable",
                "obligation wia-aanvraag 2026-12-13 -> - open -> not-applicable",
                "milestone einde-wachttijd-vervroegd - -> 2025-09-30 - -> -",
                "milestone wia-start 2027-03-01 -> 2025-10-01 - -> -",
                "milestone uwv-wia-brief 2026-11-15 -> - - -> -",
                "milestone loonsanctie-beslissing 2027-01-17 -> - - -> -",
                "warning wachttijd-verkort - -> - - -> info",
                "warning overdue #1 - -> - high -> info",
                "warning vervroegde-iva-in-behandeling - -> - info -> -",
                "wachttijd wachttijd-ends-on - -> 2025-09-30 - -> -"
            );
        var shortened = Only(set, ChangeSubject.Wachttijd, WachttijdItems.WachttijdEndsOn);
        shortened
            .Summary.Should()
            .Be(
                "new: end of the shortened wachttijd, on 2025-09-30: event vervroegde-iva-besluit on 2025-08-15 added; assessed on 2025-08-16 instead of 2025-08-15"
            );
        shortened
            .SummaryIn(Nl)
            .Should()
            .Be(
                "nieuw: einde van de verkorte wachttijd, op 30 september 2025: gebeurtenis vervroegde-iva-besluit op 15 augustus 2025 toegevoegd; beoordeeld op 16 augustus 2025 in plaats van 15 augustus 2025"
            );
        var start = Only(set, ChangeSubject.Milestone, MilestoneCodes.WiaStart);
        start.DaysMoved.Should().Be(-516);
        start
            .SummaryIn(Nl)
            .Should()
            .Be(
                "WIA start 516 dagen eerder: gebeurtenis vervroegde-iva-besluit op 15 augustus 2025 toegevoegd; beoordeeld op 16 augustus 2025 in plaats van 15 augustus 2025"
            );
        var riv = Only(set, ChangeSubject.Obligation, ObligationCodes.ReIntegratieverslag);
        riv.Summary.Should()
            .Be(
                "re-integratieverslag no longer dated, now not required (was open): event vervroegde-iva-besluit on 2025-08-15 added; assessed on 2025-08-16 instead of 2025-08-15"
            );
        riv.SummaryIn(Nl)
            .Should()
            .Be(
                "re-integratieverslag zonder datum, nu niet van toepassing (was open): gebeurtenis vervroegde-iva-besluit op 15 augustus 2025 toegevoegd; beoordeeld op 16 augustus 2025 in plaats van 15 augustus 2025"
            );
        Only(set, ChangeSubject.Warning, WarningCodes.Overdue, 1)
            .SummaryIn(Nl)
            .Should()
            .Be(
                "waarschuwing 'te laat' over evaluatie nr. 1: ernst nu info (was hoog): gebeurtenis vervroegde-iva-besluit op 15 augustus 2025 toegevoegd; beoordeeld op 16 augustus 2025 in plaats van 15 augustus 2025"
            );
    }

    [Fact]
    public void Pregnancy_and_birth_leave_recorded_ahead_moves_every_date_after_it()
    {
        // Leave 1 Sep..21 Dec 2025, 16 weeks = 112 days (1 Sep + 111 = 21 Dec: 29 + 31 + 30 + 21), recorded on 2 Jun. Leave
        // days do not count toward the wachttijd (WIA art. 23 lid 5 onder a; BW 7:629 lid 4) nor toward the two years of the
        // ban (BW 7:670 lid 1, second sentence). 31 Aug is counted day 182; day 183 is 22 Dec 2025. Every date past day 182
        // comes 112 days later: day 295, 22 Dec 2025 -> 13 Apr 2026 (9 + 31 + 28 + 31 + 13); day 364, 1 Mar -> 21 Jun 2026;
        // last day 28 Feb -> 20 Jun 2027 (31 + 30 + 31 + 20); ban 2 Mar -> 22 Jun 2027. Evaluatie #1 (3 Jun) lies before
        // the leave: unchanged.
        var yesterday = Started("Z-1").Build();
        var today = Started("Z-1").ZwangerschapsBevallingsverlof(D(2025, 9, 1), D(2025, 12, 21)).Build();

        var set = Night(yesterday, D(2025, 6, 1), today, D(2025, 6, 2));

        set.Changes.Should().HaveCount(13).And.OnlyContain(c => c.DaysMoved == 112);
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding))
            .Should()
            .Be("obligation uwv-ziekmelding 2025-12-22 -> 2026-04-13 open -> open");
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.Eerstejaarsevaluatie))
            .Should()
            .Be("obligation eerstejaarsevaluatie 2026-03-01 -> 2026-06-21 open -> open");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay)).Should().Be("wachttijd last-day 2027-02-28 -> 2027-06-20 - -> -");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd)).Should().Be("wachttijd ban-end 2027-03-02 -> 2027-06-22 - -> -");
        set.Changes.Should().NotContain(c => c.Kind == ObligationCodes.Evaluatie);
        var report = Only(set, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding);
        report
            .Summary.Should()
            .Be(
                "UWV ziekmelding 112 days later: pregnancy and birth leave from 2025-09-01 added; assessed on 2025-06-02 instead of 2025-06-01"
            );
        report
            .SummaryIn(Nl)
            .Should()
            .Be(
                "UWV ziekmelding 112 dagen later: zwangerschaps- en bevallingsverlof vanaf 1 september 2025 toegevoegd; beoordeeld op 2 juni 2025 in plaats van 1 juni 2025"
            );
    }

    [Fact]
    public void A_new_case_adds_its_dates()
    {
        // First sick day Monday 2 Jun 2025, in today's file only (the command treats a case whose first sick day is after
        // yesterday's date as new). Day 42 = 2 Jun + 41 = 13 Jul 2025; plan, day 56 = 27 Jul 2025; last day, day 728 = 2 Jun
        // 2027 (+730) - 3 = 30 May 2027; ban, day 730 = 1 Jun 2027.
        var today = SicknessCase.Builder("N-1", D(2025, 6, 2)).Build();

        var set = Night(null, D(2025, 6, 1), today, D(2025, 6, 2));

        set.IsNewCase.Should().BeTrue();
        set.Changes.Should().OnlyContain(c => c.What == ChangeKinds.Added);
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse))
            .Should()
            .Be("obligation probleemanalyse - -> 2025-07-13 - -> open");
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak))
            .Should()
            .Be("obligation plan-van-aanpak - -> 2025-07-27 - -> open");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay)).Should().Be("wachttijd last-day - -> 2027-05-30 - -> -");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd)).Should().Be("wachttijd ban-end - -> 2027-06-01 - -> -");
        var analysis = Only(set, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse);
        analysis.Summary.Should().Be("new: probleemanalyse, due by 2025-07-13, open: new case");
        analysis.SummaryIn(Nl).Should().Be("nieuw: probleemanalyse, uiterlijk op 13 juli 2025, open: nieuwe zaak");
        Only(set, ChangeSubject.Wachttijd, WachttijdItems.BanEnd)
            .SummaryIn(Nl)
            .Should()
            .Be("nieuw: einde van het opzegverbod bij ziekte, op 1 juni 2027: nieuwe zaak");
    }

    [Fact]
    public void A_vanished_case_removes_its_dates()
    {
        // In yesterday's file only: every item goes, with yesterday's dates (evaluatie #1 due 3 Jun, last day 28 Feb 2027).
        var set = Night(Started("X-1").Build(), D(2025, 6, 1), null, D(2025, 6, 2));

        set.IsVanishedCase.Should().BeTrue();
        set.Changes.Should().OnlyContain(c => c.What == ChangeKinds.Removed);
        Row(Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 1))
            .Should()
            .Be("obligation evaluatie #1 2025-06-03 -> - open -> -");
        Row(Only(set, ChangeSubject.Wachttijd, WachttijdItems.LastDay)).Should().Be("wachttijd last-day 2027-02-28 -> - - -> -");
        var evaluation = Only(set, ChangeSubject.Obligation, ObligationCodes.Evaluatie, 1);
        evaluation.Summary.Should().Be("no longer: evaluatie #1: case no longer in the portfolio");
        evaluation.SummaryIn(Nl).Should().Be("vervallen: evaluatie nr. 1: zaak niet meer in het bestand");
    }

    [Fact]
    public void An_unchanged_case_gives_an_empty_set_from_one_night_to_the_next()
    {
        // Evaluatie #1 held 20 May 2025 (on time, due 3 Jun): #2 due 20 May + 42 = 1 Jul 2025, due soon only from 17 Jun. From
        // 1 to 2 Jun nothing crosses a date: no status, no warning, no date changes. Both files hold the case (two objects).
        CaseBuilder Same() => Started("U-1").Evaluatie(D(2025, 5, 20));

        var set = Night(Same().Build(), D(2025, 6, 1), Same().Build(), D(2025, 6, 2));

        set.IsEmpty.Should().BeTrue();
        set.Changes.Should().BeEmpty();
        set.CaseFacts.Should().BeEmpty();
    }

    [Fact]
    public void A_probleemanalyse_done_late_moves_the_plan_and_is_done_late()
    {
        // First sick day Monday 7 Apr 2025: day 42 = 7 Apr + 41 = 18 May 2025; without an analysis the plan is due on day 56 =
        // 1 Jun 2025 (Regeling art. 4 lid 1). Yesterday (1 Jun): analysis overdue, plan due today (open). Today HR recorded
        // the analysis of 2 Jun: done late (after 18 May), and the plan is now due two weeks after it (WIA art. 25 lid 2,
        // Regeling art. 4 lid 1: "binnen twee weken"): 2 Jun + 14 = 16 Jun 2025, 15 days later. Its due-soon warning stays
        // (16 Jun is 14 days ahead): no change.
        var yesterday = SicknessCase.Builder("P-1", D(2025, 4, 7)).Build();
        var today = SicknessCase.Builder("P-1", D(2025, 4, 7)).Probleemanalyse(D(2025, 6, 2)).Build();

        var set = Night(yesterday, D(2025, 6, 1), today, D(2025, 6, 2));

        set.Changes.Select(Row)
            .Should()
            .Equal(
                "obligation probleemanalyse 2025-05-18 -> 2025-05-18 overdue -> fulfilled-late",
                "obligation plan-van-aanpak 2025-06-01 -> 2025-06-16 open -> open",
                "warning fulfilled-late - -> - - -> warning",
                "warning overdue - -> - high -> -"
            );
        var analysis = Only(set, ChangeSubject.Obligation, ObligationCodes.Probleemanalyse);
        analysis
            .Summary.Should()
            .Be(
                "probleemanalyse: now done late (was overdue): event probleemanalyse on 2025-06-02 added; assessed on 2025-06-02 instead of 2025-06-01"
            );
        analysis
            .SummaryIn(Nl)
            .Should()
            .Be(
                "probleemanalyse: nu te laat uitgevoerd (was te laat): gebeurtenis probleemanalyse op 2 juni 2025 toegevoegd; beoordeeld op 2 juni 2025 in plaats van 1 juni 2025"
            );
        var plan = Only(set, ChangeSubject.Obligation, ObligationCodes.PlanVanAanpak);
        plan.Summary.Should()
            .Be("plan van aanpak 15 days later: event probleemanalyse on 2025-06-02 added; assessed on 2025-06-02 instead of 2025-06-01");
        plan.SummaryIn(Nl)
            .Should()
            .Be(
                "plan van aanpak 15 dagen later: gebeurtenis probleemanalyse op 2 juni 2025 toegevoegd; beoordeeld op 2 juni 2025 in plaats van 1 juni 2025"
            );
    }

    [Fact]
    public void The_42nd_week_report_made_on_time_is_done_on_time()
    {
        // Day 295 = 22 Dec 2025 (ZW art. 38 lid 1). Yesterday (14 Dec) open and due soon (8 days ahead); the report of 15 Dec,
        // recorded today, is on time: done on time, and the due-soon warning goes.
        CaseBuilder Case() => Started("M-1").Evaluatie(D(2025, 6, 2));
        var yesterday = Case().Build();
        var today = Case().UwvZiekmelding(D(2025, 12, 15)).Build();

        var set = Night(yesterday, D(2025, 12, 14), today, D(2025, 12, 15));

        set.Changes.Select(Row)
            .Should()
            .Equal("obligation uwv-ziekmelding 2025-12-22 -> 2025-12-22 open -> fulfilled", "warning due-soon - -> - warning -> -");
        var report = Only(set, ChangeSubject.Obligation, ObligationCodes.UwvZiekmelding);
        report
            .Summary.Should()
            .Be(
                "UWV ziekmelding: now done on time (was open): event uwv-ziekmelding on 2025-12-15 added; assessed on 2025-12-15 instead of 2025-12-14"
            );
        report
            .SummaryIn(Nl)
            .Should()
            .Be(
                "UWV ziekmelding: nu op tijd uitgevoerd (was open): gebeurtenis uwv-ziekmelding op 15 december 2025 toegevoegd; beoordeeld op 15 december 2025 in plaats van 14 december 2025"
            );
    }
}
