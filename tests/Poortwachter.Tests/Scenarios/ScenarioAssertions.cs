using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Small helpers for the hand-derived scenario tests. They only look values up; every expected value
/// lives in the scenario itself, next to its derivation.
/// </summary>
internal static class ScenarioAssertions
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static Assessment Assess(SicknessCase @case, LocalDate asOf) => new PoortwachterEngine().Assess(@case, asOf);

    public static void ShouldHaveWachttijd(
        this Assessment a,
        WachttijdState state,
        int countedDays,
        int week,
        LocalDate? lastDay,
        LocalDate? wiaStart
    )
    {
        var w = a.Wachttijd;
        w.State.Should().Be(state, "wachttijd state");
        w.CountedDays.Should().Be(countedDays, "counted days");
        w.Week.Should().Be(week, "week");
        w.LastDay.Should().Be(lastDay, "last day of wage continuation");
        w.WiaStart.Should().Be(wiaStart, "WIA start");
    }

    public static Obligation Obligation(this Assessment a, string kind, int sequence = 0)
    {
        var matches = a.Obligations.Where(o => o.Kind == kind && (sequence == 0 || o.Sequence == sequence)).ToList();
        matches.Should().ContainSingle($"exactly one {kind}{(sequence > 0 ? " #" + sequence : string.Empty)} is expected");
        return matches[0];
    }

    public static void ShouldBe(this Obligation o, LocalDate? dueBy, ObligationStatus status, LocalDate? fulfilledOn = null)
    {
        o.DueBy.Should().Be(dueBy, $"{o.Kind} #{o.Sequence} due date");
        o.Status.Should().Be(status, $"{o.Kind} #{o.Sequence} status");
        o.FulfilledOn.Should().Be(fulfilledOn, $"{o.Kind} #{o.Sequence} fulfilled on");
    }

    public static void ShouldHaveObligation(
        this Assessment a,
        string kind,
        LocalDate? dueBy,
        ObligationStatus status,
        LocalDate? fulfilledOn = null,
        int sequence = 0
    ) => a.Obligation(kind, sequence).ShouldBe(dueBy, status, fulfilledOn);

    public static void ShouldHaveMilestone(this Assessment a, string kind, LocalDate on) =>
        a.Milestones.Where(m => m.Kind == kind).Select(m => m.On).Should().ContainSingle(kind).Which.Should().Be(on, kind);

    public static void ShouldNotHaveMilestone(this Assessment a, string kind) =>
        a.Milestones.Should().NotContain(m => m.Kind == kind, kind);

    public static void ShouldHaveWarning(this Assessment a, string kind, string? obligation, Severity severity) =>
        a
            .Warnings.Should()
            .Contain(
                w => w.Kind == kind && w.Obligation == obligation && w.Severity == severity,
                $"a {kind} warning ({severity}) for {obligation ?? "the case"}"
            );

    public static void ShouldNotHaveWarning(this Assessment a, string kind, string? obligation) =>
        a
            .Warnings.Should()
            .NotContain(w => w.Kind == kind && w.Obligation == obligation, $"no {kind} warning for {obligation ?? "the case"}");

    public static int EvaluationCount(this Assessment a) => a.Obligations.Count(o => o.Kind == ObligationCodes.Evaluatie);
}
