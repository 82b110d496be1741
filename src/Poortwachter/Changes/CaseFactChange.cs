using System;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Changes;

/// <summary>Which fact of a case a <see cref="CaseFactChange"/> is about.</summary>
public enum CaseFact
{
    /// <summary>A sickness period (code <c>sickness-period</c>), identified by its first day.</summary>
    SicknessPeriod = 0,

    /// <summary>A leave period (code <c>leave-period</c>), identified by its kind and first day.</summary>
    LeavePeriod = 1,

    /// <summary>An event (code <c>event</c>), identified by its type and date.</summary>
    Event = 2,

    /// <summary>The first sick day (code <c>first-sick-day</c>).</summary>
    FirstSickDay = 3,

    /// <summary>The last day of employment (code <c>employment-ends-on</c>).</summary>
    EmploymentEndsOn = 4,

    /// <summary>The last working day before employment ends (code <c>last-working-day</c>).</summary>
    LastWorkingDay = 5,

    /// <summary>The date the employee reaches the AOW age (code <c>reaches-aow-age-on</c>).</summary>
    ReachesAowAgeOn = 6,

    /// <summary>The safety net, <i>vangnet</i> (code <c>vangnet</c>).</summary>
    Vangnet = 7,

    /// <summary>Whether the employer is eigenrisicodrager for the Ziektewet (code <c>eigenrisicodrager-zw</c>).</summary>
    EigenrisicodragerZw = 8,

    /// <summary>Whether the employer is eigenrisicodrager for the WGA (code <c>eigenrisicodrager-wga</c>).</summary>
    EigenrisicodragerWga = 9,
}

/// <summary>How a case fact differs.</summary>
public enum FactChange
{
    /// <summary>In the current case only (code <c>added</c>).</summary>
    Added = 0,

    /// <summary>In the previous case only (code <c>removed</c>).</summary>
    Removed = 1,

    /// <summary>In both, with another value (code <c>changed</c>): a period's end, an event's details, a date or flag.</summary>
    Changed = 2,
}

/// <summary>
/// One fact that differs between the previous and the current version of a case: a sickness period, leave period or
/// event added, removed or changed, or one of the case's dates and flags changed. Process facts only, as the case holds.
/// </summary>
public sealed class CaseFactChange
{
    private TextSlot _description;

    internal CaseFactChange(
        CaseFact fact,
        FactChange change,
        string? code,
        LocalDate? date,
        string? previousValue,
        string? currentValue,
        CaseFactText text
    )
    {
        Fact = fact;
        Change = change;
        Code = code;
        Date = date;
        PreviousValue = previousValue;
        CurrentValue = currentValue;
        text.Fact = this;
        _description = new TextSlot(text);
    }

    /// <summary>Gets which fact it is.</summary>
    public CaseFact Fact { get; }

    /// <summary>Gets how it differs.</summary>
    public FactChange Change { get; }

    /// <summary>Gets the event type or the leave kind's code; <see langword="null"/> for other facts.</summary>
    public string? Code { get; }

    /// <summary>Gets the date that identifies it: a period's first day, an event's date; <see langword="null"/> for the case's own dates and flags.</summary>
    public LocalDate? Date { get; }

    /// <summary>
    /// Gets the previous value: a period's last day (ISO date, or <c>open</c>), a date or flag of the case (ISO date,
    /// <c>true</c>, <c>false</c>, a code); <see langword="null"/> when absent or for an event.
    /// </summary>
    public string? PreviousValue { get; }

    /// <summary>Gets the current value (see <see cref="PreviousValue"/>).</summary>
    public string? CurrentValue { get; }

    /// <summary>Gets the description in English, such as <c>sickness period from 2025-03-10 added (samentelling)</c>.</summary>
    public string Description => DescriptionIn(TextLanguage.English);

    /// <summary>Returns the description in a language, such as <c>ziekteperiode vanaf 10 maart 2025 toegevoegd (samentelling)</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; built on first read and cached (thread-safe).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string DescriptionIn(TextLanguage language) =>
        _description.Read(language, TextRole.ChangeExplanation, CaseFacts.Code(Fact), null);

    /// <summary>Appends the description to a buffer, in its language, without building a string for it.</summary>
    /// <param name="destination">The buffer.</param>
    public void WriteDescription(TextBuffer destination) =>
        _description.Write(destination, TextRole.ChangeExplanation, CaseFacts.Code(Fact), null);

    /// <summary>Gets whether a sickness period that was added is counted together with the one before (samentelling, BW 7:629 lid 10; WIA art. 23 lid 3).</summary>
    internal bool Samentelling { get; init; }

    /// <summary>Gets whether a sickness period that was added starts a new wachttijd (an interruption of four weeks or more).</summary>
    internal bool StartsNewWachttijd { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Description;
}

/// <summary>The stable contract codes of <see cref="CaseFact"/> and <see cref="FactChange"/> values.</summary>
public static class CaseFacts
{
    /// <summary>Returns the code of a fact, such as <c>sickness-period</c>.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not defined.</exception>
    public static string Code(CaseFact fact) =>
        fact switch
        {
            CaseFact.SicknessPeriod => "sickness-period",
            CaseFact.LeavePeriod => "leave-period",
            CaseFact.Event => "event",
            CaseFact.FirstSickDay => "first-sick-day",
            CaseFact.EmploymentEndsOn => "employment-ends-on",
            CaseFact.LastWorkingDay => "last-working-day",
            CaseFact.ReachesAowAgeOn => "reaches-aow-age-on",
            CaseFact.Vangnet => "vangnet",
            CaseFact.EigenrisicodragerZw => "eigenrisicodrager-zw",
            CaseFact.EigenrisicodragerWga => "eigenrisicodrager-wga",
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "Unknown case fact."),
        };

    /// <summary>Returns the code of a fact's change: <c>added</c>, <c>removed</c> or <c>changed</c>.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="change"/> is not defined.</exception>
    public static string Code(FactChange change) =>
        change switch
        {
            FactChange.Added => "added",
            FactChange.Removed => "removed",
            FactChange.Changed => "changed",
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown change."),
        };
}
