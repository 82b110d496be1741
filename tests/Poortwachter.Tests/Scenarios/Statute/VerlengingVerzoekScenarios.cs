using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 24 point 2: a request for a voluntary extension is a 42nd-week report. Ziektewet art. 38 lid 8 (BWBR0001888):
/// "Indien [...] een verzoek om verlenging van het tijdvak waarin een verzekerde jegens zijn werkgever recht heeft op loon
/// [...] als bedoeld in artikel 24, eerste lid, van de Wet werk en inkomen naar arbeidsvermogen, wordt ingediend zonder dat
/// een aangifte op grond van het eerste lid heeft plaatsgevonden, wordt [...] dit verzoek, beschouwd als een aangifte op
/// grond van het eerste lid." So the report is made on the day of the request, whatever UWV decides; lid 1 still wants it
/// "uiterlijk op de eerste dag nadat de ongeschiktheid [...] 42 weken heeft geduurd" (counted day 295), so a later request
/// is a late report. WIA art. 64 lid 6 second sentence names the same report ("de aangifte, bedoeld in artikel 38, eerste
/// lid"), so a request before 81 weeks keeps the late-letter protection.
/// D = Mon 6 Jan 2025, sick throughout: counted day n = D + (n - 1); d295 = Mon 27 Oct 2025, d554 = Mon 13 Jul 2026,
/// d567 = Sun 26 Jul 2026, d589 = Mon 17 Aug 2026, d623 = Sun 20 Sep 2026, d651 = Sun 18 Oct 2026, d728 = Sun 3 Jan 2027.
/// </summary>
public sealed class VerlengingVerzoekScenarios
{
    private static readonly LocalDate Day1 = D(2025, 1, 6);
    private static readonly LocalDate ReportDue = D(2025, 10, 27);
    private static readonly LocalDate Requested = D(2026, 8, 17);

    [Fact]
    public void A_pending_request_without_a_report_is_the_report_made_late_on_its_day()
    {
        // Requested d589 = 17 Aug 2026, UWV has not decided on 1 Sep 2026. No uwv-ziekmelding: the request is the report of
        // lid 1, made 17 Aug 2026, 294 days after 27 Oct 2025 (d589 - d295). Was: overdue since 28 Oct 2025.
        var @case = SicknessCase.Builder("V1", Day1).VerlengingVerzoek(Requested).Build();
        var a = Assess(@case, D(2026, 9, 1));

        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, ReportDue, ObligationStatus.FulfilledLate, Requested);
        a.Obligation(ObligationCodes.UwvZiekmelding)
            .Explanation.Should()
            .Contain("asked UWV for a voluntary extension of wage continuation on 2026-08-17 (WIA art. 24 lid 1)")
            .And.Contain("Ziektewet art. 38 lid 8")
            .And.Contain("294 day(s) late");
        a.ShouldNotHaveWarning(WarningCodes.Overdue, ObligationCodes.UwvZiekmelding);
        a.ShouldHaveWarning(WarningCodes.FulfilledLate, ObligationCodes.UwvZiekmelding, Severity.Warning);
        // A pending request extends nothing: last day d728.
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
    }

    [Fact]
    public void A_request_before_counted_day_295_is_the_report_on_time()
    {
        // Requested Thu 24 Jul 2025 = d200, before d295: fulfilled on 24 Jul 2025, no warning for the report.
        var @case = SicknessCase.Builder("V2", Day1).VerlengingVerzoek(D(2025, 7, 24)).Build();
        var a = Assess(@case, D(2025, 11, 1));

        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, ReportDue, ObligationStatus.Fulfilled, D(2025, 7, 24));
        a.Warnings.Should().NotContain(w => w.Obligation == ObligationCodes.UwvZiekmelding);
    }

    [Fact]
    public void A_granted_request_is_the_report_even_when_a_report_follows_it()
    {
        // Requested 17 Aug 2026, report made Tue 1 Sep 2026, granted Mon 7 Sep 2026 to Sun 4 Apr 2027. The request came
        // first, "zonder dat een aangifte ... heeft plaatsgevonden": the report counts from 17 Aug 2026. The grant extends
        // wage continuation to 4 Apr 2027 (WIA art. 24).
        var @case = SicknessCase
            .Builder("V3", Day1)
            .VerlengingVerzoek(Requested)
            .UwvZiekmelding(D(2026, 9, 1))
            .Verlenging(D(2026, 9, 7), D(2027, 4, 4))
            .Build();
        var a = Assess(@case, D(2026, 9, 15));

        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, ReportDue, ObligationStatus.FulfilledLate, Requested);
        a.Wachttijd.LastDay.Should().Be(D(2027, 4, 4));
    }

    [Fact]
    public void A_report_made_before_the_request_stands_and_lid_8_does_not_apply()
    {
        // Report Mon 20 Oct 2025 (d288), on time; the request of 17 Aug 2026 was made after an aangifte: not a report.
        var @case = SicknessCase.Builder("V4", Day1).UwvZiekmelding(D(2025, 10, 20)).VerlengingVerzoek(Requested).Build();
        var a = Assess(@case, D(2026, 9, 1));

        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, ReportDue, ObligationStatus.Fulfilled, D(2025, 10, 20));
        a.Obligation(ObligationCodes.UwvZiekmelding).Explanation.Should().NotContain("lid 8");
    }

    [Fact]
    public void A_report_on_the_day_of_the_request_came_first()
    {
        // Both on 17 Aug 2026: the report itself, not the request, is the aangifte; the explanation does not cite lid 8.
        var @case = SicknessCase.Builder("V5", Day1).VerlengingVerzoek(Requested).UwvZiekmelding(Requested).Build();
        var a = Assess(@case, D(2026, 9, 1));

        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, ReportDue, ObligationStatus.FulfilledLate, Requested);
        a.Obligation(ObligationCodes.UwvZiekmelding).Explanation.Should().NotContain("lid 8");
    }

    [Fact]
    public void A_request_before_81_weeks_keeps_the_protection_against_a_late_letter()
    {
        // Requested d554 = Mon 13 Jul 2026, before d567 = 26 Jul 2026, no other report. UWV's letter was due by d623 = 20 Sep
        // 2026 and reached the employee on Mon 2 Nov 2026; applied Mon 23 Nov 2026, within four weeks (2 Nov + 28 = 30 Nov):
        // on time (WIA art. 64 lid 6), so no extension: last day d728 = 3 Jan 2027.
        // Without the request no report was made before 81 weeks: the application is 36 days after d651 = 18 Oct 2026, so
        // wage continuation runs 36 days longer, 3 Jan + 36 = Mon 8 Feb 2027 (BW 7:629 lid 11 onder a).
        var withRequest = SicknessCase
            .Builder("V6", Day1)
            .ReIntegratieverslag(D(2026, 10, 1))
            .VerlengingVerzoek(D(2026, 7, 13))
            .UwvWiaBrief(D(2026, 11, 2))
            .WiaAanvraag(D(2026, 11, 23))
            .Build();
        var a = Assess(withRequest, D(2026, 12, 1));

        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 11, 30), ObligationStatus.Fulfilled, D(2026, 11, 23));
        a.Obligation(ObligationCodes.WiaAanvraag)
            .Explanation.Should()
            .Contain("the joint request for a voluntary extension of wage continuation (WIA art. 24 lid 1) of 2026-07-13");
        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));

        var without = SicknessCase
            .Builder("V6b", Day1)
            .ReIntegratieverslag(D(2026, 10, 1))
            .UwvWiaBrief(D(2026, 11, 2))
            .WiaAanvraag(D(2026, 11, 23))
            .Build();
        Assess(without, D(2026, 12, 1)).Wachttijd.LastDay.Should().Be(D(2027, 2, 8));
    }

    [Fact]
    public void The_first_request_after_the_first_grant_is_refused_at_the_request()
    {
        // Granted 7 Sep 2026, the only request recorded on 17 Sep 2026: UWV extends "op gezamenlijk verzoek" (art. 24 lid 1).
        var late = new SicknessCase(
            "V7",
            Day1,
            null,
            null,
            null,
            [new Verlenging(D(2026, 9, 7), D(2027, 4, 4)), new VerlengingVerzoek(D(2026, 9, 17))]
        );
        CaseValidator.Validate(late).Should().ContainSingle().Which.Path.Should().Be("$.events[1]");
        CaseValidator.Validate(late).Single().Message.Should().Contain("WIA art. 24 lid 1").And.Contain("2026-09-07");

        // The request on the grant's day, and a further request after the grant (art. 24 lid 2), are valid.
        CaseValidator
            .Validate(
                new SicknessCase(
                    "V8",
                    Day1,
                    null,
                    null,
                    null,
                    [
                        new VerlengingVerzoek(D(2026, 9, 7)),
                        new Verlenging(D(2026, 9, 7), D(2027, 4, 4)),
                        new VerlengingVerzoek(D(2027, 2, 1)),
                    ]
                )
            )
            .Should()
            .BeEmpty();
    }

    [Fact]
    public void A_request_before_day_1_or_out_of_range_is_refused_with_its_path()
    {
        CaseValidator
            .Validate(new SicknessCase("V9", Day1, null, null, null, [new VerlengingVerzoek(D(2024, 12, 31))]))
            .Select(p => p.Path)
            .Should()
            .Equal("$.events[0].on");
        CaseValidator
            .Validate(new SicknessCase("V10", Day1, null, null, null, [new VerlengingVerzoek(D(9999, 12, 31))]))
            .Select(p => p.Path)
            .Should()
            .Equal("$.events[0].on");
    }
}
