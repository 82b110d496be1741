using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Poortwachter.Rules.Wvp2013;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The rules for employees past the AOW age (BW 7:629 lid 2 onder b): the two terms with their periods in force, the
/// rule and the extension switched off together, what lapses and what stays, and the texts. Day 1 = Monday 6 January
/// 2025 unless stated; counted day n = 6 Jan 2025 + (n - 1) when sick throughout.
/// </summary>
public sealed class AowLeeftijdRuleTests : RuleTestBase
{
    [Fact]
    public void The_two_terms_are_rules_with_their_own_periods_in_force()
    {
        var thirteen = AowLeeftijdRule.DertienWeken.Descriptor;
        var six = AowLeeftijdRule.ZesWeken.Descriptor;

        (thirteen.InForceFrom, thirteen.InForceUntil).Should().Be((D(2016, 1, 1), D(2023, 6, 30)));
        (six.InForceFrom, six.InForceUntil).Should().Be((D(2023, 7, 1), null));
        (AowLeeftijdRule.DertienWeken.TermDays, AowLeeftijdRule.ZesWeken.TermDays).Should().Be((91, 42));
        AowLeeftijdRule.ZesWeken.Should().BeAssignableTo<Poortwachter.Timeline.IWachttijdExtension>();
        AowLeeftijdRule.DertienWeken.LegalBasis.Citation.Should().Contain("art. VIIIa");
        Engine
            .RulesFor(D(2023, 6, 30))
            .Rules.Select(r => r.Descriptor.Code)
            .Should()
            .Contain("aow-leeftijd-13-weken")
            .And.NotContain("aow-leeftijd-6-weken");
        Engine
            .RulesFor(D(2023, 7, 1))
            .Rules.Select(r => r.Descriptor.Code)
            .Should()
            .Contain("aow-leeftijd-6-weken")
            .And.NotContain("aow-leeftijd-13-weken");
    }

    [Fact]
    public void Disabling_the_rule_switches_off_the_shortened_end_too()
    {
        var engine = new PoortwachterEngine(new PoortwachterOptions().Disable("aow-leeftijd-6-weken"));
        var a = engine.Assess(Case().ReachesAowAgeOn(D(2024, 1, 1)).Build(), D(2025, 2, 1));

        a.Wachttijd.LastDay.Should().Be(StatutoryEnd, "without the rule the ordinary 104 weeks apply");
        a.Wachttijd.WiaStart.Should().Be(D(2027, 1, 4));
        a.Wachttijd.Extensions.Should().BeEmpty();
        Only(a, ObligationCodes.Probleemanalyse).Status.Should().Be(ObligationStatus.Open);
        Warnings(a, WarningCodes.AowLeeftijd).Should().BeEmpty();
    }

    [Fact]
    public void The_change_explains_the_count_from_day_1()
    {
        // AOW age before day 1: counted day 42 = 16 Feb 2025; 16 Feb 2025 .. 3 Jan 2027 = 686 days earlier.
        var a = Engine.Assess(Case().ReachesAowAgeOn(D(2024, 1, 1)).Build(), D(2025, 2, 1));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Subject;

        change.Code.Should().Be("aow-leeftijd");
        change.MovesReferenceEnd.Should().BeFalse();
        change.LegalBasis.Citation.Should().Be("Burgerlijk Wetboek Boek 7, art. 629 lid 2 onder b");
        change
            .Explanation.Should()
            .StartWith(
                "The employee reached the AOW age on 2024-01-01, on or before day 1 (2025-01-06): wage continuation lasts 6 weeks (42 counted days; BW 7:629 lid 2 onder b, for sickness that began from 1 July 2023), so the last day is counted day 42 (the last day of week 6) falls on 2025-02-16"
            )
            .And.EndWith(", 686 calendar day(s) before counted day 728 (2027-01-03).");
        Milestone(a, MilestoneCodes.EindeWachttijd).LegalBasis.Citation.Should().Be("Burgerlijk Wetboek Boek 7, art. 629 lid 2 onder b");
        Milestone(a, MilestoneCodes.EindeWachttijd).Explanation.Should().Contain("not the end of a wachttijd for the WIA");
        Warnings(a, WarningCodes.WagePeriodExtended).Should().BeEmpty();
    }

    [Fact]
    public void The_change_explains_a_cap_at_counted_day_728()
    {
        // A = 1 Dec 2026 = counted day 695: 695 + 41 = 736 > 728.
        var a = Engine.Assess(Case().ReachesAowAgeOn(D(2026, 12, 1)).Build(), D(2026, 6, 1));

        a.Wachttijd.Extensions.Single()
            .Explanation.Should()
            .Contain("(counted day 695)")
            .And.Contain("counted day 695 + 41 = 736, beyond counted day 728, so the 104 weeks end it")
            .And.EndWith("The last day stays counted day 728 (2027-01-03).");
    }

    [Fact]
    public void An_AOW_date_on_a_day_of_leave_starts_the_term_on_the_next_sick_day()
    {
        // Sick from 6 Jan; leave 1 Mar..20 Jun 2025 (112 days) with sickness directly before and after; A = 1 Apr 2025, a
        // leave day: counted days before it = 6 Jan..28 Feb = 54, so a = 55 (21 Jun 2025); 55 + 41 = 96 = 21 Jun + 41 =
        // 1 Aug 2025.
        var @case = Case()
            .SickUntil(D(2025, 2, 28))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 6, 20))
            .SickAgainFrom(D(2025, 6, 21))
            .ReachesAowAgeOn(D(2025, 4, 1))
            .Build();
        var a = Engine.Assess(@case, D(2025, 7, 1));

        a.Wachttijd.LastDay.Should().Be(D(2025, 8, 1));
        a.Wachttijd.Extensions.Single()
            .Explanation.Should()
            .Contain("a day that does not count (fit or leave), so the 42 counted days run from the next sick day, counted day 55");
    }

    [Fact]
    public void An_AOW_date_within_an_extended_wage_period_is_only_reported()
    {
        // A voluntary extension to 31 Mar 2027; A = 1 Feb 2027, after 4 Jan 2027 (the day after day 728): the ordinary
        // rules, no WIA start, and a warning.
        var a = Engine.Assess(Case().Verlenging(D(2026, 9, 1), D(2027, 3, 31)).ReachesAowAgeOn(D(2027, 2, 1)).Build(), D(2026, 10, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 3, 31));
        a.Wachttijd.WiaStart.Should().BeNull();
        a.Milestones.Should().NotContain(m => m.Kind == MilestoneCodes.WiaStart);
        a.Wachttijd.Extensions.Select(e => e.Code).Should().Equal("verlenging");
        Only(a, ObligationCodes.WiaAanvraag).Status.Should().Be(ObligationStatus.Open);
        Warnings(a, WarningCodes.AowLeeftijd)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be(
                "The employee reaches the AOW age on 2027-02-01, after the 104 weeks (2027-01-03) but within the extended wage period, which ends on 2027-03-31: the engine does not shorten the extension (BW 7:629 lid 2 onder b limits the whole period to 104 weeks, and how that applies to an extension is not settled), and no WIA benefit can start (WIA art. 43 onder g)."
            );
        Milestone(a, MilestoneCodes.EindeOpzegverbod).On.Should().Be(D(2027, 4, 2), "the ordinary ban: 5 Jan 2027 + 87");
    }

    [Fact]
    public void An_AOW_date_after_the_wage_period_changes_nothing_and_says_nothing()
    {
        var a = Engine.Assess(Case().ReachesAowAgeOn(D(2030, 1, 1)).Build(), D(2025, 6, 1));

        a.Wachttijd.WiaStart.Should().Be(D(2027, 1, 4));
        Warnings(a, WarningCodes.AowLeeftijd).Should().BeEmpty();
        a.Obligations.Should().NotContain(o => o.Status == ObligationStatus.NotApplicable && o.Kind == ObligationCodes.ReIntegratieverslag);
    }

    [Fact]
    public void Past_the_AOW_age_the_lapsed_steps_say_why_and_a_step_done_anyway_is_named()
    {
        // AOW age before day 1; a plan van aanpak made anyway on 20 Feb 2025.
        var a = Engine.Assess(Case().ReachesAowAgeOn(D(2024, 1, 1)).PlanVanAanpak(D(2025, 2, 20)).Build(), D(2025, 2, 25));

        var plan = Only(a, ObligationCodes.PlanVanAanpak);
        plan.Status.Should().Be(ObligationStatus.NotApplicable);
        plan.FulfilledOn.Should().Be(D(2025, 2, 20));
        plan.Explanation.Should().EndWith("It is on record as done on 2025-02-20.");
        a.Warnings.Should().NotContain(w => w.Obligation == ObligationCodes.PlanVanAanpak);
        Only(a, ObligationCodes.ArbeidsdeskundigOnderzoek).Explanation.Should().Contain("it prepares spoor 2");
        Only(a, ObligationCodes.Spoor2).Explanation.Should().Contain("re-integration with another employer");
        Only(a, ObligationCodes.ReIntegratieverslag)
            .Explanation.Should()
            .Be(
                "The employee reached the AOW age on 2024-01-01, on or before day 1, before the wachttijd could end: no WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so there is no WIA application for a re-integratieverslag to go with (WIA art. 25 lid 3, art. 65) and no loonsanctie (art. 25 lid 9). Not required."
            );
    }

    [Fact]
    public void Evaluations_without_a_plan_say_what_lapses_from_an_AOW_date_during_the_sickness()
    {
        var a = Engine.Assess(Case().ReachesAowAgeOn(D(2025, 6, 1)).Build(), D(2025, 3, 1));

        Only(a, ObligationCodes.Evaluatie)
            .Explanation.Should()
            .Contain("no plan is on record yet")
            .And.Contain("The employee reaches the AOW age on 2025-06-01: evaluations falling due from then are not required");
        // The analysis (day 42 = 16 Feb 2025) and the plan (day 56 = 2 Mar 2025) fall before the AOW date: still owed.
        Only(a, ObligationCodes.Probleemanalyse).Status.Should().Be(ObligationStatus.Overdue);
        Only(a, ObligationCodes.PlanVanAanpak).Status.Should().Be(ObligationStatus.Open);
    }

    [Theory]
    [InlineData(2025, 2, 16, ObligationStatus.NotApplicable)] // A on the due date (counted day 42): no longer a verzekerde
    [InlineData(2025, 2, 17, ObligationStatus.Overdue)] // A the day after: the analysis was owed
    public void A_step_due_on_the_AOW_date_lapses_and_one_due_the_day_before_stays(int y, int m, int d, ObligationStatus status)
    {
        var a = Engine.Assess(Case().ReachesAowAgeOn(D(y, m, d)).Build(), D(2025, 3, 1));

        Only(a, ObligationCodes.Probleemanalyse).ShouldHave(D(2025, 2, 16), status);
    }

    [Fact]
    public void With_spoor_2_started_the_final_report_lapses_and_nothing_is_reported_missing()
    {
        // A = 1 Dec 2026 (day 695). Spoor 2 started 1 Mar 2026; the bureau's final report (day 630 = 28 Sep 2026) would be
        // missing on 1 Nov 2026, but it serves the RIV, and there is none.
        var @case = Case().ReachesAowAgeOn(D(2026, 12, 1)).GeenTerugkeerEigenOrganisatie(D(2026, 1, 10)).Spoor2(D(2026, 2, 1)).Build();
        var a = Engine.Assess(@case, D(2026, 11, 1));

        Only(a, ObligationCodes.Spoor2Eindrapportage).Status.Should().Be(ObligationStatus.NotApplicable);
        Only(a, ObligationCodes.Spoor2Eindrapportage).DueBy.Should().BeNull();
        Warnings(a, WarningCodes.Spoor2EindrapportageOntbreekt).Should().BeEmpty();
        Only(a, ObligationCodes.Spoor2).Status.Should().Be(ObligationStatus.Fulfilled, "spoor 2 fell due before the AOW date");
    }

    [Fact]
    public void A_herstelmelding_past_the_AOW_age_gets_no_decision_milestone()
    {
        var @case = Case().ReachesAowAgeOn(D(2026, 12, 1)).Loonsanctie(D(2026, 11, 1), 12).Herstelmelding(D(2026, 11, 10)).Build();
        var a = Engine.Assess(@case, D(2026, 11, 20));

        a.Milestones.Should().NotContain(m => m.Kind == MilestoneCodes.HerstelBeslissing || m.Kind == MilestoneCodes.LoonsanctieBeslissing);
        Warnings(a, WarningCodes.EventIgnored)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith(
                "The loonsanctie decided on 2026-11-01 does not extend wage continuation: the employee reaches the AOW age on 2026-12-01"
            );
        Warnings(a, WarningCodes.ImplausibleEvent).Should().BeEmpty();
    }

    [Fact]
    public void A_case_that_ended_by_recovery_past_the_AOW_age_has_no_WIA_obligations_and_no_letter()
    {
        // AOW age before day 1; sick 6 Jan 2025 .. 30 Sep 2026 (day 633, past day 623), fit since: on 1 Dec 2026 the case
        // ended by recovery and has no last day.
        var @case = Case().ReachesAowAgeOn(D(2024, 1, 1)).SickUntil(D(2026, 9, 30)).WiaAanvraag(D(2026, 9, 1)).Build();
        var a = Engine.Assess(@case, D(2026, 12, 1));

        a.Wachttijd.LastDay.Should().BeNull();
        a.Milestones.Should().NotContain(m => m.Kind == MilestoneCodes.UwvWiaBrief);
        Only(a, ObligationCodes.WiaAanvraag).Status.Should().Be(ObligationStatus.NotApplicable);
    }
}

internal static class AowObligationAssertions
{
    public static void ShouldHave(this Obligation o, NodaTime.LocalDate dueBy, ObligationStatus status)
    {
        o.DueBy.Should().Be(dueBy);
        o.Status.Should().Be(status);
    }
}
