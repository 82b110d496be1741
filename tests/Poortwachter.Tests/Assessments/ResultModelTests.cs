using System;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.Assessments;

public sealed class ResultModelTests
{
    private static readonly LocalDate Due = new(2025, 3, 3);
    private static readonly LegalSource LegalBasis = new(Laws.RegelingProcesgang, "4", "1");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_obligation_needs_a_code(string? code)
    {
        Action withText = () => _ = new Obligation(code!, Due, ObligationStatus.Open, null, LegalBasis, LegalCharacter.Statute, "x");
        Action withBuilder = () =>
            _ = new Obligation(code!, Due, ObligationStatus.Open, null, LegalBasis, LegalCharacter.Statute, () => "x");

        foreach (var act in new[] { withText, withBuilder })
        {
            act.Should()
                .ThrowExactly<ArgumentException>()
                .WithParameterName("kind")
                .Which.Message.Should()
                .Be("An obligation code is required. (Parameter 'kind')");
        }
    }

    [Fact]
    public void An_obligation_needs_a_source_and_a_builder()
    {
        Action noSource = () => _ = new Obligation("x", Due, ObligationStatus.Open, null, null!, LegalCharacter.Statute, "x");
        Action noBuilder = () =>
            _ = new Obligation("x", Due, ObligationStatus.Open, null, LegalBasis, LegalCharacter.Statute, (Func<string>)null!);

        noSource.Should().ThrowExactly<ArgumentNullException>().WithParameterName("legalBasis");
        noBuilder.Should().ThrowExactly<ArgumentNullException>().WithParameterName("explanation");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(256)]
    public void An_obligation_refuses_an_enum_value_it_cannot_keep(int value)
    {
        Action status = () => _ = new Obligation("x", Due, (ObligationStatus)value, null, LegalBasis, LegalCharacter.Statute, "x");
        Action character = () => _ = new Obligation("x", Due, ObligationStatus.Open, null, LegalBasis, (LegalCharacter)value, () => "x");

        status.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status");
        character.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("legalCharacter");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(255)]
    public void An_obligation_keeps_any_enum_value_a_byte_holds(int value)
    {
        var o = new Obligation("x", Due, (ObligationStatus)value, null, LegalBasis, (LegalCharacter)value, "x");

        ((int)o.Status).Should().Be(value);
        ((int)o.LegalCharacter).Should().Be(value);
    }

    [Fact]
    public void An_obligation_keeps_what_it_is_given()
    {
        var done = new LocalDate(2025, 3, 1);
        var o = new Obligation("evaluatie", Due, ObligationStatus.Fulfilled, done, LegalBasis, LegalCharacter.Policy, "Derived.", 3);

        o.Kind.Should().Be("evaluatie");
        o.DueBy.Should().Be(Due);
        o.Status.Should().Be(ObligationStatus.Fulfilled);
        o.FulfilledOn.Should().Be(done);
        o.LegalBasis.Should().BeSameAs(LegalBasis);
        o.LegalCharacter.Should().Be(LegalCharacter.Policy);
        o.Explanation.Should().Be("Derived.");
        o.Sequence.Should().Be(3);
    }

    [Fact]
    public void A_null_explanation_of_an_obligation_is_empty()
    {
        var o = new Obligation("x", Due, ObligationStatus.Open, null, LegalBasis, LegalCharacter.Statute, (string)null!);

        o.Explanation.Should().BeEmpty();
    }

    [Fact]
    public void An_obligation_builds_its_explanation_on_first_read_only()
    {
        var calls = 0;
        var o = new Obligation(
            "x",
            Due,
            ObligationStatus.Open,
            null,
            LegalBasis,
            LegalCharacter.Statute,
            () =>
            {
                calls++;
                return "Built.";
            }
        );

        calls.Should().Be(0);
        var first = o.Explanation;
        var second = o.Explanation;

        first.Should().Be("Built.");
        second.Should().BeSameAs(first);
        calls.Should().Be(1);
    }

    [Fact]
    public void A_builder_that_returns_null_gives_an_empty_explanation()
    {
        var o = new Obligation("x", Due, ObligationStatus.Open, null, LegalBasis, LegalCharacter.Statute, () => null!);
        var m = new Milestone("y", Due, LegalBasis, () => null!);
        var w = new Warning("z", Severity.Info, () => null!);

        o.Explanation.Should().BeEmpty();
        m.Explanation.Should().BeEmpty();
        w.Message.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, "plan-van-aanpak: due 2025-03-03, open")]
    [InlineData(1, "plan-van-aanpak #1: due 2025-03-03, open")]
    [InlineData(12, "plan-van-aanpak #12: due 2025-03-03, open")]
    public void An_obligation_shows_its_code_number_due_date_and_status(int sequence, string text) =>
        new Obligation("plan-van-aanpak", Due, ObligationStatus.Open, null, LegalBasis, LegalCharacter.Statute, "x", sequence)
            .ToString()
            .Should()
            .Be(text);

    [Fact]
    public void An_obligation_that_never_became_due_shows_a_dash()
    {
        new Obligation("evaluatie", null, ObligationStatus.NotApplicable, null, LegalBasis, LegalCharacter.Statute, "x")
            .ToString()
            .Should()
            .Be("evaluatie: due -, not-applicable");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_milestone_needs_a_code(string? code)
    {
        Action withText = () => _ = new Milestone(code!, Due, LegalBasis, "x");
        Action withBuilder = () => _ = new Milestone(code!, Due, LegalBasis, () => "x");

        foreach (var act in new[] { withText, withBuilder })
        {
            act.Should()
                .ThrowExactly<ArgumentException>()
                .WithParameterName("kind")
                .Which.Message.Should()
                .Be("A milestone code is required. (Parameter 'kind')");
        }
    }

    [Fact]
    public void A_milestone_needs_a_source_and_a_builder()
    {
        Action noSource = () => _ = new Milestone("x", Due, null!, "x");
        Action noBuilder = () => _ = new Milestone("x", Due, LegalBasis, (Func<string>)null!);

        noSource.Should().ThrowExactly<ArgumentNullException>().WithParameterName("legalBasis");
        noBuilder.Should().ThrowExactly<ArgumentNullException>().WithParameterName("explanation");
    }

    [Fact]
    public void A_milestone_keeps_what_it_is_given_and_shows_its_code_and_date()
    {
        var m = new Milestone(MilestoneCodes.WiaStart, Due, LegalBasis, "Derived.");

        m.Kind.Should().Be(MilestoneCodes.WiaStart);
        m.On.Should().Be(Due);
        m.LegalBasis.Should().BeSameAs(LegalBasis);
        m.Explanation.Should().Be("Derived.");
        m.ToString().Should().Be("wia-start: 2025-03-03");
    }

    [Fact]
    public void A_null_explanation_of_a_milestone_is_empty() =>
        new Milestone("x", Due, LegalBasis, (string)null!).Explanation.Should().BeEmpty();

    [Fact]
    public void A_milestone_builds_its_explanation_on_first_read_only()
    {
        var calls = 0;
        var m = new Milestone(
            "x",
            Due,
            LegalBasis,
            () =>
            {
                calls++;
                return "Built.";
            }
        );

        calls.Should().Be(0);
        var first = m.Explanation;

        m.Explanation.Should().BeSameAs(first).And.Be("Built.");
        calls.Should().Be(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_warning_needs_a_code(string? code)
    {
        Action withText = () => _ = new Warning(code!, Severity.Info, "x");
        Action withBuilder = () => _ = new Warning(code!, Severity.Info, () => "x");

        foreach (var act in new[] { withText, withBuilder })
        {
            act.Should()
                .ThrowExactly<ArgumentException>()
                .WithParameterName("kind")
                .Which.Message.Should()
                .Be("A warning code is required. (Parameter 'kind')");
        }
    }

    [Fact]
    public void A_warning_needs_a_builder() =>
        FluentActions
            .Invoking(() => new Warning("x", Severity.Info, (Func<string>)null!))
            .Should()
            .ThrowExactly<ArgumentNullException>()
            .WithParameterName("message");

    [Fact]
    public void A_warning_keeps_what_it_is_given_and_a_null_message_is_empty()
    {
        var w = new Warning(WarningCodes.Overdue, Severity.High, "Late.", "plan-van-aanpak");

        w.Kind.Should().Be(WarningCodes.Overdue);
        w.Severity.Should().Be(Severity.High);
        w.Message.Should().Be("Late.");
        w.Obligation.Should().Be("plan-van-aanpak");
        new Warning("x", Severity.Info, (string)null!).Message.Should().BeEmpty();
        new Warning("x", Severity.Info, "m").Obligation.Should().BeNull();
    }

    [Fact]
    public void A_warning_builds_its_message_on_first_read_only()
    {
        var calls = 0;
        var w = new Warning(
            "x",
            Severity.Info,
            () =>
            {
                calls++;
                return "Built.";
            }
        );

        calls.Should().Be(0);
        var first = w.Message;

        w.Message.Should().BeSameAs(first).And.Be("Built.");
        calls.Should().Be(1);
    }

    [Fact]
    public void A_warning_shows_its_severity_code_obligation_and_message()
    {
        new Warning(WarningCodes.Overdue, Severity.High, "Late.", "plan-van-aanpak")
            .ToString()
            .Should()
            .Be("[high] overdue plan-van-aanpak: Late.");
        new Warning(WarningCodes.NewWachttijd, Severity.Warning, "New.").ToString().Should().Be("[warning] new-wachttijd: New.");
    }
}
