using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Reads case documents and writes assessments and cases in the shapes of the interchange contract
/// (<c>docs/contract.md</c>). Reading is strict and reports every problem of a document with its JSON path; writing
/// goes straight to a <see cref="Utf8JsonWriter"/> in the contract's field order, without reflection.
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class PoortwachterJson
{
    /// <summary>
    /// Gets the writer options of the string-returning writers: compact, and non-ASCII text (such as Dutch
    /// diacritics) written as is rather than escaped. The output is meant for files and APIs, not for embedding in
    /// HTML without escaping.
    /// </summary>
    public static JsonWriterOptions CompactWriterOptions { get; } =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Gets the writer options of the indented string-returning writers.</summary>
    public static JsonWriterOptions IndentedWriterOptions { get; } =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>
    /// Reads a case document. Every problem is collected: malformed JSON (with line and position), unknown
    /// properties, unknown event types or leave kinds, missing required fields, wrong JSON types, dates that do not
    /// exist or are not ISO-8601; when the structure is sound, the problems <see cref="CaseValidator"/> finds.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Extra event types a host accepts; <see langword="null"/> for the contract alone.</param>
    /// <returns>The case, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CaseReadResult ReadCase(string json, CaseReaderOptions? options = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var length = Encoding.UTF8.GetMaxByteCount(json.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var count = Encoding.UTF8.GetBytes(json, 0, json.Length, buffer, 0);
            return CaseReader.Read(new ReadOnlySpan<byte>(buffer, 0, count), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a case document from UTF-8 bytes (a leading byte-order mark is allowed); see <see cref="ReadCase(string, CaseReaderOptions)"/>.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="options">Extra event types a host accepts; <see langword="null"/> for the contract alone.</param>
    /// <returns>The case, or every problem with its JSON path.</returns>
    public static CaseReadResult ReadCase(ReadOnlySpan<byte> utf8Json, CaseReaderOptions? options = null) =>
        CaseReader.Read(utf8Json, options);

    /// <summary>Reads a case document and throws when it has problems.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Extra event types a host accepts; <see langword="null"/> for the contract alone.</param>
    /// <returns>The valid case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidCaseException">The document has problems; every one is listed with its JSON path.</exception>
    public static SicknessCase ReadCaseOrThrow(string json, CaseReaderOptions? options = null) => ReadCase(json, options).GetCaseOrThrow();

    /// <summary>Reads a case document from UTF-8 bytes and throws when it has problems.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="options">Extra event types a host accepts; <see langword="null"/> for the contract alone.</param>
    /// <returns>The valid case.</returns>
    /// <exception cref="InvalidCaseException">The document has problems; every one is listed with its JSON path.</exception>
    public static SicknessCase ReadCaseOrThrow(ReadOnlySpan<byte> utf8Json, CaseReaderOptions? options = null) =>
        ReadCase(utf8Json, options).GetCaseOrThrow();

    /// <summary>
    /// Parses an ISO-8601 calendar date (<c>yyyy-mm-dd</c>) as strictly as the case reader does: a date that does not
    /// exist, a time or any other layout is rejected with a message a person understands.
    /// </summary>
    /// <param name="text">The text, such as <c>2025-01-06</c>.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <param name="error">What is wrong, when it is not; empty otherwise.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a date that exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParseDate(string text, out LocalDate date, out string error)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var ok = IsoDate.TryParse(text, out date, out var message);
        error = message ?? string.Empty;
        return ok;
    }

    /// <summary>
    /// Writes an assessment in the contract's shape: <c>caseId</c>, <c>asOf</c>, <c>ruleSet</c>, <c>wachttijd</c>,
    /// <c>obligations</c>, <c>milestones</c>, <c>warnings</c>; the <c>wachttijd</c> also holds the
    /// <c>statutoryLastDay</c> and the <c>extensions</c> that moved it. Absent dates are written as <c>null</c>;
    /// <c>sequence</c> is written on repeating obligations (evaluations, progress reports) and on the warnings about
    /// them only.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string WriteAssessment(Assessment assessment, bool indented = false)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        return ToText(indented, w => ContractWriter.WriteAssessment(w, assessment, withText: true));
    }

    /// <summary>Writes an assessment to a writer, as one JSON value; see <see cref="WriteAssessment(Assessment, bool)"/>.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping. It is not flushed.</param>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAssessment(Utf8JsonWriter writer, Assessment assessment)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        ContractWriter.WriteAssessment(writer, assessment, withText: true);
    }

    /// <summary>
    /// Writes an assessment to a writer like <see cref="WriteAssessment(Utf8JsonWriter, Assessment)"/>, optionally
    /// without its texts: with <paramref name="withText"/> <see langword="false"/> the <c>explanation</c> of every
    /// obligation and milestone and the <c>message</c> of every warning are left out (every date, status, kind,
    /// severity and legal source stays). The texts are then never built, which makes this the fastest output for a
    /// portfolio run whose results feed a system rather than a person; read the texts later by assessing one case.
    /// </summary>
    /// <param name="writer">The writer; its options decide indentation and escaping. It is not flushed.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="withText">Whether to write the explanations and messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAssessment(Utf8JsonWriter writer, Assessment assessment, bool withText)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        ContractWriter.WriteAssessment(writer, assessment, withText);
    }

    /// <summary>
    /// Writes an assessment as JSON with its texts (every <c>explanation</c> and <c>message</c>) in a language; see
    /// <see cref="WriteAssessment(Assessment, bool)"/>. Codes, dates and field names are the same in every language.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">The language of the texts.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string WriteAssessment(Assessment assessment, TextLanguage language, bool indented = false)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        language = CheckLanguage(language);
        return ToText(indented, w => ContractWriter.WriteAssessment(w, assessment, withText: true, language));
    }

    /// <summary>
    /// Writes an assessment to a writer like <see cref="WriteAssessment(Utf8JsonWriter, Assessment, bool)"/>, with its
    /// texts (when <paramref name="withText"/>) in a language.
    /// </summary>
    /// <param name="writer">The writer; its options decide indentation and escaping. It is not flushed.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="withText">Whether to write the explanations and messages.</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static void WriteAssessment(Utf8JsonWriter writer, Assessment assessment, bool withText, TextLanguage language)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        ContractWriter.WriteAssessment(writer, assessment, withText, CheckLanguage(language));
    }

    private static TextLanguage CheckLanguage(TextLanguage language) =>
        language is TextLanguage.English or TextLanguage.Dutch
            ? language
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined language: use English or Dutch.");

    /// <summary>
    /// Writes a case in the contract's shape, so that reading it back gives an equal case. Every top-level field is
    /// written (empty arrays, <c>employmentEndsOn</c> as <c>null</c> when absent); an open period has no <c>until</c>.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="NotSupportedException">The case holds an event class that is not part of the contract.</exception>
    public static string WriteCase(SicknessCase @case, bool indented = false)
    {
        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        return ToText(indented, w => ContractWriter.WriteCase(w, @case));
    }

    /// <summary>Writes a case to a writer, as one JSON value; see <see cref="WriteCase(SicknessCase, bool)"/>.</summary>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <param name="case">The case.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException">The case holds an event class that is not part of the contract.</exception>
    public static void WriteCase(Utf8JsonWriter writer, SicknessCase @case)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        ContractWriter.WriteCase(writer, @case);
    }

    private static string ToText(bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? IndentedWriterOptions : CompactWriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
