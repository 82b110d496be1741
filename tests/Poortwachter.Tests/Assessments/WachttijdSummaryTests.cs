using System.Linq;
using FluentAssertions;
using Poortwachter.Tests.Rules;
using Xunit;

namespace Poortwachter.Tests.Assessments;

/// <summary>
/// The wachttijd in the assessment (<c>WachttijdSummary</c>): whether its last day is still open. Day 1 = Monday 6
/// January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1).
/// </summary>
public sealed class WachttijdSummaryTests : RuleTestBase
{
    [Fact]
    public void One_open_change_is_enough_to_leave_the_end_open()
    {
        // A late application (open) and then a loonsanctie decided on the lid-10 deadline: still open.
        var a = Engine.Assess(Case().ReIntegratieverslag(D(2026, 10, 1)).Loonsanctie(D(2026, 11, 10), 2).Build(), D(2026, 11, 20));

        a.Wachttijd.Extensions.Select(e => e.LeavesEndOpen).Should().Equal(true, false);
        a.Wachttijd.IsLastDayOpen.Should().BeTrue();
    }
}
