using System;
using System.Collections.Generic;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// Issue 22: a host rule or extension that fails is named (RuleEvaluationException.RuleCode), never a bare exception;
/// a null rule, rule set or kind is refused at the boundary, never a <see cref="NullReferenceException"/>.
/// </summary>
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

    [Fact]
    public void A_warning_message_that_throws_when_read_is_named()
    {
        var a = Assess(new Rule((_, o, _) => o.Add(new Warning("host-warning", Severity.Info, () => throw new FormatException("bad")))));

        FluentActions
            .Invoking(() => a.Warning("host-warning").Message)
            .Should()
            .Throw<RuleEvaluationException>()
            .Where(e => e.RuleCode == "host-rule" && e.InnerException is FormatException);
    }

    [Fact]
    public void An_extension_that_throws_is_named()
    {
        var options = new PoortwachterOptions();
        options.Extensions.Add(new ThrowingExtension());
        var engine = new PoortwachterEngine(options);

        FluentActions
            .Invoking(() => engine.Assess(SicknessCase.Builder("C", Day1).Build(), Day1.PlusDays(10)))
            .Should()
            .Throw<RuleEvaluationException>()
            .Where(e => e.RuleCode == "host-extension" && e.InnerException is KeyNotFoundException);
    }

    [Fact]
    public void A_null_rule_set_is_refused_when_the_engine_is_built() =>
        FluentActions.Invoking(() => new PoortwachterEngine(null, new RuleSet[] { null! })).Should().Throw<ArgumentException>();

    [Fact]
    public void Lookups_refuse_a_null_kind()
    {
        var a = PoortwachterEngine.CreateDefault().Assess(SicknessCase.Builder("C", Day1).Build(), Day1.PlusDays(10));

        FluentActions.Invoking(() => a.Obligation(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => a.TryGetObligation(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => a.Milestone(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => a.TryGetMilestone(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => a.Warning(null!)).Should().Throw<ArgumentNullException>();
    }

    private sealed class ThrowingExtension : IWachttijdExtension
    {
        public string Code => "host-extension";

        public LegalSource LegalBasis { get; } = new("Protocol");

        public WachttijdEndChange? Apply(WachttijdEndContext context) => throw new KeyNotFoundException("missing");
    }
}
