using System;
using System.Globalization;
using NodaTime;
using Poortwachter.Timeline;

namespace Poortwachter.Assessments;

/// <summary>
/// An order-of-magnitude estimate of what a spoor-2 trajectory costs the employer from the assessment date to the
/// end of the wachttijd: the whole calendar weeks left (rounded up) times a weekly rate. <b>Practice, not law, and not a
/// quote</b>: one re-integration bureau's rule of thumb ("aantal weken ... tot aan einde wachttijd x 100 euro"); bureaus
/// differ and quote per case. Use it to show an HR user what is at stake, next to the loonsanctie risk.
/// </summary>
public sealed class Spoor2CostEstimate
{
    /// <summary>The weekly rate one bureau quotes as its rule of thumb, in euros: 100.</summary>
    public const decimal RuleOfThumbWeeklyRate = 100m;

    private Spoor2CostEstimate(LocalDate from, LocalDate? until, int weeks, decimal weeklyRate, string explanation)
    {
        From = from;
        Until = until;
        Weeks = weeks;
        WeeklyRate = weeklyRate;
        Explanation = explanation;
    }

    /// <summary>Gets the first day of the estimate: the assessment date.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the wachttijd the estimate runs to, or <see langword="null"/> when there is none.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets the whole calendar weeks from <see cref="From"/> to <see cref="Until"/>, rounded up; 0 when none are left.</summary>
    public int Weeks { get; }

    /// <summary>Gets the weekly rate used, in euros.</summary>
    public decimal WeeklyRate { get; }

    /// <summary>Gets the estimate in euros: <see cref="Weeks"/> times <see cref="WeeklyRate"/>.</summary>
    public decimal Amount => Weeks * WeeklyRate;

    /// <summary>Gets the legal character of the estimate: always <see cref="LegalCharacter.Practice"/>.</summary>
    public LegalCharacter Character { get; } = LegalCharacter.Practice;

    /// <summary>Gets how the estimate was made, in words, with its label as practice (in English; see <see cref="ExplanationIn"/>).</summary>
    public string Explanation { get; }

    /// <summary>Returns how the estimate was made, in a language, with its label as practice.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation: <see cref="Explanation"/> in English; in Dutch, the same figures with Dutch dates and amounts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string ExplanationIn(TextLanguage language)
    {
        if (TextLanguages.Check(language, nameof(language)) == TextLanguage.English)
        {
            return Explanation;
        }

        const string Label =
            "Praktijk, geen recht en geen offerte: de vuistregel van één bureau, het aantal weken tot het einde van de wachttijd maal een weektarief.";
        var text = new TextBuffer(TextLanguage.Dutch, 256);
        if (Until is not { } last || Weeks == 0)
        {
            text.Append($"Na {From} resteren geen weken van de wachttijd, dus er valt niets te schatten. {Label}");
            return text.ToString();
        }

        var days = Period.DaysBetween(From, last);
        Timeline.CountedDayText.AppendCount(text, days, "dag", "dagen");
        text.Append($" van {From} tot de laatste dag van de wachttijd {last}: ");
        Timeline.CountedDayText.AppendCount(text, Weeks, "week", "weken");
        text.Append($", naar boven afgerond, x EUR {Euros(WeeklyRate)} = EUR {Euros(Amount)}. {Label}");
        return text.ToString();
    }

    /// <summary>Estimates the cost of a spoor-2 trajectory from the assessment date to the last day of the wachttijd.</summary>
    /// <param name="assessment">The assessment; its <see cref="Assessment.AsOf"/> and last day of the wachttijd are used.</param>
    /// <param name="weeklyRate">The weekly rate in euros (0 or more); <see cref="RuleOfThumbWeeklyRate"/> is one bureau's figure.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeklyRate"/> is negative.</exception>
    public static Spoor2CostEstimate For(Assessment assessment, decimal weeklyRate = RuleOfThumbWeeklyRate)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        if (weeklyRate < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weeklyRate), weeklyRate, "The weekly rate must be 0 or more euros.");
        }

        var from = assessment.AsOf;
        var until = assessment.Wachttijd.LastDay;
        var label =
            "Practice, not law and not a quote: one bureau's rule of thumb, the weeks until the end of the wachttijd times a weekly rate.";
        if (assessment.Wachttijd.State is WachttijdState.EndedRecovered or WachttijdState.Ended || until is not { } last || last <= from)
        {
            return new Spoor2CostEstimate(
                from,
                until,
                0,
                weeklyRate,
                $"No weeks of the wachttijd are left after {Iso(from)}, so nothing to estimate. {label}"
            );
        }

        var days = Period.DaysBetween(from, last);
        var weeks = (days + 6) / 7;
        var amount = weeks * weeklyRate;
        return new Spoor2CostEstimate(
            from,
            last,
            weeks,
            weeklyRate,
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} day(s) from {1} to the last day of the wachttijd {2}: {3} week(s), rounded up, x EUR {4:0.##} = EUR {5:0.##}. {6}",
                days,
                Iso(from),
                Iso(last),
                weeks,
                weeklyRate,
                amount,
                label
            )
        );
    }

    private static string Iso(LocalDate date) => IsoDates.Format(date);

    // Dutch writes the decimal separator as a comma (12,50); there is no thousands separator, as in the English text.
    private static string Euros(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
