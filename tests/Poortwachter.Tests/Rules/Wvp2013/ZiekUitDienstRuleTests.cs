using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// Sick at the end of employment (<c>ZiekUitDienstRule</c>): the milestone and the warning. Day 1 = Monday 6 January
/// 2025, sick throughout: dN = 6 Jan 2025 + (N - 1).
/// </summary>
public sealed class ZiekUitDienstRuleTests : RuleTestBase
{
    [Fact]
    public void Employment_ending_on_day_1_is_still_ziek_uit_dienst()
    {
        var a = Assess(Case("W-15").EmploymentEndsOn(Day1).Build(), Day1);

        a.ShouldHaveMilestone(MilestoneCodes.EindeDienstverband, Day1);
        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeDienstverband)
            .Explanation.Should()
            .StartWith(
                "Employment ends on 2025-01-06 while the employee is sick: the employer reports to UWV on the last day of employment, 2025-01-06, as the case gives no last working day and, when that is six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW, hands over a re-integratieverslag"
            );
        a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.ZiekUitDienst).Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void The_ziek_uit_dienst_warning_drops_to_info_the_day_after_employment_ends()
    {
        var onTheDay = Assess(Case("W-16").EmploymentEndsOn(D(2025, 6, 30)).Build(), D(2025, 6, 30));
        var after = Assess(Case("W-17").EmploymentEndsOn(D(2025, 6, 30)).Build(), D(2025, 7, 1));

        onTheDay.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.ZiekUitDienst).Which.Severity.Should().Be(Severity.Warning);
        after.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.ZiekUitDienst).Which.Severity.Should().Be(Severity.Info);
    }
}
