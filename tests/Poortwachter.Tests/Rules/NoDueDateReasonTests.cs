using System;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// A host rule may give an obligation no due date. The reason the engine appends must then be true of the case: only a
/// case that ended by recovery may say so.
/// </summary>
public sealed class NoDueDateReasonTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static readonly RuleDescriptor NoDate = new(
        "no-date",
        "No date",
        "none",
        new LegalSource("Verzuimprotocol"),
        LegalCharacter.Practice,
        string.Empty,
        new LocalDate(2013, 7, 1)
    );

    private static Obligation Assess(SicknessCase @case, LocalDate asOf) =>
        new PoortwachterEngine(new PoortwachterOptions().Add(new Rule()))
            .Assess(@case, asOf)
            .Obligations.Should()
            .ContainSingle(o => o.Kind == NoDate.Code)
            .Subject;

    [Fact]
    public void A_running_case_is_not_said_to_have_ended()
    {
        var o = Assess(SicknessCase.Builder("C-1", Day1).Build(), Day1.PlusDays(60));

        o.Status.Should().Be(ObligationStatus.NotApplicable);
        o.Explanation.Should().Be("Host derivation. It has no due date in this case, so it does not fall due.");
    }

    [Fact]
    public void An_interrupted_case_is_not_said_to_have_ended_by_recovery()
    {
        // Sick 6 Jan - 10 Feb, fit since 11 Feb: on 20 Feb that is 10 fit days, fewer than the 28 that end a case.
        var @case = SicknessCase.Builder("C-2", Day1).SickUntil(new LocalDate(2025, 2, 10)).Build();

        var o = Assess(@case, new LocalDate(2025, 2, 20));

        o.Explanation.Should().Be("Host derivation. It has no due date in this case, so it does not fall due.");
    }

    [Fact]
    public void A_recovered_case_says_since_when_the_employee_is_fit()
    {
        // Fit since 11 Feb; 11 Feb + 27 days = 10 Mar is the 28th fit day, which ends the case.
        var @case = SicknessCase.Builder("C-3", Day1).SickUntil(new LocalDate(2025, 2, 10)).Build();

        var o = Assess(@case, new LocalDate(2025, 3, 10));

        o.Explanation.Should()
            .Be(
                "Host derivation. The case ended by recovery: the employee is fit since 2025-02-11 (28 fit days by 2025-03-10, 28 end a case), before this fell due."
            );
    }

    private sealed class Rule : IRule
    {
        public RuleDescriptor Descriptor => NoDate;

        public void Evaluate(RuleContext context, RuleOutput output) =>
            output.Add(NoDate, context.CreateObligation(NoDate, null, null, () => "Host derivation."));
    }
}
