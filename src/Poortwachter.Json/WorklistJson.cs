using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Poortwachter.Assessments;
using Poortwachter.Portfolio;

namespace Poortwachter.Json;

/// <summary>
/// Writes a <see cref="Worklist"/> (the portfolio on one date) as JSON in the contract's shape (docs/contract.md,
/// "Worklist (output)"; docs/schema/worklist.schema.json), with its item texts in a language.
/// </summary>
public static class WorklistJson
{
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText Within = JsonEncodedText.Encode("within");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText CaseId = JsonEncodedText.Encode("caseId");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("sequence");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Figures = JsonEncodedText.Encode("figures");
    private static readonly JsonEncodedText Cases = JsonEncodedText.Encode("cases");
    private static readonly JsonEncodedText LoonsanctieRisks = JsonEncodedText.Encode("loonsanctieRisks");
    private static readonly JsonEncodedText OnTime = JsonEncodedText.Encode("onTime");
    private static readonly JsonEncodedText Late = JsonEncodedText.Encode("late");
    private static readonly JsonEncodedText Overdue = JsonEncodedText.Encode("overdue");
    private static readonly JsonEncodedText Rate = JsonEncodedText.Encode("rate");
    private static readonly JsonEncodedText CasesPerQuarter = JsonEncodedText.Encode("casesPerQuarter");

    /// <summary>Writes a worklist as JSON text.</summary>
    /// <param name="worklist">The worklist.</param>
    /// <param name="language">The language of the items' <c>text</c>.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="worklist"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Write(Worklist worklist, TextLanguage language = TextLanguage.English, bool indented = false)
    {
        if (worklist is null)
        {
            throw new ArgumentNullException(nameof(worklist));
        }

        using var stream = new MemoryStream();
        using (
            var writer = new Utf8JsonWriter(
                stream,
                indented ? PoortwachterJson.IndentedWriterOptions : PoortwachterJson.CompactWriterOptions
            )
        )
        {
            Write(writer, worklist, language);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The pending bytes after which the items are flushed to the writer's output.</summary>
    private const int FlushBytes = 1 << 16;

    /// <summary>
    /// Writes a worklist to a writer, as one JSON object: <c>asOf</c>, <c>within</c>, <c>items</c> (each with
    /// <c>section</c>, <c>caseId</c>, <c>kind</c>, <c>sequence</c> when above 0, <c>date</c>, <c>status</c>,
    /// <c>severity</c> and <c>text</c>) and <c>figures</c> (<c>cases</c>, <c>loonsanctieRisks</c>, <c>onTime</c> per
    /// obligation kind with its <c>rate</c> rounded to 4 decimals, and <c>casesPerQuarter</c>).
    /// </summary>
    /// <param name="writer">The writer; it is flushed whenever 64 KiB are pending, so a long worklist is not held in memory.</param>
    /// <param name="worklist">The worklist.</param>
    /// <param name="language">The language of the items' <c>text</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static void Write(Utf8JsonWriter writer, Worklist worklist, TextLanguage language)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (worklist is null)
        {
            throw new ArgumentNullException(nameof(worklist));
        }

        _ = TextLanguages.Code(language);
        writer.WriteStartObject();
        WriteMembers(writer, worklist, language);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the members of a worklist's object (<c>asOf</c>, <c>within</c>, <c>items</c>, <c>figures</c>) into an
    /// object the caller has opened and closes, so a host can add members of its own after them (the service adds
    /// <c>problems</c>, the lines it could not assess).
    /// </summary>
    /// <param name="writer">The writer, inside an object; it is flushed whenever 64 KiB are pending, so a long worklist is not held in memory.</param>
    /// <param name="worklist">The worklist.</param>
    /// <param name="language">The language of the items' <c>text</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static void WriteMembers(Utf8JsonWriter writer, Worklist worklist, TextLanguage language)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (worklist is null)
        {
            throw new ArgumentNullException(nameof(worklist));
        }

        _ = TextLanguages.Code(language);
        writer.WriteString(AsOf, IsoDate.Format(worklist.AsOf));
        writer.WriteNumber(Within, worklist.Within);
        writer.WriteStartArray(Items);
        foreach (var i in worklist.Items)
        {
            writer.WriteStartObject();
            writer.WriteString(Section, WorklistSections.Code(i.Section));
            writer.WriteString(CaseId, i.CaseId);
            writer.WriteString(Kind, i.Kind);
            if (i.Sequence > 0)
            {
                writer.WriteNumber(Sequence, i.Sequence);
            }

            if (i.Date is { } d)
            {
                writer.WriteString(Date, IsoDate.Format(d));
            }
            else
            {
                writer.WriteNull(Date);
            }

            writer.WriteString(Status, i.Status);
            if (i.Severity is { } s)
            {
                writer.WriteString(Severity, Severities.Code(s));
            }
            else
            {
                writer.WriteNull(Severity);
            }

            writer.WriteString(Text, i.TextIn(language));
            writer.WriteEndObject();
            if (writer.BytesPending > FlushBytes)
            {
                // A writer over a stream keeps what it wrote until flushed: a portfolio's worklist (100 MB and more)
                // goes out as it is written, not all at once at the end.
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        var f = worklist.Figures;
        writer.WriteStartObject(Figures);
        writer.WriteNumber(Cases, f.Cases);
        writer.WriteNumber(LoonsanctieRisks, f.LoonsanctieRisks);
        writer.WriteStartObject(OnTime);
        foreach (var kind in f.OnTime)
        {
            writer.WriteStartObject(kind.Kind);
            writer.WriteNumber(OnTime, kind.OnTime);
            writer.WriteNumber(Late, kind.Late);
            writer.WriteNumber(Overdue, kind.Overdue);
            writer.WriteNumber(Rate, Math.Round(kind.Rate, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject(CasesPerQuarter);
        writer.WriteNumber("weeks-1-26", f.Weeks1To26);
        writer.WriteNumber("weeks-27-52", f.Weeks27To52);
        writer.WriteNumber("weeks-53-78", f.Weeks53To78);
        writer.WriteNumber("weeks-79-104", f.Weeks79To104);
        writer.WriteNumber("ended", f.Ended);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
