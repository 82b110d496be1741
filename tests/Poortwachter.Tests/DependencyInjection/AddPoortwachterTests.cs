using System.Linq;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.DependencyInjection;

public sealed class AddPoortwachterTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    [Fact]
    public void The_engine_is_a_singleton_with_the_shipped_rules()
    {
        using var provider = new ServiceCollection().AddPoortwachter().BuildServiceProvider();

        var engine = provider.GetRequiredService<PoortwachterEngine>();

        engine.Should().BeSameAs(provider.GetRequiredService<PoortwachterEngine>());
        var codes = engine.RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).ToList();
        // The final report of week 90 is on by default since 0.4 (issue 12: the RIV needs it once spoor 2 has started);
        // the rest of the trajectory is bureau practice, off by default.
        var offByDefault = PoortwachterOptions.Spoor2TrajectCodes.Where(c => c != ObligationCodes.Spoor2Eindrapportage).ToArray();
        codes.Should().Contain(RuleSets.Wvp2013.ObligationCodes.Except(offByDefault, System.StringComparer.Ordinal));
        codes.Should().NotContain(offByDefault, "the spoor-2 trajectory is bureau practice, off by default");
    }

    [Fact]
    public void The_spoor_2_trajectory_rules_are_switched_on_by_group_and_a_disable_wins()
    {
        using var provider = new ServiceCollection()
            .AddPoortwachter(o => o.Enable(PoortwachterOptions.Spoor2TrajectGroup).Disable(ObligationCodes.Spoor2Eindrapportage))
            .BuildServiceProvider();

        var codes = provider.GetRequiredService<PoortwachterEngine>().RulesFor(Day1).Rules.Select(r => r.Descriptor.Code).ToList();

        codes.Should().Contain([ObligationCodes.Spoor2Trajectplan, ObligationCodes.Spoor2Voortgangsrapportage, MilestoneCodes.Spoor2Start]);
        codes.Should().NotContain(ObligationCodes.Spoor2Eindrapportage);
    }

    [Fact]
    public void A_host_rule_joins_the_shipped_rules_and_gets_the_same_treatment()
    {
        using var provider = new ServiceCollection().AddPoortwachter().AddPoortwachterRule<ContactDay3>().BuildServiceProvider();
        var engine = provider.GetRequiredService<PoortwachterEngine>();

        // Day 3 = 8 Jan 2025; not done by 20 Jan: overdue, with the standard warning (info: practice).
        var a = engine.Assess(SicknessCase.Builder("C", Day1).Build(), new LocalDate(2025, 1, 20));

        var contact = a.Obligations.Should().ContainSingle(o => o.Kind == "contact-dag-3").Subject;
        contact.DueBy.Should().Be(new LocalDate(2025, 1, 8));
        contact.Status.Should().Be(ObligationStatus.Overdue);
        contact.LegalCharacter.Should().Be(LegalCharacter.Practice);
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.Overdue && w.Obligation == "contact-dag-3" && w.Severity == Severity.Info);
    }

    [Fact]
    public void A_host_rule_with_a_shipped_code_replaces_it()
    {
        using var provider = new ServiceCollection().AddPoortwachter(o => o.Add(new StricterAnalysis())).BuildServiceProvider();
        var engine = provider.GetRequiredService<PoortwachterEngine>();

        var a = engine.Assess(SicknessCase.Builder("C", Day1).Build(), new LocalDate(2025, 1, 20));

        a.Obligations.Should()
            .ContainSingle(o => o.Kind == ObligationCodes.Probleemanalyse)
            .Which.DueBy.Should()
            .Be(new LocalDate(2025, 2, 2), "the host's own term: counted day 28 = 6 Jan + 27");
    }

    [Fact]
    public void A_rule_can_be_switched_off_and_intervals_set()
    {
        using var provider = new ServiceCollection()
            .AddPoortwachter(o =>
            {
                o.Disable(ObligationCodes.ArbeidsdeskundigOnderzoek);
                o.EvaluatieIntervalDays = 28;
            })
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<PoortwachterEngine>();

        var a = engine.Assess(SicknessCase.Builder("C", Day1).PlanVanAanpak(new LocalDate(2025, 2, 20)).Build(), new LocalDate(2025, 3, 1));

        a.Obligations.Should().NotContain(o => o.Kind == ObligationCodes.ArbeidsdeskundigOnderzoek);
        a.Obligations.Should()
            .ContainSingle(o => o.Kind == ObligationCodes.Evaluatie)
            .Which.DueBy.Should()
            .Be(new LocalDate(2025, 3, 20), "plan 20 Feb + 28 counted days, no interruption");
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_their_name()
    {
        var act = () => new PoortwachterEngine(new PoortwachterOptions { EvaluatieIntervalDays = 0 });

        act.Should().Throw<System.ArgumentException>().WithMessage("EvaluatieIntervalDays is 0: *");
    }

    private sealed class ContactDay3 : IRule
    {
        private static readonly RuleDescriptor Rule = new(
            "contact-dag-3",
            "Contact on day 3",
            "counted day 3",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            "Company protocol.",
            new LocalDate(2013, 7, 1)
        );

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output) =>
            output.Add(
                Rule,
                context.CreateObligation(Rule, context.Clock.DateOfCountedDay(3), context.FirstDone("contact-dag-3")?.On, () => "Day 3.")
            );
    }

    private sealed class StricterAnalysis : IRule
    {
        private static readonly RuleDescriptor Rule = new(
            ObligationCodes.Probleemanalyse,
            "Analysis by day 28",
            "counted day 28",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            string.Empty,
            new LocalDate(2013, 7, 1)
        );

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output) =>
            output.Add(
                Rule,
                context.CreateObligation(Rule, context.Clock.DateOfCountedDay(28), context.FirstDone(Rule.Code)?.On, () => "Day 28.")
            );
    }
}
