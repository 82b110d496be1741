using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>
/// The worked example of domain.md section 1: no interruptions, D = Monday 6 January 2025.
/// Each date is day 1 + (n - 1) calendar days, because every day counts.
/// </summary>
public sealed class WorkedExampleTests
{
    private static readonly LocalDate D = new(2025, 1, 6);

    [Theory]
    [InlineData(42, 2025, 2, 16)] // 6 Jan + 41 days: 25 left in January -> 16 Feb
    [InlineData(56, 2025, 3, 2)] // 16 Feb + 14
    [InlineData(295, 2025, 10, 27)] // 6 Jan + 294 days
    [InlineData(364, 2026, 1, 4)] // 6 Jan 2025 + 363 days (2025 has 365 days) -> 4 Jan 2026
    [InlineData(637, 2026, 10, 4)] // 728 - 91
    [InlineData(651, 2026, 10, 18)] // 728 - 77
    [InlineData(728, 2027, 1, 3)] // 104 weeks: 6 Jan 2025 + 727 days
    public void Counted_days_fall_on_the_domain_dates(int day, int year, int month, int dom)
    {
        var clock = WachttijdClock.Create(SicknessCase.Builder("X", D).Build(), D);

        clock.DateOfCountedDay(day).Should().Be(new LocalDate(year, month, dom));
    }
}
