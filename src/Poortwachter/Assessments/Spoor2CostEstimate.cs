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

    /// <summary>Gets how the estimate was made, in words, with its label as practice.</summary>
    public string Explanation { get; }

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
}
