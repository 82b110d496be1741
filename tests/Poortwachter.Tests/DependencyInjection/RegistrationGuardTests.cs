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
    public void Both_registrations_return_the_same_collection()
    {
        var services = new ServiceCollection();

        services.AddPoortwachter().Should().BeSameAs(services);
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
            .Rules.Should()
            .ContainSingle("the container's rules go to the engine's copy only");
    }

    [Fact]
    public void Options_out_of_range_are_refused_when_the_engine_is_resolved()
    {
        using var provider = new ServiceCollection().AddPoortwachter(o => o.Spoor2TermDays = 365).BuildServiceProvider();

        FluentActions
            .Invoking(() => provider.GetRequiredService<PoortwachterEngine>())
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
