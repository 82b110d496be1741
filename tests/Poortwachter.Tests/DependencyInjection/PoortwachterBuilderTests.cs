using System;
using System.Linq;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.DependencyInjection;
using Xunit;

namespace Poortwachter.Tests.DependencyInjection;

/// <summary>
/// <c>AddPoortwachter</c> returns a <see cref="PoortwachterBuilder"/>: configure calls, rules and extensions created by
/// the container, and still the service collection itself, so a chain written for the collection keeps working.
/// </summary>
public sealed class PoortwachterBuilderTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    [Fact]
    public void The_builder_writes_to_the_collection_it_was_given()
    {
        var services = new ServiceCollection();

        var builder = services.AddPoortwachter();

        builder.Services.Should().BeSameAs(services);
        builder.Should().BeAssignableTo<IServiceCollection>().And.Equal(services, "the builder is a view of the collection");
    }

    [Fact]
    public void Configure_composes_with_the_action_given_to_AddPoortwachter()
    {
        using var provider = new ServiceCollection()
            .AddPoortwachter(o => o.DueSoonDays = 7)
            .Configure(o => o.DueSoonDays *= 2)
            .Configure(o => o.Disable(ObligationCodes.ArbeidsdeskundigOnderzoek))
            .Services.BuildServiceProvider();

        var options = provider.GetRequiredService<PoortwachterEngine>().Options;

        options.DueSoonDays.Should().Be(14, "7, doubled by the second action");
        options.DisabledRules.Should().Equal(ObligationCodes.ArbeidsdeskundigOnderzoek);
    }

    [Fact]
    public void Configure_refuses_an_option_out_of_range_at_once_and_a_null_action()
    {
        var builder = new ServiceCollection().AddPoortwachter();

        FluentActions
            .Invoking(() => builder.Configure(o => o.EvaluatieIntervalDays = 0))
            .Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("configure")
            .WithMessage("EvaluatieIntervalDays is 0: The evaluation interval must be 1 to 364 counted days.*");
        FluentActions
            .Invoking(() => builder.Configure(null!))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("configure");
    }

    [Fact]
    public void AddRule_registers_a_rule_the_container_creates_with_its_services()
    {
        var agreement = new CollectiveAgreement();
        var services = new ServiceCollection().AddSingleton(agreement);
        services.AddPoortwachter().AddRule<AgreementRule>().AddRule<AgreementRule>();
        using var provider = services.BuildServiceProvider();

        var rules = provider.GetRequiredService<PoortwachterEngine>().RulesFor(Day1).Rules;

        rules
            .Should()
            .ContainSingle(r => r is AgreementRule, "a type is registered once")
            .Which.As<AgreementRule>()
            .Agreement.Should()
            .BeSameAs(agreement);
        rules[^1].Should().BeOfType<AgreementRule>("a host rule with a new code comes after the shipped rules");
    }

    [Fact]
    public void AddExtension_registers_an_extension_the_container_creates_and_the_engine_applies_it_last()
    {
        var services = new ServiceCollection().AddSingleton(new CollectiveAgreement { ExtraDays = 7 });
        services.AddPoortwachter().AddExtension<AgreementExtension>().AddExtension<AgreementExtension>();
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<PoortwachterEngine>();
        var assessment = engine.Assess(SicknessCase.Builder("C-1", Day1).Build(), Day1.PlusDays(10));

        // Counted day 728 = 6 Jan 2025 + 727 days = 3 Jan 2027 (no interruption, no leave); the agreement adds 7 days,
        // once (the type is registered once): 10 Jan 2027.
        assessment.Wachttijd.StatutoryLastDay.Should().Be(new LocalDate(2027, 1, 3));
        assessment.Wachttijd.LastDay.Should().Be(new LocalDate(2027, 1, 10));
        engine.Options.Extensions.Should().ContainSingle().Which.Should().BeOfType<AgreementExtension>();
    }

    [Fact]
    public void The_engine_and_options_are_registered_once_however_often_AddPoortwachter_is_called()
    {
        var services = new ServiceCollection();

        services.AddPoortwachter();
        services.AddPoortwachter(o => o.DueSoonDays = 7);
        services.AddPoortwachter().Configure(o => o.DueSoonDays++);

        services
            .Should()
            .ContainSingle(d => d.ServiceType == typeof(PoortwachterEngine))
            .Which.Lifetime.Should()
            .Be(ServiceLifetime.Singleton);
        services
            .Should()
            .ContainSingle(d => d.ServiceType == typeof(PoortwachterOptions))
            .Which.Lifetime.Should()
            .Be(ServiceLifetime.Singleton);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<PoortwachterEngine>().Options.DueSoonDays.Should().Be(8);
    }

    [Fact]
    public void An_engine_the_host_registered_first_is_kept()
    {
        var own = new PoortwachterEngine(new PoortwachterOptions { DueSoonDays = 3 });
        var services = new ServiceCollection().AddSingleton(own);

        services.AddPoortwachter(o => o.DueSoonDays = 7);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<PoortwachterEngine>().Should().BeSameAs(own);
    }

    [Fact]
    public void Every_collection_operation_on_the_builder_reaches_the_collection()
    {
        var services = new ServiceCollection();
        IServiceCollection builder = services.AddPoortwachter();
        var count = services.Count;
        var a = ServiceDescriptor.Singleton(new Marker("a"));
        var b = ServiceDescriptor.Singleton(new Marker("b"));

        builder.Add(a);
        builder.Insert(0, b);

        services.Should().HaveCount(count + 2);
        builder.Count.Should().Be(count + 2);
        builder.IsReadOnly.Should().BeFalse();
        builder[0].Should().BeSameAs(b);
        builder.IndexOf(a).Should().Be(count + 1);
        builder.Contains(a).Should().BeTrue();
        var copy = new ServiceDescriptor[count + 3];
        builder.CopyTo(copy, 1);
        copy[1].Should().BeSameAs(b);
        ((System.Collections.IEnumerable)builder).Cast<ServiceDescriptor>().Should().Equal(services);
        builder[0] = a;
        services[0].Should().BeSameAs(a);
        builder.Remove(a).Should().BeTrue();
        services[0].Should().NotBeSameAs(a);
        builder.RemoveAt(0);
        services.Should().HaveCount(count);
        builder.Clear();
        services.Should().BeEmpty();
    }

    [Fact]
    public void A_chain_written_for_the_collection_still_compiles_and_works()
    {
        // The README's and the HR sample's chain: AddPoortwachter(...).AddPoortwachterRule<T>().BuildServiceProvider().
        using var provider = new ServiceCollection()
            .AddPoortwachter(o => o.DueSoonDays = 21)
            .AddPoortwachterRule<ContactDay3Rule>()
            .AddSingleton(new CollectiveAgreement())
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<PoortwachterEngine>();

        engine.Options.DueSoonDays.Should().Be(21);
        engine.RulesFor(Day1).Rules.Should().ContainSingle(r => r is ContactDay3Rule);
        provider.GetRequiredService<CollectiveAgreement>().ExtraDays.Should().Be(7);
    }

    private sealed record Marker(string Name);
}
