using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// A rule's period in force (<see cref="RuleDescriptor.InForceFrom"/>, <see cref="RuleDescriptor.InForceUntil"/>)
/// decides, by the case's first sick day, whether it runs: a company protocol replaced on 1 January 2021 no longer
/// applies to a case that starts later, and a new one does not reach back.
/// </summary>
public sealed class HostRuleInForceTests
{
    private static readonly RuleDescriptor Old = Descriptor("protocol-2019", new LocalDate(2013, 7, 1), new LocalDate(2020, 12, 31));
    private static readonly RuleDescriptor New = Descriptor("protocol-2021", new LocalDate(2021, 1, 1), null);

    private static readonly PoortwachterEngine Engine = new(new PoortwachterOptions().Add(new Rule(Old)).Add(new Rule(New)));

    [Theory]
    [InlineData(2020, 12, 31, "protocol-2019")]
    [InlineData(2021, 1, 1, "protocol-2021")]
    public void Only_the_protocol_in_force_on_the_first_sick_day_runs(int year, int month, int day, string expected)
    {
        var day1 = new LocalDate(year, month, day);

        var kinds = Engine.Assess(SicknessCase.Builder("C-1", day1).Build(), day1.PlusDays(10)).Obligations.Select(o => o.Kind);

        kinds.Should().Contain(expected).And.NotContain(expected == Old.Code ? New.Code : Old.Code);
        Engine
            .RulesFor(day1)
            .Rules.Select(r => r.Descriptor.Code)
            .Should()
            .Contain(expected)
            .And.NotContain(expected == Old.Code ? New.Code : Old.Code)
            .And.Contain(ObligationCodes.Probleemanalyse);
    }

    private static RuleDescriptor Descriptor(string code, LocalDate from, LocalDate? until) =>
        new(
            code,
            "Company protocol",
            "counted day 3",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            string.Empty,
            from,
            until
        );

    private sealed class Rule(RuleDescriptor descriptor) : IRule
    {
        public RuleDescriptor Descriptor => descriptor;

        public void Evaluate(RuleContext context, RuleOutput output) =>
            output.Add(descriptor, context.CreateObligation(descriptor, context.FirstSickDay.PlusDays(2), null, () => "Day 3."));
    }
}
