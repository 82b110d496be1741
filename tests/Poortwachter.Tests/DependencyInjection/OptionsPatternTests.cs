using System.Collections.Generic;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.DependencyInjection;

/// <summary>
/// Issue 26: the options pattern reaches the engine. Before, <c>services.Configure&lt;PoortwachterOptions&gt;</c>
/// compiled, <c>IOptions</c> showed the value, and the engine silently used its default.
/// </summary>
public sealed class OptionsPatternTests
{
    [Fact]
    public void Configure_reaches_the_engine_and_ioptions_shows_what_the_engine_uses()
    {
        var services = new ServiceCollection();
        services.Configure<PoortwachterOptions>(o => o.DueSoonDays = 30); // before AddPoortwachter, as hosts often write it
        services.AddPoortwachter(o => o.EvaluatieIntervalDays = 28);
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<PoortwachterEngine>();

        engine.Options.DueSoonDays.Should().Be(30);
        engine.Options.EvaluatieIntervalDays.Should().Be(28, "AddPoortwachter's own configure still applies");
        provider.GetRequiredService<IOptions<PoortwachterOptions>>().Value.DueSoonDays.Should().Be(30);
    }

    [Fact]
    public void Every_engine_option_binds_from_configuration_with_bind_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>(System.StringComparer.Ordinal)
                {
                    ["Poortwachter:DueSoonDays"] = "21",
                    ["Poortwachter:EvaluatieIntervalDays"] = "56",
                    ["Poortwachter:BanYears"] = "FromFirstSickDay",
                    ["Poortwachter:EnabledRules:0"] = "spoor-2-traject",
                    ["Poortwachter:DisabledRules:0"] = ObligationCodes.ArbeidsdeskundigOnderzoek,
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPoortwachter();
        services.AddOptions<PoortwachterOptions>().BindConfiguration("Poortwachter");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PoortwachterEngine>().Options;

        options.DueSoonDays.Should().Be(21);
        options.EvaluatieIntervalDays.Should().Be(56);
        options.BanYears.Should().Be(Poortwachter.Timeline.BanYearsReading.FromFirstSickDay);
        options.EnabledRules.Should().Contain("spoor-2-trajectplan", "the group expands to the trajectory's rules");
        options.DisabledRules.Should().Contain(ObligationCodes.ArbeidsdeskundigOnderzoek);
    }

    [Fact]
    public void Post_configure_comes_after_every_configure()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter();
        services.PostConfigure<PoortwachterOptions>(o => o.DueSoonDays = 7);
        services.Configure<PoortwachterOptions>(o => o.DueSoonDays = 30);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<PoortwachterEngine>().Options.DueSoonDays.Should().Be(7);
    }

    [Fact]
    public void A_value_out_of_range_or_an_unknown_rule_code_fails_validation_with_the_key_and_a_did_you_mean()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter();
        services.Configure<PoortwachterOptions>(o => o.EnabledRules.Add("spoor2-traject"));
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<PoortwachterEngine>();

        resolve
            .Should()
            .Throw<OptionsValidationException>()
            .WithMessage(
                "EnabledRules has 'spoor2-traject', which is not the code of a shipped or host rule. Did you mean 'spoor-2-traject'?*"
            );

        var range = new ServiceCollection();
        range.AddPoortwachter();
        range.Configure<PoortwachterOptions>(o => o.DueSoonDays = -1);
        using var rangeProvider = range.BuildServiceProvider();
        FluentActions
            .Invoking(() => rangeProvider.GetRequiredService<IOptions<PoortwachterOptions>>().Value)
            .Should()
            .Throw<OptionsValidationException>()
            .WithMessage("*DueSoonDays*");
    }

    [Fact]
    public void Validate_on_start_checks_the_options_at_start_up_not_at_the_first_assessment()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter();
        services.AddOptions<PoortwachterOptions>().Configure(o => o.DisabledRules.Add("probleem-analyse")).ValidateOnStart();
        using var provider = services.BuildServiceProvider();

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start
            .Should()
            .Throw<OptionsValidationException>()
            .WithMessage("DisabledRules has 'probleem-analyse'*Did you mean 'probleemanalyse'?*");
    }

    [Fact]
    public void A_plain_configure_class_applies_to_the_default_options_only_and_named_ones_get_their_own()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter();
        services.AddSingleton<IConfigureOptions<PoortwachterOptions>, TwentyOneDays>();
        services.Configure<PoortwachterOptions>("strict", o => o.DueSoonDays = 3);
        using var provider = services.BuildServiceProvider();

        var monitor = provider.GetRequiredService<IOptionsMonitor<PoortwachterOptions>>();

        provider.GetRequiredService<PoortwachterEngine>().Options.DueSoonDays.Should().Be(21);
        monitor.Get("strict").DueSoonDays.Should().Be(3, "a named configure applies to its name, and a plain one not");
        monitor.Get("other").DueSoonDays.Should().Be(14);
    }

    [Fact]
    public void Every_failing_validator_is_reported_in_one_exception()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter();
        services.AddOptions<PoortwachterOptions>().Validate(_ => false, "First policy.").Validate(_ => false, "Second policy.");
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IOptions<PoortwachterOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal("First policy.", "Second policy.");
    }

    [Fact]
    public void A_range_failure_reads_as_the_engines_message_without_the_parameter_name()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter();
        services.Configure<PoortwachterOptions>(o => o.DueSoonDays = -1);
        using var provider = services.BuildServiceProvider();

        var failure = FluentActions
            .Invoking(() => provider.GetRequiredService<IOptions<PoortwachterOptions>>().Value)
            .Should()
            .Throw<OptionsValidationException>()
            .Which.Failures.Should()
            .ContainSingle()
            .Which;

        failure.Should().StartWith("DueSoonDays is -1").And.NotContain("(Parameter");
    }

    private sealed class TwentyOneDays : IConfigureOptions<PoortwachterOptions>
    {
        public void Configure(PoortwachterOptions options) => options.DueSoonDays = 21;
    }

    [Fact]
    public void A_host_validator_runs_with_the_engines_own()
    {
        var services = new ServiceCollection();
        services.AddPoortwachter();
        services.AddOptions<PoortwachterOptions>().Validate(o => o.DueSoonDays <= 21, "Our policy: DueSoonDays at most 21.");
        services.Configure<PoortwachterOptions>(o => o.DueSoonDays = 28);
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<PoortwachterEngine>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("Our policy: DueSoonDays at most 21.");
    }
}
