using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// A late WIA application extends wage continuation by the delay (<c>LateWiaAanvraagExtension</c>, BW 7:629 lid 11
/// onder a), and the late-letter protection it shares with the application's due date (<c>LateLetterProtection</c>, WIA
/// art. 64 lid 6). Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d567 = 26 Jul 2026, d623
/// = 20 Sep 2026, d651 = 18 Oct 2026, d728 = 3 Jan 2027.
/// </summary>
public sealed class LateWiaAanvraagExtensionTests : RuleTestBase
{
    [Fact]
    public void A_late_application_extends_wage_continuation_by_the_delay()
    {
        // Applied 28 Oct 2026, 10 days after 18 Oct: last day 3 Jan 2027 + 10 = 13 Jan 2027.
        var a = Engine.Assess(Case().WiaAanvraag(D(2026, 10, 28)).Build(), D(2026, 11, 1));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 13));
        a.Wachttijd.WiaStart.Should().Be(D(2027, 1, 14));
        Only(a, ObligationCodes.WiaAanvraag).Status.Should().Be(ObligationStatus.FulfilledLate);
    }

    [Fact]
    public void A_wia_application_on_its_due_date_does_not_extend()
    {
        var a = Assess(Case("W-7").WiaAanvraag(D(2026, 10, 18)).Build(), D(2026, 12, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.Extensions.Should().BeEmpty();
    }

    [Fact]
    public void A_wia_application_one_day_late_extends_by_one_day_citing_bw_7_629_lid_11()
    {
        var a = Assess(Case("W-8").WiaAanvraag(D(2026, 10, 19)).Build(), D(2026, 12, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 4));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Subject;
        change.LegalBasis.Law.Should().Be(Laws.Bw7);
        change.LegalBasis.Article.Should().Be("629");
        change.LegalBasis.Lid.Should().Be("11 onder a");
    }

    [Fact]
    public void The_first_wia_application_measures_the_delay()
    {
        // Applied 25 Oct 2026, 7 days after 18 Oct: the end moves to 10 Jan 2027; a second filing changes nothing.
        var a = Assess(Case("W-9").WiaAanvraag(D(2026, 10, 25)).WiaAanvraag(D(2026, 11, 1)).Build(), D(2026, 12, 1));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 10));
    }

    [Fact]
    public void A_missing_application_on_its_due_date_is_not_late_yet()
    {
        // On d651 = 18 Oct 2026 itself the application can still be made on time: no extension, the end is not open.
        var a = Engine.Assess(Case().ReIntegratieverslag(D(2026, 10, 1)).Build(), D(2026, 10, 18));
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.IsLastDayOpen.Should().BeFalse();

        // A day later it can come on 20 Oct at the earliest: 2 days late, 3 Jan + 2 = 5 Jan 2027, and the end is open.
        var b = Engine.Assess(Case().ReIntegratieverslag(D(2026, 10, 1)).Build(), D(2026, 10, 19));
        b.Wachttijd.LastDay.Should().Be(D(2027, 1, 5));
        b.Wachttijd.IsLastDayOpen.Should().BeTrue();
        var change = b.Wachttijd.Extensions.Single();
        change.LeavesEndOpen.Should().BeTrue();
        change.LegalBasis.Citation.Should().Be("Burgerlijk Wetboek Boek 7, art. 629 lid 11 onder a");
    }

    [Fact]
    public void A_missing_application_after_a_late_letter_says_the_four_weeks_passed()
    {
        // Letter received 2 Nov 2026 (late), report on d288: protected until 30 Nov 2026. On 1 Dec 2026 still missing:
        // at the earliest 2 Dec, 45 days after 18 Oct 2026: 3 Jan + 45 = 17 Feb 2027.
        var a = Engine.Assess(
            Case().UwvZiekmelding(D(2025, 10, 20)).ReIntegratieverslag(D(2026, 10, 1)).UwvWiaBrief(D(2026, 11, 2)).Build(),
            D(2026, 12, 1)
        );

        a.Wachttijd.LastDay.Should().Be(D(2027, 2, 17));
        a.Wachttijd.Extensions.Single()
            .Explanation.Should()
            .EndWith("No application came within those four weeks, so the delay counts from the due date of art. 64 lid 3.");
        Engine
            .Assess(
                Case().UwvZiekmelding(D(2025, 10, 20)).ReIntegratieverslag(D(2026, 10, 1)).UwvWiaBrief(D(2026, 11, 2)).Build(),
                D(2026, 11, 30)
            )
            .Wachttijd.Extensions.Should()
            .BeEmpty("on 30 Nov 2026, the last protected day, the application can still come on time");
    }

    [Fact]
    public void The_late_letter_protection_needs_a_42nd_week_report_on_record()
    {
        // Letter received 2 Nov 2026, after d623 (20 Sep 2026), but no 42nd-week report recorded: WIA 64 lid 6 last
        // sentence takes the protection away ("indien de werkgever de aangifte ... niet heeft gedaan voor ..."), so the
        // application stays due on d651 = 18 Oct 2026.
        var o = Of(Case().UwvWiaBrief(D(2026, 11, 2)), D(2026, 11, 3), ObligationCodes.WiaAanvraag);

        o.DueBy.Should().Be(D(2026, 10, 18));
        o.Status.Should().Be(ObligationStatus.Overdue);
    }

    [Fact]
    public void The_late_letter_protection_is_explained_with_its_dates()
    {
        // S12-7b: letter received 2 Nov 2026, report 20 Oct 2025 (d288 < d567 = 26 Jul 2026): due 2 Nov + 28 = 30 Nov 2026.
        var o = Of(Case().UwvZiekmelding(D(2025, 10, 20)).UwvWiaBrief(D(2026, 11, 2)), D(2026, 11, 3), ObligationCodes.WiaAanvraag);

        o.DueBy.Should().Be(D(2026, 11, 30));
        o.Explanation.Should()
            .Contain(
                "UWV's letter about the WIA application was due by 2026-09-20 (counted day 623, WIA art. 64 lid 2) and reached the employee on 2026-11-02; the 42nd-week report was made on 2025-10-20, before 2026-07-26 (counted day 567, 81 weeks), so an application within four weeks of receipt, by 2026-11-30, counts as on time (WIA art. 64 lid 6)."
            );
    }

    [Fact]
    public void A_letter_on_time_protects_nothing()
    {
        // Received on d623 itself (20 Sep 2026): not late, the application is due on d651 as usual.
        Of(Case().UwvZiekmelding(D(2025, 10, 20)).UwvWiaBrief(D(2026, 9, 20)), D(2026, 10, 1), ObligationCodes.WiaAanvraag)
            .DueBy.Should()
            .Be(D(2026, 10, 18));
    }
}
