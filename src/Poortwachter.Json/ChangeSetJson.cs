using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Poortwachter.Assessments;
using Poortwachter.Changes;

namespace Poortwachter.Json;

/// <summary>
/// Writes a <see cref="ChangeSet"/> (what changed between two assessments of a case, and why) as JSON in the contract's
/// shape (docs/contract.md, "Change sets"; docs/schema/change-set.schema.json), with its texts in a language.
/// </summary>
public static class ChangeSetJson
{
    private static readonly JsonEncodedText CaseId = JsonEncodedText.Encode("caseId");
    private static readonly JsonEncodedText PreviousAsOf = JsonEncodedText.Encode("previousAsOf");
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText CaseChange = JsonEncodedText.Encode("case");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText Changes = JsonEncodedText.Encode("changes");
    private static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("sequence");
    private static readonly JsonEncodedText Occurrence = JsonEncodedText.Encode("occurrence");
    private static readonly JsonEncodedText About = JsonEncodedText.Encode("obligation");
    private static readonly JsonEncodedText What = JsonEncodedText.Encode("what");
    private static readonly JsonEncodedText PreviousDate = JsonEncodedText.Encode("previousDate");
    private static readonly JsonEncodedText CurrentDate = JsonEncodedText.Encode("currentDate");
    private static readonly JsonEncodedText DaysMoved = JsonEncodedText.Encode("daysMoved");
    private static readonly JsonEncodedText PreviousStatus = JsonEncodedText.Encode("previousStatus");
    private static readonly JsonEncodedText CurrentStatus = JsonEncodedText.Encode("currentStatus");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText CaseFacts = JsonEncodedText.Encode("caseFacts");
    private static readonly JsonEncodedText Fact = JsonEncodedText.Encode("fact");
    private static readonly JsonEncodedText Change = JsonEncodedText.Encode("change");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText PreviousValue = JsonEncodedText.Encode("previousValue");
    private static readonly JsonEncodedText CurrentValue = JsonEncodedText.Encode("currentValue");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");

    private static readonly ChangeKinds[] Flags = [ChangeKinds.Added, ChangeKinds.Removed, ChangeKinds.Moved, ChangeKinds.StatusChanged];

    /// <summary>Writes a change set as JSON text.</summary>
    /// <param name="changes">The change set.</param>
    /// <param name="language">The language of <c>summary</c>, <c>reason</c> and <c>description</c>.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Write(ChangeSet changes, TextLanguage language = TextLanguage.English, bool indented = false)
    {
        if (changes is null)
        {
            throw new ArgumentNullException(nameof(changes));
        }

        using var stream = new MemoryStream();
        using (
            var writer = new Utf8JsonWriter(
                stream,
                indented ? PoortwachterJson.IndentedWriterOptions : PoortwachterJson.CompactWriterOptions
            )
        )
        {
            Write(writer, changes, language);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes a change set to a writer, as one JSON object: <c>caseId</c>, <c>previousAsOf</c>, <c>asOf</c>, <c>case</c>
    /// (<c>new</c>, <c>vanished</c> or <c>changed</c>), <c>language</c>, <c>changes</c> and <c>caseFacts</c>.
    /// </summary>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <param name="changes">The change set.</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static void Write(Utf8JsonWriter writer, ChangeSet changes, TextLanguage language)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (changes is null)
        {
            throw new ArgumentNullException(nameof(changes));
        }

        var code = TextLanguages.Code(language);
        var text = new TextBuffer(language, 2048);
        writer.WriteStartObject();
        writer.WriteString(CaseId, changes.CaseId);
        writer.WritePropertyName(PreviousAsOf);
        IsoDate.Write(writer, changes.PreviousAsOf);
        writer.WritePropertyName(AsOf);
        IsoDate.Write(writer, changes.AsOf);
        writer.WriteString(
            CaseChange,
            changes.IsNewCase ? "new"
                : changes.IsVanishedCase ? "vanished"
                : "changed"
        );
        writer.WriteString(Language, code);
        writer.WriteStartArray(Changes);
        foreach (var c in changes.Changes)
        {
            WriteChange(writer, c, text);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(CaseFacts);
        foreach (var f in changes.CaseFacts)
        {
            writer.WriteStartObject();
            writer.WriteString(Fact, Poortwachter.Changes.CaseFacts.Code(f.Fact));
            writer.WriteString(Change, Poortwachter.Changes.CaseFacts.Code(f.Change));
            writer.WriteString(Code, f.Code);
            writer.WritePropertyName(Date);
            IsoDate.Write(writer, f.Date);
            writer.WriteString(PreviousValue, f.PreviousValue);
            writer.WriteString(CurrentValue, f.CurrentValue);
            text.Clear();
            f.WriteDescription(text);
            writer.WriteString(Description, text.WrittenSpan);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter writer, Change c, TextBuffer text)
    {
        writer.WriteStartObject();
        writer.WriteString(Subject, ChangeCodes.Code(c.Subject));
        writer.WriteString(Kind, c.Kind);
        if (c.Sequence > 0)
        {
            writer.WriteNumber(Sequence, c.Sequence);
        }

        if (c.Occurrence > 1)
        {
            writer.WriteNumber(Occurrence, c.Occurrence);
        }

        if (c.Subject == ChangeSubject.Warning)
        {
            writer.WriteString(About, c.About);
        }

        writer.WriteStartArray(What);
        foreach (var flag in Flags)
        {
            if ((c.What & flag) == flag)
            {
                writer.WriteStringValue(ChangeCodes.Code(flag));
            }
        }

        writer.WriteEndArray();
        writer.WritePropertyName(PreviousDate);
        IsoDate.Write(writer, c.PreviousDate);
        writer.WritePropertyName(CurrentDate);
        IsoDate.Write(writer, c.CurrentDate);
        writer.WriteNumber(DaysMoved, c.DaysMoved);
        writer.WriteString(PreviousStatus, c.PreviousStatus);
        writer.WriteString(CurrentStatus, c.CurrentStatus);
        text.Clear();
        c.WriteSummary(text);
        writer.WriteString(Summary, text.WrittenSpan);
        text.Clear();
        c.WriteReason(text);
        writer.WriteString(Reason, text.WrittenSpan);
        writer.WriteEndObject();
    }
}
