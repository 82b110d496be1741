using System.Collections.Generic;
using NodaTime;
using Poortwachter.Timeline;

namespace Poortwachter.Assessments;

/// <summary>The wachttijd on the assessment date: state, counted days, week, the last day and the WIA start.</summary>
public sealed class WachttijdSummary
{
    internal WachttijdSummary(
        LocalDate firstSickDay,
        WachttijdState state,
        int countedDays,
        LocalDate? statutoryLastDay,
        LocalDate? lastDay,
        IReadOnlyList<WachttijdEndChange> extensions,
        IReadOnlyList<Interruption> interruptions,
        LocalDate? reachesAowAgeOn = null
    )
    {
        FirstSickDay = firstSickDay;
        State = state;
        CountedDays = countedDays;
        StatutoryLastDay = statutoryLastDay;
        LastDay = lastDay;
        Extensions = extensions;
        Interruptions = interruptions;
        for (var i = 0; i < extensions.Count; i++)
        {
            if (extensions[i].LeavesEndOpen)
            {
                IsLastDayOpen = true;
            }

            if (extensions[i].WachttijdEndsOn is { } shortened)
            {
                WachttijdEndsOn = shortened;
            }
        }

        // The day after the (shortened) wachttijd; no WIA benefit starts once the employee has reached the AOW age (WIA
        // art. 43 onder g).
        WiaStart = (WachttijdEndsOn ?? lastDay)?.PlusDays(1) is { } start && (reachesAowAgeOn is not { } aow || aow > start) ? start : null;
    }

    /// <summary>Gets day 1 of the wachttijd assessed.</summary>
    public LocalDate FirstSickDay { get; }

    /// <summary>Gets the state on the assessment date.</summary>
    public WachttijdState State { get; }

    /// <summary>Gets the counted sick days up to and including the assessment date (not beyond the last day).</summary>
    public int CountedDays { get; }

    /// <summary>Gets the week the last counted day falls in (0 before the first counted day).</summary>
    public int Week => WachttijdClock.WeekOf(CountedDays);

    /// <summary>Gets the date of counted day 728, before any extension; <see langword="null"/> when the case ended by recovery.</summary>
    public LocalDate? StatutoryLastDay { get; }

    /// <summary>Gets the last day of wage continuation with every extension known on the assessment date; <see langword="null"/> when the case ended by recovery.</summary>
    public LocalDate? LastDay { get; }

    /// <summary>
    /// Gets a value indicating whether the end is still open on the assessment date: it waits for a fact that has not
    /// happened yet, such as a WIA application made late (BW 7:629 lid 11 onder a). <see cref="LastDay"/> is then the
    /// earliest last day still possible, and moves later every day until the fact is recorded.
    /// </summary>
    public bool IsLastDayOpen { get; }

    /// <summary>
    /// Gets the last day of a wachttijd that UWV shortened (WIA art. 23 lid 6), before <see cref="LastDay"/>: the employer's
    /// wage continuation runs on to <see cref="LastDay"/>, less the IVA benefit; <see langword="null"/> when the wachttijd
    /// ends with wage continuation.
    /// </summary>
    public LocalDate? WachttijdEndsOn { get; }

    /// <summary>
    /// Gets the first day a WIA benefit can start: the day after <see cref="LastDay"/>, or after <see cref="WachttijdEndsOn"/>
    /// when UWV shortened the wachttijd; <see langword="null"/> when the
    /// case ended by recovery, or when the employee reaches the AOW age on or before that day (no WIA past the AOW age,
    /// WIA art. 43 onder g).
    /// </summary>
    public LocalDate? WiaStart { get; }

    /// <summary>Gets the extensions applied to the end, in the order applied.</summary>
    public IReadOnlyList<WachttijdEndChange> Extensions { get; }

    /// <summary>Gets the interruptions up to the assessment date.</summary>
    public IReadOnlyList<Interruption> Interruptions { get; }
}
