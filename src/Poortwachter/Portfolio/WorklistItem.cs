using System;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Portfolio;

/// <summary>
/// One row of a <see cref="Worklist"/>: what a casemanager acts on in one case, with its date, status, severity and
/// text. Immutable; its text is the obligation's explanation, the warning's message or the milestone's explanation,
/// read in the language asked for (<see cref="TextIn(TextLanguage)"/>).
/// </summary>
public sealed class WorklistItem
{
    // The obligation, warning or milestone the text is read from; null for an item without a text.
    private readonly object? _source;

    internal WorklistItem(
        WorklistSection section,
        string caseId,
        string kind,
        int sequence,
        LocalDate? date,
        string status,
        Severity? severity,
        object? source
    )
    {
        Section = section;
        CaseId = caseId;
        Kind = kind;
        Sequence = sequence;
        Date = date;
        Status = status;
        Severity = severity;
        _source = source;
    }

    /// <summary>Gets the section the item is listed in.</summary>
    public WorklistSection Section { get; }

    /// <summary>Gets the identifier of the case.</summary>
    public string CaseId { get; }

    /// <summary>
    /// Gets what the item is about: the obligation's kind (overdue, due soon), the warning's kind (risk), or
    /// <c>last-day</c> (the wachttijd's last day) or <c>ban-end</c> (the end of the dismissal ban) for an end.
    /// </summary>
    public string Kind { get; }

    /// <summary>Gets the obligation's or warning's sequence number (1 for the first of a repeating kind); 0 when there is none.</summary>
    public int Sequence { get; }

    /// <summary>
    /// Gets the item's date: the due date of an obligation, the last day or the end of the ban; <see langword="null"/>
    /// for a risk (and for an overdue obligation without a due date).
    /// </summary>
    public LocalDate? Date { get; }

    /// <summary>
    /// Gets the item's status code: <c>overdue</c> or <c>open</c> for an obligation, the severity code for a risk, the
    /// wachttijd's state code (such as <c>running</c>) for an end.
    /// </summary>
    public string Status { get; }

    /// <summary>
    /// Gets how severe the item is: an overdue obligation's warning (<see cref="Severity.Warning"/> when it has none),
    /// a risk's warning; <see langword="null"/> for an obligation due soon and for an end.
    /// </summary>
    public Severity? Severity { get; }

    /// <summary>Gets the item's text in English (<see cref="TextIn(TextLanguage)"/>).</summary>
    /// <exception cref="Rules.RuleEvaluationException">The text threw when it was rendered.</exception>
    public string Text => TextIn(TextLanguage.English);

    /// <summary>Returns the item's text in a language; empty when the item has none (a last day without its milestone).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    /// <exception cref="Rules.RuleEvaluationException">The text threw when it was rendered.</exception>
    public string TextIn(TextLanguage language) =>
        _source switch
        {
            Obligation o => o.ExplanationIn(language),
            Warning w => w.MessageIn(language),
            Milestone m => m.ExplanationIn(language),
            _ => NoText(language),
        };

    private static string NoText(TextLanguage language)
    {
        _ = TextLanguages.Check(language, nameof(language));
        return string.Empty;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{WorklistSections.Code(Section)} {CaseId} {Kind}{(Sequence > 0 ? " #" + Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)} {(Date is { } d ? IsoDates.Format(d) : "-")} {Status}";
}
