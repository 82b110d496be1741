namespace Poortwachter.Timeline;

/// <summary>
/// How the two years of the dismissal ban (BW 7:670 lid 1 onder a: the incapacity "ten minste twee jaren heeft
/// geduurd") become a number of counted days of incapacity: 730, or 731 for two years with a 29 February. The statute
/// does not say which two calendar years to measure when samentelling and leave stretch the counted days over more
/// than two years of the calendar, nor where two years from a 29 February end.
/// </summary>
public enum BanYearsReading
{
    /// <summary>
    /// The default, the later last day: the two years are those the counted days actually span. The ban ends on
    /// counted day 731 when a 29 February lies on the calendar between the first counted day and counted day 731
    /// (counted or not: in a gap or in leave too), otherwise on counted day 730. A first sick day of 29 February
    /// itself counts it, so two years from 29 February 2028 end on 28 February 2030.
    /// </summary>
    CountedSpan = 0,

    /// <summary>
    /// The earlier reading, the engine's before issue 24: the number of days is fixed by the first sick day alone,
    /// N = (day 1 + 2 years) - day 1, so a 29 February that gaps or leave push into the span is not counted, and two
    /// years from 29 February end on 27 February (29 February + 2 years = 28 February).
    /// </summary>
    FromFirstSickDay = 1,
}
