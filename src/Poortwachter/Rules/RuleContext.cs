using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Engine;
using Poortwachter.Timeline;

namespace Poortwachter.Rules;

/// <summary>
/// What a rule reads: the case, the clock, the end of the wachttijd, the options and the events known on the
/// assessment date, with queries over them; and the one way to make an obligation, whose status is judged and whose
/// explanation is finished the same way for every rule, shipped or host.
/// </summary>
/// <remarks>Read-only: nothing a rule does through the context changes it or reaches another rule. Thread-safe.</remarks>
public sealed class RuleContext
{
    private readonly IReadOnlyList<CaseEvent> _events;

    private readonly AfwijkingIndex _afwijkingen;

    internal RuleContext(
        SicknessCase @case,
        WachttijdClock clock,
        WachttijdEnd end,
        PoortwachterOptions options,
        IReadOnlyList<CaseEvent> events,
        AowAgeRegime? aow = null,
        LocalDate? aowAgeOn = null,
        IReadOnlyDictionary<string, RuleDescriptor>? rules = null
    )
    {
        Case = @case;
        Clock = clock;
        End = end;
        Options = options;
        _events = events;
        VervroegdeIva = end.WachttijdEndsOn is null ? null : ShortenedWachttijd.Grant(events);
        Aow = aow;
        AowAgeOn = aowAgeOn;
        Judge = new StatusJudge(
            clock.AsOf,
            clock.SicknessState,
            clock.LastSickDay,
            clock.FitDaysSoFar,
            EmployerDuties.EndOn(@case),
            VervroegdeIva,
            Aow,
            rules
        );
        _afwijkingen = new AfwijkingIndex(events);
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

    /// <summary>
    /// Gets UWV's decision that granted the shortened wachttijd applied to the end (WIA art. 23 lid 6), or
    /// <see langword="null"/>: from its date the re-integration obligations lapse.
    /// </summary>
    internal VervroegdeIvaBesluit? VervroegdeIva { get; }

    /// <summary>Gets the rules for an employee past the AOW age, when they govern the case (the end has an <c>aow-leeftijd</c> change).</summary>
    internal AowAgeRegime? Aow { get; }

    /// <summary>Gets the date the employee reaches the AOW age, when the case gives it and a rule for it runs; no WIA follows it.</summary>
    internal LocalDate? AowAgeOn { get; }

    /// <summary>Gets the status judge of this assessment.</summary>
    internal StatusJudge Judge { get; }

    /// <summary>Gets day 1 of the wachttijd assessed.</summary>
    public LocalDate FirstSickDay => Clock.FirstSickDay;

    /// <summary>Gets the events of this wachttijd known on the assessment date (on or after day 1, on or before <see cref="AsOf"/>), in date order.</summary>
    public IReadOnlyList<CaseEvent> Events => _events;

    /// <summary>Formats a date as ISO-8601 (<c>2025-01-06</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Iso(LocalDate date) => IsoDates.Format(date);

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
    public Afwijking? AfwijkingFor(string obligation, LocalDate? recordedFrom = null, LocalDate? recordedUntil = null) =>
        _afwijkingen.For(obligation, recordedFrom, recordedUntil);

    /// <summary>
    /// Returns the status an obligation with this due date has on the assessment date, judged the same way for every
    /// rule: done on time or late; open, overdue or suspended; not applicable when the case ended (by recovery, or, for an
    /// employer's obligation, by the end of employment) before it became due.
    /// </summary>
    /// <param name="dueBy">The due date, or <see langword="null"/> when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first).</param>
    /// <returns>The status.</returns>
    public ObligationStatus StatusOf(LocalDate? dueBy, LocalDate? fulfilledOn, bool employerObligation = true) =>
        Judge.Judge(dueBy, fulfilledOn, employerObligation, reason: null);

    /// <summary>
    /// Creates an obligation the standard way: judges its status (<see cref="StatusOf"/>), applies a reasoned deviation
    /// when one is given, and builds its explanation on first read: the derivation, the deviation, then the reason for
    /// the status. Shipped rules use exactly this; host rules should too. The engine gives the standard warnings
    /// (overdue, due soon, done late, deviation applied) for it.
    /// </summary>
    /// <param name="rule">The descriptor of the rule.</param>
    /// <param name="dueBy">The due date the rule computed, or <see langword="null"/> when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="derivation">Builds how the due date was found, in words a casemanager can check; it must be pure (no side effects, the same text every time), as it runs on first read, possibly on another thread.</param>
    /// <param name="deviation">A reasoned deviation (Regeling procesgang art. 5) that sets the due date instead, such as <see cref="AfwijkingFor"/> finds; <see langword="null"/> for none.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first).</param>
    /// <param name="sequence">For repeating obligations, 1, 2, ...; otherwise 0.</param>
    /// <returns>The obligation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="derivation"/> is null.</exception>
    public Obligation CreateObligation(
        RuleDescriptor rule,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        Func<string> derivation,
        Afwijking? deviation = null,
        bool employerObligation = true,
        int sequence = 0
    ) =>
        CreateObligation(
            rule,
            dueBy,
            fulfilledOn,
            new FuncText(derivation ?? throw new ArgumentNullException(nameof(derivation))),
            deviation,
            employerObligation,
            sequence
        );

    /// <summary>
    /// The one way an obligation is made, for a shipped rule as for a host's (whose derivation is a
    /// <see cref="FuncText"/>): the due date after any deviation, the status judged now, and an explanation that holds
    /// only what it prints (the derivation, the deviation, the judge's reason), never this context.
    /// </summary>
    /// <param name="rule">The descriptor of the rule.</param>
    /// <param name="dueBy">The due date the rule computed, or <see langword="null"/> when the clock never reaches it.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="derivation">How the due date was found, rendered when the explanation is read.</param>
    /// <param name="deviation">A reasoned deviation (Regeling procesgang art. 5) that sets the due date instead.</param>
    /// <param name="employerObligation">Whether the employer must do it (it then lapses when employment ends first).</param>
    /// <param name="sequence">For repeating obligations, 1, 2, ...; otherwise 0.</param>
    /// <param name="judged">
    /// A status the rule judged itself, for an obligation that does not arise in this case: the derivation then says
    /// why, and no deviation, AOW regime or standard reason is applied to it.
    /// </param>
    /// <returns>The obligation.</returns>
    internal Obligation CreateObligation(
        RuleDescriptor rule,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        DeferredText derivation,
        Afwijking? deviation = null,
        bool employerObligation = true,
        int sequence = 0,
        ObligationStatus? judged = null
    )
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (judged is { } fixedStatus)
        {
            return new Obligation(rule, dueBy, fixedStatus, fulfilledOn, derivation, sequence, null, null);
        }

        var due = deviation?.DueBy ?? dueBy;
        if (Aow is not null && AowAgeRegime.NeverArises(rule))
        {
            // Past the AOW age an obligation that only serves a WIA application has no date and no derivation: the
            // reason says why it does not arise.
            (due, dueBy, deviation, derivation) = (null, null, null, Empty);
        }

        var status = Judge.Judge(due, fulfilledOn, employerObligation, reason: null, rule);
        var explanation = new ObligationText(derivation, Judge, rule.Code, due, fulfilledOn, employerObligation, deviation, dueBy);
        return new Obligation(rule, due, status, fulfilledOn, explanation, sequence, deviation, dueBy);
    }

    private static readonly ConstantText Empty = new(string.Empty);

    /// <summary>
    /// Explains where a counted day falls: which counted day and week, and how many fit and leave days moved it
    /// from the plain calendar date.
    /// </summary>
    /// <param name="countedDay">The counted day.</param>
    /// <returns>The explanation, such as <c>counted day 42 (the last day of week 6) falls on 2025-02-16: day 1 (2025-01-06) + 41 days</c>.</returns>
    public string ExplainCountedDay(int countedDay) => CountedDayText.Explain(Clock, countedDay, AsOf);

    /// <summary>
    /// Explains where a counted day falls in a language, for a host text built per language (a
    /// <c>Func&lt;TextLanguage, string&gt;</c>): the text of <see cref="ExplainCountedDay(int)"/> in English; in Dutch
    /// with the glossary's terms and Dutch prose dates.
    /// </summary>
    /// <param name="countedDay">The counted day.</param>
    /// <param name="language">The language.</param>
    /// <returns>The explanation, such as <c>getelde ziektedag 42 (de laatste dag van week 6) valt op 16 februari 2025: dag 1 (6 januari 2025) + 41 dagen</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string ExplainCountedDay(int countedDay, TextLanguage language) =>
        CountedDayText.Explain(Clock, countedDay, AsOf, TextLanguages.Check(language, nameof(language)));

    /// <summary>The explanation of <see cref="ExplainCountedDay(int)"/> as a part of a text, written straight into a buffer.</summary>
    /// <param name="countedDay">The counted day.</param>
    /// <returns>The part.</returns>
    internal CountedDayPart CountedDay(int countedDay) => new(Clock, countedDay, AsOf);
}
