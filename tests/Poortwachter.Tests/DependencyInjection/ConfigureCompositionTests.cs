using System;
using System.Collections.Generic;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.DependencyInjection;

/// <summary>
/// Configure calls compose as <c>services.Configure&lt;T&gt;</c> does: every call's action applies to the same options,
/// in the order of the calls. Before issue 13 a second <c>AddPoortwachter(configure)</c> was silently ignored.
/// </summary>
public sealed class ConfigureCompositionTests
{
    [Fact]
    public void A_second_AddPoortwachter_adds_to_the_first()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter(o =>
        {
            o.DueSoonDays = 7;
            o.Disable(ObligationCodes.ArbeidsdeskundigOnderzoek);
        });
        services.AddPoortwachter(o => o.EvaluatieIntervalDays = 28);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PoortwachterEngine>().Options;

        options.DueSoonDays.Should().Be(7);
        options.DisabledRules.Should().Equal(ObligationCodes.ArbeidsdeskundigOnderzoek);
        options.EvaluatieIntervalDays.Should().Be(28, "the second call's action applies as well");
    }

    [Fact]
    public void The_actions_apply_in_order_to_the_same_options()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter(o => o.DueSoonDays = 7);
        services.AddPoortwachter(o => o.DueSoonDays += 14);
        services.AddPoortwachter(o => o.Enable(ObligationCodes.Spoor2Trajectplan));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PoortwachterEngine>().Options;

        options.DueSoonDays.Should().Be(21, "the second action finds the 7 of the first and adds 14");
        options.EnabledRules.Should().Equal(ObligationCodes.Spoor2Trajectplan);
    }

    [Fact]
    public void Each_action_runs_once_during_its_call()
    {
        var runs = new List<string>();
        var services = new ServiceCollection();

        services.AddPoortwachter(_ => runs.Add("first"));
        services.AddPoortwachter(_ => runs.Add("second"));
        runs.Should().Equal("first", "second");
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<PoortwachterEngine>();

        runs.Should().Equal(["first", "second"], "the container copies the composed options and runs no action again");
    }

    [Fact]
    public void A_container_built_before_a_later_call_keeps_the_options_it_was_built_with()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter(o => o.DueSoonDays = 7);
        using var before = services.BuildServiceProvider();

        services.AddPoortwachter(o => o.DueSoonDays = 21);
        using var after = services.BuildServiceProvider();

        before.GetRequiredService<PoortwachterEngine>().Options.DueSoonDays.Should().Be(7);
        after.GetRequiredService<PoortwachterEngine>().Options.DueSoonDays.Should().Be(21);
    }

    [Fact]
    public void An_option_out_of_range_is_refused_by_the_call_that_sets_it_and_leaves_nothing_behind()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter(o => o.DueSoonDays = 7);

        FluentActions
            .Invoking(() => services.AddPoortwachter(o => o.Spoor2TermDays = 365))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("configure")
            .Which.Message.Should()
            .Be("Spoor2TermDays is 365: The spoor-2 term must be 1 to 364 counted days. (Parameter 'configure')");

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<PoortwachterEngine>().Options;
        options.DueSoonDays.Should().Be(7);
        options.Spoor2TermDays.Should().Be(42, "the refused call changed nothing");
    }

    [Fact]
    public void The_range_is_checked_on_the_options_as_the_calls_so_far_composed_them()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter(o => o.DueSoonDays = 360);

        FluentActions
            .Invoking(() => services.AddPoortwachter(o => o.DueSoonDays += 10))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithMessage("DueSoonDays is 370: *");
    }
}
