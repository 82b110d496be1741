using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Model;

public sealed class ContextTextTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);
    private static readonly LocalDate Due = new(2025, 1, 10);
    private static readonly LocalDate Done = new(2025, 1, 8);
    private const string OnTime = "Done on 2025-01-08, on time (due by 2025-01-10).";

    [Fact]
    public void An_obligation_with_a_null_derivation_explains_only_its_status()
    {
        var (a, _) = Run((rule, c) => c.CreateObligation(rule, Due, Done, (string)null!));

        a.Obligations.Single(o => o.Kind == HostRule.Code).Explanation.Should().Be(OnTime);
    }

    [Fact]
    public void An_obligation_whose_context_builder_returns_null_explains_only_its_status()
    {
        var (a, _) = Run((rule, c) => c.CreateObligation(rule, Due, Done, static _ => null!));

        a.Obligations.Single(o => o.Kind == HostRule.Code).Explanation.Should().Be(OnTime);
    }

    [Fact]
    public void An_obligation_made_by_the_context_puts_the_derivation_before_the_reason()
    {
        var (text, _) = Run((rule, c) => c.CreateObligation(rule, Due, Done, "Day 5."));
        var (built, _) = Run((rule, c) => c.CreateObligation(rule, Due, Done, static c => "Day 5 of " + c.Case.CaseId + "."));

        text.Obligations.Single(o => o.Kind == HostRule.Code).Explanation.Should().Be("Day 5. " + OnTime);
        built.Obligations.Single(o => o.Kind == HostRule.Code).Explanation.Should().Be("Day 5 of C. " + OnTime);
    }

    [Fact]
    public void A_milestone_built_from_the_context_is_built_on_first_read_only()
    {
        var calls = 0;
        var (a, _) = Run(
            (rule, c) => c.CreateObligation(rule, Due, Done, "x"),
            c => new Milestone(
                "host-mijlpaal",
                Due,
                new LegalSource("Verzuimprotocol"),
                c,
                c =>
                {
                    calls++;
                    return "From case " + c.Case.CaseId + ".";
                }
            )
        );
        var m = a.Milestones.Single(x => x.Kind == "host-mijlpaal");

        calls.Should().Be(0);
        var first = m.Explanation;

        first.Should().Be("From case C.");
        m.Explanation.Should().BeSameAs(first);
        calls.Should().Be(1);
    }

    [Fact]
    public void A_milestone_whose_context_builder_returns_null_has_an_empty_explanation()
    {
        var (a, _) = Run(
            (rule, c) => c.CreateObligation(rule, Due, Done, "x"),
            c => new Milestone("host-mijlpaal", Due, new LegalSource("Verzuimprotocol"), c, static _ => null!)
        );

        a.Milestones.Single(x => x.Kind == "host-mijlpaal").Explanation.Should().BeEmpty();
    }

    [Fact]
    public void A_milestone_built_from_the_context_checks_its_arguments()
    {
        var (_, context) = Run((rule, c) => c.CreateObligation(rule, Due, Done, "x"));
        var source = new LegalSource("Verzuimprotocol");
        Func<RuleContext, string> text = static _ => "x";

        FluentActions
            .Invoking(() => new Milestone("", Due, source, context, text))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("kind")
            .Which.Message.Should()
            .Be("A milestone code is required. (Parameter 'kind')");
        FluentActions
            .Invoking(() => new Milestone(null!, Due, source, context, text))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("kind");
        FluentActions
            .Invoking(() => new Milestone("m", Due, null!, context, text))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("legalBasis");
        FluentActions
            .Invoking(() => new Milestone("m", Due, source, null!, text))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("context");
        FluentActions
            .Invoking(() => new Milestone("m", Due, source, context, null!))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("explanation");
    }

    private static (Assessment Assessment, RuleContext Context) Run(
        Func<RuleDescriptor, RuleContext, Obligation> obligation,
        Func<RuleContext, Milestone>? milestone = null
    )
    {
        var rule = new HostRule(obligation, milestone);
        var engine = new PoortwachterEngine(new PoortwachterOptions().Add(rule));
        var assessment = engine.Assess(SicknessCase.Builder("C", Day1).Build(), new LocalDate(2025, 1, 20));
        return (assessment, rule.Context!);
    }

    private sealed class HostRule(Func<RuleDescriptor, RuleContext, Obligation> obligation, Func<RuleContext, Milestone>? milestone) : IRule
    {
        public const string Code = "host-verplichting";

        private static readonly RuleDescriptor Rule = new(
            Code,
            "A host obligation",
            "a fixed day",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            "Company protocol.",
            new LocalDate(2013, 7, 1)
        );

        public RuleContext? Context { get; private set; }

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            Context = context;
            output.Add(Rule, obligation(Rule, context));
            if (milestone is not null)
            {
                output.Add(milestone(context));
            }
        }
    }
}
