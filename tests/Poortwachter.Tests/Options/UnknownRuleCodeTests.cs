using System;
using System.Linq;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Poortwachter.Tests.DependencyInjection;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Options;

/// <summary>
/// A rule code that names no rule is refused when the engine is built, with the known codes and the nearest one.
/// Before issue 13, <c>Enable("spoor-2-trajectplan ")</c> (a trailing space) was accepted and switched nothing on.
/// </summary>
public sealed class UnknownRuleCodeTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    /// <summary>The shipped rule codes in catalogue order, then the group code: the list every message ends with.</summary>
    private static readonly string Known = string.Join(", ", RuleSets.Wvp2013.Rules.Select(r => r.Descriptor.Code)) + ", spoor-2-traject";

    [Fact]
    public void The_known_codes_are_the_catalogue_and_the_group()
    {
        // A hand-written anchor for the list the messages below derive from RuleSets.Wvp2013.
        Known.Should().StartWith("probleemanalyse, plan-van-aanpak, evaluatie, ").And.EndWith(", spoor-2-traject");
        Known.Should().Contain("spoor-2-trajectplan, ").And.Contain("arbeidsdeskundig-onderzoek, ");
    }

    [Fact]
    public void Enable_with_a_trailing_space_is_refused_when_the_engine_is_built()
    {
        var options = new PoortwachterOptions().Enable("spoor-2-trajectplan ");

        FluentActions
            .Invoking(() => new PoortwachterEngine(options))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("options")
            .Which.Message.Should()
            .Be(
                "EnabledRules has 'spoor-2-trajectplan ', which is not the code of a shipped or host rule. Did you mean 'spoor-2-trajectplan'? "
                    + $"Known codes: {Known}. (Parameter 'options')"
            );
    }

    [Fact]
    public void Disable_with_a_typo_is_refused_and_the_nearest_code_suggested()
    {
        var options = new PoortwachterOptions().Disable("arbeidsdeskundig-onderzoe");

        FluentActions
            .Invoking(() => new PoortwachterEngine(options))
            .Should()
            .ThrowExactly<ArgumentException>()
            .Which.Message.Should()
            .StartWith(
                "DisabledRules has 'arbeidsdeskundig-onderzoe', which is not the code of a shipped or host rule. Did you mean 'arbeidsdeskundig-onderzoek'? Known codes: probleemanalyse, "
            );
    }

    [Fact]
    public void A_code_near_no_known_code_gets_the_list_without_a_guess()
    {
        var options = new PoortwachterOptions().Disable(ContactDay3Rule.Code);

        FluentActions
            .Invoking(() => new PoortwachterEngine(options))
            .Should()
            .ThrowExactly<ArgumentException>()
            .Which.Message.Should()
            .Be(
                $"DisabledRules has 'contact-dag-3', which is not the code of a shipped or host rule. Known codes: {Known}. (Parameter 'options')"
            );
    }

    [Fact]
    public void A_host_rule_code_is_known_whether_the_rule_is_added_before_or_after_the_code()
    {
        var after = new PoortwachterOptions().Disable(ContactDay3Rule.Code).Add(new ContactDay3Rule());
        var before = new PoortwachterOptions().Add(new CodeRule("uit-opties")).Enable("uit-opties");

        new PoortwachterEngine(after).RulesFor(Day1).Rules.Should().NotContain(r => r.Descriptor.Code == ContactDay3Rule.Code);
        new PoortwachterEngine(before).RulesFor(Day1).Rules.Should().Contain(r => r.Descriptor.Code == "uit-opties");
    }

    [Fact]
    public void A_host_rule_code_is_in_the_list_of_known_codes()
    {
        var options = new PoortwachterOptions().Add(new CodeRule("eigen-regel")).Disable("eigen-regl");

        FluentActions
            .Invoking(() => new PoortwachterEngine(options))
            .Should()
            .ThrowExactly<ArgumentException>()
            .Which.Message.Should()
            .Be(
                "DisabledRules has 'eigen-regl', which is not the code of a shipped or host rule. Did you mean 'eigen-regel'? "
                    + $"Known codes: {Known[..Known.LastIndexOf(", ", StringComparison.Ordinal)]}, eigen-regel, spoor-2-traject. (Parameter 'options')"
            );
    }

    [Fact]
    public void The_codes_of_a_rule_set_given_to_the_engine_are_known_and_the_shipped_ones_stay_known()
    {
        var before2013 = new RuleSet(
            "eigen-2005",
            "A host's rules for older cases",
            new LocalDate(2005, 1, 1),
            new LocalDate(2013, 6, 30),
            [new CodeRule("oude-regel")],
            Array.Empty<IWachttijdExtension>()
        );
        var options = new PoortwachterOptions().Disable("oude-regel").Disable(ObligationCodes.Probleemanalyse);

        var engine = new PoortwachterEngine(options, [before2013]);

        engine.RulesFor(new LocalDate(2010, 1, 4)).Rules.Should().BeEmpty("its only rule is switched off");
    }

    [Fact]
    public void A_code_added_to_a_set_directly_is_checked_too()
    {
        var copy = PoortwachterEngine.CreateDefault().Options;
        copy.EnabledRules.Add("extra");

        FluentActions
            .Invoking(() => new PoortwachterEngine(copy))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithMessage("EnabledRules has 'extra', which is not the code of a shipped or host rule. Known codes: *");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_code_is_refused_at_once(string? code)
    {
        var options = new PoortwachterOptions();

        foreach (var act in new Action[] { () => options.Enable(code!), () => options.Disable(code!) })
        {
            act.Should()
                .ThrowExactly<ArgumentException>()
                .WithParameterName(nameof(code))
                .Which.Message.Should()
                .Be("A rule code is required, such as 'arbeidsdeskundig-onderzoek'. (Parameter 'code')");
        }
    }

    [Fact]
    public void Disable_with_the_group_code_switches_off_every_trajectory_rule()
    {
        var options = new PoortwachterOptions().Disable(PoortwachterOptions.Spoor2TrajectGroup);

        options.DisabledRules.Should().BeEquivalentTo(PoortwachterOptions.Spoor2TrajectCodes);
        var codes = new PoortwachterEngine(options).RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).ToList();
        codes.Should().NotContain(ObligationCodes.Spoor2Eindrapportage, "on by default, and switched off with its group");
        codes.Should().Contain(ObligationCodes.Spoor2);
    }

    [Fact]
    public void The_group_code_put_in_a_set_directly_stands_for_its_members()
    {
        var on = new PoortwachterOptions();
        on.EnabledRules.Add(PoortwachterOptions.Spoor2TrajectGroup);
        var off = new PoortwachterOptions();
        off.DisabledRules.Add(PoortwachterOptions.Spoor2TrajectGroup);

        var onEngine = new PoortwachterEngine(on);
        var offEngine = new PoortwachterEngine(off);

        onEngine.RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).Should().Contain(PoortwachterOptions.Spoor2TrajectCodes);
        onEngine.Options.EnabledRules.Should().BeEquivalentTo(PoortwachterOptions.Spoor2TrajectCodes);
        offEngine.RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).Should().NotContain(PoortwachterOptions.Spoor2TrajectCodes);
        offEngine.Options.DisabledRules.Should().BeEquivalentTo(PoortwachterOptions.Spoor2TrajectCodes);
    }

    [Fact]
    public void In_a_container_the_code_of_a_rule_the_container_creates_is_known()
    {
        using var provider = new ServiceCollection()
            .AddPoortwachter(o => o.Disable(ContactDay3Rule.Code))
            .AddPoortwachterRule<ContactDay3Rule>()
            .BuildServiceProvider();

        provider
            .GetRequiredService<PoortwachterEngine>()
            .RulesFor(Day1)
            .Rules.Should()
            .NotContain(r => r.Descriptor.Code == ContactDay3Rule.Code, "the container's rule is switched off by its code");
    }

    [Fact]
    public void In_a_container_an_unknown_code_is_refused_when_the_options_or_the_engine_are_created()
    {
        var services = new ServiceCollection().AddPoortwachter(o => o.Enable("spoor-2-trajectpln")).AddPoortwachterRule<ContactDay3Rule>();
        using var provider = services.BuildServiceProvider();

        FluentActions
            .Invoking(() => provider.GetRequiredService<PoortwachterEngine>())
            .Should()
            .ThrowExactly<Microsoft.Extensions.Options.OptionsValidationException>()
            .WithMessage(
                "EnabledRules has 'spoor-2-trajectpln', which is not the code of a shipped or host rule. Did you mean 'spoor-2-trajectplan'? Known codes: *, contact-dag-3, spoor-2-traject."
            );
        // Since issue 26 through the options pattern's validation, so ValidateOnStart and IOptions report it the same way.
        FluentActions
            .Invoking(() => provider.GetRequiredService<PoortwachterOptions>())
            .Should()
            .ThrowExactly<Microsoft.Extensions.Options.OptionsValidationException>();
    }
}
