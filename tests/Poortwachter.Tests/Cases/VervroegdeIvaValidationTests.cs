using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Cases;

/// <summary>
/// The validator on the early IVA (Wet WIA art. 23 lid 6, 66): a decision needs the application on or before it; one
/// application (art. 66 lid 2) and one decision; a granted decision gives the end UWV fixed and a refusal none; that end
/// lies at least ten weeks after the application (the last day P + 70; P + 69 is left to the engine's warning).
/// Application P = Thu 24 Jul 2025 unless stated: P + 69 = Wed 1 Oct 2025, P + 70 = Thu 2 Oct 2025.
/// </summary>
public sealed class VervroegdeIvaValidationTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);
    private static readonly LocalDate Applied = new(2025, 7, 24);
    private static readonly LocalDate Decided = new(2025, 9, 15);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static CaseProblem[] Problems(params CaseEvent[] events) =>
        CaseValidator.Validate(new SicknessCase("C-1", Day1, null, null, null, events)).ToArray();

    [Fact]
    public void A_grant_after_the_application_with_its_end_is_valid()
    {
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Decided, true, D(2025, 10, 2))).Should().BeEmpty();
        // Same day as the application: on or before, as "needs before it" reads everywhere in the contract.
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Applied, true, D(2025, 10, 2))).Should().BeEmpty();
        // The end before the decision (a decision in arrears, I6) is valid.
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(D(2025, 10, 20), true, D(2025, 10, 2))).Should().BeEmpty();
    }

    [Fact]
    public void A_refusal_without_an_end_is_valid() =>
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Decided, false, null)).Should().BeEmpty();

    [Fact]
    public void A_decision_without_an_application_is_refused_at_the_event() =>
        Problems(new VervroegdeIvaBesluit(Decided, false, null))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0]",
                    "vervroegde-iva-besluit on 2025-09-15 without an application for a shortened wachttijd (event 'vervroegde-iva-aanvraag') on or before that day: UWV decides on the employee's application (WIA art. 23 lid 6)."
                )
            );

    [Fact]
    public void A_decision_before_the_application_is_refused_at_the_event() =>
        Problems(new VervroegdeIvaBesluit(Decided, false, null), new VervroegdeIvaAanvraag(Decided.PlusDays(1)))
            .Select(p => p.Path)
            .Should()
            .Equal("$.events[0]");

    [Fact]
    public void A_second_application_and_a_second_decision_are_refused()
    {
        var problems = Problems(
            new VervroegdeIvaAanvraag(Applied),
            new VervroegdeIvaBesluit(Decided, false, null),
            new VervroegdeIvaAanvraag(D(2025, 10, 1)),
            new VervroegdeIvaBesluit(D(2025, 11, 1), false, null)
        );

        problems.Select(p => p.Path).Should().Equal("$.events[2]", "$.events[3]");
        problems[0].Message.Should().Contain("only once (WIA art. 66 lid 2)");
        problems[1].Message.Should().Contain("a second vervroegde-iva-besluit");
    }

    [Fact]
    public void A_grant_needs_its_end_and_a_refusal_has_none()
    {
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Decided, true, null))
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[1].wachttijdEndsOn",
                    "a granted shortened wachttijd needs wachttijdEndsOn: the last day of the wachttijd as UWV fixed it (WIA art. 23 lid 6)."
                )
            );
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Decided, false, D(2025, 10, 2)))
            .Should()
            .ContainSingle()
            .Which.Path.Should()
            .Be("$.events[1].wachttijdEndsOn");
    }

    [Fact]
    public void The_end_lies_ten_weeks_after_the_application_with_one_day_left_to_the_engine()
    {
        // P + 69 = Wed 1 Oct 2025 passes the validator (the engine applies it with a warning); P + 68 = Tue 30 Sep does not.
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Decided, true, D(2025, 10, 1))).Should().BeEmpty();
        var problem = Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Decided, true, D(2025, 9, 30)))
            .Should()
            .ContainSingle()
            .Subject;
        problem.Path.Should().Be("$.events[1].wachttijdEndsOn");
        problem
            .Message.Should()
            .Be(
                "the shortened wachttijd cannot end on 2025-09-30, 68 day(s) after the application of 2025-07-24: its end is fixed 'niet eerder ... dan tien weken na de dag waarop de aanvraag daartoe is ingediend' (WIA art. 23 lid 6), so its last day is 2025-10-02 at the earliest (application + 70 days; one day earlier only on the reading that the IVA starts ten weeks after the application)."
            );
    }

    [Fact]
    public void An_end_out_of_the_supported_range_is_refused_at_the_field() =>
        Problems(new VervroegdeIvaAanvraag(Applied), new VervroegdeIvaBesluit(Decided, true, D(2300, 1, 1)))
            .Should()
            .ContainSingle()
            .Which.Path.Should()
            .Be("$.events[1].wachttijdEndsOn");

    [Fact]
    public void An_application_on_the_last_day_of_the_calendar_is_reported_not_thrown()
    {
        // Issue 22: the application on 9999-12-31 fails its own range check; the decision check then counted ten weeks
        // from it (9999-12-31 + 69 days) and threw OverflowException, which cost a batch every later line.
        var problems = Problems(
            new VervroegdeIvaAanvraag(LocalDate.MaxIsoValue),
            new VervroegdeIvaBesluit(LocalDate.MaxIsoValue, true, D(2025, 10, 2))
        );

        problems.Select(p => p.Path).Should().Equal("$.events[0].on", "$.events[1].on");
        problems[0].Message.Should().Be("9999-12-31 is out of the supported range 1900-01-01..2199-12-31.");
    }
}
