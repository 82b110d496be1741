using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// The 42nd-week report to UWV (<c>UwvZiekmeldingRule</c>): counted day 295 (Ziektewet art. 38 lid 1), owed by the
/// employer who owes wage that day. Day 1 = Monday 6 January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d295 =
/// 27 Oct 2025.
/// </summary>
public sealed class UwvZiekmeldingRuleTests : RuleTestBase
{
    [Fact]
    public void Due_on_counted_day_295_with_a_fine_at_stake()
    {
        var a = Engine.Assess(Case().Build(), D(2025, 10, 28));
        var o = Only(a, ObligationCodes.UwvZiekmelding);
        o.DueBy.Should().Be(D(2025, 10, 27));
        o.Status.Should().Be(ObligationStatus.Overdue);
        Warnings(a, WarningCodes.Overdue)
            .Should()
            .Contain(w =>
                w.Obligation == ObligationCodes.UwvZiekmelding
                && w.Severity == Severity.High
                && w.Message.Contains("EUR 455", System.StringComparison.Ordinal)
            );
    }

    [Fact]
    public void Not_owed_when_employment_ends_before_day_295()
    {
        // ZW 38 lid 1 binds the employer who owes wage on day 295 (27 Oct 2025); employment ends 15 Apr 2025, before it.
        var o = Of(Case().EmploymentEndsOn(D(2025, 4, 15)), D(2025, 4, 1), ObligationCodes.UwvZiekmelding);
        o.DueBy.Should().Be(D(2025, 10, 27));
        o.Status.Should().Be(ObligationStatus.NotApplicable);
        Of(Case().EmploymentEndsOn(D(2025, 4, 15)), D(2025, 4, 1), ObligationCodes.ZiekUitDienstMelding).DueBy.Should().Be(D(2025, 4, 15));
    }

    [Fact]
    public void Employment_ending_on_day_295_itself_owes_both_reports_that_day()
    {
        // Employment ends on d295 = 27 Oct 2025: the 42nd-week report falls on the last day of employment, so it is still
        // owed (not after the end), and the ziek-uit-dienst report is due the same day.
        var a = Engine.Assess(Case().EmploymentEndsOn(D(2025, 10, 27)).Build(), D(2025, 10, 1));

        a.Obligation(ObligationCodes.UwvZiekmelding)
            .Should()
            .Match<Obligation>(o => o.DueBy == D(2025, 10, 27) && o.Status == ObligationStatus.Open);
        a.Obligation(ObligationCodes.UwvZiekmelding).Explanation.Should().NotContain("is the report owed instead");
        a.Obligation(ObligationCodes.ZiekUitDienstMelding).DueBy.Should().Be(D(2025, 10, 27));
    }
}
