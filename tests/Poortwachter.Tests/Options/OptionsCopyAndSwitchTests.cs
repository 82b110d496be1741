using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Options;

public sealed class OptionsCopyAndSwitchTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    [Fact]
    public void The_engine_keeps_every_setting_and_later_changes_do_not_reach_it()
    {
        var rule = new HostRule();
        var extension = new NoExtension();
        var options = new PoortwachterOptions
        {
            EvaluatieIntervalDays = 28,
            DueSoonDays = 7,
            EerstejaarsevaluatieWindowStartWeek = 44,
            Spoor2TermDays = 35,
            EerstejaarsevaluatieCountsAsEvaluation = false,
            ArbeidsdeskundigOnderzoekTermDays = 21,
            Spoor2UitstelMaxMonths = 6,
            Spoor2TrajectplanTermDays = 14,
            Spoor2VoortgangsrapportageIntervalDays = 56,
            Spoor2EindrapportageWeek = 88,
            Spoor2NazorgDays = 60,
        };
        options.Enable(ObligationCodes.Spoor2Trajectplan).Disable(ObligationCodes.ArbeidsdeskundigOnderzoek).Add(rule);
        options.Extensions.Add(extension);

        var engine = new PoortwachterEngine(options);
        options.DueSoonDays = 1;
        options.EnabledRules.Clear();
        options.DisabledRules.Clear();
        options.Rules.Clear();
        options.Extensions.Clear();
        var kept = engine.Options;

        kept.EvaluatieIntervalDays.Should().Be(28);
        kept.DueSoonDays.Should().Be(7);
        kept.EerstejaarsevaluatieWindowStartWeek.Should().Be(44);
        kept.Spoor2TermDays.Should().Be(35);
        kept.EerstejaarsevaluatieCountsAsEvaluation.Should().BeFalse();
        kept.ArbeidsdeskundigOnderzoekTermDays.Should().Be(21);
        kept.Spoor2UitstelMaxMonths.Should().Be(6);
        kept.Spoor2TrajectplanTermDays.Should().Be(14);
        kept.Spoor2VoortgangsrapportageIntervalDays.Should().Be(56);
        kept.Spoor2EindrapportageWeek.Should().Be(88);
        kept.Spoor2NazorgDays.Should().Be(60);
        kept.EnabledRules.Should().BeEquivalentTo([ObligationCodes.Spoor2Trajectplan]);
        kept.DisabledRules.Should().BeEquivalentTo([ObligationCodes.ArbeidsdeskundigOnderzoek]);
        kept.Rules.Should().ContainSingle().Which.Should().BeSameAs(rule);
        kept.Extensions.Should().ContainSingle().Which.Should().BeSameAs(extension);
    }

    [Fact]
    public void The_options_the_engine_hands_out_are_a_copy()
    {
        var engine = new PoortwachterEngine();

        engine.Options.DueSoonDays = 99;
        engine.Options.Disable(ObligationCodes.Probleemanalyse);

        engine.Options.DueSoonDays.Should().Be(14);
        engine.Options.DisabledRules.Should().BeEmpty();
        engine.RulesFor(Day1).Rules.Should().Contain(r => r.Descriptor.Code == ObligationCodes.Probleemanalyse);
    }

    [Fact]
    public void Enable_with_one_code_switches_on_that_rule_only()
    {
        var options = new PoortwachterOptions();

        options.Enable(ObligationCodes.Spoor2Trajectplan).Should().BeSameAs(options);

        options.EnabledRules.Should().BeEquivalentTo([ObligationCodes.Spoor2Trajectplan]);
        var codes = new PoortwachterEngine(options).RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).ToList();
        codes.Should().Contain(ObligationCodes.Spoor2Trajectplan);
        codes.Should().NotContain([ObligationCodes.Spoor2Voortgangsrapportage, MilestoneCodes.Spoor2Start]);
    }

    [Fact]
    public void Enable_with_the_group_code_switches_on_the_trajectory_codes_not_the_group_code()
    {
        var options = new PoortwachterOptions();

        options.Enable(PoortwachterOptions.Spoor2TrajectGroup).Should().BeSameAs(options);

        options.EnabledRules.Should().BeEquivalentTo(PoortwachterOptions.Spoor2TrajectCodes);
        options.EnabledRules.Should().NotContain(PoortwachterOptions.Spoor2TrajectGroup);
        PoortwachterOptions.Spoor2TrajectGroup.Should().Be("spoor-2-traject");
    }

    [Fact]
    public void EnableSpoor2Traject_switches_on_the_plan_the_reports_and_the_milestones()
    {
        var options = new PoortwachterOptions();

        options.EnableSpoor2Traject().Should().BeSameAs(options);

        var codes = new PoortwachterEngine(options).RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).ToList();
        codes
            .Should()
            .Contain([
                ObligationCodes.Spoor2Trajectplan,
                ObligationCodes.Spoor2Voortgangsrapportage,
                ObligationCodes.Spoor2Eindrapportage,
                MilestoneCodes.Spoor2Start,
            ]);
    }

    [Fact]
    public void Disable_switches_off_a_shipped_rule_and_wins_over_enable()
    {
        var options = new PoortwachterOptions();

        options
            .Disable(ObligationCodes.Probleemanalyse)
            .Enable(ObligationCodes.Spoor2Trajectplan)
            .Disable(ObligationCodes.Spoor2Trajectplan)
            .Should()
            .BeSameAs(options);

        var codes = new PoortwachterEngine(options).RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).ToList();
        codes.Should().NotContain([ObligationCodes.Probleemanalyse, ObligationCodes.Spoor2Trajectplan]);
        codes.Should().Contain(ObligationCodes.PlanVanAanpak);
    }

    [Fact]
    public void A_host_rule_is_added_after_the_shipped_rules_and_can_be_switched_off()
    {
        var rule = new HostRule();

        var added = new PoortwachterEngine(new PoortwachterOptions().Add(rule)).RulesFor(Day1).Rules;
        var off = new PoortwachterEngine(new PoortwachterOptions().Add(rule).Disable(HostRule.Code)).RulesFor(Day1).Rules;

        added[^1].Should().BeSameAs(rule);
        off.Should().NotContain(rule);
    }

    [Fact]
    public void Add_refuses_a_null_rule()
    {
        var act = () => new PoortwachterOptions().Add(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("rule");
    }

    private sealed class HostRule : IRule
    {
        public const string Code = "host-regel";

        private static readonly RuleDescriptor Rule = new(
            Code,
            "A host rule",
            "counted day 3",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            "Company protocol.",
            new LocalDate(2013, 7, 1)
        );

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output) { }
    }

    private sealed class NoExtension : IWachttijdExtension
    {
        public string Code => "geen-verlenging";

        public LegalSource LegalBasis { get; } = new("Verzuimprotocol");

        public WachttijdEndChange? Apply(WachttijdEndContext context) => null;
    }
}
