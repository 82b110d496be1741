using System;
using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.Assessments;

public sealed class ContractCodeTests
{
    [Theory]
    [InlineData(ObligationStatus.Fulfilled, "fulfilled")]
    [InlineData(ObligationStatus.FulfilledLate, "fulfilled-late")]
    [InlineData(ObligationStatus.Open, "open")]
    [InlineData(ObligationStatus.Overdue, "overdue")]
    [InlineData(ObligationStatus.NotApplicable, "not-applicable")]
    [InlineData(ObligationStatus.Suspended, "suspended")]
    public void Every_status_has_its_contract_code(ObligationStatus status, string code) =>
        ObligationStatuses.Code(status).Should().Be(code);

    [Theory]
    [InlineData(Severity.Info, "info")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.High, "high")]
    public void Every_severity_has_its_contract_code(Severity severity, string code) => Severities.Code(severity).Should().Be(code);

    [Theory]
    [InlineData(LegalCharacter.Statute, "statute")]
    [InlineData(LegalCharacter.Policy, "policy")]
    [InlineData(LegalCharacter.Practice, "practice")]
    public void Every_legal_character_has_its_contract_code(LegalCharacter character, string code) =>
        LegalCharacters.Code(character).Should().Be(code);

    [Fact]
    public void The_codes_are_distinct_for_every_defined_value()
    {
        Enum.GetValues<ObligationStatus>().Select(ObligationStatuses.Code).Should().OnlyHaveUniqueItems().And.HaveCount(6);
        Enum.GetValues<Severity>().Select(Severities.Code).Should().OnlyHaveUniqueItems().And.HaveCount(3);
        Enum.GetValues<LegalCharacter>().Select(LegalCharacters.Code).Should().OnlyHaveUniqueItems().And.HaveCount(3);
    }

    [Fact]
    public void An_unknown_status_is_refused_with_its_value()
    {
        var act = () => ObligationStatuses.Code((ObligationStatus)6);

        var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status").Which;
        e.ActualValue.Should().Be((ObligationStatus)6);
        e.Message.Should().StartWith("Unknown status. (Parameter 'status')");
    }

    [Fact]
    public void An_unknown_severity_is_refused_with_its_value()
    {
        var act = () => Severities.Code((Severity)(-1));

        var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("severity").Which;
        e.ActualValue.Should().Be((Severity)(-1));
        e.Message.Should().StartWith("Unknown severity. (Parameter 'severity')");
    }

    [Fact]
    public void An_unknown_legal_character_is_refused_with_its_value()
    {
        var act = () => LegalCharacters.Code((LegalCharacter)3);

        var e = act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("character").Which;
        e.ActualValue.Should().Be((LegalCharacter)3);
        e.Message.Should().StartWith("Unknown legal character. (Parameter 'character')");
    }
}
