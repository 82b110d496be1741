using System;
using System.Linq;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.DependencyInjection;

public sealed class RegistrationGuardTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    [Fact]
    public void AddPoortwachter_needs_a_service_collection()
    {
        IServiceCollection services = null!;

        FluentActions
            .Invoking(() => services.AddPoortwachter())
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("services");
    }

    [Fact]
    public void AddPoortwachterRule_needs_a_service_collection()
    {
        IServiceCollection services = null!;

        FluentActions
            .Invoking(() => services.AddPoortwachterRule<HostRule>())
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("services");
    }

    [Fact]
    public void AddPoortwachter_returns_a_builder_over_the_collection_and_AddPoortwachterRule_the_collection()
    {
        var services = new ServiceCollection();

        services.AddPoortwachter().Services.Should().BeSameAs(services);
        services.AddPoortwachterRule<HostRule>().Should().BeSameAs(services);
    }

    [Fact]
    public void The_configured_options_reach_the_engine_with_the_options_and_container_rules()
    {
        var fromOptions = new OptionsRule();
        using var provider = new ServiceCollection()
            .AddPoortwachter(o =>
            {
                o.DueSoonDays = 7;
                o.Add(fromOptions);
            })
            .AddPoortwachterRule<HostRule>()
            .AddPoortwachterRule<HostRule>()
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<PoortwachterEngine>();

        engine.Options.DueSoonDays.Should().Be(7);
        provider.GetRequiredService<PoortwachterOptions>().DueSoonDays.Should().Be(7);
        var codes = engine.RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).ToList();
        codes.Should().ContainSingle(c => c == HostRule.Code, "a rule type is registered once");
        codes.Should().ContainSingle(c => c == OptionsRule.Code);
        provider
            .GetRequiredService<PoortwachterOptions>()
            .Rules.Select(r => r.Descriptor.Code)
            .Should()
            .Equal([OptionsRule.Code, HostRule.Code], "the container's options are the engine's, container rules after the options' rules");
    }

    [Fact]
    public void Options_out_of_range_are_refused_when_they_are_configured_not_when_the_engine_is_resolved()
    {
        var services = new ServiceCollection();

        FluentActions
            .Invoking(() => services.AddPoortwachter(o => o.Spoor2TermDays = 365))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithMessage("Spoor2TermDays is 365: *");
    }

    private sealed class HostRule : IRule
    {
        public const string Code = "di-host-regel";

        private static readonly RuleDescriptor Rule = new(
            Code,
            "A host rule",
            "none",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            "s",
            new LocalDate(2013, 7, 1)
        );

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output) { }
    }

    private sealed class OptionsRule : IRule
    {
        public const string Code = "di-options-regel";

        private static readonly RuleDescriptor Rule = new(
            Code,
            "A rule from the options",
            "none",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            "s",
            new LocalDate(2013, 7, 1)
        );

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output) { }
    }
}
