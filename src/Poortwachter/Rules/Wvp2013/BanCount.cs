using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The counted days of the dismissal ban's two years (BW 7:670 lid 1 onder a): how many days of the wachttijd clock
/// are left out (incapacity caused by the pregnancy before the pregnancy leave, lid 1 second sentence, when the case
/// records the safety net <c>zwangerschap</c>, Ziektewet art. 29a lid 1), and how many counted days two years are
/// (730 or 731, <see cref="BanYearsReading"/>). Leave days never count on the clock.
/// </summary>
internal readonly struct BanCount
{
    private BanCount(int excluded, int days, LocalDate from, LocalDate spanEnd, LocalDate? leaveFrom)
    {
        Excluded = excluded;
        Days = days;
        From = from;
        SpanEnd = spanEnd;
        LeaveFrom = leaveFrom;
    }

    /// <summary>Gets the counted days of the clock that do not count toward the two years (pregnancy before the leave).</summary>
    public int Excluded { get; }

    /// <summary>Gets the counted days of incapacity that make two years: 730 or 731.</summary>
    public int Days { get; }

    /// <summary>Gets the counted day of the clock on which the two years are reached.</summary>
    public int ClockDay => Excluded + Days;

    /// <summary>Gets the first day that counts toward the two years.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date of counted day 731 of the two years (or where it would be): the end of the span read.</summary>
    public LocalDate SpanEnd { get; }

    /// <summary>Gets the start of the pregnancy leave before which the days are left out, when the case has one.</summary>
    public LocalDate? LeaveFrom { get; }

    /// <summary>Counts the two years for a case.</summary>
    /// <param name="context">The rule context.</param>
    /// <param name="statutory">The date of counted day 728 (or where it would be).</param>
    /// <returns>The count.</returns>
    public static BanCount Of(RuleContext context, LocalDate statutory)
    {
        var clock = context.Clock;
        var day1 = clock.FirstSickDay;
        var excluded = 0;
        LocalDate? leaveFrom = null;
        if (context.Case.Vangnet == VangnetCodes.Zwangerschap)
        {
            // Art. 29a lid 1: the incapacity is caused by the pregnancy and lies before the pregnancy leave. Without a
            // leave on record every day known so far is such a day.
            leaveFrom = FirstLeaveFrom(context.Case, day1);
            var until = leaveFrom is { } l ? l.PlusDays(-1) : clock.AsOf;
            excluded = until >= day1 ? clock.CountedDaysThrough(until) : 0;
        }

        var from = excluded == 0 ? day1 : clock.DateOfCountedDay(excluded + 1) ?? leaveFrom ?? clock.AsOf.PlusDays(1);
        var spanEnd = At(clock, excluded + 731, statutory);
        int days;
        if (context.Options.BanYears == BanYearsReading.FromFirstSickDay)
        {
            days = Period.DaysBetween(from, from.PlusYears(2));
        }
        else
        {
            days = HasLeapDay(from, spanEnd) ? 731 : 730;
        }

        return new BanCount(excluded, days, from, spanEnd, leaveFrom);
    }

    /// <summary>The date of a counted day of the clock, or where it would lie after a recovery that ended the case.</summary>
    internal static LocalDate At(WachttijdClock clock, int countedDay, LocalDate statutory) =>
        clock.DateOfCountedDay(countedDay) ?? statutory.PlusDays(countedDay - WachttijdClock.WachttijdDays);

    private static LocalDate? FirstLeaveFrom(SicknessCase @case, LocalDate day1)
    {
        LocalDate? first = null;
        var leave = @case.Leave;
        for (var at = 0; at < leave.Count; at++)
        {
            if (leave[at].Until >= day1 && (first is null || leave[at].From < first))
            {
                first = leave[at].From;
            }
        }

        return first;
    }

    private static bool HasLeapDay(LocalDate from, LocalDate to)
    {
        for (var year = from.Year; year <= to.Year; year++)
        {
            if (CalendarSystem.Iso.IsLeapYear(year))
            {
                var leap = new LocalDate(year, 2, 29);
                if (leap >= from && leap <= to)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
