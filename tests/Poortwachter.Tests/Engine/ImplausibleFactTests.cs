using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Tests.Rules;
using Xunit;

namespace Poortwachter.Tests.Engine;

/// <summary>
/// Facts the law allows but that are implausible as recorded, or that the engine resolves one way of several: the
/// engine applies them as recorded and says so (warning <c>implausible-event</c>, or <c>event-ignored</c> for a
/// replaced loonsanctie), or refuses them when the statute's order of events rules them out. Day 1 is Monday 6 January
/// 2025, no gaps or leave: counted day n = 6 Jan 2025 + (n - 1) days, so day 2 = 7 Jan 2025, day 364 = 4 Jan 2026,
/// day 623 = 20 Sep 2026 and day 728 = 3 Jan 2027, the statutory end.
/// </summary>
public sealed class ImplausibleFactTests : RuleTestBase
{
    [Fact]
    public void An_extension_from_day_2_to_2199_is_applied_as_recorded_with_two_warnings()
    {
        // WIA art. 24 sets no maximum, so the case is valid and the last day becomes 2199-12-31; but it was granted
        // in the first sick year (counted day 2 <= 364) and it runs 63,184 days past 3 Jan 2027 (> 52 x 7 = 364).
        var a = Engine.Assess(Case().Verlenging(D(2025, 1, 7), D(2199, 12, 31)).Build(), D(2025, 2, 1));

        a.Wachttijd.LastDay.Should().Be(D(2199, 12, 31));
        Warnings(a, WarningCodes.ImplausibleEvent)
            .Select(w => (w.Severity, w.Message))
            .Should()
            .Equal(
                (
                    Severity.Warning,
                    "The extension of wage continuation to 2199-12-31 is recorded as granted on 2025-01-07, counted day 2, in the first sick year: employer and employee ask UWV for it jointly near the end of the wachttijd, when the WIA application comes up (WIA art. 24 lid 1; UWV writes about the application by week 89, art. 64 lid 2). The engine applies it as recorded; check the date."
                ),
                (
                    Severity.Warning,
                    "The extension runs to 2199-12-31, 63184 days after the end of the wachttijd (2027-01-03): the law sets no maximum (WIA art. 24; UWV: at least 13 weeks, no maximum), but an extension of more than 52 weeks, the longest the WIA itself sets (the loonsanctie, art. 25 lid 9), is unusual. The engine applies it as recorded; check the date."
                )
            );
    }

    [Theory]
    [InlineData(2026, 1, 4, true)] // counted day 364, the last day of the first sick year
    [InlineData(2026, 1, 5, false)] // counted day 365
    public void An_extension_granted_in_the_first_sick_year_is_implausible(int year, int month, int day, bool warned)
    {
        var a = Engine.Assess(Case().Verlenging(D(year, month, day), D(2027, 7, 4)).Build(), D(2026, 2, 1));

        Warnings(a, WarningCodes.ImplausibleEvent).Should().HaveCount(warned ? 1 : 0);
    }

    [Fact]
    public void An_extension_granted_after_the_wachttijd_ended_is_implausible()
    {
        // Granted 1 Feb 2027, after the statutory end of 3 Jan 2027, with no earlier extension running then.
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).Verlenging(D(2027, 2, 1), D(2027, 6, 1)).Build(), D(2027, 2, 15));

        a.Wachttijd.LastDay.Should().Be(D(2027, 6, 1));
        Warnings(a, WarningCodes.ImplausibleEvent)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be(
                "The extension of wage continuation to 2027-06-01 is recorded as granted on 2027-02-01, after wage continuation ended on 2027-01-03: UWV extends a wage period that is still running (WIA art. 24 lid 1), or further extends an extended one (lid 2). The engine applies it as recorded; check the date."
            );
    }

    [Fact]
    public void An_extension_granted_on_the_last_day_of_the_wachttijd_is_plausible()
    {
        // Granted on 3 Jan 2027, counted day 728 itself: wage continuation still runs that day.
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).Verlenging(StatutoryEnd, D(2027, 6, 1)).Build(), D(2027, 1, 10));

        Warnings(a, WarningCodes.ImplausibleEvent).Should().BeEmpty();
    }

    [Fact]
    public void A_further_extension_granted_while_an_extension_runs_is_plausible()
    {
        // WIA art. 24 lid 2: the first extension runs to 1 Apr 2027, so on 1 Feb 2027 wage continuation still runs.
        var a = Engine.Assess(
            Case().WiaAanvraag(D(2026, 10, 1)).Verlenging(D(2026, 10, 1), D(2027, 4, 1)).Verlenging(D(2027, 2, 1), D(2027, 7, 1)).Build(),
            D(2027, 2, 15)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 7, 1));
        Warnings(a, WarningCodes.ImplausibleEvent).Should().BeEmpty();
    }

    [Fact]
    public void An_extension_granted_after_a_shortened_extension_ended_is_implausible()
    {
        // The first extension ran to 1 May 2027, the second shortened it to 1 Mar 2027 (WIA art. 24 lid 2), so on
        // 1 Apr 2027, when the third was granted, wage continuation had ended: the end in force is the last decision's.
        var a = Engine.Assess(
            Case()
                .WiaAanvraag(D(2026, 10, 1))
                .Verlenging(D(2026, 10, 1), D(2027, 5, 1))
                .Verlenging(D(2026, 12, 1), D(2027, 3, 1))
                .Verlenging(D(2027, 4, 1), D(2027, 7, 1))
                .Build(),
            D(2027, 4, 15)
        );

        Warnings(a, WarningCodes.ImplausibleEvent)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith(
                "The extension of wage continuation to 2027-07-01 is recorded as granted on 2027-04-01, after wage continuation ended on 2027-03-01:"
            );
    }

    [Theory]
    [InlineData(2028, 1, 2, false)] // 364 days after 3 Jan 2027: 52 weeks exactly
    [InlineData(2028, 1, 3, true)] // 365 days
    public void An_extension_of_more_than_52_weeks_is_applied_with_a_warning(int year, int month, int day, bool warned)
    {
        var until = D(year, month, day);
        var a = Engine.Assess(Case().Verlenging(D(2026, 10, 1), until).Build(), D(2026, 10, 15));

        a.Wachttijd.LastDay.Should().Be(until);
        Warnings(a, WarningCodes.ImplausibleEvent).Should().HaveCount(warned ? 1 : 0);
    }

    [Fact]
    public void A_loonsanctie_on_day_2_is_applied_as_recorded_with_a_warning()
    {
        // No WIA application on record and counted day 2 < 623. Applied: 12 weeks = 84 counted days after 3 Jan 2027
        // = 28 Mar 2027.
        var a = Engine.Assess(Case().Loonsanctie(D(2025, 1, 7), 12).Build(), D(2025, 3, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 3, 28));
        Warnings(a, WarningCodes.ImplausibleEvent)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be(
                "The loonsanctie of 2025-01-07 (counted day 2) comes before UWV's letter about the WIA application, due by counted day 623 (WIA art. 64 lid 2), and no WIA application is on record: UWV imposes a loonsanctie when it treats the WIA application (WIA art. 25 lid 9). The engine applies it as recorded; check the date, and record the application (event 'wia-aanvraag') if it was made early."
            );
    }

    [Theory]
    [InlineData(2026, 9, 19, true)] // counted day 622
    [InlineData(2026, 9, 20, false)] // counted day 623, the day UWV's letter is due
    public void Without_an_application_on_record_a_loonsanctie_before_day_623_is_implausible(int year, int month, int day, bool warned)
    {
        var a = Engine.Assess(Case().Loonsanctie(D(year, month, day), 12).Build(), D(2026, 10, 1));

        Warnings(a, WarningCodes.ImplausibleEvent).Should().HaveCount(warned ? 1 : 0);
    }

    [Fact]
    public void A_loonsanctie_before_the_recorded_application_is_implausible()
    {
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 9, 30), 12).Build(), D(2026, 10, 15));

        Warnings(a, WarningCodes.ImplausibleEvent)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be(
                "The loonsanctie of 2026-09-30 comes before the WIA application of 2026-10-01: UWV imposes a loonsanctie when it treats the WIA application and finds the re-integration efforts insufficient (WIA art. 25 lid 9), so not before it. The engine applies it as recorded; check the dates."
            );
    }

    [Fact]
    public void The_application_is_found_by_the_rules_trait_even_with_its_rule_switched_off()
    {
        // The engine names no obligation: the rule whose descriptor says IsWiaApplication gives the code (wia-aanvraag).
        // With that rule disabled the recorded application still dates UWV's review, so the check stays.
        Poortwachter.Rules.Wvp2013.WiaAanvraagRule.Descriptor.IsWiaApplication.Should().BeTrue();
        Poortwachter.Rules.Wvp2013.ProbleemanalyseRule.Descriptor.IsWiaApplication.Should().BeFalse();
        var engine = new PoortwachterEngine(new PoortwachterOptions().Disable(ObligationCodes.WiaAanvraag));

        var a = engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 9, 30), 12).Build(), D(2026, 10, 15));

        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.WiaAanvraag);
        Warnings(a, WarningCodes.ImplausibleEvent)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith("The loonsanctie of 2026-09-30 comes before the WIA application of 2026-10-01");
    }

    [Fact]
    public void The_first_application_on_record_is_the_one_a_loonsanctie_must_follow()
    {
        // Applied on 1 Oct 2026 and again on 1 Dec 2026: UWV treats the first, so a decision of 1 Nov 2026 follows it.
        var a = Engine.Assess(
            Case().WiaAanvraag(D(2026, 10, 1)).WiaAanvraag(D(2026, 12, 1)).Loonsanctie(D(2026, 11, 1), 12).Build(),
            D(2026, 12, 15)
        );

        Warnings(a, WarningCodes.ImplausibleEvent).Should().BeEmpty();
    }

    [Fact]
    public void A_loonsanctie_on_the_day_of_the_application_is_not_before_it()
    {
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 10, 1), 12).Build(), D(2026, 10, 15));

        Warnings(a, WarningCodes.ImplausibleEvent).Should().BeEmpty();
    }

    [Fact]
    public void A_loonsanctie_after_an_early_application_on_record_is_plausible()
    {
        // An early application (a vervroegde IVA, WIA art. 64 and 66) on record makes an early decision plausible.
        var a = Engine.Assess(Case().WiaAanvraag(D(2025, 6, 1)).Loonsanctie(D(2025, 8, 1), 12).Build(), D(2025, 9, 1));

        Warnings(a, WarningCodes.ImplausibleEvent).Should().BeEmpty();
    }

    [Fact]
    public void A_second_loonsanctie_replaces_the_first_and_says_so()
    {
        // The last decision applies: 12 weeks = 84 counted days after 3 Jan 2027 = 28 Mar 2027 (26 weeks would give
        // 3 Jul 2027).
        var a = Engine.Assess(
            Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 1), 26).Loonsanctie(D(2026, 11, 15), 12).Build(),
            D(2026, 12, 1)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 3, 28));
        Warnings(a, WarningCodes.EventIgnored)
            .Should()
            .ContainSingle()
            .Which.Should()
            .Match<Warning>(w =>
                w.Severity == Severity.Warning
                && w.Message.StartsWith(
                    "The loonsanctie decided on 2026-11-01 (26 week(s)) is replaced by the later decision of 2026-11-15 (12 week(s)): the engine applies UWV's last decision given by the end of the wachttijd (WIA art. 25 lid 11)",
                    System.StringComparison.Ordinal
                )
                && w.Message.Contains("Awb art. 7:11 lid 2", System.StringComparison.Ordinal)
            );
    }

    [Fact]
    public void Many_replaced_loonsancties_give_one_warning()
    {
        var a = Engine.Assess(
            Case()
                .WiaAanvraag(D(2026, 10, 1))
                .Loonsanctie(D(2026, 11, 1), 26)
                .Loonsanctie(D(2026, 11, 8), 20)
                .Loonsanctie(D(2026, 11, 15), 12)
                .Build(),
            D(2026, 12, 1)
        );

        Warnings(a, WarningCodes.EventIgnored)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith(
                "2 loonsanctie decisions, from 2026-11-01 to 2026-11-08, are replaced by the last decision, of 2026-11-15 (12 week(s)): "
            );
    }

    [Fact]
    public void A_loonsanctie_after_the_end_does_not_replace_the_one_decided_before_it()
    {
        // Issue 24 point 4. The first decision (1 Nov 2026, 26 weeks) came before the end of 3 Jan 2027; the second (10 Jan
        // 2027, 12 weeks) after it: "Verlenging ... vindt niet plaats indien het UWV de beschikking ... niet geeft voor de
        // afloop van de wachttijd" (WIA art. 25 lid 11), so the second is without effect and cannot replace the first (was:
        // the second replaced the first and then extended nothing, so no sanction at all). The first applies: 26 weeks =
        // 182 days from Mon 4 Jan 2027 = Sun 4 Jul 2027.
        var a = Engine.Assess(
            Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 1), 26).Loonsanctie(D(2027, 1, 10), 12).Build(),
            D(2027, 1, 20)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 7, 4));
        Warnings(a, WarningCodes.EventIgnored)
            .Select(w => w.Message)
            .Should()
            .ContainSingle()
            .Which.Should()
            .StartWith("The loonsanctie decided on 2027-01-10 does not extend wage continuation")
            .And.Contain("(WIA art. 25 lid 11), so the decision is without effect");
    }

    [Fact]
    public void A_loonsanctie_after_the_end_is_said_to_extend_nothing_also_when_other_events_follow_it()
    {
        // Decided on 10 Jan 2027, after the end of 3 Jan 2027 (WIA art. 25 lid 11); an evaluation follows it.
        var a = Engine.Assess(
            Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2027, 1, 10), 12).Evaluatie(D(2027, 1, 15)).Build(),
            D(2027, 1, 20)
        );

        a.Wachttijd.LastDay.Should().Be(StatutoryEnd);
        Warnings(a, WarningCodes.EventIgnored)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith("The loonsanctie decided on 2027-01-10 does not extend wage continuation:");
    }

    [Fact]
    public void A_bekorting_on_the_day_of_a_later_decision_does_not_shorten_it_whatever_the_order()
    {
        // The bekorting of 15 Nov 2026 follows the first decision (so the case is valid), but falls on the day of the
        // second, which the engine applies in full: 12 weeks after 3 Jan 2027 = 28 Mar 2027. Listed after the second
        // decision it used to shorten it to 15 Nov 2026 + 42 = 27 Dec 2026, before the end: no extension at all.
        CaseBuilder Base() => Case().WiaAanvraag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 1), 26);
        var bekortingFirst = Base().Bekorting(D(2026, 11, 15)).Loonsanctie(D(2026, 11, 15), 12).Build();
        var sanctionFirst = Base().Loonsanctie(D(2026, 11, 15), 12).Bekorting(D(2026, 11, 15)).Build();

        Engine.Assess(bekortingFirst, D(2026, 12, 1)).Wachttijd.LastDay.Should().Be(D(2027, 3, 28));
        Engine.Assess(sanctionFirst, D(2026, 12, 1)).Wachttijd.LastDay.Should().Be(D(2027, 3, 28));
    }
}
