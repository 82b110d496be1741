using System;
using System.Text.Json;

namespace Poortwachter.Cli.Input;

/// <summary>
/// Decides from the document itself whether an input is one case or JSON Lines: one JSON value that fills the
/// input is a case; several values one per line, or lines of which some are whole cases, are JSON Lines. A broken
/// document whose lines are not cases on their own stays one (broken) case, so its error is reported once.
/// </summary>
internal static class InputSniffer
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Decides the shape of an input from its first bytes.</summary>
    /// <param name="data">The input, or its first bytes.</param>
    /// <param name="complete">Whether <paramref name="data"/> is the whole input.</param>
    /// <returns>The shape and, for a person, why.</returns>
    public static (InputShape Shape, string Reason) Detect(ReadOnlySpan<byte> data, bool complete)
    {
        if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
            data = data.Slice(3);
        }

        if (complete && TryOneValue(data, out var firstLineOnly))
        {
            return firstLineOnly
                ? (InputShape.JsonLines, "it holds more than one JSON value, one per line")
                : (InputShape.OneCase, "one JSON value fills it");
        }

        var first = true;
        var offset = 0;
        while (NextLine(data, ref offset, complete, out var line))
        {
            if (IsBlank(line))
            {
                continue;
            }

            if (first && IsWholeValue(line))
            {
                return (InputShape.JsonLines, "its first line is a whole JSON value on its own");
            }

            if (!first && IsCaseObject(line))
            {
                return (InputShape.JsonLines, "some of its lines are whole cases on their own");
            }

            first = false;
        }

        return (InputShape.OneCase, complete ? "it is one (broken) JSON document" : "its first line is not a whole JSON value");
    }

    /// <summary>
    /// Whether the input is one JSON value followed by nothing (true, firstLineOnly false), or a value on one line
    /// followed by more (true, firstLineOnly true). A multi-line value followed by more is one case with something
    /// after it: false, and the reader says so.
    /// </summary>
    private static bool TryOneValue(ReadOnlySpan<byte> data, out bool firstLineOnly)
    {
        firstLineOnly = false;
        var reader = new Utf8JsonReader(data, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read())
            {
                return true; // blank: one (empty) document, which the reader reports
            }

            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var end = (int)reader.BytesConsumed;
            if (IsBlank(data.Slice(end)))
            {
                return true;
            }

            if (data.Slice(start, end - start).IndexOfAny((byte)'\n', (byte)'\r') < 0)
            {
                firstLineOnly = true;
                return true;
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether a line is one JSON value on its own.</summary>
    private static bool IsWholeValue(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return IsBlank(line.Slice((int)reader.BytesConsumed));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether a line is a JSON object on its own with a top-level <c>caseId</c> or <c>firstSickDay</c>.</summary>
    private static bool IsCaseObject(ReadOnlySpan<byte> line)
    {
        if (!IsWholeValue(line))
        {
            return false;
        }

        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("caseId"u8) || reader.ValueTextEquals("firstSickDay"u8))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The next line (ended by LF, CR LF or CR); the last line of an incomplete input is not returned.</summary>
    private static bool NextLine(ReadOnlySpan<byte> data, ref int offset, bool complete, out ReadOnlySpan<byte> line)
    {
        line = default;
        if (offset >= data.Length)
        {
            return false;
        }

        var rest = data.Slice(offset);
        var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0)
        {
            if (!complete)
            {
                return false;
            }

            line = rest;
            offset = data.Length;
            return true;
        }

        line = rest.Slice(0, end);
        offset += end + (rest[end] == (byte)'\r' && end + 1 < rest.Length && rest[end + 1] == (byte)'\n' ? 2 : 1);
        return true;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
