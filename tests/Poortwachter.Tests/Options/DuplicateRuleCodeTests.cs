using System.Linq;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Tests.DependencyInjection;
using Xunit;

namespace Poortwachter.Tests.Options;

/// <summary>
/// Of several rules with one code, the last one added wins, always: in the place of the shipped rule with that code,
/// or else of the first rule added with it. Before issue 13 a new code kept its first rule and a shipped code its last.
/// </summary>
public sealed class DuplicateRuleCodeTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    [Fact]
    public void Of_two_host_rules_with_a_new_code_the_last_wins_in_the_place_of_the_first()
    {
        var first = new CodeRule("x");
        var other = new CodeRule("y");
        var last = new CodeRule("x");

        var rules = new PoortwachterEngine(new PoortwachterOptions().Add(first).Add(other).Add(last)).RulesFor(Day1).Rules;

        rules.Should().NotContain(first);
        rules[^2].Should().BeSameAs(last);
        rules[^1].Should().BeSameAs(other);
    }

    [Fact]
    public void Of_two_host_rules_with_a_shipped_code_the_last_wins_in_the_place_of_the_shipped_rule()
    {
        var first = new CodeRule(ObligationCodes.PlanVanAanpak);
        var last = new CodeRule(ObligationCodes.PlanVanAanpak);

        var rules = new PoortwachterEngine(new PoortwachterOptions().Add(first).Add(last)).RulesFor(Day1).Rules;

        rules.Should().NotContain(first);
        rules.Select(r => r.Descriptor.Code).Should().StartWith([ObligationCodes.Probleemanalyse, ObligationCodes.PlanVanAanpak]);
        rules[1].Should().BeSameAs(last);
    }

    [Fact]
    public void A_container_rule_comes_after_the_options_rules_so_it_wins_over_one_with_its_code()
    {
        var fromOptions = new ContactDay3Rule();
        using var provider = new ServiceCollection()
            .AddPoortwachter(o => o.Add(fromOptions))
            .AddPoortwachterRule<OtherContactDay3Rule>()
            .BuildServiceProvider();

        var rules = provider.GetRequiredService<PoortwachterEngine>().RulesFor(Day1).Rules;

        rules.Should().ContainSingle(r => r.Descriptor.Code == ContactDay3Rule.Code).Which.Should().BeOfType<OtherContactDay3Rule>();
    }

    [Fact]
    public void Of_two_container_rules_with_one_code_the_last_registered_wins()
    {
        using var provider = new ServiceCollection()
            .AddPoortwachter()
            .AddPoortwachterRule<ContactDay3Rule>()
            .AddPoortwachterRule<OtherContactDay3Rule>()
            .BuildServiceProvider();

        var rules = provider.GetRequiredService<PoortwachterEngine>().RulesFor(Day1).Rules;

        rules.Should().ContainSingle(r => r.Descriptor.Code == ContactDay3Rule.Code).Which.Should().BeOfType<OtherContactDay3Rule>();
    }
}
