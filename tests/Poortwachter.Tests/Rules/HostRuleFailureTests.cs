using System;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Rules;

/// <summary>Issue 22: a host rule that fails is named (RuleEvaluationException.RuleCode), never a bare exception.</summary>
public sealed class HostRuleFailureTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private sealed class Rule(Action<RuleContext, RuleOutput, RuleDescriptor> body, string code = "host-rule") : IRule
    {
        public RuleDescriptor Descriptor { get; } =
            new(code, "t", "t", new LegalSource("Protocol"), LegalCharacter.Practice, "s", CaseValidator.CurrentRegimeStart);

        public void Evaluate(RuleContext context, RuleOutput output) => body(context, output, Descriptor);
    }

    private static Assessment Assess(IRule rule) =>
        new PoortwachterEngine(new PoortwachterOptions().Add(rule)).Assess(SicknessCase.Builder("C", Day1).Build(), Day1.PlusDays(10));

    [Fact]
    public void A_rule_that_throws_is_named() =>
        FluentActions
            .Invoking(() => Assess(new Rule((_, _, _) => throw new InvalidOperationException("boom"))))
            .Should()
            .Throw<RuleEvaluationException>()
            .Where(e => e.RuleCode == "host-rule" && e.InnerException is InvalidOperationException);

    [Fact]
    public void A_derivation_that_throws_when_read_is_named()
    {
        var a = Assess(new Rule((c, o, d) => o.Add(d, c.CreateObligation(d, Day1, null, () => throw new FormatException("bad")))));
        FluentActions
            .Invoking(() => a.Obligation("host-rule")!.Explanation)
            .Should()
            .Throw<RuleEvaluationException>()
            .Where(e => e.RuleCode == "host-rule");
    }

    [Fact]
    public void An_obligation_under_a_shipped_code_or_before_day_1_is_refused()
    {
        FluentActions
            .Invoking(() =>
                Assess(
                    new Rule(
                        (c, o, d) =>
                            o.Add(
                                d,
                                new Obligation(
                                    ObligationCodes.PlanVanAanpak,
                                    Day1,
                                    ObligationStatus.Open,
                                    null,
                                    d.LegalBasis,
                                    d.Character,
                                    "x"
                                )
                            )
                    )
                )
            )
            .Should()
            .Throw<RuleEvaluationException>()
            .Where(e => e.RuleCode == "host-rule");
        FluentActions
            .Invoking(() => Assess(new Rule((c, o, d) => o.Add(d, c.CreateObligation(d, new LocalDate(1, 1, 1), null, () => "x")))))
            .Should()
            .Throw<RuleEvaluationException>()
            .Where(e => e.RuleCode == "host-rule");
    }

    [Fact]
    public void A_null_rule_in_the_options_is_refused_at_the_boundary()
    {
        var options = new PoortwachterOptions();
        options.Rules.Add(null!);
        FluentActions.Invoking(() => new PoortwachterEngine(options)).Should().Throw<ArgumentNullException>();
    }
}
