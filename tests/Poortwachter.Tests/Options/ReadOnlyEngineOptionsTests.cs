using System;
using System.Collections.Generic;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Options;

/// <summary>
/// The engine is a pure function of the case, the date and its options: a rule sees the options through
/// <see cref="RuleContext.Options"/>, and whatever it tries there must not change the engine for later assessments.
/// </summary>
public sealed class ReadOnlyEngineOptionsTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    public static TheoryData<string> Attempts =>
        new()
        {
            "set DueSoonDays",
            "set EvaluatieIntervalDays",
            "set EerstejaarsevaluatieCountsAsEvaluation",
            "Disable",
            "Enable",
            "EnableSpoor2Traject",
            "EnabledRules.Add",
            "DisabledRules.Clear",
            "Add rule",
            "Rules.Clear",
            "Extensions.Add",
        };

    [Theory]
    [MemberData(nameof(Attempts))]
    public void A_rule_cannot_change_the_engine_options(string attempt)
    {
        var rule = new MeddlingRule(attempt);
        var engine = new PoortwachterEngine(new PoortwachterOptions().Add(rule));
        var @case = SicknessCase.Builder("C-1", Day1).Build();

        var first = engine.Assess(@case, Day1.PlusDays(30));
        var second = engine.Assess(@case, Day1.PlusDays(30));

        rule.Failures.Should().HaveCount(2).And.OnlyContain(e => e is InvalidOperationException || e is NotSupportedException);
        if (!attempt.StartsWith("Rules.", StringComparison.Ordinal) && !attempt.StartsWith("Extensions.", StringComparison.Ordinal))
        {
            // The lists are read-only collections with the framework's message; everything else says why.
            rule.Failures[0].Message.Should().Contain("belong to an engine and cannot change");
        }

        engine.Options.DueSoonDays.Should().Be(14);
        engine.Options.EvaluatieIntervalDays.Should().Be(42);
        engine.Options.EnabledRules.Should().BeEmpty();
        engine.Options.DisabledRules.Should().BeEmpty();
        engine.Options.Rules.Should().ContainSingle().Which.Should().BeSameAs(rule);
        engine.Options.Extensions.Should().BeEmpty();
        second.Obligations.Should().HaveCount(first.Obligations.Count);
    }

    [Fact]
    public void The_copy_the_engine_hands_out_can_still_be_changed_and_feeds_a_new_engine()
    {
        var engine = PoortwachterEngine.CreateDefault();

        var copy = engine.Options;
        copy.DueSoonDays = 30;
        copy.Disable(ObligationCodes.ArbeidsdeskundigOnderzoek).EnableSpoor2Traject();
        copy.EnabledRules.Add(ObligationCodes.Spoor2Voortgangsrapportage); // a code that names no rule is refused: UnknownRuleCodeTests

        engine.Options.DueSoonDays.Should().Be(14);
        engine.Options.DisabledRules.Should().BeEmpty();
        new PoortwachterEngine(copy).Options.DueSoonDays.Should().Be(30);
        new PoortwachterEngine(copy).Options.DisabledRules.Should().Equal(ObligationCodes.ArbeidsdeskundigOnderzoek);
    }

    [Fact]
    public void The_read_only_sets_still_answer_every_question()
    {
        var options = new PoortwachterOptions().Enable(ObligationCodes.Spoor2Trajectplan).Enable(ObligationCodes.Spoor2Eindrapportage);
        var seen = new List<ISet<string>>();
        var engine = new PoortwachterEngine(options.Add(new Spy(seen)));

        engine.Assess(SicknessCase.Builder("C-1", Day1).Build(), Day1);

        var set = seen.Should().ContainSingle().Subject;
        set.IsReadOnly.Should().BeTrue();
        set.Count.Should().Be(2);
        set.Contains(ObligationCodes.Spoor2Trajectplan).Should().BeTrue();
        set.Contains("other").Should().BeFalse();
        set.SetEquals([ObligationCodes.Spoor2Eindrapportage, ObligationCodes.Spoor2Trajectplan]).Should().BeTrue();
        set.IsSubsetOf([ObligationCodes.Spoor2Eindrapportage, ObligationCodes.Spoor2Trajectplan, "x"]).Should().BeTrue();
        set.IsProperSubsetOf([ObligationCodes.Spoor2Eindrapportage, ObligationCodes.Spoor2Trajectplan]).Should().BeFalse();
        set.IsSupersetOf([ObligationCodes.Spoor2Trajectplan]).Should().BeTrue();
        set.IsProperSupersetOf([ObligationCodes.Spoor2Eindrapportage, ObligationCodes.Spoor2Trajectplan]).Should().BeFalse();
        set.Overlaps(["x", ObligationCodes.Spoor2Eindrapportage]).Should().BeTrue();
        var array = new string[3];
        set.CopyTo(array, 1);
        array[1..].Should().BeEquivalentTo(ObligationCodes.Spoor2Trajectplan, ObligationCodes.Spoor2Eindrapportage);
        set.Should().BeEquivalentTo(ObligationCodes.Spoor2Trajectplan, ObligationCodes.Spoor2Eindrapportage);
        ((System.Collections.IEnumerable)set).GetEnumerator().MoveNext().Should().BeTrue();
        Action[] writes =
        [
            () => set.Remove(ObligationCodes.Spoor2Trajectplan),
            () => ((ICollection<string>)set).Add("x"),
            () => set.ExceptWith(["x"]),
            () => set.IntersectWith(["x"]),
            () => set.SymmetricExceptWith(["x"]),
            () => set.UnionWith(["x"]),
        ];
        foreach (var write in writes)
        {
            write.Should().Throw<NotSupportedException>();
        }

        set.Count.Should().Be(2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_rule_code_cannot_be_switched_on_or_off(string? code)
    {
        var options = new PoortwachterOptions();

        ((Action)(() => options.Enable(code!))).Should().Throw<ArgumentException>().WithParameterName(nameof(code));
        ((Action)(() => options.Disable(code!))).Should().Throw<ArgumentException>().WithParameterName(nameof(code));
        options.EnabledRules.Should().BeEmpty();
        options.DisabledRules.Should().BeEmpty();
    }

    [Fact]
    public void A_blank_code_is_refused_for_obligations_milestones_and_warnings()
    {
        var source = new LegalSource("Verzuimprotocol");
        ((Action)(() => _ = new Obligation(" ", Day1, ObligationStatus.Open, null, source, LegalCharacter.Practice, "x")))
            .Should()
            .Throw<ArgumentException>()
            .WithParameterName("kind");
        ((Action)(() => _ = new Milestone(" ", Day1, source, "x"))).Should().Throw<ArgumentException>().WithParameterName("kind");
        ((Action)(() => _ = new Warning(" ", Severity.Info, "x"))).Should().Throw<ArgumentException>().WithParameterName("kind");
    }

    private static RuleDescriptor Descriptor(string code) =>
        new(
            code,
            "A host rule",
            "never",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            string.Empty,
            new LocalDate(2013, 7, 1)
        );

    /// <summary>A host rule that tries to change the options it is given.</summary>
    private sealed class MeddlingRule(string attempt) : IRule
    {
        public List<Exception> Failures { get; } = [];

        public RuleDescriptor Descriptor { get; } = Descriptor("meddling-rule");

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            var o = context.Options;
            Action act = attempt switch
            {
                "set DueSoonDays" => () => o.DueSoonDays = 365,
                "set EvaluatieIntervalDays" => () => o.EvaluatieIntervalDays = 7,
                "set EerstejaarsevaluatieCountsAsEvaluation" => () => o.EerstejaarsevaluatieCountsAsEvaluation = false,
                "Disable" => () => o.Disable(ObligationCodes.Probleemanalyse),
                "Enable" => () => o.Enable(ObligationCodes.Spoor2Trajectplan),
                "EnableSpoor2Traject" => () => o.EnableSpoor2Traject(),
                "EnabledRules.Add" => () => o.EnabledRules.Add(ObligationCodes.Spoor2Trajectplan),
                "DisabledRules.Clear" => () => o.DisabledRules.Clear(),
                "Add rule" => () => o.Add(this),
                "Rules.Clear" => () => o.Rules.Clear(),
                "Extensions.Add" => () => o.Extensions.Add(new NoExtension()),
                _ => throw new InvalidCastException("unknown attempt " + attempt),
            };
            try
            {
                act();
            }
            catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
            {
                Failures.Add(ex);
            }
        }
    }

    private sealed class Spy(List<ISet<string>> seen) : IRule
    {
        public RuleDescriptor Descriptor { get; } = Descriptor("spy-rule");

        public void Evaluate(RuleContext context, RuleOutput output) => seen.Add(context.Options.EnabledRules);
    }

    private sealed class NoExtension : IWachttijdExtension
    {
        public string Code => "geen-verlenging";

        public LegalSource LegalBasis { get; } = new("Verzuimprotocol");

        public WachttijdEndChange? Apply(WachttijdEndContext context) => null;
    }
}
