using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Assessments;

public sealed class ContextTextTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);
    private static readonly LocalDate Due = new(2025, 1, 10);
    private static readonly LocalDate Done = new(2025, 1, 8);
    private const string OnTime = "Done on 2025-01-08, on time (due by 2025-01-10).";

    [Fact]
    public void An_obligation_whose_builder_returns_null_explains_only_its_status()
    {
        var (a, _) = Run((rule, c) => c.CreateObligation(rule, Due, Done, static () => null!));

        a.Obligations.Single(o => o.Kind == HostRule.Code).Explanation.Should().Be(OnTime);
    }

    [Fact]
    public void An_obligation_made_by_the_context_puts_the_derivation_before_the_reason()
    {
        var (text, _) = Run((rule, c) => c.CreateObligation(rule, Due, Done, new ConstantText("Day 5.")));
        var (built, _) = Run(
            (rule, c) =>
                c.CreateObligation(rule, Due, Done, DeferredText.Of(c.Case.CaseId, static (id, t) => t.Append("Day 5 of " + id + ".")))
        );

        text.Obligations.Single(o => o.Kind == HostRule.Code).Explanation.Should().Be("Day 5. " + OnTime);
        built.Obligations.Single(o => o.Kind == HostRule.Code).Explanation.Should().Be("Day 5 of C. " + OnTime);
    }

    [Fact]
    public void An_obligation_the_rule_judged_itself_keeps_its_status_and_text_without_a_reason()
    {
        var (a, _) = Run(
            (rule, c) => c.CreateObligation(rule, Due, null, new ConstantText("Not owed here."), judged: ObligationStatus.NotApplicable)
        );
        var obligation = a.Obligations.Single(o => o.Kind == HostRule.Code);

        obligation.Status.Should().Be(ObligationStatus.NotApplicable, "on 2025-01-20 an open obligation due 2025-01-10 would be overdue");
        obligation.Explanation.Should().Be("Not owed here.");
    }

    [Fact]
    public void A_milestone_built_from_facts_is_built_on_first_read_only()
    {
        var calls = 0;
        var (a, _) = Run(
            (rule, c) => c.CreateObligation(rule, Due, Done, () => "x"),
            c => new Milestone(
                "host-mijlpaal",
                Due,
                new LegalSource("Verzuimprotocol"),
                new FuncText(() =>
                {
                    calls++;
                    return "From case C.";
                })
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
    public async System.Threading.Tasks.Task Racing_first_readers_render_a_text_once_and_all_get_the_same_instance()
    {
        // The slot renders under a lock: eight threads released together onto an unread text call its builder once.
        var calls = 0;
        using var gate = new System.Threading.ManualResetEventSlim();
        var milestone = new Milestone(
            "host-mijlpaal",
            Due,
            new LegalSource("Verzuimprotocol"),
            () =>
            {
                System.Threading.Interlocked.Increment(ref calls);
                System.Threading.Thread.Sleep(50);
                return "Rendered.";
            }
        );
        var readers = Enumerable
            .Range(0, 8)
            .Select(_ =>
                System.Threading.Tasks.Task.Run(() =>
                {
                    gate.Wait();
                    return milestone.Explanation;
                })
            )
            .ToArray();

        gate.Set();
        var texts = await System.Threading.Tasks.Task.WhenAll(readers);

        calls.Should().Be(1);
        texts.Should().AllSatisfy(t => t.Should().BeSameAs(texts[0]));
    }

    [Fact]
    public void An_assessment_whose_texts_are_unread_does_not_keep_the_rule_context_alive()
    {
        // The probleemanalyse, the plan van aanpak and a host obligation hold only the facts they print: once the
        // assessment is made, nothing in it reaches the context the rules read.
        var (assessment, context) = AssessWithoutContext();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        context.IsAlive.Should().BeFalse();
        assessment
            .Obligations.Select(o => o.Kind)
            .Should()
            .Contain([ObligationCodes.Probleemanalyse, ObligationCodes.PlanVanAanpak, HostRule.Code]);
        assessment
            .Obligation(ObligationCodes.Probleemanalyse)!
            .Explanation.Should()
            .StartWith("Within six weeks of the first day of sickness");
        GC.KeepAlive(assessment);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Assessment Assessment, WeakReference Context) AssessWithoutContext()
    {
        var rule = new HostRule((rule, c) => c.CreateObligation(rule, Due, Done, static () => "Day 5."), null);
        var options = new PoortwachterOptions().Add(rule);
        foreach (var code in RuleSets.Wvp2013.Rules.Select(r => r.Descriptor.Code))
        {
            if (code is not (ObligationCodes.Probleemanalyse or ObligationCodes.PlanVanAanpak))
            {
                options.Disable(code);
            }
        }

        var assessment = new PoortwachterEngine(options).Assess(SicknessCase.Builder("C", Day1).Build(), new LocalDate(2025, 1, 20));
        var context = new WeakReference(rule.Context);
        rule.Forget();
        return (assessment, context);
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

        public void Forget() => Context = null;

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
