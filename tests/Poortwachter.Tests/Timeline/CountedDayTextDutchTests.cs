using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>
/// Where a counted day falls, in Dutch: the same facts as the English text (see RuleContextTests), in the glossary's
/// terms (getelde ziektedag, hersteldag, zwangerschaps- en bevallingsverlof), dates as Dutch prose, singular for one.
/// </summary>
public sealed class CountedDayTextDutchTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string Dutch(SicknessCase @case, LocalDate asOf, int countedDay) =>
        CountedDayText.Explain(WachttijdClock.Create(@case, asOf), countedDay, asOf, TextLanguage.Dutch);

    [Fact]
    public void A_day_reached_reads_with_its_position_in_the_week()
    {
        // Sick throughout from Monday 6 Jan 2025: day 36 = 6 Jan + 35 = 10 Feb, the first day of week 6 (days 36..42).
        var @case = SicknessCase.Builder("C", Day1).Build();

        Dutch(@case, D(2025, 2, 10), 36)
            .Should()
            .Be("getelde ziektedag 36 (de eerste dag van week 6) valt op 10 februari 2025: dag 1 (6 januari 2025) + 35 dagen");
    }

    [Fact]
    public void A_later_day_is_projected()
    {
        // Day 42 = 6 Jan + 41 = 16 Feb, the last day of week 6; day 44 = 18 Feb, inside week 7; both after 10 Feb.
        var @case = SicknessCase.Builder("C", Day1).Build();

        Dutch(@case, D(2025, 2, 10), 42)
            .Should()
            .Be(
                "getelde ziektedag 42 (de laatste dag van week 6) valt op 16 februari 2025: dag 1 (6 januari 2025) + 41 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 10 februari 2025 ziek blijft)"
            );
        Dutch(@case, D(2025, 2, 10), 44)
            .Should()
            .Be(
                "getelde ziektedag 44 (in week 7) valt op 18 februari 2025: dag 1 (6 januari 2025) + 43 dagen (vooruitberekend, ervan uitgaande dat de werknemer na 10 februari 2025 ziek blijft)"
            );
    }

    [Fact]
    public void Fit_days_and_leave_days_that_do_not_count_are_named()
    {
        // Sick 6..31 Jan (26 counted days), fit 1..9 Feb (9 days), sick from 10 Feb (day 27); leave 1..14 Mar (14 days).
        // Day 42 = 10 Feb + 15 = 25 Feb = day 1 + 50 calendar days, 9 of them fit. Day 60 = 29 Mar = day 1 + 82, of which
        // 9 fit and 14 leave (as in RuleContextTests, the English text).
        var @case = SicknessCase
            .Builder("C", Day1)
            .SickUntil(D(2025, 1, 31))
            .SickAgainFrom(D(2025, 2, 10))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 3, 14))
            .Build();

        Dutch(@case, D(2025, 4, 1), 42)
            .Should()
            .Be(
                "getelde ziektedag 42 (de laatste dag van week 6) valt op 25 februari 2025: dag 1 (6 januari 2025) + 50 dagen, waarvan 9 hersteldagen tijdens een onderbreking niet meetellen"
            );
        Dutch(@case, D(2025, 4, 1), 60)
            .Should()
            .Be(
                "getelde ziektedag 60 (in week 9) valt op 29 maart 2025: dag 1 (6 januari 2025) + 82 dagen, waarvan 9 hersteldagen tijdens een onderbreking en 14 dagen zwangerschaps- en bevallingsverlof niet meetellen"
            );
    }

    [Fact]
    public void Leave_days_alone_are_named()
    {
        // Sick from 6 Jan, leave 1..14 Mar (14 days): 6 Jan..28 Feb are days 1..54, 15 Mar is day 55, day 60 = 20 Mar
        // = day 1 + 73 calendar days (26 + 28 + 20 - 1), 14 of them leave.
        var @case = SicknessCase.Builder("C", Day1).ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 3, 14)).Build();

        Dutch(@case, D(2025, 4, 1), 60)
            .Should()
            .Be(
                "getelde ziektedag 60 (in week 9) valt op 20 maart 2025: dag 1 (6 januari 2025) + 73 dagen, waarvan 14 dagen zwangerschaps- en bevallingsverlof niet meetellen"
            );
    }

    [Fact]
    public void One_fit_day_is_singular()
    {
        // Sick 6..31 Jan (days 1..26), fit 1 Feb, sick again from 2 Feb (day 27): day 42 = 2 Feb + 15 = 17 Feb = day 1 + 42.
        var @case = SicknessCase.Builder("C", Day1).SickUntil(D(2025, 1, 31)).SickAgainFrom(D(2025, 2, 2)).Build();

        Dutch(@case, D(2025, 3, 1), 42)
            .Should()
            .Be(
                "getelde ziektedag 42 (de laatste dag van week 6) valt op 17 februari 2025: dag 1 (6 januari 2025) + 42 dagen, waarvan 1 hersteldag tijdens een onderbreking niet meetelt"
            );
    }

    [Fact]
    public void A_day_after_recovery_is_never_reached()
    {
        // Sick 6..25 Jan (20 counted days), fit since 26 Jan; on 26 Mar 2025 the fit spell is 60 days: the case ended.
        var @case = SicknessCase.Builder("C", Day1).SickUntil(D(2025, 1, 25)).Build();

        Dutch(@case, D(2025, 3, 26), 42)
            .Should()
            .Be(
                "getelde ziektedag 42 (de laatste dag van week 6) wordt nooit bereikt: de ziekte eindigde door herstel na 20 getelde ziektedagen"
            );
    }

    [Fact]
    public void The_English_text_is_unchanged()
    {
        var @case = SicknessCase.Builder("C", Day1).SickUntil(D(2025, 1, 25)).Build();

        CountedDayText
            .Explain(WachttijdClock.Create(@case, D(2025, 3, 26)), 42, D(2025, 3, 26))
            .Should()
            .Be("counted day 42 (the last day of week 6) is never reached: the case ended by recovery after 20 counted day(s)");
    }
}
