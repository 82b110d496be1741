using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The end of the wachttijd and the WIA start (<c>EindeWachttijdRule</c>): the milestones' explanations, with the
/// changes that moved the end in order. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d651
/// = 18 Oct 2026, d728 = 3 Jan 2027.
/// </summary>
public sealed class EindeWachttijdRuleTests : RuleTestBase
{
    [Fact]
    public void The_end_of_wachttijd_without_changes_explains_only_the_104_weeks()
    {
        var a = Assess(Case("W-25").Build(), D(2026, 1, 5));

        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeWachttijd)
            .Explanation.Should()
            .Be(
                "Wage continuation lasts 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1): counted day 728 (the last day of week 104) falls on 2027-01-03: day 1 (2025-01-06) + 727 days (projected as if the employee is sick every day after 2026-01-05)."
            );
    }

    [Fact]
    public void The_end_of_wachttijd_milestones_explain_the_extension()
    {
        var a = Assess(OnTime("W-5").Loonsanctie(D(2026, 11, 1), 12).Build(), D(2026, 11, 5));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 3, 28));
        var end = a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeWachttijd);
        end.Explanation.Should()
            .StartWith(
                "Wage continuation lasts 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1): counted day 728 (the last day of week 104) falls on 2027-01-03: day 1 (2025-01-06) + 727 days"
            )
            .And.EndWith(
                ". UWV imposed a loonsanctie of 12 week(s) on 2026-11-01 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-04, to 2027-03-28; a calendar period: fit days do not move it."
            );
        a.Milestones.Single(m => m.Kind == MilestoneCodes.WiaStart)
            .Explanation.Should()
            .Be("A WIA benefit can start the day after the last day of wage continuation 2027-03-28.");
    }

    [Fact]
    public void The_end_of_wachttijd_lists_a_late_application_and_a_loonsanctie_in_order()
    {
        // WIA application 25 Oct 2026, 7 days after 18 Oct: end 10 Jan 2027. UWV decides by six weeks before that end
        // (WIA 25 lid 10, second sentence): d735 - 42 = d693 = 29 Nov 2026; 1 Nov 2026 is on time. Loonsanctie of 12
        // weeks: 84 calendar days from 11 Jan 2027 = 7 Feb (28), 7 Mar (56), 4 Apr 2027 (84).
        var a = Assess(Case("W-26").WiaAanvraag(D(2026, 10, 25)).Loonsanctie(D(2026, 11, 1), 12).Build(), D(2026, 11, 5));

        a.Wachttijd.LastDay.Should().Be(D(2027, 4, 4));
        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeWachttijd)
            .Explanation.Should()
            .EndWith(
                ". The WIA application was made on 2026-10-25, 7 day(s) after its due date 2026-10-18: wage continuation is extended by the delay, from 2027-01-03 to 2027-01-10 (BW 7:629 lid 11 onder a). UWV imposed a loonsanctie of 12 week(s) on 2026-11-01 (WIA art. 25 lid 9): wage continuation runs on for 84 calendar days from 2027-01-11, to 2027-04-04; a calendar period: fit days do not move it."
            );
    }

    [Fact]
    public void The_end_of_the_wachttijd_is_labelled_for_employment_ending_on_day_1_but_not_on_the_last_day()
    {
        const string Label = "the employer's wage continuation ends then";
        Milestone(Engine.Assess(Case().EmploymentEndsOn(Day1).Build(), Day1), MilestoneCodes.EindeWachttijd)
            .Explanation.Should()
            .Contain(Label);
        Milestone(
            Engine.Assess(Case().WiaAanvraag(D(2026, 10, 1)).EmploymentEndsOn(D(2027, 1, 3)).Build(), D(2026, 12, 1)),
            MilestoneCodes.EindeWachttijd
        )
            .Explanation.Should()
            .NotContain(Label, "employment ending on the last day of the wachttijd ends nothing earlier");
    }
}
