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
/// The rest of the boundary a host meets: a warning message that throws when read and an extension of the end that
/// throws are named by their code (<see cref="RuleEvaluationException"/>), a null rule set is refused when the engine
/// is built, and the assessment's lookups refuse a null kind with <see cref="ArgumentNullException"/> (never a
/// <see cref="NullReferenceException"/>).
/// </summary>
public sealed class HostRuleBoundaryTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);
    private static readonly SicknessCase Case = SicknessCase.Builder("C-1", Day1).Build();

    [Fact]
    public void A_warning_message_that_throws_when_read_is_named()
    {
        var assessment = new PoortwachterEngine(new PoortwachterOptions().Add(new WarningRule())).Assess(Case, Day1.PlusDays(1));

        var warning = assessment.Warning("protocol-warning");
        var read = () => warning.Message;

        var thrown = read.Should().Throw<RuleEvaluationException>().Which;
        thrown.RuleCode.Should().Be("protocol");
        thrown.InnerException.Should().BeOfType<FormatException>();
    }

    [Fact]
    public void An_extension_that_throws_is_named()
    {
        var options = new PoortwachterOptions();
        options.Extensions.Add(new ThrowingExtension());
        var engine = new PoortwachterEngine(options);

        var act = () => engine.Assess(Case, Day1.PlusDays(10));

        var thrown = act.Should().Throw<RuleEvaluationException>().Which;
        thrown.RuleCode.Should().Be("host-extension");
        thrown.InnerException.Should().BeOfType<KeyNotFoundException>();
    }

    [Fact]
    public void A_null_rule_set_is_refused_when_the_engine_is_built() =>
        FluentActions.Invoking(() => new PoortwachterEngine(null, new RuleSet[] { null! })).Should().Throw<ArgumentException>();

    [Fact]
    public void Lookups_refuse_a_null_kind()
    {
        var assessment = PoortwachterEngine.CreateDefault().Assess(Case, Day1.PlusDays(10));

        FluentActions.Invoking(() => assessment.Obligation(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => assessment.TryGetObligation(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => assessment.Milestone(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => assessment.TryGetMilestone(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => assessment.Warning(null!)).Should().Throw<ArgumentNullException>();
    }

    private sealed class WarningRule : IRule
    {
        public RuleDescriptor Descriptor { get; } =
            new(
                "protocol",
                "Company protocol",
                "counted day 3",
                new LegalSource("Verzuimprotocol"),
                LegalCharacter.Practice,
                string.Empty,
                new LocalDate(2000, 1, 1),
                null
            );

        public void Evaluate(RuleContext context, RuleOutput output) =>
            output.Add(new Warning("protocol-warning", Severity.Info, () => throw new FormatException("bad message")));
    }

    private sealed class ThrowingExtension : IWachttijdExtension
    {
        public string Code => "host-extension";

        public LegalSource LegalBasis { get; } = new("Verzuimprotocol");

        public WachttijdEndChange? Apply(WachttijdEndContext context) => throw new KeyNotFoundException("missing");
    }
}
