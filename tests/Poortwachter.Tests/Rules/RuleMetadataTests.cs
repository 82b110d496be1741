using System;
using System.Collections.Generic;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Rules;

public sealed class RuleMetadataTests
{
    private static readonly LocalDate From = new(2013, 7, 1);
    private static readonly LocalDate Until = new(2020, 12, 31);
    private static readonly LegalSource LegalBasis = new(Laws.Ziektewet, "38", "2");

    [Fact]
    public void A_descriptor_keeps_what_it_is_given()
    {
        var d = new RuleDescriptor("regel", "Title", "day 3", LegalBasis, LegalCharacter.Policy, "Stake.", From, Until);

        d.Code.Should().Be("regel");
        d.Title.Should().Be("Title");
        d.DueRule.Should().Be("day 3");
        d.LegalBasis.Should().BeSameAs(LegalBasis);
        d.Character.Should().Be(LegalCharacter.Policy);
        d.Stake.Should().Be("Stake.");
        d.InForceFrom.Should().Be(From);
        d.InForceUntil.Should().Be(Until);
        d.EnabledByDefault.Should().BeTrue();
        d.OverdueSeverity.Should().BeNull();
    }

    [Fact]
    public void A_descriptor_turns_missing_texts_into_empty_ones()
    {
        var d = new RuleDescriptor("regel", null!, null!, LegalBasis, LegalCharacter.Statute, null!, From);

        d.Title.Should().BeEmpty();
        d.DueRule.Should().BeEmpty();
        d.Stake.Should().BeEmpty();
        d.InForceUntil.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void A_descriptor_needs_a_code(string? value)
    {
        var act = () => new RuleDescriptor(value!, "t", "d", LegalBasis, LegalCharacter.Statute, "s", From);

        act.Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("code")
            .Which.Message.Should()
            .Be("A rule code is required. (Parameter 'code')");
    }

    [Fact]
    public void A_descriptor_needs_a_source()
    {
        var act = () => new RuleDescriptor("regel", "t", "d", null!, LegalCharacter.Statute, "s", From);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("legalBasis");
    }

    [Fact]
    public void A_descriptor_applies_from_its_first_day_through_its_last()
    {
        var d = new RuleDescriptor("regel", "t", "d", LegalBasis, LegalCharacter.Statute, "s", From, Until);

        d.AppliesTo(From.PlusDays(-1)).Should().BeFalse();
        d.AppliesTo(From).Should().BeTrue();
        d.AppliesTo(Until).Should().BeTrue();
        d.AppliesTo(Until.PlusDays(1)).Should().BeFalse();
    }

    [Fact]
    public void A_descriptor_in_force_applies_to_every_later_day()
    {
        var d = new RuleDescriptor("regel", "t", "d", LegalBasis, LegalCharacter.Statute, "s", From);

        d.AppliesTo(From.PlusDays(-1)).Should().BeFalse();
        d.AppliesTo(From).Should().BeTrue();
        d.AppliesTo(new LocalDate(2099, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void A_descriptor_shows_its_code_character_and_source() =>
        new RuleDescriptor("regel", "t", "d", LegalBasis, LegalCharacter.Practice, "s", From)
            .ToString()
            .Should()
            .Be("regel (practice; Ziektewet, art. 38 lid 2)");

    [Fact]
    public void A_rule_set_keeps_what_it_is_given_and_copies_its_lists()
    {
        var rules = new List<IRule> { new NoRule("a"), new NoRule("b") };
        var extensions = new List<IWachttijdExtension> { new NoExtension() };

        var set = new RuleSet("set", "Description", From, Until, rules, extensions);
        rules.Clear();
        extensions.Clear();

        set.Code.Should().Be("set");
        set.Description.Should().Be("Description");
        set.InForceFrom.Should().Be(From);
        set.InForceUntil.Should().Be(Until);
        set.Rules.Should().HaveCount(2);
        set.Extensions.Should().HaveCount(1);
    }

    [Fact]
    public void A_rule_set_turns_a_missing_description_into_an_empty_one() =>
        new RuleSet("set", null!, From, null, [], []).Description.Should().BeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rule_set_needs_a_code(string? value)
    {
        var act = () => new RuleSet(value!, "d", From, null, [], []);

        act.Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("code")
            .Which.Message.Should()
            .Be("A rule-set code is required. (Parameter 'code')");
    }

    [Fact]
    public void A_rule_set_needs_its_rules_and_extensions()
    {
        FluentActions
            .Invoking(() => new RuleSet("set", "d", From, null, null!, []))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("rules");
        FluentActions
            .Invoking(() => new RuleSet("set", "d", From, null, [], null!))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("extensions");
    }

    [Fact]
    public void A_rule_set_applies_from_its_first_day_through_its_last()
    {
        var closed = new RuleSet("set", "d", From, Until, [], []);
        var open = new RuleSet("set", "d", From, null, [], []);

        closed.AppliesTo(From.PlusDays(-1)).Should().BeFalse();
        closed.AppliesTo(From).Should().BeTrue();
        closed.AppliesTo(Until).Should().BeTrue();
        closed.AppliesTo(Until.PlusDays(1)).Should().BeFalse();
        open.AppliesTo(From.PlusDays(-1)).Should().BeFalse();
        open.AppliesTo(From).Should().BeTrue();
        open.AppliesTo(new LocalDate(2099, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void An_engine_picks_the_rule_set_by_the_first_sick_day()
    {
        var old = new RuleSet("oud", "d", From, Until, [new NoRule("a")], []);
        var current = new RuleSet("nieuw", "d", Until.PlusDays(1), null, [new NoRule("b")], []);
        var engine = new PoortwachterEngine(null, [old, current]);

        engine.RulesFor(Until).RuleSet.Should().BeSameAs(old);
        engine.RulesFor(Until.PlusDays(1)).RuleSet.Should().BeSameAs(current);
        FluentActions.Invoking(() => engine.RulesFor(From.PlusDays(-1))).Should().Throw<Poortwachter.Cases.InvalidCaseException>();
    }

    [Fact]
    public void A_rule_set_shows_its_code_first_day_and_rule_count() =>
        new RuleSet("set", "d", From, null, [new NoRule("a"), new NoRule("b")], [])
            .ToString()
            .Should()
            .Be("set (first sick day from 2013-07-01, 2 rules)");

    [Fact]
    public void The_catalogue_needs_rules() =>
        FluentActions
            .Invoking(() => RuleCatalog.ToMarkdown(null!))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("rules");

    [Fact]
    public void The_catalogue_escapes_pipes_and_marks_rules_that_are_off_by_default()
    {
        var rule = new NoRule(
            new RuleDescriptor("regel", "a | b", "c|d", new LegalSource("X|Y"), LegalCharacter.Practice, "s", From)
            {
                EnabledByDefault = false,
            }
        );

        RuleCatalog
            .ToMarkdown([rule, new NoRule("plain")])
            .Should()
            .Be(
                "| code | what | due | source | legal character | in force (first sick day) |\n"
                    + "|---|---|---|---|---|---|\n"
                    + "| `regel` | a \\| b | c\\|d | X\\|Y | practice (off by default) | from 2013-07-01 |\n"
                    + "| `plain` | t | d | Ziektewet, art. 38 lid 2 | statute | 2016-01-01 to 2023-06-30 |\n"
            );
    }

    private sealed class NoRule(RuleDescriptor descriptor) : IRule
    {
        public NoRule(string code)
            : this(
                new RuleDescriptor(
                    code,
                    "t",
                    "d",
                    LegalBasis,
                    LegalCharacter.Statute,
                    "s",
                    new LocalDate(2016, 1, 1),
                    new LocalDate(2023, 6, 30)
                )
            ) { }

        public RuleDescriptor Descriptor => descriptor;

        public void Evaluate(RuleContext context, RuleOutput output) { }
    }

    private sealed class NoExtension : IWachttijdExtension
    {
        public string Code => "geen";

        public LegalSource LegalBasis { get; } = new("Verzuimprotocol");

        public WachttijdEndChange? Apply(WachttijdEndContext context) => null;
    }
}
