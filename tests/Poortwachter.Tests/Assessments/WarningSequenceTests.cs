using System;
using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Assessments;

/// <summary>
/// A warning about a repeating obligation names which occurrence it is about (<see cref="Warning.Sequence"/>), the way
/// the obligation itself does. D = Monday 6 January 2025, sick throughout: dN = D + (N - 1). Analysis 10 Feb 2025 (d36),
/// plan 20 Feb 2025 (d46). Evaluation #1 is due 42 counted days after the plan: d88 = 3 Apr 2025; held 1 Apr 2025 (d86),
/// so #2 is due d86 + 42 = d128 = 13 May 2025 (Regeling procesgang art. 4 lid 2 onder b, interval practice).
/// </summary>
public sealed class WarningSequenceTests
{
    private static readonly PoortwachterEngine Traject = new(new PoortwachterOptions().EnableSpoor2Traject());

    private static CaseBuilder WithPlan(string id) =>
        SicknessCase.Builder(id, D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).PlanVanAanpak(D(2025, 2, 20));

    [Fact]
    public void An_overdue_second_evaluation_is_warned_about_as_number_2()
    {
        // #2 due 13 May 2025, not held on 2 Jun 2025: overdue (statute: high).
        var a = Assess(WithPlan("WS-1").Evaluatie(D(2025, 4, 1)).Build(), D(2025, 6, 2));

        a.Obligation(ObligationCodes.Evaluatie, 2).ShouldBe(D(2025, 5, 13), ObligationStatus.Overdue);
        var overdue = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Overdue).Which;
        overdue.Obligation.Should().Be(ObligationCodes.Evaluatie);
        overdue.Severity.Should().Be(Severity.High);
        overdue.Sequence.Should().Be(2);
        overdue.ToString().Should().StartWith("[high] overdue evaluatie #2: ");
    }

    [Fact]
    public void A_first_evaluation_due_soon_is_number_1()
    {
        // #1 due 3 Apr 2025; on 25 Mar 2025 that is 9 days ahead, within the 14-day window.
        var a = Assess(WithPlan("WS-2").Build(), D(2025, 3, 25));

        var dueSoon = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.DueSoon).Which;
        dueSoon.Obligation.Should().Be(ObligationCodes.Evaluatie);
        dueSoon.Sequence.Should().Be(1);
    }

    [Fact]
    public void A_late_second_evaluation_is_number_2()
    {
        // #2 due 13 May 2025, held 20 May 2025: fulfilled late. #3 due 20 May + 42 = 1 Jul 2025, 16 days after 15 Jun: no warning.
        var a = Assess(WithPlan("WS-3").Evaluatie(D(2025, 4, 1)).Evaluatie(D(2025, 5, 20)).Build(), D(2025, 6, 15));

        var late = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.FulfilledLate).Which;
        late.Obligation.Should().Be(ObligationCodes.Evaluatie);
        late.Sequence.Should().Be(2);
    }

    [Fact]
    public void A_deviation_for_an_evaluation_names_the_evaluation_it_moved()
    {
        // The deviation of 10 Apr 2025 falls after evaluation #1 (1 Apr) and before #2 is held: it moves #2 from 13 May to
        // 1 Jun 2025 (Regeling procesgang art. 5). On 20 May that is 12 days ahead: due soon, also #2.
        var a = Assess(
            WithPlan("WS-4")
                .Evaluatie(D(2025, 4, 1))
                .Afwijking(D(2025, 4, 10), ObligationCodes.Evaluatie, D(2025, 6, 1), "overleg")
                .Build(),
            D(2025, 5, 20)
        );

        a.Obligation(ObligationCodes.Evaluatie, 2).ShouldBe(D(2025, 6, 1), ObligationStatus.Open);
        a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.DeviationApplied).Which.Sequence.Should().Be(2);
        a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.DueSoon).Which.Sequence.Should().Be(2);
    }

    [Fact]
    public void A_one_off_obligation_and_a_case_warning_have_no_sequence()
    {
        // Plan due 10 Feb + 14 calendar days = 24 Feb 2025 (Regeling procesgang art. 4 lid 1); missing on 1 Mar: overdue.
        // A deviation for the plan (one-off) is also without a number.
        var a = Assess(
            SicknessCase
                .Builder("WS-5", D(2025, 1, 6))
                .Probleemanalyse(D(2025, 2, 10))
                .Afwijking(D(2025, 2, 12), ObligationCodes.PlanVanAanpak, D(2025, 2, 26), "bedrijfsarts met vakantie")
                .Evaluatie(D(2025, 12, 1))
                .Build(),
            D(2025, 3, 1)
        );

        a.Warnings.Select(w => w.Kind).Should().Contain([WarningCodes.Overdue, WarningCodes.DeviationApplied, WarningCodes.EventAfterAsOf]);
        a.Warnings.Should().OnlyContain(w => w.Sequence == 0);
    }

    [Fact]
    public void An_overdue_third_progress_report_is_number_3()
    {
        // Spoor 2 started 1 Sep 2025. Report #1 due 42 counted days later, 13 Oct 2025; held 10 Oct. #2 due 21 Nov 2025;
        // held 20 Nov. #3 due 20 Nov + 42 = 1 Jan 2026, missing on 10 Jan 2026: overdue (bureau practice).
        var @case = SicknessCase
            .Builder("WS-6", D(2025, 1, 6))
            .Spoor2(D(2025, 9, 1))
            .Spoor2Voortgangsrapportage(D(2025, 10, 10))
            .Spoor2Voortgangsrapportage(D(2025, 11, 20))
            .Build();

        var a = Traject.Assess(@case, D(2026, 1, 10));

        a.Obligation(ObligationCodes.Spoor2Voortgangsrapportage, 3).ShouldBe(D(2026, 1, 1), ObligationStatus.Overdue);
        var progress = a.Warnings.Should().ContainSingle(w => w.Kind == WarningCodes.Spoor2Voortgang).Which;
        progress.Obligation.Should().Be(ObligationCodes.Spoor2Voortgangsrapportage);
        progress.Sequence.Should().Be(3);
        a.Warnings.Should()
            .ContainSingle(w => w.Kind == WarningCodes.Overdue && w.Obligation == ObligationCodes.Spoor2Voortgangsrapportage)
            .Which.Sequence.Should()
            .Be(3);
    }

    [Fact]
    public void A_host_warning_carries_the_sequence_it_is_given()
    {
        new Warning(WarningCodes.Overdue, Severity.High, "Late.", ObligationCodes.Evaluatie, 3).Sequence.Should().Be(3);
        new Warning(WarningCodes.Overdue, Severity.High, () => "Late.", ObligationCodes.Evaluatie, 4).Sequence.Should().Be(4);
        new Warning(WarningCodes.Overdue, Severity.High, "Late.", ObligationCodes.Evaluatie).Sequence.Should().Be(0);
        new Warning(WarningCodes.Overdue, Severity.High, () => "Late.").Sequence.Should().Be(0);
        new Warning(WarningCodes.Overdue, Severity.High, "Late.", ObligationCodes.Evaluatie, 3)
            .ToString()
            .Should()
            .Be("[high] overdue evaluatie #3: Late.");
    }

    [Fact]
    public void A_negative_sequence_is_refused()
    {
        var text = () => new Warning(WarningCodes.Overdue, Severity.High, "Late.", ObligationCodes.Evaluatie, -1);
        var deferred = () => new Warning(WarningCodes.Overdue, Severity.High, () => "Late.", ObligationCodes.Evaluatie, -1);

        text.Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithMessage("A sequence is 1 or more for a repeating obligation, 0 otherwise.*")
            .Which.ParamName.Should()
            .Be("sequence");
        deferred.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("sequence");
    }
}
