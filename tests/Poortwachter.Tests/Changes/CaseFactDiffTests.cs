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
/// The case facts of a change set (<see cref="ChangeSet.CaseFacts"/>): every kind of fact differing -- the case's own
/// dates and flags, sickness periods, leave, each event type's details -- with its codes and values, and its description
/// in English (ISO dates) and Dutch (dates in words, the glossary's terms). The facts come in a fixed order: the case's
/// dates, its flags, the sickness periods, the leave, the events; within a list the current items first, then those
/// removed. D = Monday 6 January 2025 is the first sick day.
/// </summary>
public sealed class CaseFactDiffTests
{
    private static ChangeSet Diff(SicknessCase before, SicknessCase now, LocalDate asOf) =>
        AssessmentChanges.Between(Assess(before, asOf), Assess(now, asOf), before, now);

    private static (string Fact, string Change, string? Code, LocalDate? Date, string? Previous, string? Current)[] Facts(ChangeSet set) =>
        set
            .CaseFacts.Select(f => (CaseFacts.Code(f.Fact), CaseFacts.Code(f.Change), f.Code, f.Date, f.PreviousValue, f.CurrentValue))
            .ToArray();

    [Fact]
    public void The_cases_own_dates_and_flags_are_described_with_their_values_in_both_languages()
    {
        // Before: sick from 6 Jan 2025, AOW age on 1 May 2026, employed to 31 Dec 2025, last working day 19 Dec 2025.
        // Now: the first sick day corrected to 13 Jan 2025, the AOW date gone, the last working day 24 Dec 2025, a vangnet
        // (no risk policy) and the employer an eigenrisicodrager WGA. A moved first sick day moves the open period's first day
        // too: the period from 13 Jan is new, the one from 6 Jan is gone (a period is identified by its first day).
        var before = SicknessCase
            .Builder("C-1", D(2025, 1, 6))
            .ReachesAowAgeOn(D(2026, 5, 1))
            .EmploymentEndsOn(D(2025, 12, 31))
            .LastWorkingDay(D(2025, 12, 19))
            .Build();
        var now = SicknessCase
            .Builder("C-1", D(2025, 1, 13))
            .EmploymentEndsOn(D(2025, 12, 31))
            .LastWorkingDay(D(2025, 12, 24))
            .Vangnet(VangnetCodes.NoRiskpolis)
            .EigenrisicodragerWga()
            .Build();

        var set = Diff(before, now, D(2025, 2, 3));

        Facts(set)
            .Should()
            .Equal(
                ("first-sick-day", "changed", null, null, "2025-01-06", "2025-01-13"),
                ("last-working-day", "changed", null, null, "2025-12-19", "2025-12-24"),
                ("reaches-aow-age-on", "removed", null, null, "2026-05-01", null),
                ("vangnet", "changed", null, null, null, "no-riskpolis"),
                ("eigenrisicodrager-wga", "changed", null, null, "false", "true"),
                ("sickness-period", "added", null, D(2025, 1, 13), null, "open"),
                ("sickness-period", "removed", null, D(2025, 1, 6), "open", null)
            );
        set.CaseFacts.Select(f => f.Description)
            .Should()
            .Equal(
                "first sick day now 2025-01-13 (was 2025-01-06)",
                "last working day now 2025-12-24 (was 2025-12-19)",
                "AOW age reached on now none (was 2026-05-01)",
                "vangnet now no-riskpolis (was none)",
                "eigenrisicodrager WGA now yes (was no)",
                "sickness period from 2025-01-13 added",
                "sickness period from 2025-01-06 removed"
            );
        set.CaseFacts.Select(f => f.DescriptionIn(TextLanguage.Dutch))
            .Should()
            .Equal(
                "eerste ziektedag nu 13 januari 2025 (was 6 januari 2025)",
                "laatste werkdag nu 24 december 2025 (was 19 december 2025)",
                "datum AOW-leeftijd nu geen (was 1 mei 2026)",
                "vangnet nu no-riskpolis (was geen)",
                "eigenrisicodrager WGA nu ja (was nee)",
                "ziekteperiode vanaf 13 januari 2025 toegevoegd",
                "ziekteperiode vanaf 6 januari 2025 verwijderd"
            );
        // The description is the fact's text, also as a string and written to a buffer.
        set.CaseFacts[0].ToString().Should().Be("first sick day now 2025-01-13 (was 2025-01-06)");
        var buffer = new TextBuffer(TextLanguage.Dutch);
        set.CaseFacts[2].WriteDescription(buffer);
        buffer.ToString().Should().Be("datum AOW-leeftijd nu geen (was 1 mei 2026)");
    }

    [Fact]
    public void A_date_of_the_case_added_and_a_flag_dropped()
    {
        // Before: an eigenrisicodrager ZW, no AOW date, employed indefinitely. Now: no longer eigenrisicodrager ZW, the AOW age
        // reached on 1 Oct 2025, the employment ending 30 Sep 2025 with the last working day 26 Sep 2025 (a Friday).
        var before = SicknessCase.Builder("C-2", D(2025, 1, 6)).EigenrisicodragerZw().Build();
        var now = SicknessCase
            .Builder("C-2", D(2025, 1, 6))
            .ReachesAowAgeOn(D(2025, 10, 1))
            .EmploymentEndsOn(D(2025, 9, 30))
            .LastWorkingDay(D(2025, 9, 26))
            .Build();

        var set = Diff(before, now, D(2025, 2, 3));

        Facts(set)
            .Should()
            .Equal(
                ("employment-ends-on", "added", null, null, null, "2025-09-30"),
                ("last-working-day", "added", null, null, null, "2025-09-26"),
                ("reaches-aow-age-on", "added", null, null, null, "2025-10-01"),
                ("eigenrisicodrager-zw", "changed", null, null, "true", "false")
            );
        set.CaseFacts.Select(f => f.Description)
            .Should()
            .Equal(
                "last day of employment now 2025-09-30 (was none)",
                "last working day now 2025-09-26 (was none)",
                "AOW age reached on now 2025-10-01 (was none)",
                "eigenrisicodrager ZW now no (was yes)"
            );
        set.CaseFacts.Select(f => f.DescriptionIn(TextLanguage.Dutch))
            .Should()
            .Equal(
                "laatste dag van het dienstverband nu 30 september 2025 (was geen)",
                "laatste werkdag nu 26 september 2025 (was geen)",
                "datum AOW-leeftijd nu 1 oktober 2025 (was geen)",
                "eigenrisicodrager ZW nu nee (was ja)"
            );
    }

    [Fact]
    public void A_closed_period_that_is_open_again_and_a_closed_period_added_under_samentelling()
    {
        // Before: sick 6 Jan..20 Feb 2025, then 10 Mar..31 Mar 2025. Now: the second period did not end (open again). And
        // against the first version alone, the period 10..31 Mar was added: the 17 fit days (21 Feb..9 Mar) are under four
        // weeks, so it adds up with the first (samentelling, BW 7:629 lid 10; WIA art. 23 lid 3) and the wachttijd still starts 6 Jan.
        var first = SicknessCase.Builder("S-1", D(2025, 1, 6)).SickUntil(D(2025, 2, 20)).Build();
        var closed = SicknessCase
            .Builder("S-1", D(2025, 1, 6))
            .SickUntil(D(2025, 2, 20))
            .SickAgainFrom(D(2025, 3, 10))
            .SickUntil(D(2025, 3, 31))
            .Build();
        var open = SicknessCase.Builder("S-1", D(2025, 1, 6)).SickUntil(D(2025, 2, 20)).SickAgainFrom(D(2025, 3, 10)).Build();

        var reopened = Diff(closed, open, D(2025, 4, 7));
        Facts(reopened).Should().Equal(("sickness-period", "changed", null, D(2025, 3, 10), "2025-03-31", "open"));
        reopened.CaseFacts[0].Description.Should().Be("sickness period from 2025-03-10 is open again");
        reopened.CaseFacts[0].DescriptionIn(TextLanguage.Dutch).Should().Be("ziekteperiode vanaf 10 maart 2025 loopt weer door");

        var added = Diff(first, closed, D(2025, 4, 7));
        Assess(closed, D(2025, 4, 7)).Wachttijd.FirstSickDay.Should().Be(D(2025, 1, 6));
        Facts(added).Should().Equal(("sickness-period", "added", null, D(2025, 3, 10), null, "2025-03-31"));
        added.CaseFacts[0].Description.Should().Be("sickness period from 2025-03-10 to 2025-03-31 added (samentelling)");
        added
            .CaseFacts[0]
            .DescriptionIn(TextLanguage.Dutch)
            .Should()
            .Be("ziekteperiode vanaf 10 maart 2025 tot en met 31 maart 2025 toegevoegd (samentelling)");

        // The other way round the closed period is removed, with its last day and without samentelling (that is said of a
        // period that is counted, and a removed one no longer is).
        var removed = Diff(closed, first, D(2025, 4, 7));
        Facts(removed).Should().Equal(("sickness-period", "removed", null, D(2025, 3, 10), "2025-03-31", null));
        removed.CaseFacts[0].Description.Should().Be("sickness period from 2025-03-10 to 2025-03-31 removed");
        removed
            .CaseFacts[0]
            .DescriptionIn(TextLanguage.Dutch)
            .Should()
            .Be("ziekteperiode vanaf 10 maart 2025 tot en met 31 maart 2025 verwijderd");
    }

    [Fact]
    public void A_period_after_four_weeks_fit_starts_a_new_wachttijd()
    {
        // Sick 6 Jan..20 Feb 2025, fit 21 Feb..31 Mar (8 + 31 = 39 days, four weeks or more: BW 7:629 lid 10; WIA art. 23 lid 3 does not add
        // the periods up), sick again from 1 Apr 2025: a wachttijd of its own starts on 1 Apr.
        var before = SicknessCase.Builder("S-2", D(2025, 1, 6)).SickUntil(D(2025, 2, 20)).Build();
        var now = SicknessCase.Builder("S-2", D(2025, 1, 6)).SickUntil(D(2025, 2, 20)).SickAgainFrom(D(2025, 4, 1)).Build();

        var set = Diff(before, now, D(2025, 4, 14));

        Assess(now, D(2025, 4, 14)).Wachttijd.FirstSickDay.Should().Be(D(2025, 4, 1));
        Facts(set).Should().Equal(("sickness-period", "added", null, D(2025, 4, 1), null, "open"));
        set.CaseFacts[0].Description.Should().Be("sickness period from 2025-04-01 added (new wachttijd)");
        set.CaseFacts[0].DescriptionIn(TextLanguage.Dutch).Should().Be("ziekteperiode vanaf 1 april 2025 toegevoegd (nieuwe wachttijd)");
    }

    [Fact]
    public void Leave_whose_end_moved_and_leave_removed()
    {
        // Pregnancy and birth leave (Wazo) from 1 Mar 2025: it ended 20 Jun, now 27 Jun 2025; later it is struck out.
        var until20 = SicknessCase.Builder("L-1", D(2025, 1, 6)).ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 20)).Build();
        var until27 = SicknessCase.Builder("L-1", D(2025, 1, 6)).ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 27)).Build();
        var none = SicknessCase.Builder("L-1", D(2025, 1, 6)).Build();

        var moved = Diff(until20, until27, D(2025, 7, 1));
        Facts(moved).Should().Equal(("leave-period", "changed", "zwangerschap-bevalling", D(2025, 3, 1), "2025-06-20", "2025-06-27"));
        moved.CaseFacts[0].Description.Should().Be("pregnancy and birth leave from 2025-03-01 now ends on 2025-06-27");
        moved
            .CaseFacts[0]
            .DescriptionIn(TextLanguage.Dutch)
            .Should()
            .Be("zwangerschaps- en bevallingsverlof vanaf 1 maart 2025 eindigt nu op 27 juni 2025");

        var removed = Diff(until27, none, D(2025, 7, 1));
        Facts(removed).Should().Equal(("leave-period", "removed", "zwangerschap-bevalling", D(2025, 3, 1), "2025-06-27", null));
        removed.CaseFacts[0].Description.Should().Be("pregnancy and birth leave from 2025-03-01 removed");
        removed
            .CaseFacts[0]
            .DescriptionIn(TextLanguage.Dutch)
            .Should()
            .Be("zwangerschaps- en bevallingsverlof vanaf 1 maart 2025 verwijderd");

        // A second leave (1 Apr..21 Jul 2026) added beside the first: the first is found unchanged, only the second is listed.
        var second = SicknessCase
            .Builder("L-1", D(2025, 1, 6))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 27))
            .ZwangerschapsBevallingsverlof(D(2026, 4, 1), D(2026, 7, 21))
            .Build();
        var added = Diff(until27, second, D(2025, 7, 1));
        Facts(added).Should().Equal(("leave-period", "added", "zwangerschap-bevalling", D(2026, 4, 1), null, "2026-07-21"));
        added
            .CaseFacts[0]
            .DescriptionIn(TextLanguage.Dutch)
            .Should()
            .Be("zwangerschaps- en bevallingsverlof vanaf 1 april 2026 toegevoegd");
    }

    [Fact]
    public void An_event_whose_details_differ_is_changed_for_every_event_type_with_details()
    {
        // One event of each shipped type that has details, on its own date, once as before and once with one detail
        // changed; the changed ones come in the order of the current case.
        CaseBuilder Start() => SicknessCase.Builder("E-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10));
        var before = Start()
            .PlanVanAanpak(D(2025, 2, 20), visieWerkgever: true)
            .Evaluatie(D(2025, 4, 1), visieWerkgever: true, visieWerknemer: false)
            .Afwijking(D(2025, 5, 1), ObligationCodes.Evaluatie, D(2025, 6, 1), "werknemer op vakantie")
            .Afwijking(D(2025, 5, 2), ObligationCodes.Evaluatie, D(2025, 6, 1), "werknemer op vakantie")
            .Afwijking(D(2025, 5, 5), ObligationCodes.Evaluatie, D(2025, 6, 1), "werknemer op vakantie")
            .Spoor2Trajectplan(D(2025, 9, 1), plannedMonths: 6)
            .Spoor2Uitstel(D(2025, 9, 15), D(2025, 12, 1))
            .VervroegdeIvaAanvraag(D(2025, 10, 1))
            .VervroegdeIvaToegekend(D(2025, 11, 20), D(2025, 12, 31))
            .Verlenging(D(2026, 9, 1), D(2027, 6, 30))
            .Build();
        var now = Start()
            .PlanVanAanpak(D(2025, 2, 20), visieWerkgever: true, visieWerknemer: true)
            .Evaluatie(D(2025, 4, 1), visieWerkgever: false, visieWerknemer: false)
            .Afwijking(D(2025, 5, 1), ObligationCodes.Evaluatie, D(2025, 6, 8), "werknemer op vakantie")
            .Afwijking(D(2025, 5, 2), ObligationCodes.Eerstejaarsevaluatie, D(2025, 6, 1), "werknemer op vakantie")
            .Afwijking(D(2025, 5, 5), ObligationCodes.Evaluatie, D(2025, 6, 1), "bedrijfsarts niet beschikbaar")
            .Spoor2Trajectplan(D(2025, 9, 1), plannedMonths: 9)
            .Spoor2Uitstel(D(2025, 9, 15), D(2026, 1, 1))
            .VervroegdeIvaAanvraag(D(2025, 10, 1))
            .VervroegdeIvaToegekend(D(2025, 11, 20), D(2026, 1, 31))
            .Verlenging(D(2026, 9, 1), D(2027, 3, 31))
            .Build();

        var set = Diff(before, now, D(2025, 5, 6));

        Facts(set)
            .Should()
            .Equal(
                ("event", "changed", "plan-van-aanpak", D(2025, 2, 20), null, null),
                ("event", "changed", "evaluatie", D(2025, 4, 1), null, null),
                ("event", "changed", "afwijking", D(2025, 5, 1), null, null),
                ("event", "changed", "afwijking", D(2025, 5, 2), null, null),
                ("event", "changed", "afwijking", D(2025, 5, 5), null, null),
                ("event", "changed", "spoor-2-trajectplan", D(2025, 9, 1), null, null),
                ("event", "changed", "spoor-2-uitstel", D(2025, 9, 15), null, null),
                ("event", "changed", "vervroegde-iva-besluit", D(2025, 11, 20), null, null),
                ("event", "changed", "verlenging", D(2026, 9, 1), null, null)
            );
        set.CaseFacts.Select(f => f.Description)
            .Should()
            .Equal(
                "event plan-van-aanpak on 2025-02-20 changed",
                "event evaluatie on 2025-04-01 changed",
                "event afwijking on 2025-05-01 changed",
                "event afwijking on 2025-05-02 changed",
                "event afwijking on 2025-05-05 changed",
                "event spoor-2-trajectplan on 2025-09-01 changed",
                "event spoor-2-uitstel on 2025-09-15 changed",
                "event vervroegde-iva-besluit on 2025-11-20 changed",
                "event verlenging on 2026-09-01 changed"
            );
        set.CaseFacts.Select(f => f.DescriptionIn(TextLanguage.Dutch))
            .Should()
            .Equal(
                "gebeurtenis plan-van-aanpak op 20 februari 2025 gewijzigd",
                "gebeurtenis evaluatie op 1 april 2025 gewijzigd",
                "gebeurtenis afwijking op 1 mei 2025 gewijzigd",
                "gebeurtenis afwijking op 2 mei 2025 gewijzigd",
                "gebeurtenis afwijking op 5 mei 2025 gewijzigd",
                "gebeurtenis spoor-2-trajectplan op 1 september 2025 gewijzigd",
                "gebeurtenis spoor-2-uitstel op 15 september 2025 gewijzigd",
                "gebeurtenis vervroegde-iva-besluit op 20 november 2025 gewijzigd",
                "gebeurtenis verlenging op 1 september 2026 gewijzigd"
            );
    }

    [Fact]
    public void A_granted_early_iva_turned_down_and_a_bare_fulfilment_recorded_as_a_plan_are_changed()
    {
        // The same type and date with another detail (granted or not) or another kind of record (a plan van aanpak recorded
        // first as a bare fulfilment of the obligation, then as the plan with the employee's view) is a change, not an
        // addition and a removal.
        var before = SicknessCase
            .Builder("E-2", D(2025, 1, 6))
            .Done(ObligationCodes.PlanVanAanpak, D(2025, 2, 20))
            .VervroegdeIvaAanvraag(D(2025, 5, 1))
            .VervroegdeIvaToegekend(D(2025, 6, 20), D(2025, 7, 31))
            .Build();
        var now = SicknessCase
            .Builder("E-2", D(2025, 1, 6))
            .PlanVanAanpak(D(2025, 2, 20), visieWerknemer: true)
            .VervroegdeIvaAanvraag(D(2025, 5, 1))
            .VervroegdeIvaAfgewezen(D(2025, 6, 20))
            .Build();

        var set = Diff(before, now, D(2025, 6, 23));

        Facts(set)
            .Should()
            .Equal(
                ("event", "changed", "plan-van-aanpak", D(2025, 2, 20), null, null),
                ("event", "changed", "vervroegde-iva-besluit", D(2025, 6, 20), null, null)
            );
    }

    [Fact]
    public void Events_added_and_removed_are_told_apart_from_the_same_events_in_another_order()
    {
        // Before: analysis 10 Feb, plan 20 Feb, UWV's WIA letter 1 Sep 2026. Now: the same analysis and plan listed the other
        // way round (no change), the letter gone, a loonsanctie of 12 weeks from 1 Feb 2027 new.
        var before = SicknessCase
            .Builder("E-3", D(2025, 1, 6))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20))
            .UwvWiaBrief(D(2026, 9, 1))
            .Build();
        var now = SicknessCase
            .Builder("E-3", D(2025, 1, 6))
            .PlanVanAanpak(D(2025, 2, 20))
            .Probleemanalyse(D(2025, 2, 10))
            .Loonsanctie(D(2027, 2, 1), 12)
            .Build();

        var set = Diff(before, now, D(2025, 3, 3));

        Facts(set)
            .Should()
            .Equal(
                ("event", "added", "loonsanctie", D(2027, 2, 1), null, null),
                ("event", "removed", "uwv-wia-brief", D(2026, 9, 1), null, null)
            );
        set.CaseFacts.Select(f => f.Description)
            .Should()
            .Equal("event loonsanctie on 2027-02-01 added", "event uwv-wia-brief on 2026-09-01 removed");
        set.CaseFacts.Select(f => f.DescriptionIn(TextLanguage.Dutch))
            .Should()
            .Equal("gebeurtenis loonsanctie op 1 februari 2027 toegevoegd", "gebeurtenis uwv-wia-brief op 1 september 2026 verwijderd");

        // The same event objects shared by two versions (a case copied with WithEvents and one event more): only the new one.
        var copied = before.WithEvents(before.Events.Concat([new Loonsanctie(D(2027, 2, 1), 12)]));
        Facts(Diff(before, copied, D(2025, 3, 3))).Should().Equal(("event", "added", "loonsanctie", D(2027, 2, 1), null, null));

        // Only reordered: nothing differs.
        var reordered = SicknessCase.Builder("E-3", D(2025, 1, 6)).PlanVanAanpak(D(2025, 2, 20)).Probleemanalyse(D(2025, 2, 10)).Build();
        var ordered = SicknessCase.Builder("E-3", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).PlanVanAanpak(D(2025, 2, 20)).Build();
        Diff(ordered, reordered, D(2025, 3, 3)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Without_both_cases_no_case_fact_is_listed()
    {
        // The two-assessment overload has no cases to compare: only the items' changes and the other date are the reason.
        var before = SicknessCase.Builder("N-1", D(2025, 1, 6)).Build();
        var now = SicknessCase.Builder("N-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).Build();

        var set = AssessmentChanges.Between(Assess(before, D(2025, 2, 12)), Assess(now, D(2025, 2, 12)));

        set.CaseFacts.Should().BeEmpty();
        set.Changes.Should().Contain(c => c.Kind == ObligationCodes.Probleemanalyse);
        AssessmentChanges.Between(Assess(before, D(2025, 2, 12)), Assess(now, D(2025, 2, 12)), before, null).CaseFacts.Should().BeEmpty();
    }
}
