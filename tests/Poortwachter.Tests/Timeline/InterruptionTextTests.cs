using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>How an interruption reads: its first fit day, its last known fit day if any, and the fit days counted.</summary>
public sealed class InterruptionTextTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void An_interruption_between_two_periods_reads_with_both_ends() =>
        // Fit 2 Feb .. 21 Feb 2025: 20 days.
        WachttijdClock
            .Create(SicknessCase.Builder("C", Day1).SickUntil(D(2025, 2, 1)).SickAgainFrom(D(2025, 2, 22)).Build(), D(2025, 3, 1))
            .Interruptions.Should()
            .ContainSingle()
            .Which.ToString()
            .Should()
            .Be("fit from 2025-02-02 to 2025-02-21 (20 fit days)");

    [Fact]
    public void An_ongoing_interruption_reads_up_to_the_assessment_date() =>
        // Fit since 2 Feb, assessed on 10 Feb 2025: 9 days.
        WachttijdClock
            .Create(SicknessCase.Builder("C", Day1).SickUntil(D(2025, 2, 1)).Build(), D(2025, 2, 10))
            .Interruptions.Should()
            .ContainSingle()
            .Which.ToString()
            .Should()
            .Be("fit from 2025-02-02 to 2025-02-10 (9 fit days)");

    [Fact]
    public void The_recovery_that_ended_the_case_reads_without_an_end() =>
        // Fit since 2 Feb, assessed on 15 Mar 2025: 27 days in February and 15 in March, 42 in all.
        WachttijdClock
            .Create(SicknessCase.Builder("C", Day1).SickUntil(D(2025, 2, 1)).Build(), D(2025, 3, 15))
            .Interruptions.Should()
            .ContainSingle()
            .Which.ToString()
            .Should()
            .Be("fit from 2025-02-02 (42 fit days)");
}
