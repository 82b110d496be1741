using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The WIA application (<c>WiaAanvraagRule</c>): 11 weeks before the end, an employee obligation, and its derivation
/// with the late-letter protection appended (the protection itself: <see cref="LateWiaAanvraagExtensionTests"/>). Day 1
/// = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d651 = 18 Oct 2026.
/// </summary>
public sealed class WiaAanvraagRuleTests : RuleTestBase
{
    [Fact]
    public void Due_11_weeks_before_the_end_and_an_employee_obligation()
    {
        var o = Of(Case().EmploymentEndsOn(D(2025, 6, 1)), D(2026, 9, 1), ObligationCodes.WiaAanvraag);
        o.DueBy.Should().Be(D(2026, 10, 18));
        o.Status.Should().Be(ObligationStatus.Open, "the employee applies even after employment ended");
    }

    [Fact]
    public void The_protection_is_appended_to_the_derivation_as_its_own_sentence()
    {
        var o = Of(Case().UwvZiekmelding(D(2025, 10, 20)).UwvWiaBrief(D(2026, 11, 2)), D(2026, 11, 3), ObligationCodes.WiaAanvraag);

        o.Explanation.Should().Contain("+ 650 days. UWV's letter about the WIA application was due by");
    }
}
