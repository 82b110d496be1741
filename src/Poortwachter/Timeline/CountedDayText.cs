using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Timeline;

/// <summary>
/// Where a counted day falls, as a casemanager checks it by hand: which counted day and week, its date, and how many
/// fit and leave days moved it from the plain calendar date.
/// </summary>
internal static class CountedDayText
{
    /// <summary>Explains a counted day of a clock, marking a date after <paramref name="asOf"/> as projected.</summary>
    public static string Explain(WachttijdClock clock, int countedDay, LocalDate asOf) =>
        Explain(clock, countedDay, asOf, TextLanguage.English);

    /// <summary>Explains a counted day of a clock in a language, marking a date after <paramref name="asOf"/> as projected.</summary>
    public static string Explain(WachttijdClock clock, int countedDay, LocalDate asOf, TextLanguage language)
    {
        var text = new TextBuffer(language, 256);
        Write(text, clock, countedDay, asOf);
        return text.ToString();
    }

    /// <summary>Writes the explanation of a counted day into a buffer (the text of <see cref="Explain(WachttijdClock, int, LocalDate, TextLanguage)"/>).</summary>
    public static void Write(TextBuffer text, WachttijdClock clock, int countedDay, LocalDate asOf)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            WriteDutch(text, clock, countedDay, asOf);
            return;
        }

        var date = clock.DateOfCountedDay(countedDay);
        var week = WachttijdClock.WeekOf(countedDay);
        var position =
            countedDay % 7 == 0 ? "the last day of week "
            : countedDay % 7 == 1 ? "the first day of week "
            : "in week ";
        if (date is not { } d)
        {
            text.Append(
                $"counted day {countedDay} ({position}{week}) is never reached: the case ended by recovery after {clock.CountedDaysAsOf} counted day(s)"
            );
            return;
        }

        var split = clock.SplitThrough(d);
        text.Append(
            $"counted day {countedDay} ({position}{week}) falls on {d}: day 1 ({clock.FirstSickDay}) + {split.CalendarDays - 1} days"
        );
        if (split.FitDays > 0 && split.LeaveDays > 0)
        {
            text.Append(
                $", of which {split.FitDays} fit day(s) of interruption and {split.LeaveDays} day(s) of pregnancy and birth leave do not count"
            );
        }
        else if (split.FitDays > 0)
        {
            text.Append($", of which {split.FitDays} fit day(s) of interruption do not count");
        }
        else if (split.LeaveDays > 0)
        {
            text.Append($", of which {split.LeaveDays} day(s) of pregnancy and birth leave do not count");
        }

        if (d > asOf)
        {
            text.Append($" (projected as if the employee is sick every day after {asOf})");
        }
    }

    /// <summary>
    /// Writes a number and the noun that counts it, singular for one and plural otherwise: <c>1 dag</c>,
    /// <c>3 dagen</c> (Dutch has no <c>dag(en)</c>).
    /// </summary>
    public static void AppendCount(TextBuffer text, long count, string singular, string plural)
    {
        text.AppendNumber(count);
        text.Append(' ');
        text.Append(count == 1 ? singular : plural);
    }

    /// <summary>
    /// Writes a number of weeks in Dutch words as the statute writes them (<c>zes weken</c>, <c>1 week</c> as
    /// <c>een week</c>), in digits from 13 on (<c>52 weken</c>).
    /// </summary>
    public static void AppendWeeksInWords(TextBuffer text, long weeks)
    {
        string[] words = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
        if (weeks >= 0 && weeks < words.Length)
        {
            text.Append(words[weeks]);
        }
        else
        {
            text.AppendNumber(weeks);
        }

        text.Append(weeks == 1 ? " week" : " weken");
    }

    private static void WriteDutch(TextBuffer text, WachttijdClock clock, int countedDay, LocalDate asOf)
    {
        var date = clock.DateOfCountedDay(countedDay);
        var week = WachttijdClock.WeekOf(countedDay);
        var position =
            countedDay % 7 == 0 ? "de laatste dag van week "
            : countedDay % 7 == 1 ? "de eerste dag van week "
            : "in week ";
        if (date is not { } d)
        {
            text.Append($"getelde ziektedag {countedDay} ({position}{week}) wordt nooit bereikt: de ziekte eindigde door herstel na ");
            AppendCount(text, clock.CountedDaysAsOf, "getelde ziektedag", "getelde ziektedagen");
            return;
        }

        var split = clock.SplitThrough(d);
        text.Append($"getelde ziektedag {countedDay} ({position}{week}) valt op {d}: dag 1 ({clock.FirstSickDay}) + ");
        AppendCount(text, split.CalendarDays - 1, "dag", "dagen");
        if (split.FitDays > 0 || split.LeaveDays > 0)
        {
            text.Append(", waarvan ");
            if (split.FitDays > 0)
            {
                AppendCount(text, split.FitDays, "hersteldag", "hersteldagen");
                text.Append(" tijdens een onderbreking");
            }

            if (split.FitDays > 0 && split.LeaveDays > 0)
            {
                text.Append(" en ");
            }

            if (split.LeaveDays > 0)
            {
                AppendCount(text, split.LeaveDays, "dag", "dagen");
                text.Append(" zwangerschaps- en bevallingsverlof");
            }

            text.Append(split.FitDays + split.LeaveDays == 1 ? " niet meetelt" : " niet meetellen");
        }

        if (d > asOf)
        {
            text.Append($" (vooruitberekend, ervan uitgaande dat de werknemer na {asOf} ziek blijft)");
        }
    }
}

/// <summary>A counted day's explanation as a part of a text: written straight into a buffer, or as a string.</summary>
/// <param name="clock">The clock.</param>
/// <param name="countedDay">The counted day.</param>
/// <param name="asOf">The assessment date.</param>
internal readonly struct CountedDayPart(WachttijdClock clock, int countedDay, LocalDate asOf) : ITextPart
{
    /// <inheritdoc/>
    public void WriteTo(TextBuffer buffer) => CountedDayText.Write(buffer, clock, countedDay, asOf);

    /// <inheritdoc/>
    public override string ToString() => CountedDayText.Explain(clock, countedDay, asOf);

    /// <summary>Returns the explanation in a language.</summary>
    public string ToString(TextLanguage language) => CountedDayText.Explain(clock, countedDay, asOf, language);
}
