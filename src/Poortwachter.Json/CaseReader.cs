using System;
using System.Text.Json;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Reads a case document strictly: it checks the bytes (<see cref="Utf8Input"/>), parses the JSON once, hands the root
/// to <see cref="CaseRootReader"/>, which collects every problem of the document (unknown properties, unknown types,
/// missing fields, wrong JSON types, dates that do not exist) in one <see cref="CaseProblems"/>, and only then builds
/// the case and runs <see cref="CaseValidator"/>.
/// </summary>
internal static class CaseReader
{
    private const string Root = "$";

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Reads a case document.</summary>
    /// <param name="utf8">The document as UTF-8; a leading byte-order mark is allowed.</param>
    /// <param name="options">The host's extra event types, or null.</param>
    /// <returns>The case, or every problem with its JSON path.</returns>
    public static CaseReadResult Read(ReadOnlySpan<byte> utf8, CaseReaderOptions? options)
    {
        utf8 = Utf8Input.SkipByteOrderMark(utf8);
        var problems = new CaseProblems();
        if (Utf8Input.IsWide(utf8, out var utf32, out var byteOrderMark))
        {
            return Invalid(problems, ReaderTexts.NotUtf8(utf32, byteOrderMark));
        }

        if (Utf8Input.IsBlank(utf8))
        {
            return Invalid(problems, ReaderTexts.EmptyDocument);
        }

        JsonDocument document;
        var json = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            document = JsonDocument.ParseValue(ref json);
        }
        catch (JsonException ex)
        {
            problems.Add(JsonPath.AtError(utf8, ReaderOptions), ReaderTexts.MalformedJson(ex));
            return CaseReadResult.Invalid(problems.Items);
        }

        using (document)
        {
            if (LineAfterTheCase(utf8, ref json) is { } line)
            {
                return Invalid(problems, ReaderTexts.MoreAfterCase(line));
            }

            try
            {
                return Read(document.RootElement, problems, options);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json cannot turn bytes that are not UTF-8, or an escaped lone surrogate ("\ud800"), into a string.
                problems.Clear();
                return Invalid(
                    problems,
                    Utf8Input.TryFindInvalid(utf8, out var badLine, out var column, out var offset)
                        ? ReaderTexts.InvalidUtf8(badLine, column, utf8[offset], offset)
                        : ReaderTexts.LoneSurrogate
                );
            }
        }
    }

    /// <summary>
    /// Reads a case from a JSON value that has been parsed already, such as a case embedded in a host's own document
    /// (<see cref="SicknessCaseJsonConverter"/>): the same checks as for a whole document, without those of the bytes.
    /// </summary>
    /// <param name="root">The case object.</param>
    /// <param name="options">The host's extra event types, or null.</param>
    /// <returns>The case, or every problem with its JSON path from the case (<c>$</c>).</returns>
    public static CaseReadResult Read(JsonElement root, CaseReaderOptions? options)
    {
        var problems = new CaseProblems();
        try
        {
            return Read(root, problems, options);
        }
        catch (InvalidOperationException)
        {
            // A string that is no text: an escaped lone surrogate, or bytes that are not UTF-8 in the host's input.
            problems.Clear();
            return Invalid(problems, ReaderTexts.LoneSurrogate);
        }
    }

    private static CaseReadResult Read(JsonElement root, CaseProblems problems, CaseReaderOptions? options)
    {
        var @case = CaseRootReader.Read(root, problems, options);
        if (@case is null || problems.Count > 0)
        {
            return CaseReadResult.Invalid(problems.Items);
        }

        var invalid = CaseValidator.Validate(@case);
        return invalid.Count == 0 ? CaseReadResult.Valid(@case) : CaseReadResult.Invalid(invalid);
    }

    /// <summary>The line, from 1, of whatever follows the case object in the document; null when nothing does.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="json">The reader that has just read the case object.</param>
    /// <returns>The line, or null.</returns>
    private static long? LineAfterTheCase(ReadOnlySpan<byte> utf8, ref Utf8JsonReader json)
    {
        try
        {
            return json.Read() ? Utf8Input.LineOf(utf8, json.TokenStartIndex) : null;
        }
        catch (JsonException ex)
        {
            return (ex.LineNumber ?? 0) + 1;
        }
    }

    /// <summary>Adds the one problem of the whole document and returns the result that holds it.</summary>
    /// <param name="problems">The document's problems, empty so far.</param>
    /// <param name="message">What is wrong with the document.</param>
    /// <returns>The invalid result.</returns>
    private static CaseReadResult Invalid(CaseProblems problems, string message)
    {
        problems.Add(Root, message);
        return CaseReadResult.Invalid(problems.Items);
    }
}
