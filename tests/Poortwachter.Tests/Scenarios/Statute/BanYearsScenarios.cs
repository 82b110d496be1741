using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 24 point 3: the ban's two years are years, not 730 days. BW 7:670 lid 1 onder a (BWBR0005290): the employer
/// cannot give notice while the employee is sick, "tenzij de ongeschiktheid: a. ten minste twee jaren heeft geduurd";
/// periods of incapacity under four weeks apart are added up and leave is left out. Two years of incapacity are the days of
/// two calendar years: 730, or 731 when those years hold a 29 February. The statute does not say which two calendar years
/// when gaps and leave stretch the counted days; the default reading (<see cref="BanYearsReading.CountedSpan"/>, the later
/// last day) takes those the counted days span: 731 when a 29 February lies between the first counted day and counted
/// day 731. <see cref="BanYearsReading.FromFirstSickDay"/> fixes N = (day 1 + 2 years) - day 1 as before. Dates counted by
/// hand below each case.
/// </summary>
public sealed class BanYearsScenarios
{
    private static readonly PoortwachterEngine Earlier = new(new PoortwachterOptions { BanYears = BanYearsReading.FromFirstSickDay });

    private static LocalDate Ban(Assessment a) =>
        a.Milestones.Should().ContainSingle(m => m.Kind == MilestoneCodes.EindeOpzegverbod).Which.On;

    [Fact]
    public void A_first_sick_day_of_29_February_counts_the_29_February_itself()
    {
        // D = Tue 29 Feb 2028, sick throughout. Year 1 = 29 Feb 2028 .. 28 Feb 2029 (366 days, the 29 February is day 1),
        // year 2 = 1 Mar 2029 .. 28 Feb 2030 (365): N = 731, counted day 731 = 29 Feb 2028 + 730 = Thu 28 Feb 2030.
        // Wachttijd: counted day 728 = 29 Feb 2028 + 727 = Mon 25 Feb 2030. Notice from Fri 1 Mar 2030.
        // FromFirstSickDay: D + 2 years = 28 Feb 2030 (PlusYears), N = 730, counted day 730 = Wed 27 Feb 2030.
        var @case = SicknessCase.Builder("Y1", D(2028, 2, 29)).Build();
        var a = Assess(@case, D(2028, 6, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2030, 2, 25));
        Ban(a).Should().Be(D(2030, 2, 28));
        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeOpzegverbod)
            .Explanation.Should()
            .Contain("731 days, as a 29 February lies between 2028-02-29 and the date of the 731st counted day, 2030-02-28")
            .And.Contain("notice may be given from 2030-03-01");
        Ban(Earlier.Assess(@case, D(2028, 6, 1))).Should().Be(D(2030, 2, 27));
    }

    [Fact]
    public void Fit_days_that_push_the_counted_span_across_29_February_make_the_two_years_731_days()
    {
        // D = Sun 15 Feb 2026; sick 15 Feb .. Mon 16 Mar 2026 (30 days), fit Tue 17 Mar .. Sun 5 Apr (20 days < 28: one
        // case), sick from Mon 6 Apr 2026. Without the gap two years would run to 14 Feb 2028 (730 days, no 29 February);
        // the 20 fit days push counted day 731 to 15 Feb 2026 + 730 + 20 = Mon 6 Mar 2028, past Tue 29 Feb 2028, so the
        // counted days span a 29 February: N = 731, the ban ends on counted day 731 = Mon 6 Mar 2028.
        // Counted day 728 = Fri 3 Mar 2028 (einde-wachttijd). FromFirstSickDay: D + 2 years = 15 Feb 2028, N = 730,
        // counted day 730 = Sun 5 Mar 2028, a day earlier.
        var @case = SicknessCase.Builder("Y2", D(2026, 2, 15)).SickUntil(D(2026, 3, 16)).SickAgainFrom(D(2026, 4, 6)).Build();
        var a = Assess(@case, D(2026, 6, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2028, 3, 3));
        Ban(a).Should().Be(D(2028, 3, 6));
        Ban(Earlier.Assess(@case, D(2026, 6, 1))).Should().Be(D(2028, 3, 5));
    }

    [Fact]
    public void A_short_gap_that_does_not_reach_29_February_leaves_730_days_under_both_readings()
    {
        // D = Sun 15 Feb 2026; sick to Mon 16 Mar, fit Tue 17 .. Sat 21 Mar (5 days), sick from Sun 22 Mar 2026. Counted
        // day 731 = 15 Feb 2026 + 730 + 5 = Sun 20 Feb 2028, before 29 Feb 2028: N = 730, counted day 730 = Sat 19 Feb
        // 2028. Counted day 728 = Thu 17 Feb 2028. FromFirstSickDay: D + 2 years = 15 Feb 2028, N = 730: the same day.
        var @case = SicknessCase.Builder("Y3", D(2026, 2, 15)).SickUntil(D(2026, 3, 16)).SickAgainFrom(D(2026, 3, 22)).Build();
        var a = Assess(@case, D(2026, 6, 1));

        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2028, 2, 17));
        Ban(a).Should().Be(D(2028, 2, 19));
        a.Milestones.Single(m => m.Kind == MilestoneCodes.EindeOpzegverbod)
            .Explanation.Should()
            .Contain("730 days, as no 29 February lies");
        Ban(Earlier.Assess(@case, D(2026, 6, 1))).Should().Be(D(2028, 2, 19));
    }

    [Fact]
    public void Two_years_ending_on_29_February_are_731_days_under_both_readings()
    {
        // D = Sun 1 Mar 2026, sick throughout: 1 Mar 2026 .. 28 Feb 2027 (365) + 1 Mar 2027 .. 29 Feb 2028 (366) = 731;
        // counted day 731 = 1 Mar 2026 + 730 = Tue 29 Feb 2028, itself the 29 February. FromFirstSickDay: D + 2 years =
        // 1 Mar 2028, 731 days: the same.
        var @case = SicknessCase.Builder("Y4", D(2026, 3, 1)).Build();

        Ban(Assess(@case, D(2026, 6, 1))).Should().Be(D(2028, 2, 29));
        Ban(Earlier.Assess(@case, D(2026, 6, 1))).Should().Be(D(2028, 2, 29));
    }
}
