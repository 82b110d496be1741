using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Timeline;

/// <summary>
/// The wachttijd clock: the one component that maps counted sick days to calendar dates and back.
/// </summary>
/// <remarks>
/// <para>
/// Only sick days count. Days between two sickness periods do not count, and the periods form one case
/// (<i>samentelling</i>: BW 7:629 lid 10, ZW art. 38 lid 1, WIA art. 23 lid 3) when the interruption between them is
/// shorter than four weeks, or when both directly adjoin a period of pregnancy and birth leave (Wazo). An interruption
/// of 28 days or more otherwise ends the case, and later sickness starts a new wachttijd at day 1. Leave days never
/// count as sick days (BW 7:629 lid 4, WIA art. 23 lid 5). How leave days in an interruption are read is
/// <see cref="LeaveInGapReading"/>: by default (<see cref="LeaveInGapReading.Literal"/>) they are part of the
/// interruption; with <see cref="LeaveInGapReading.Neutral"/> only fit days interrupt.
/// </para>
/// <para>
/// Up to and including the assessment date (<see cref="AsOf"/>) the clock follows the days as they happened;
/// after it, it projects as if the employee is sick every day from the day after <see cref="AsOf"/> on (leave
/// still does not count). Sickness periods and events after <see cref="AsOf"/> are not yet known on that date
/// and are ignored.
/// </para>
/// <para>The clock is immutable and thread-safe. It never rolls a date to a working day: the Algemene
/// termijnenwet does not apply to these terms.</para>
/// </remarks>
public sealed class WachttijdClock
{
    /// <summary>The length of the wachttijd in counted sick days: 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1).</summary>
    public const int WachttijdDays = 728;

    /// <summary>The number of fit days that ends a case: four weeks (BW 7:629 lid 10).</summary>
    public const int RecoveryDaysThatEndACase = 28;

    private readonly int[] _segmentStart;
    private readonly int[] _segmentLength;
    private readonly int[] _countedBefore;
    private readonly int _asOf;
    private readonly int _day1;
    private readonly LeaveDays _leave;

    private WachttijdClock(
        LocalDate firstSickDay,
        LocalDate asOf,
        SicknessState state,
        LocalDate? lastSickDay,
        int fitDaysSoFar,
        bool restarted,
        List<(int Start, int Length)> segments,
        IReadOnlyList<Interruption> interruptions,
        LeaveDays leave
    )
    {
        FirstSickDay = firstSickDay;
        AsOf = asOf;
        SicknessState = state;
        LastSickDay = lastSickDay;
        FitDaysSoFar = fitDaysSoFar;
        IsRestarted = restarted;
        Interruptions = interruptions;
        _asOf = DayNumber.Of(asOf);
        _day1 = DayNumber.Of(firstSickDay);
        _segmentStart = new int[segments.Count];
        _segmentLength = new int[segments.Count];
        _countedBefore = new int[segments.Count];
        var cumulative = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            _segmentStart[i] = segments[i].Start;
            _segmentLength[i] = segments[i].Length;
            _countedBefore[i] = cumulative;
            // Only the last segment can be open-ended (the projection), so the sum never overflows: Infinity is 2^29.
            cumulative += segments[i].Length;
        }

        IsProjected = segments.Count > 0 && segments[segments.Count - 1].Length >= DayNumber.Infinity;
        _leave = leave;
    }

    /// <summary>Gets day 1 of the wachttijd this clock counts (a later day than the case's when an earlier case ended by recovery).</summary>
    public LocalDate FirstSickDay { get; }

    /// <summary>Gets the assessment date: facts up to and including it, projection after it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets whether the employee is sick, interrupted or recovered on <see cref="AsOf"/>.</summary>
    public SicknessState SicknessState { get; }

    /// <summary>Gets the last sick day on or before <see cref="AsOf"/> when the employee is fit on <see cref="AsOf"/>; otherwise <see langword="null"/>.</summary>
    public LocalDate? LastSickDay { get; }

    /// <summary>Gets the number of fit days (leave days excluded) in the interruption running on <see cref="AsOf"/>; 0 when sick.</summary>
    public int FitDaysSoFar { get; }

    /// <summary>
    /// Gets a value indicating whether an earlier case ended with 28 or more fit days and this clock counts a new
    /// wachttijd from a later first sick day.
    /// </summary>
    public bool IsRestarted { get; }

    /// <summary>Gets a value indicating whether the clock projects sick days after <see cref="AsOf"/> (not when the case ended by recovery).</summary>
    public bool IsProjected { get; }

    /// <summary>Gets the interruptions of this wachttijd up to <see cref="AsOf"/>, each with its fit days.</summary>
    public IReadOnlyList<Interruption> Interruptions { get; }

    /// <summary>Gets the number of counted sick days up to and including <see cref="AsOf"/>.</summary>
    public int CountedDaysAsOf => CountedDaysThrough(AsOf);

    /// <summary>
    /// Builds the clock for a case as it stands on <paramref name="asOf"/>. The case must be valid
    /// (see <see cref="CaseValidator"/>); <paramref name="asOf"/> must not be before its first sick day.
    /// </summary>
    /// <param name="case">A valid case.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the first sick day.</exception>
    public static WachttijdClock Create(SicknessCase @case, LocalDate asOf) => Create(@case, asOf, meter: null);

    /// <summary>
    /// Builds the clock for a case as it stands on <paramref name="asOf"/>, with the given reading of leave in an
    /// interruption (see <see cref="LeaveInGapReading"/>).
    /// </summary>
    /// <param name="case">A valid case.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <param name="leaveInGap">How leave days between two sickness periods are read.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the first sick day, or <paramref name="leaveInGap"/> is not a defined reading.</exception>
    public static WachttijdClock Create(SicknessCase @case, LocalDate asOf, LeaveInGapReading leaveInGap) =>
        leaveInGap is LeaveInGapReading.Literal or LeaveInGapReading.Neutral
            ? Create(@case, asOf, meter: null, leaveInGap)
            : throw new ArgumentOutOfRangeException(nameof(leaveInGap), leaveInGap, "The reading must be Literal or Neutral.");

    /// <summary>Builds the clock, counting the sickness and leave periods it visits when a meter is given (tests bound the count).</summary>
    internal static WachttijdClock Create(
        SicknessCase @case,
        LocalDate asOf,
        WorkMeter? meter,
        LeaveInGapReading leaveInGap = LeaveInGapReading.Literal
    )
    {
        var literal = leaveInGap == LeaveInGapReading.Literal;
        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        if (asOf < @case.FirstSickDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(asOf),
                asOf,
                $"asOf must be on or after the first sick day {IsoDates.Format(@case.FirstSickDay)}."
            );
        }

        var asOfNumber = DayNumber.Of(asOf);
        var leave = LeaveDays.Of(meter is null ? @case.Leave : meter.Counting(@case.Leave), meter);
        var sickness = meter is null ? @case.EffectiveSickness : meter.Counting(@case.EffectiveSickness);

        // The known periods, truncated at asOf; periods that start after asOf are not known yet.
        var known = new List<(int From, int Until)>(sickness.Count);
        for (var at = 0; at < sickness.Count; at++)
        {
            var p = sickness[at];
            var from = DayNumber.Of(p.From);
            if (from > asOfNumber)
            {
                break;
            }

            var until = p.Until is { } u ? Math.Min(DayNumber.Of(u), asOfNumber) : asOfNumber;
            known.Add((from, until));
        }

        // Samentelling: an interruption of 28 days or more starts a new wachttijd, unless both periods directly adjoin
        // the leave that fills it (limb b). Literal: every day between the periods interrupts; neutral: fit days only.
        var groupStart = 0;
        var interruptions = new List<Interruption>();
        for (var i = 1; i < known.Count; i++)
        {
            var fit = leave.CountNonLeave(known[i - 1].Until + 1, known[i].From - 1);
            var between = known[i].From - known[i - 1].Until - 1;
            var ends = literal ? between >= RecoveryDaysThatEndACase && fit > 0 : fit >= RecoveryDaysThatEndACase;
            if (ends)
            {
                groupStart = i;
                interruptions.Clear();
            }
            else
            {
                interruptions.Add(
                    new Interruption(DayNumber.ToDate(known[i - 1].Until + 1), DayNumber.ToDate(known[i].From - 1), fit, isOngoing: false)
                );
            }
        }

        var last = known[known.Count - 1];
        SicknessState state;
        LocalDate? lastSickDay = null;
        var fitSoFar = 0;
        if (last.Until >= asOfNumber || (leave.CountNonLeave(last.Until + 1, asOfNumber) == 0 && leave.Contains(asOfNumber)))
        {
            // Sick on asOf, or on leave ever since the last sick day: the case runs (sickness right after the leave would
            // directly adjoin it, limb b).
            state = SicknessState.Sick;
        }
        else
        {
            lastSickDay = DayNumber.ToDate(last.Until);
            fitSoFar = leave.CountNonLeave(last.Until + 1, asOfNumber);
            // Literal: once a fit day has come, only limb a can join, and every day since the last sick day interrupts.
            var interrupted = literal ? asOfNumber - last.Until : fitSoFar;
            state = interrupted >= RecoveryDaysThatEndACase ? SicknessState.Recovered : SicknessState.Interrupted;
            interruptions.Add(
                new Interruption(
                    DayNumber.ToDate(last.Until + 1),
                    state == SicknessState.Recovered ? null : asOf,
                    fitSoFar,
                    isOngoing: state == SicknessState.Interrupted
                )
            );
        }

        // Counted segments: sick days minus leave, then the projection after asOf.
        var segments = new List<(int Start, int Length)>();
        for (var i = groupStart; i < known.Count; i++)
        {
            leave.AddWithout(segments, known[i].From, known[i].Until);
        }

        if (state != SicknessState.Recovered)
        {
            leave.AddWithout(segments, asOfNumber + 1, DayNumber.Infinity);
        }

        var day1 = DayNumber.ToDate(known[groupStart].From);
        return new WachttijdClock(day1, asOf, state, lastSickDay, fitSoFar, groupStart > 0, segments, interruptions, leave);
    }

    /// <summary>Returns the week a counted day falls in: week N holds counted days 7(N-1)+1 to 7N.</summary>
    /// <param name="countedDay">A counted day, 1 or more; 0 gives week 0.</param>
    /// <returns>The week number.</returns>
    public static int WeekOf(int countedDay) => countedDay <= 0 ? 0 : ((countedDay - 1) / 7) + 1;

    /// <summary>
    /// Returns the number of counted sick days from day 1 up to and including <paramref name="date"/>,
    /// projected after <see cref="AsOf"/>.
    /// </summary>
    /// <param name="date">Any date.</param>
    /// <returns>The count; 0 before the first counted day.</returns>
    public int CountedDaysThrough(LocalDate date)
    {
        var d = DayNumber.Of(date);
        var i = LastSegmentStartingOnOrBefore(d);
        if (i < 0)
        {
            return 0;
        }

        var within = d - _segmentStart[i] + 1;
        return _countedBefore[i] + Math.Min(within, _segmentLength[i]);
    }

    /// <summary>
    /// Returns the date of counted sick day <paramref name="countedDay"/>: as it happened when that day lies on or
    /// before <see cref="AsOf"/>, projected otherwise.
    /// </summary>
    /// <param name="countedDay">The counted day, 1 or more (day 42 is the last day of week 6).</param>
    /// <returns>The date, or <see langword="null"/> when the case ended by recovery before reaching that day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="countedDay"/> is less than 1.</exception>
    public LocalDate? DateOfCountedDay(int countedDay)
    {
        if (countedDay < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(countedDay), countedDay, "Counted days start at day 1.");
        }

        int lo = 0,
            hi = _segmentStart.Length - 1,
            found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_countedBefore[mid] < countedDay)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0 || countedDay - _countedBefore[found] > _segmentLength[found])
        {
            return null;
        }

        return DayNumber.ToDate(_segmentStart[found] + (countedDay - _countedBefore[found]) - 1);
    }

    /// <summary>
    /// Returns the date <paramref name="countedDays"/> counted days after <paramref name="anchor"/>: the date of
    /// counted day (count through the anchor + <paramref name="countedDays"/>). Use it for terms such as
    /// "six weeks after the plan" that run on the clock.
    /// </summary>
    /// <param name="anchor">The date the term runs from.</param>
    /// <param name="countedDays">The length of the term in counted days, 1 or more.</param>
    /// <returns>The date, or <see langword="null"/> when the case ended by recovery first.</returns>
    public LocalDate? CountedDaysAfter(LocalDate anchor, int countedDays) => DateOfCountedDay(CountedDaysThrough(anchor) + countedDays);

    /// <summary>Returns whether a date is a counted sick day (sick, not on leave, within this wachttijd).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date counts.</returns>
    public bool IsCounted(LocalDate date)
    {
        var d = DayNumber.Of(date);
        var i = LastSegmentStartingOnOrBefore(d);
        return i >= 0 && d - _segmentStart[i] < _segmentLength[i];
    }

    /// <summary>Returns whether a date lies in a leave period of the case.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on leave.</returns>
    public bool IsLeave(LocalDate date) => _leave.Contains(DayNumber.Of(date));

    /// <summary>
    /// Returns how the calendar days from day 1 through <paramref name="date"/> split into counted days, leave days
    /// and fit days; the basis of every explanation of a shifted date.
    /// </summary>
    /// <param name="date">A date on or after day 1.</param>
    /// <returns>The split.</returns>
    public DaySplit SplitThrough(LocalDate date)
    {
        var d = DayNumber.Of(date);
        var calendar = Math.Max(0, d - _day1 + 1);
        var counted = CountedDaysThrough(date);
        // Before day 1 the range is empty and CountNonLeave gives 0.
        var leave = calendar - _leave.CountNonLeave(_day1, d);
        return new DaySplit(calendar, counted, leave, calendar - counted - leave);
    }

    private int LastSegmentStartingOnOrBefore(int day) => SortedDays.LastOnOrBefore(_segmentStart, day);
}
