using System;
using FluentAssertions;
using Poortwachter.Tests.Rules;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>
/// The reading of leave in a gap between sick spells (<c>LeaveInGapReading</c>): only the defined readings are
/// accepted, and 28 fit days end a case under either. Day 1 = Monday 6 January 2025.
/// </summary>
public sealed class LeaveInGapReadingTests : RuleTestBase
{
    [Fact]
    public void An_undefined_reading_of_leave_in_a_gap_is_refused()
    {
        var options = new PoortwachterOptions { LeaveInGap = (LeaveInGapReading)7 };

        FluentActions
            .Invoking(() => new PoortwachterEngine(options))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("LeaveInGap is 7: it must be Literal or Neutral.*");
        FluentActions
            .Invoking(() => WachttijdClock.Create(Case().Build(), Day1, (LeaveInGapReading)7))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithParameterName("leaveInGap");
        new PoortwachterEngine(new PoortwachterOptions { LeaveInGap = LeaveInGapReading.Neutral })
            .Options.LeaveInGap.Should()
            .Be(LeaveInGapReading.Neutral);
    }

    [Fact]
    public void An_undefined_reading_names_the_allowed_ones()
    {
        FluentActions
            .Invoking(() => WachttijdClock.Create(Case().Build(), Day1, (LeaveInGapReading)7))
            .Should()
            .Throw<System.ArgumentOutOfRangeException>()
            .WithMessage("The reading must be Literal or Neutral.*");
    }

    [Fact]
    public void Exactly_28_fit_days_end_a_case_under_the_neutral_reading_too()
    {
        // Sick 6-31 Jan 2025, fit 1-28 Feb (28 days), sick from 1 Mar: a new wachttijd under both readings.
        var @case = Case().SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 3, 1)).Build();

        WachttijdClock.Create(@case, D(2025, 4, 1), LeaveInGapReading.Neutral).IsRestarted.Should().BeTrue();
        WachttijdClock.Create(@case, D(2025, 4, 1)).IsRestarted.Should().BeTrue();
        // 27 fit days (sick again 28 Feb): one case under both.
        var joined = Case().SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 28)).Build();
        WachttijdClock.Create(joined, D(2025, 4, 1), LeaveInGapReading.Neutral).IsRestarted.Should().BeFalse();
        WachttijdClock.Create(joined, D(2025, 4, 1)).IsRestarted.Should().BeFalse();
    }
}
