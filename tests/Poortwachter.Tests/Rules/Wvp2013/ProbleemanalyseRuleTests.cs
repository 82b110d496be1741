using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The probleemanalyse (<c>ProbleemanalyseRule</c>): by counted day 42, the end of week 6 (Regeling procesgang art. 2
/// lid 2), moved by a reasoned deviation (art. 5). Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N
/// - 1); d42 = 16 Feb 2025.
/// </summary>
public sealed class ProbleemanalyseRuleTests : RuleTestBase
{
    [Fact]
    public void Due_on_counted_day_42_and_open_until_then()
    {
        var o = Of(Case(), D(2025, 2, 16), ObligationCodes.Probleemanalyse);
        o.DueBy.Should().Be(D(2025, 2, 16));
        o.Status.Should().Be(ObligationStatus.Open);
        o.LegalBasis.Citation.Should().Be("Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2");
        o.LegalCharacter.Should().Be(LegalCharacter.Statute);
        o.Explanation.Should().Contain("counted day 42 (the last day of week 6) falls on 2025-02-16");
    }

    [Fact]
    public void Overdue_the_day_after() =>
        Of(Case(), D(2025, 2, 17), ObligationCodes.Probleemanalyse).Status.Should().Be(ObligationStatus.Overdue);

    [Fact]
    public void Done_late_is_fulfilled_late() =>
        Of(Case().Probleemanalyse(D(2025, 2, 17)), D(2025, 3, 1), ObligationCodes.Probleemanalyse)
            .Status.Should()
            .Be(ObligationStatus.FulfilledLate);

    [Fact]
    public void A_deviation_moves_the_due_date()
    {
        var o = Of(
            Case().Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 1), "bedrijfsarts afwezig"),
            D(2025, 2, 20),
            ObligationCodes.Probleemanalyse
        );
        o.DueBy.Should().Be(D(2025, 3, 1));
        o.Status.Should().Be(ObligationStatus.Open);
        o.Explanation.Should().Contain("bedrijfsarts afwezig").And.Contain("art. 5");
    }
}
