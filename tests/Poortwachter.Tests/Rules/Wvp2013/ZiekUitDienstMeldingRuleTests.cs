using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The ziek-uit-dienst report (<c>ZiekUitDienstMeldingRule</c>): its due date at its boundaries and the words of its
/// explanation (Ziektewet art. 38 lid 2). Day 1 = Monday 6 January 2025.
/// </summary>
public sealed class ZiekUitDienstMeldingRuleTests : RuleTestBase
{
    [Fact]
    public void Employment_ending_on_day_1_makes_the_report_due_on_day_1()
    {
        var o = Of(Case().EmploymentEndsOn(Day1), Day1, ObligationCodes.ZiekUitDienstMelding);

        o.ShouldBe(Day1, ObligationStatus.Open);
    }

    [Fact]
    public void The_explanation_names_the_last_working_day_and_the_end_of_employment()
    {
        var o = Of(
            Case().EmploymentEndsOn(D(2026, 2, 28)).LastWorkingDay(D(2026, 2, 27)),
            D(2026, 2, 1),
            ObligationCodes.ZiekUitDienstMelding
        );

        o.DueBy.Should().Be(D(2026, 2, 27));
        o.Explanation.Should()
            .StartWith(
                "Employment ends while the employee is sick: the employer reports the sickness to UWV on the last working day before employment ends (Ziektewet art. 38 lid 2), here the last working day 2026-02-27 given in the case (employment ends on 2026-02-28)."
            );
    }

    [Fact]
    public void No_report_without_an_end_of_employment() =>
        Engine.Assess(Case().Build(), D(2025, 6, 1)).Obligations.Should().NotContain(o => o.Kind == ObligationCodes.ZiekUitDienstMelding);
}
