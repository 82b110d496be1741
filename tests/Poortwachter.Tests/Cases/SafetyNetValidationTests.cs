using FluentAssertions;
using Poortwachter.Cases;
using Poortwachter.Tests.Rules;
using Xunit;

namespace Poortwachter.Tests.Cases;

/// <summary>The validator takes the safety-net codes of <see cref="VangnetCodes"/> and refuses any other at <c>$.vangnet</c>.</summary>
public sealed class SafetyNetValidationTests : RuleTestBase
{
    [Fact]
    public void Every_known_code_and_none_are_valid()
    {
        foreach (var code in VangnetCodes.All)
        {
            CaseValidator.Validate(Case().Vangnet(code).BuildUnvalidated()).Should().BeEmpty(code);
            VangnetCodes.IsKnown(code).Should().BeTrue();
        }

        CaseValidator.Validate(Case().BuildUnvalidated()).Should().BeEmpty();
        CaseValidator.Validate(Case().EigenrisicodragerWga().EigenrisicodragerZw().BuildUnvalidated()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("no-risk")]
    [InlineData("29b")]
    [InlineData("")]
    [InlineData("Zwangerschap")]
    public void An_unknown_code_is_refused_at_its_path_with_the_codes(string code)
    {
        var act = () => Case().Vangnet(code).Build();

        act.Should()
            .Throw<InvalidCaseException>()
            .Which.Problems.Should()
            .ContainSingle()
            .Which.Should()
            .Match<CaseProblem>(p =>
                p.Path == "$.vangnet" && p.Message.Contains("use one of orgaandonatie, zwangerschap, bevalling, no-riskpolis")
            );
    }

    [Fact]
    public void A_long_unknown_code_is_shortened_in_the_message()
    {
        var problem = CaseValidator.Validate(Case().Vangnet(new string('x', 500)).BuildUnvalidated()).Should().ContainSingle().Subject;

        problem.Message.Length.Should().BeLessThan(300);
    }
}
