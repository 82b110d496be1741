using System;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.DependencyInjection;

/// <summary>
/// The <see cref="PoortwachterOptions"/> a container hands out are the engine's own: read-only, so no part of a
/// host can change them on their way to the engine. Before issue 13 they were the mutable singleton the engine copied
/// when it was first resolved.
/// </summary>
public sealed class ResolvedOptionsTests
{
    [Fact]
    public void The_resolved_options_cannot_be_changed_and_the_engine_keeps_its_settings()
    {
        using var provider = new ServiceCollection().AddPoortwachter(o => o.DueSoonDays = 7).BuildServiceProvider();
        var options = provider.GetRequiredService<PoortwachterOptions>();

        FluentActions
            .Invoking(() => options.DueSoonDays = 99)
            .Should()
            .ThrowExactly<InvalidOperationException>()
            .WithMessage("These options belong to an engine and cannot change*");
        FluentActions.Invoking(() => options.Disable(ObligationCodes.Probleemanalyse)).Should().ThrowExactly<NotSupportedException>();
        FluentActions.Invoking(() => options.Rules.Add(new CodeRule("x"))).Should().ThrowExactly<NotSupportedException>();

        var engine = provider.GetRequiredService<PoortwachterEngine>();
        engine.Options.DueSoonDays.Should().Be(7);
        engine.Options.DisabledRules.Should().BeEmpty();
        engine.Options.Rules.Should().BeEmpty();
    }

    [Fact]
    public void The_resolved_options_are_those_the_engine_runs_with_container_rules_included()
    {
        var fromOptions = new CodeRule("uit-opties");
        using var provider = new ServiceCollection()
            .AddPoortwachter(o => o.Add(fromOptions).Enable(ObligationCodes.Spoor2Trajectplan))
            .AddPoortwachterRule<ContactDay3Rule>()
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<PoortwachterEngine>();

        var options = provider.GetRequiredService<PoortwachterOptions>();

        options.Should().BeSameAs(provider.GetRequiredService<PoortwachterOptions>(), "a singleton");
        options.Rules.Should().HaveCount(2);
        options.Rules[0].Should().BeSameAs(fromOptions);
        options.Rules[1].Should().BeOfType<ContactDay3Rule>().And.BeSameAs(engine.Options.Rules[1]);
        options.EnabledRules.Should().Equal(ObligationCodes.Spoor2Trajectplan);
        options.DueSoonDays.Should().Be(engine.Options.DueSoonDays);
    }

    [Fact]
    public void Options_kept_from_a_configure_action_do_not_reach_the_engine()
    {
        PoortwachterOptions? kept = null;
        var services = new ServiceCollection().AddPoortwachter(o => kept = o);

        kept!.DueSoonDays = 99;
        kept.Disable(ObligationCodes.Probleemanalyse);
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<PoortwachterEngine>();

        engine.Options.DueSoonDays.Should().Be(14);
        engine
            .RulesFor(new NodaTime.LocalDate(2025, 1, 6))
            .Rules.Should()
            .Contain(r => r.Descriptor.Code == ObligationCodes.Probleemanalyse);
        provider.GetRequiredService<PoortwachterOptions>().DisabledRules.Should().BeEmpty();
    }

    [Fact]
    public void The_resolved_lists_are_read_only()
    {
        using var provider = new ServiceCollection().AddPoortwachter().BuildServiceProvider();

        var options = provider.GetRequiredService<PoortwachterOptions>();

        options.EnabledRules.IsReadOnly.Should().BeTrue();
        options.DisabledRules.IsReadOnly.Should().BeTrue();
        options.Rules.IsReadOnly.Should().BeTrue();
        options.Extensions.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => options.Extensions.Clear()).Should().ThrowExactly<NotSupportedException>();
        options.Extensions.Should().BeEmpty();
    }
}
