using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The plan van aanpak (<c>PlanVanAanpakRule</c>): two weeks after the probleemanalyse, or by counted day 56 without
/// one, or two weeks after the analysis' own date when a reasoned deviation moved it. Day 1 = Monday 6 January 2025,
/// sick throughout: dN = 6 Jan 2025 + (N - 1); d56 = 2 Mar 2025.
/// </summary>
public sealed class PlanVanAanpakRuleTests : RuleTestBase
{
    [Fact]
    public void Due_14_calendar_days_after_the_analysis() =>
        Of(Case().Probleemanalyse(D(2025, 2, 3)), D(2025, 2, 5), ObligationCodes.PlanVanAanpak).DueBy.Should().Be(D(2025, 2, 17));

    [Fact]
    public void Due_on_counted_day_56_without_an_analysis() =>
        Of(Case(), D(2025, 2, 5), ObligationCodes.PlanVanAanpak).DueBy.Should().Be(D(2025, 3, 2));

    [Fact]
    public void A_plan_after_its_due_date_is_late_and_warned()
    {
        var a = Engine.Assess(Case().Probleemanalyse(D(2025, 2, 3)).PlanVanAanpak(D(2025, 2, 20)).Build(), D(2025, 3, 1));
        Only(a, ObligationCodes.PlanVanAanpak).Status.Should().Be(ObligationStatus.FulfilledLate);
        Warnings(a, WarningCodes.FulfilledLate)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("3 day(s) after its due date 2025-02-17");
    }

    [Fact]
    public void The_plan_after_a_deviated_analysis_explains_where_its_date_comes_from()
    {
        // S12-4a: analysis moved to 3 Mar 2025, none on record: the plan is due 3 Mar + 14 = 17 Mar 2025.
        var plan = Of(
            Case().With(new Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 3), "bedrijfsarts met vakantie")),
            D(2025, 3, 3),
            ObligationCodes.PlanVanAanpak
        );

        plan.DueBy.Should().Be(D(2025, 3, 17));
        plan.Explanation.Should()
            .StartWith(
                "No probleemanalyse on record; a reasoned deviation agreed on 2025-02-10 moved it to 2025-03-03 (Regeling procesgang art. 5), so the plan is due two weeks after that"
            );
    }
}
