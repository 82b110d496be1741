using System;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Changes;

/// <summary>What a <see cref="Change"/> is about: an obligation, a milestone, a warning or the end of the wachttijd.</summary>
public enum ChangeSubject
{
    /// <summary>An obligation (code <c>obligation</c>); <see cref="Change.Kind"/> is its code.</summary>
    Obligation = 0,

    /// <summary>A milestone (code <c>milestone</c>); <see cref="Change.Kind"/> is its code.</summary>
    Milestone = 1,

    /// <summary>A warning (code <c>warning</c>); <see cref="Change.Kind"/> is its code, <see cref="Change.About"/> its obligation.</summary>
    Warning = 2,

    /// <summary>
    /// The end of the wachttijd (code <c>wachttijd</c>); <see cref="Change.Kind"/> is one of <see cref="WachttijdItems"/>:
    /// its state, the last day of wage continuation, the end of a shortened wachttijd, the end of the dismissal ban.
    /// </summary>
    Wachttijd = 3,
}

/// <summary>How an item changed between two assessments. <see cref="Moved"/> and <see cref="StatusChanged"/> can come together.</summary>
[Flags]
public enum ChangeKinds
{
    /// <summary>Nothing changed (never in a change set).</summary>
    None = 0,

    /// <summary>The item is in the current assessment only (code <c>added</c>).</summary>
    Added = 1,

    /// <summary>The item is in the previous assessment only (code <c>removed</c>).</summary>
    Removed = 2,

    /// <summary>The item's date differs (code <c>moved</c>): <see cref="Change.PreviousDate"/> and <see cref="Change.CurrentDate"/>.</summary>
    Moved = 4,

    /// <summary>The item's status differs (code <c>status-changed</c>): <see cref="Change.PreviousStatus"/> and <see cref="Change.CurrentStatus"/>.</summary>
    StatusChanged = 8,
}

/// <summary>The items of <see cref="ChangeSubject.Wachttijd"/>: the parts of the wachttijd's end a change set compares.</summary>
public static class WachttijdItems
{
    /// <summary>The state of the wachttijd (<see cref="Timeline.WachttijdState"/>, as its code): a recovery ends it.</summary>
    public const string State = "state";

    /// <summary>The last day of wage continuation with every extension (<see cref="WachttijdSummary.LastDay"/>; BW 7:629 lid 1, WIA art. 24, 25 lid 9).</summary>
    public const string LastDay = "last-day";

    /// <summary>The last day of a wachttijd UWV shortened (<see cref="WachttijdSummary.WachttijdEndsOn"/>; WIA art. 23 lid 6).</summary>
    public const string WachttijdEndsOn = "wachttijd-ends-on";

    /// <summary>The end of the dismissal ban during sickness (milestone <c>einde-opzegverbod</c>; BW 7:670 lid 1).</summary>
    public const string BanEnd = "ban-end";
}

/// <summary>The stable contract codes of <see cref="ChangeSubject"/> and <see cref="ChangeKinds"/> values.</summary>
public static class ChangeCodes
{
    /// <summary>Returns the code of a subject: <c>obligation</c>, <c>milestone</c>, <c>warning</c> or <c>wachttijd</c>.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subject"/> is not defined.</exception>
    public static string Code(ChangeSubject subject) =>
        subject switch
        {
            ChangeSubject.Obligation => "obligation",
            ChangeSubject.Milestone => "milestone",
            ChangeSubject.Warning => "warning",
            ChangeSubject.Wachttijd => "wachttijd",
            _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, "Unknown subject."),
        };

    /// <summary>Returns the code of one kind of change: <c>added</c>, <c>removed</c>, <c>moved</c> or <c>status-changed</c>.</summary>
    /// <param name="kind">One flag.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not exactly one defined flag.</exception>
    public static string Code(ChangeKinds kind) =>
        kind switch
        {
            ChangeKinds.Added => "added",
            ChangeKinds.Removed => "removed",
            ChangeKinds.Moved => "moved",
            ChangeKinds.StatusChanged => "status-changed",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not one kind of change."),
        };
}

/// <summary>
/// One item that differs between two assessments of a case: an obligation, milestone, warning or part of the wachttijd's
/// end, added, removed, moved (old and new date) or with another status (old and new status), and the reason in words
/// (<see cref="ReasonIn"/>): what changed, the case facts that differ, and both derivations.
/// </summary>
/// <remarks>
/// <para>An item is matched by its identity, never by its position:</para>
/// <list type="bullet">
/// <item>an obligation by its code and <see cref="Obligation.Sequence"/> (the third evaluation is always the third);</item>
/// <item>a milestone by its code and its <see cref="Occurrence"/> among the milestones of that code, by date;</item>
/// <item>a warning by its code, the obligation it concerns (<see cref="About"/>), that obligation's sequence and its
/// <see cref="Occurrence"/> among the warnings with those three in the assessment's order; a warning's text is not part
/// of its identity, so a warning whose message changed but whose identity and severity did not is no change;</item>
/// <item>a part of the wachttijd's end by its <see cref="WachttijdItems"/> code.</item>
/// </list>
/// </remarks>
public sealed class Change
{
    private TextSlot _summary;
    private TextSlot _reason;

    internal Change(
        ChangeSubject subject,
        string kind,
        int sequence,
        int occurrence,
        string? about,
        ChangeKinds what,
        LocalDate? previousDate,
        LocalDate? currentDate,
        string? previousStatus,
        string? currentStatus,
        ChangeText text
    )
    {
        Subject = subject;
        Kind = kind;
        Sequence = sequence;
        Occurrence = occurrence;
        About = about;
        What = what;
        PreviousDate = previousDate;
        CurrentDate = currentDate;
        PreviousStatus = previousStatus;
        CurrentStatus = currentStatus;
        text.Change = this;
        _summary = new TextSlot(text);
        _reason = new TextSlot(new ChangeText.Full(text));
    }

    /// <summary>Gets what the change is about.</summary>
    public ChangeSubject Subject { get; }

    /// <summary>Gets the code of the item: an obligation, milestone or warning code, or a <see cref="WachttijdItems"/> code.</summary>
    public string Kind { get; }

    /// <summary>Gets the sequence of a repeating obligation (or of the obligation a warning concerns); 0 otherwise.</summary>
    public int Sequence { get; }

    /// <summary>Gets which of the milestones or warnings of the same identity this is, by date or order (1 for the first); 1 for obligations and the wachttijd.</summary>
    public int Occurrence { get; }

    /// <summary>Gets the code of the obligation a warning concerns; <see langword="null"/> for other subjects and for a warning about none.</summary>
    public string? About { get; }

    /// <summary>Gets how the item changed: <see cref="ChangeKinds.Added"/>, <see cref="ChangeKinds.Removed"/>, or <see cref="ChangeKinds.Moved"/> and/or <see cref="ChangeKinds.StatusChanged"/>.</summary>
    public ChangeKinds What { get; }

    /// <summary>Gets the item's date in the previous assessment (an obligation's due date, a milestone's date, a day of the end); <see langword="null"/> when it had none or was absent.</summary>
    public LocalDate? PreviousDate { get; }

    /// <summary>Gets the item's date in the current assessment; <see langword="null"/> when it has none or is absent.</summary>
    public LocalDate? CurrentDate { get; }

    /// <summary>
    /// Gets the item's status code in the previous assessment: an obligation's status (<see cref="ObligationStatuses"/>),
    /// a warning's severity (<see cref="Severities"/>), the wachttijd's state (<see cref="Timeline.WachttijdStates"/>);
    /// <see langword="null"/> for a milestone, a date of the end, and an absent item.
    /// </summary>
    public string? PreviousStatus { get; }

    /// <summary>Gets the item's status code in the current assessment (see <see cref="PreviousStatus"/>).</summary>
    public string? CurrentStatus { get; }

    /// <summary>Gets the number of days the date moved: later is positive; 0 when it did not move or a date is missing.</summary>
    public int DaysMoved => PreviousDate is { } from && CurrentDate is { } to ? Period.Between(from, to, PeriodUnits.Days).Days : 0;

    /// <summary>Gets the summary in English: what changed and, when the cases differ, the case facts that differ.</summary>
    public string Summary => SummaryIn(TextLanguage.English);

    /// <summary>Gets the reason in English: the summary, then the previous and the current derivation.</summary>
    public string Reason => ReasonIn(TextLanguage.English);

    /// <summary>
    /// Returns the summary in a language, such as <c>plan van aanpak 17 days later: sickness period from 2025-03-10 added
    /// (samentelling)</c> or <c>plan van aanpak 17 dagen later: ziekteperiode vanaf 10 maart 2025 toegevoegd
    /// (samentelling)</c>; built on first read and cached (thread-safe).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string SummaryIn(TextLanguage language) => _summary.Read(language, TextRole.ChangeExplanation, Kind, Kind);

    /// <summary>Returns the reason in a language: the summary, then <c>Before:</c> and <c>Now:</c> (<c>Eerder:</c>, <c>Nu:</c>) with each derivation.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; built on first read and cached (thread-safe).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string ReasonIn(TextLanguage language) => _reason.Read(language, TextRole.ChangeExplanation, Kind, Kind);

    /// <summary>Appends the summary to a buffer, in its language, without building a string for it.</summary>
    /// <param name="destination">The buffer.</param>
    public void WriteSummary(TextBuffer destination) => _summary.Write(destination, TextRole.ChangeExplanation, Kind, Kind);

    /// <summary>Appends the reason to a buffer, in its language, without building a string for it.</summary>
    /// <param name="destination">The buffer.</param>
    public void WriteReason(TextBuffer destination) => _reason.Write(destination, TextRole.ChangeExplanation, Kind, Kind);

    /// <inheritdoc/>
    public override string ToString() => SummaryIn(TextLanguage.English);
}
