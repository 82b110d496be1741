using System;
using System.Collections.Generic;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Assessments;

/// <summary>
/// The lookups on an assessment (<c>Obligation(kind, sequence)</c>, <c>Milestone(kind)</c>, <c>Warning(kind)</c> and their
/// Try forms), on the contract's example case: sick from 2025-01-06, fit 2025-02-21 to 2025-03-09, Wazo leave
/// 2025-05-01 to 2025-08-20, the plan van aanpak moved to 2025-03-10 by a reasoned deviation, evaluations on 2025-04-01 and
/// 2025-05-15.
/// </summary>
public sealed class AssessmentLookupTests
{
    private static readonly Assessment Example = PoortwachterEngine
        .CreateDefault()
        .Assess(
            SicknessCase
                .Builder("C-1042", new LocalDate(2025, 1, 6))
                .SickUntil(new LocalDate(2025, 2, 20))
                .SickAgainFrom(new LocalDate(2025, 3, 10))
                .ZwangerschapsBevallingsverlof(new LocalDate(2025, 5, 1), new LocalDate(2025, 8, 20))
                .Probleemanalyse(new LocalDate(2025, 2, 10))
                .PlanVanAanpak(new LocalDate(2025, 2, 20))
                .Evaluatie(new LocalDate(2025, 4, 1))
                .Afwijking(
                    new LocalDate(2025, 2, 12),
                    ObligationCodes.PlanVanAanpak,
                    new LocalDate(2025, 3, 10),
                    "bedrijfsarts met vakantie"
                )
                .Evaluatie(new LocalDate(2025, 5, 15))
                .Build(),
            new LocalDate(2025, 6, 1)
        );

    [Fact]
    public void An_obligation_that_does_not_repeat_is_its_own_first()
    {
        var plan = Example.Obligation(ObligationCodes.PlanVanAanpak);

        plan.Kind.Should().Be("plan-van-aanpak");
        plan.Sequence.Should().Be(0);
        plan.DueBy.Should().Be(new LocalDate(2025, 3, 10)); // the deviation's date
        Example.Obligation(ObligationCodes.PlanVanAanpak, 1).Should().BeSameAs(plan);
        Example.TryGetObligation(ObligationCodes.PlanVanAanpak, out var found).Should().BeTrue();
        found.Should().BeSameAs(plan);
    }

    [Fact]
    public void A_repeating_obligation_is_found_by_its_sequence()
    {
        Example.Obligation(ObligationCodes.Evaluatie, 2).FulfilledOn.Should().Be(new LocalDate(2025, 5, 15));
        Example.Obligation(ObligationCodes.Evaluatie).FulfilledOn.Should().Be(new LocalDate(2025, 4, 1));
        Example.TryGetObligation(ObligationCodes.Evaluatie, 2, out var second).Should().BeTrue();
        second!.Sequence.Should().Be(2);
    }

    [Fact]
    public void A_missing_kind_lists_the_kinds_present_and_the_nearest()
    {
        var act = () => Example.Obligation("plan-van-aanpk");

        act.Should()
            .Throw<KeyNotFoundException>()
            .WithMessage("Case 'C-1042' on 2025-06-01 has no obligation 'plan-van-aanpk'. Did you mean 'plan-van-aanpak'? Kinds present: *")
            .Which.Message.Should()
            .Contain("probleemanalyse, plan-van-aanpak, evaluatie, ")
            .And.NotContain("evaluatie, evaluatie"); // each kind once
        Example.TryGetObligation("plan-van-aanpk", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void A_missing_sequence_lists_the_sequences_present()
    {
        var act = () => Example.Obligation(ObligationCodes.Evaluatie, 99);
        var notRepeating = () => Example.Obligation(ObligationCodes.PlanVanAanpak, 2);

        act.Should()
            .Throw<KeyNotFoundException>()
            .WithMessage("Case 'C-1042' on 2025-06-01 has no evaluatie #99; sequences present: 1, 2, 3*");
        notRepeating.Should().Throw<KeyNotFoundException>().WithMessage("*has no plan-van-aanpak #2; sequences present: 1.");
        Example.TryGetObligation(ObligationCodes.Evaluatie, 99, out _).Should().BeFalse();
    }

    [Fact]
    public void A_milestone_is_found_by_kind_and_a_missing_one_is_named()
    {
        Example.Milestone(MilestoneCodes.EindeWachttijd).On.Should().Be(new LocalDate(2027, 5, 12));
        Example.TryGetMilestone(MilestoneCodes.WiaStart, out var start).Should().BeTrue();
        start!.On.Should().Be(new LocalDate(2027, 5, 13));

        var act = () => Example.Milestone("einde-wachtijd");

        act.Should()
            .Throw<KeyNotFoundException>()
            .WithMessage("*no milestone 'einde-wachtijd'. Did you mean 'einde-wachttijd'? Kinds present: *einde-wachttijd*");
        Example.TryGetMilestone(MilestoneCodes.Spoor2Start, out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void A_warning_is_found_by_kind_and_obligation()
    {
        var deviation = Example.Warning(WarningCodes.DeviationApplied);

        deviation.Obligation.Should().Be(ObligationCodes.PlanVanAanpak);
        Example.Warning(WarningCodes.DeviationApplied, ObligationCodes.PlanVanAanpak).Should().BeSameAs(deviation);
        Example.TryGetWarning(WarningCodes.DeviationApplied, ObligationCodes.Evaluatie, out var none).Should().BeFalse();
        none.Should().BeNull();
        Example.WarningsOf(WarningCodes.DeviationApplied).Should().Equal(deviation);
        Example.WarningsOf(WarningCodes.Overdue).Should().BeEmpty();
    }

    [Fact]
    public void A_missing_warning_lists_the_warnings_present()
    {
        var act = () => Example.Warning("overdue", ObligationCodes.PlanVanAanpak);
        var typo = () => Example.Warning("deviaton-applied");

        act.Should()
            .Throw<KeyNotFoundException>()
            .WithMessage(
                "Case 'C-1042' on 2025-06-01 has no warning 'overdue' about plan-van-aanpak. Warnings present: *deviation-applied (plan-van-aanpak)*"
            );
        typo.Should().Throw<KeyNotFoundException>().WithMessage("*Did you mean 'deviation-applied'?*");
    }

    [Fact]
    public void An_assessment_without_warnings_says_so()
    {
        var quiet = PoortwachterEngine
            .CreateDefault()
            .Assess(SicknessCase.Builder("Q", new LocalDate(2025, 1, 6)).Build(), new LocalDate(2025, 1, 7));
        var act = () => quiet.Warning(WarningCodes.Overdue);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*Warnings present: none.");
    }

    [Fact]
    public void A_hit_allocates_nothing()
    {
        _ = Example.Obligation(ObligationCodes.Evaluatie, 2);
        _ = Example.Milestone(MilestoneCodes.EindeWachttijd);
        _ = Example.Warning(WarningCodes.DeviationApplied);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = Example.Obligation(ObligationCodes.Evaluatie, 2);
            _ = Example.Obligation(ObligationCodes.PlanVanAanpak);
            _ = Example.Milestone(MilestoneCodes.EindeWachttijd);
            _ = Example.Warning(WarningCodes.DeviationApplied, ObligationCodes.PlanVanAanpak);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
