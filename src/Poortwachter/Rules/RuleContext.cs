using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules;

/// <summary>
/// What a rule reads: the case, the clock, the end of the wachttijd, the options, and helpers that judge a
/// status and explain a date the same way for every rule, shipped or host.
/// </summary>
public sealed class RuleContext
{
    private readonly IReadOnlyList<CaseEvent> _events;

    // The deviations per obligation, in date order (the events are): DeviationFor is asked once per evaluation,
    // and a scan of every event each time cost evaluations x events on hostile input.
    private readonly Dictionary<string, List<Afwijking>>? _deviations;
    private List<(string Obligation, Afwijking Deviation, LocalDate? Was, int Sequence)>? _applied;

    internal RuleContext(
        SicknessCase @case,
        WachttijdClock clock,
        WachttijdEnd end,
        PoortwachterOptions options,
        IReadOnlyList<CaseEvent> events
    )
    {
        Case = @case;
        Clock = clock;
        End = end;
        Options = options;
        _events = events;
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is Afwijking a)
            {
                _deviations ??= new Dictionary<string, List<Afwijking>>(StringComparer.Ordinal);
                if (!_deviations.TryGetValue(a.Obligation, out var list))
                {
                    _deviations[a.Obligation] = list = [];
                }

                list.Add(a);
            }
        }
    }

    /// <summary>Gets the case.</summary>
    public SicknessCase Case { get; }

    /// <summary>Gets the wachttijd clock: counted days to dates and back.</summary>
    public WachttijdClock Clock { get; }

    /// <summary>Gets the end of the wachttijd with every extension.</summary>
    public WachttijdEnd End { get; }

    /// <summary>Gets the options of the engine, read-only: a setter, <c>Enable</c>, <c>Disable</c> or <c>Add</c> on them throws, so a rule cannot change the engine.</summary>
    public PoortwachterOptions Options { get; }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AsOf => Clock.AsOf;

    /// <summary>Gets day 1 of the wachttijd assessed.</summary>
    public LocalDate FirstSickDay => Clock.FirstSickDay;

    /// <summary>Gets the events of this wachttijd known on the assessment date (on or after day 1, on or before <see cref="AsOf"/>), in date order.</summary>
    public IReadOnlyList<CaseEvent> Events => _events;

    /// <summary>Formats a date as ISO-8601 (<c>2025-01-06</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Iso(LocalDate date) => CaseValidator.Iso(date);

    /// <summary>Returns the first time an obligation was done, if it was (and is known on the assessment date).</summary>
    /// <param name="obligation">The obligation code.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public ObligationFulfilled? FirstDone(string obligation)
    {
        for (var at = 0; at < _events.Count; at++)
        {
            var e = _events[at];
            if (e is ObligationFulfilled f && string.Equals(f.Obligation, obligation, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Returns every time an obligation was done, in date order.</summary>
    /// <param name="obligation">The obligation code.</param>
    /// <returns>The dates.</returns>
    public IReadOnlyList<LocalDate> AllDone(string obligation)
    {
        var result = new List<LocalDate>();
        for (var at = 0; at < _events.Count; at++)
        {
            var e = _events[at];
            if (e is ObligationFulfilled f && string.Equals(f.Obligation, obligation, StringComparison.Ordinal))
            {
                result.Add(f.On);
            }
        }

        return result;
    }

    /// <summary>Returns the first event of a type, if any.</summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public TEvent? First<TEvent>()
        where TEvent : CaseEvent
    {
        for (var at = 0; at < _events.Count; at++)
        {
            var e = _events[at];
            if (e is TEvent t)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Returns the last event of a type, if any.</summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public TEvent? Last<TEvent>()
        where TEvent : CaseEvent
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            if (_events[i] is TEvent t)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the deviation (Regeling procesgang art. 5) that applies to an obligation: the last one recorded
    /// for it on a date within the given range.
    /// </summary>
    /// <param name="obligation">The obligation code.</param>
    /// <param name="recordedFrom">The earliest recording date that counts, if any.</param>
    /// <param name="recordedUntil">The latest recording date that counts, if any.</param>
    /// <returns>The deviation, or <see langword="null"/>.</returns>
    public Afwijking? DeviationFor(string obligation, LocalDate? recordedFrom = null, LocalDate? recordedUntil = null)
    {
        if (_deviations is null || obligation is null || !_deviations.TryGetValue(obligation, out var list))
        {
            return null;
        }

        // The last one recorded on or before recordedUntil; the list is in date order, so it is found by bisection.
        var found = list.Count - 1;
        if (recordedUntil is { } u)
        {
            int lo = 0,
                hi = list.Count - 1;
            found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (list[mid].On <= u)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        return found >= 0 && (recordedFrom is not { } f || list[found].On >= f) ? list[found] : null;
    }

    /// <summary>The deviations applied, each with the due date it replaced and the occurrence of a repeating obligation (0 for none).</summary>
    internal IReadOnlyList<(string Obligation, Afwijking Deviation, LocalDate? Was, int Sequence)> AppliedDeviations =>
        _applied ?? (IReadOnlyList<(string, Afwijking, LocalDate?, int)>)[];

    /// <summary>
    /// Judges the status of an obligation on the assessment date, the same way for every rule: done on time or
    /// late; open, overdue or suspended; not applicable when the case ended (by recovery, or, for an employer's
    /// obligation, by the end of employment) before it became due.
    /// </summary>
    /// <param name="dueBy">The due date, or <see langword="null"/> when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first).</param>
    /// <returns>The status and, when not self-evident, a sentence that says why.</returns>
    public (ObligationStatus Status, string Reason) Judge(LocalDate? dueBy, LocalDate? fulfilledOn, bool employerObligation = true)
    {
        var status = JudgeCore(dueBy, fulfilledOn, employerObligation, withReason: true, out var reason);
        return (status, reason!);
    }

    /// <summary>The explanation of an obligation made by <see cref="CreateObligation(RuleDescriptor, LocalDate?, LocalDate?, string, bool, int)"/>: the derivation, then the reason for the status.</summary>
    internal string AppendReason(string derivation, LocalDate? dueBy, LocalDate? fulfilledOn, bool employerObligation)
    {
        JudgeCore(dueBy, fulfilledOn, employerObligation, withReason: true, out var reason);
        return derivation.Length == 0 ? reason! : derivation.TrimEnd() + " " + reason;
    }

    /// <summary>The one implementation of <see cref="Judge"/>: the status always, the reason only when asked for.</summary>
    private ObligationStatus JudgeCore(
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        bool employerObligation,
        bool withReason,
        out string? reason
    )
    {
        reason = null;
        if (fulfilledOn is { } done)
        {
            if (dueBy is not { } due || done <= due)
            {
                if (withReason)
                {
                    reason = $"Done on {Iso(done)}" + (dueBy is { } d2 ? $", on time (due by {Iso(d2)})." : ".");
                }

                return ObligationStatus.Fulfilled;
            }

            if (withReason)
            {
                reason = $"Done on {Iso(done)}, {Period.DaysBetween(due, done)} day(s) after the due date {Iso(due)}.";
            }

            return ObligationStatus.FulfilledLate;
        }

        if (dueBy is not { } dueDate)
        {
            // A shipped rule gives no due date only when the clock never reaches it: the case ended by recovery.
            reason =
                !withReason ? null
                : Clock.SicknessState == SicknessState.Recovered ? RecoveredReason()
                : "It has no due date in this case, so it does not fall due.";
            return ObligationStatus.NotApplicable;
        }

        if (employerObligation && Case.EmploymentEndsOn is { } end && dueDate > end)
        {
            if (withReason)
            {
                reason =
                    $"Employment ended on {Iso(end)}, before this fell due: from then UWV takes over the re-integration (Ziektewet art. 38 lid 2).";
            }

            return ObligationStatus.NotApplicable;
        }

        if (Clock.SicknessState == SicknessState.Recovered && Clock.LastSickDay is { } lastSick && dueDate > lastSick)
        {
            reason = withReason ? RecoveredReason() : null;
            return ObligationStatus.NotApplicable;
        }

        if (AsOf <= dueDate)
        {
            if (Clock.SicknessState == SicknessState.Interrupted)
            {
                if (withReason)
                {
                    reason =
                        $"The employee is fit on {Iso(AsOf)} ({Clock.FitDaysSoFar} fit day(s) so far); the due date is projected as if sickness resumes the next day, and the case ends if the employee stays fit for 28 days.";
                }

                return ObligationStatus.Suspended;
            }

            if (withReason)
            {
                reason = $"Not done yet; {Period.DaysBetween(AsOf, dueDate)} day(s) left on {Iso(AsOf)}.";
            }

            return ObligationStatus.Open;
        }

        if (withReason)
        {
            reason = $"Not done; {Period.DaysBetween(dueDate, AsOf)} day(s) past the due date on {Iso(AsOf)}.";
        }

        return ObligationStatus.Overdue;
    }

    /// <summary>
    /// Creates an obligation the standard way: judges its status with <see cref="Judge"/> and appends the reason
    /// to the derivation of the date. Shipped rules use exactly this; host rules should too.
    /// </summary>
    /// <param name="rule">The descriptor of the rule.</param>
    /// <param name="dueBy">The due date, or <see langword="null"/> when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="derivation">How the due date was found, in words a casemanager can check.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first).</param>
    /// <param name="sequence">For repeating obligations, 1, 2, ...; otherwise 0.</param>
    /// <returns>The obligation.</returns>
    public Obligation CreateObligation(
        RuleDescriptor rule,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        string derivation,
        bool employerObligation = true,
        int sequence = 0
    )
    {
        return CreateCore(rule, dueBy, fulfilledOn, derivation, employerObligation, sequence);
    }

    /// <summary>
    /// Creates an obligation the standard way, like <see cref="CreateObligation(RuleDescriptor, LocalDate?, LocalDate?, string, bool, int)"/>,
    /// but builds the explanation only when someone reads <see cref="Obligation.Explanation"/>: the cheap way for a rule
    /// whose derivation formats dates.
    /// </summary>
    /// <param name="rule">The descriptor of the rule.</param>
    /// <param name="dueBy">The due date, or <see langword="null"/> when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="derivation">Builds how the due date was found; it must be pure (no side effects, the same text every time), as it runs on first read, possibly on another thread.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first).</param>
    /// <param name="sequence">For repeating obligations, 1, 2, ...; otherwise 0.</param>
    /// <returns>The obligation.</returns>
    public Obligation CreateObligation(
        RuleDescriptor rule,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        Func<string> derivation,
        bool employerObligation = true,
        int sequence = 0
    )
    {
        return CreateCore(
            rule,
            dueBy,
            fulfilledOn,
            derivation ?? throw new ArgumentNullException(nameof(derivation)),
            employerObligation,
            sequence
        );
    }

    /// <summary>
    /// Creates an obligation the standard way, with an explanation built on first read from this context by
    /// <paramref name="derivation"/>. With a <see langword="static"/> lambda this allocates nothing beyond the
    /// obligation: the cheapest way for a rule whose derivation can be read off the context.
    /// </summary>
    /// <param name="rule">The descriptor of the rule.</param>
    /// <param name="dueBy">The due date, or <see langword="null"/> when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="derivation">Builds how the due date was found from this context; it must be pure (no side effects, the same text every time).</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first).</param>
    /// <param name="sequence">For repeating obligations, 1, 2, ...; otherwise 0.</param>
    /// <returns>The obligation.</returns>
    public Obligation CreateObligation(
        RuleDescriptor rule,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        Func<RuleContext, string> derivation,
        bool employerObligation = true,
        int sequence = 0
    )
    {
        return CreateCore(
            rule,
            dueBy,
            fulfilledOn,
            derivation ?? throw new ArgumentNullException(nameof(derivation)),
            employerObligation,
            sequence
        );
    }

    /// <summary>Creates an obligation with a derivation the engine builds on first read (no delegate needed).</summary>
    internal Obligation CreateObligation(
        RuleDescriptor rule,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        DeferredText derivation,
        bool employerObligation = true,
        int sequence = 0
    ) => CreateCore(rule, dueBy, fulfilledOn, derivation, employerObligation, sequence);

    /// <summary>
    /// The one way an obligation is made: the status judged now, the derivation (a string, a builder or a
    /// <see cref="DeferredText"/>) kept as it is and finished with its reason on first read.
    /// </summary>
    private Obligation CreateCore(
        RuleDescriptor rule,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        object derivation,
        bool employerObligation,
        int sequence
    )
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        var status = JudgeCore(dueBy, fulfilledOn, employerObligation, withReason: false, out _);
        return new Obligation(
            rule.Code,
            dueBy,
            status,
            fulfilledOn,
            rule.Source,
            rule.Character,
            derivation,
            this,
            employerObligation,
            sequence
        );
    }

    /// <summary>
    /// Applies a reasoned deviation to a computed due date, like the public overloads, for a derivation the engine
    /// builds on first read.
    /// </summary>
    internal (LocalDate? DueBy, DeferredText Derivation, Afwijking? Deviation) ApplyDeviation(
        string obligation,
        LocalDate? dueBy,
        DeferredText derivation,
        LocalDate? recordedFrom = null,
        LocalDate? recordedUntil = null,
        int sequence = 0
    )
    {
        var deviation = Record(obligation, dueBy, recordedFrom, recordedUntil, sequence);
        if (deviation is null)
        {
            return (dueBy, derivation, null);
        }

        return (deviation.DueBy, new DeviatedText(derivation, dueBy, deviation), deviation);
    }

    /// <summary>Finds the deviation that applies and records it for the engine's deviation warning.</summary>
    private Afwijking? Record(string obligation, LocalDate? dueBy, LocalDate? recordedFrom, LocalDate? recordedUntil, int sequence = 0)
    {
        var deviation = DeviationFor(obligation, recordedFrom, recordedUntil);
        if (deviation is not null)
        {
            (_applied ??= []).Add((obligation, deviation, dueBy, sequence));
        }

        return deviation;
    }

    /// <summary>A derivation with a reasoned deviation appended.</summary>
    private sealed class DeviatedText(DeferredText derivation, LocalDate? dueBy, Afwijking deviation) : DeferredText
    {
        public override string Build() => DeviationText(derivation.Build(), dueBy, deviation);
    }

    /// <summary>
    /// Applies a reasoned deviation (Regeling procesgang art. 5) to a computed due date, like
    /// <see cref="ApplyDeviation(string, LocalDate?, string, LocalDate?, LocalDate?)"/>, with a derivation built from
    /// the context only when read.
    /// </summary>
    /// <param name="obligation">The obligation code.</param>
    /// <param name="dueBy">The due date the rule computed.</param>
    /// <param name="derivation">Builds the derivation so far from the context (pure); the deviation is appended.</param>
    /// <param name="recordedFrom">The earliest recording date that counts, if any.</param>
    /// <param name="recordedUntil">The latest recording date that counts, if any.</param>
    /// <returns>The due date after the deviation, and the derivation (the same builder when no deviation applies).</returns>
    public (LocalDate? DueBy, Func<RuleContext, string> Derivation, Afwijking? Deviation) ApplyDeviation(
        string obligation,
        LocalDate? dueBy,
        Func<RuleContext, string> derivation,
        LocalDate? recordedFrom = null,
        LocalDate? recordedUntil = null
    )
    {
        if (derivation is null)
        {
            throw new ArgumentNullException(nameof(derivation));
        }

        var deviation = Record(obligation, dueBy, recordedFrom, recordedUntil);
        if (deviation is null)
        {
            return (dueBy, derivation, null);
        }

        return (deviation.DueBy, c => DeviationText(derivation(c), dueBy, deviation), deviation);
    }

    /// <summary>
    /// Applies a reasoned deviation (Regeling procesgang art. 5) to a computed due date, and says so.
    /// </summary>
    /// <param name="obligation">The obligation code.</param>
    /// <param name="dueBy">The due date the rule computed.</param>
    /// <param name="derivation">The derivation so far; the deviation is appended.</param>
    /// <param name="recordedFrom">The earliest recording date that counts, if any.</param>
    /// <param name="recordedUntil">The latest recording date that counts, if any.</param>
    /// <returns>The due date after the deviation, and the derivation.</returns>
    public (LocalDate? DueBy, string Derivation, Afwijking? Deviation) ApplyDeviation(
        string obligation,
        LocalDate? dueBy,
        string derivation,
        LocalDate? recordedFrom = null,
        LocalDate? recordedUntil = null
    )
    {
        var deviation = Record(obligation, dueBy, recordedFrom, recordedUntil);
        if (deviation is null)
        {
            return (dueBy, derivation, null);
        }

        return (deviation.DueBy, DeviationText(derivation, dueBy, deviation), deviation);
    }

    private static string DeviationText(string derivation, LocalDate? dueBy, Afwijking deviation)
    {
        var was = dueBy is { } d ? Iso(d) : "none";
        return $"{derivation.TrimEnd().TrimEnd('.')}, so due by {was}; a reasoned deviation agreed on {Iso(deviation.On)} (Regeling procesgang art. 5, reason: \"{deviation.Reason}\") sets the due date to {Iso(deviation.DueBy)}.";
    }

    /// <summary>
    /// Applies a reasoned deviation (Regeling procesgang art. 5) to a computed due date, like
    /// <see cref="ApplyDeviation(string, LocalDate?, string, LocalDate?, LocalDate?)"/>, with a derivation built only when read.
    /// </summary>
    /// <param name="obligation">The obligation code.</param>
    /// <param name="dueBy">The due date the rule computed.</param>
    /// <param name="derivation">Builds the derivation so far (pure); the deviation is appended.</param>
    /// <param name="recordedFrom">The earliest recording date that counts, if any.</param>
    /// <param name="recordedUntil">The latest recording date that counts, if any.</param>
    /// <returns>The due date after the deviation, and the derivation (the same builder when no deviation applies).</returns>
    public (LocalDate? DueBy, Func<string> Derivation, Afwijking? Deviation) ApplyDeviation(
        string obligation,
        LocalDate? dueBy,
        Func<string> derivation,
        LocalDate? recordedFrom = null,
        LocalDate? recordedUntil = null
    )
    {
        if (derivation is null)
        {
            throw new ArgumentNullException(nameof(derivation));
        }

        var deviation = Record(obligation, dueBy, recordedFrom, recordedUntil);
        if (deviation is null)
        {
            return (dueBy, derivation, null);
        }

        return (deviation.DueBy, () => DeviationText(derivation(), dueBy, deviation), deviation);
    }

    /// <summary>
    /// Explains where a counted day falls: which counted day and week, and how many fit and leave days moved it
    /// from the plain calendar date.
    /// </summary>
    /// <param name="countedDay">The counted day.</param>
    /// <returns>The explanation, such as <c>counted day 42 (the last day of week 6) falls on 2025-02-16: day 1 (2025-01-06) + 41 days</c>.</returns>
    public string ExplainCountedDay(int countedDay)
    {
        var date = Clock.DateOfCountedDay(countedDay);
        var week = WachttijdClock.WeekOf(countedDay);
        var position =
            countedDay % 7 == 0 ? "the last day of week "
            : countedDay % 7 == 1 ? "the first day of week "
            : "in week ";
        if (date is not { } d)
        {
            return $"counted day {countedDay} ({position}{week}) is never reached: the case ended by recovery after {Clock.CountedDaysAsOf} counted day(s)";
        }

        // One string, built once: explanations are read in bulk by portfolio runs.
        var split = Clock.SplitThrough(d);
        return $"counted day {countedDay} ({position}{week}) falls on {Iso(d)}: day 1 ({Iso(FirstSickDay)}) + {split.CalendarDays - 1} days"
            + (split.FitDays > 0 || split.LeaveDays > 0 ? $", of which {Describe(split)} do not count" : string.Empty)
            + (d > AsOf ? $" (projected as if the employee is sick every day after {Iso(AsOf)})" : string.Empty);
    }

    private static string Describe(DaySplit split) =>
        split.FitDays > 0 && split.LeaveDays > 0
            ? $"{split.FitDays} fit day(s) of interruption and {split.LeaveDays} day(s) of pregnancy and birth leave"
        : split.FitDays > 0 ? $"{split.FitDays} fit day(s) of interruption"
        : $"{split.LeaveDays} day(s) of pregnancy and birth leave";

    // Only called for a case that ended by recovery, which always has a last sick day.
    private string RecoveredReason() =>
        $"The case ended by recovery: the employee is fit since {Iso(Clock.LastSickDay!.Value.PlusDays(1))} ({Clock.FitDaysSoFar} fit days by {Iso(AsOf)}, 28 end a case), before this fell due.";
}
