using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Every sentence the case reader says about a document: what is wrong with its bytes, its JSON, its properties and
/// its values, and the hints that say what to give instead. The readers decide that something is wrong; this class
/// alone words it.
/// </summary>
internal static class ReaderTexts
{
    /// <summary>What a document of only whitespace is.</summary>
    public const string EmptyDocument = "the document is empty: expected a JSON object with at least caseId and firstSickDay.";

    /// <summary>What a document is whose strings hold an escape that is no text (it is valid UTF-8).</summary>
    public const string LoneSurrogate =
        "the document holds a string with an invalid escape: a lone UTF-16 surrogate such as \\ud800 is not text. Correct the escape.";

    /// <summary>What a case is, in "a case has only ...".</summary>
    public const string ACase = "a case (it carries no personal or medical data)";

    /// <summary>What a sickness period is, in "a sickness period has only ...".</summary>
    public const string ASicknessPeriod = "a sickness period";

    /// <summary>What a leave period is, in "a leave period has only ...".</summary>
    public const string ALeavePeriod = "a leave period";

    /// <summary>What an event of a missing or unknown type is, in "an event has only ...".</summary>
    public const string AnEvent = "an event";

    /// <summary>What <c>sickness</c> holds, in "sickness must be an array of ...".</summary>
    public const string SicknessItems = "periods {from, until}";

    /// <summary>What <c>leave</c> holds, in "leave must be an array of ...".</summary>
    public const string LeaveItems = "periods {kind, from, until}";

    /// <summary>What <c>events</c> holds, in "events must be an array of ...".</summary>
    public const string EventItems = "events {type, on, ...}";

    /// <summary>What "caseId is missing: ..." says.</summary>
    public const string CaseIdHint = "give the host's identifier of the case (no name, no BSN).";

    /// <summary>What "firstSickDay is missing: ..." says.</summary>
    public const string FirstSickDayHint = "give day 1 of the sickness, such as \"2025-01-06\".";

    /// <summary>What "from is missing: ..." says for a sickness period.</summary>
    public const string SicknessFromHint = "give the first sick day of the period.";

    /// <summary>What "from is missing: ..." says for a leave period.</summary>
    public const string LeaveFromHint = "give the first day of the leave.";

    /// <summary>What "until is missing: ..." says for a leave period.</summary>
    public const string LeaveUntilHint = "give the last day of the leave (inclusive).";

    /// <summary>What a document is whose first bytes show UTF-16 or UTF-32 text.</summary>
    /// <param name="utf32">Whether it is UTF-32 rather than UTF-16.</param>
    /// <param name="byteOrderMark">Whether it starts with a byte-order mark (else every other byte is zero).</param>
    /// <returns>The message.</returns>
    public static string NotUtf8(bool utf32, bool byteOrderMark) =>
        $"the document is {(utf32 ? "UTF-32" : "UTF-16")} text{(byteOrderMark ? " (it starts with a byte-order mark)" : " (every other byte is zero)")}, not UTF-8: the contract's JSON is UTF-8. Save or convert the file as UTF-8.";

    /// <summary>Where a document stops being valid UTF-8, and what the byte there is in Windows-1252 or Latin-1.</summary>
    /// <param name="line">The line of the byte, from 1.</param>
    /// <param name="column">Its column, from 1.</param>
    /// <param name="b">The byte.</param>
    /// <param name="offset">Its offset in the document.</param>
    /// <returns>The message.</returns>
    public static string InvalidUtf8(int line, int column, byte b, int offset)
    {
        var hint = b is >= 0x80 and <= 0xFF
            ? $" In Windows-1252 or Latin-1 that byte is '{(b >= 0xA0 ? (char)b : '?')}'"
                + ": the file was probably exported in that encoding; save it as UTF-8."
            : string.Empty;
        return $"the document is not valid UTF-8 at line {line}, column {column} (byte 0x{b:X2} at offset {offset}).{hint}";
    }

    /// <summary>What the parser found wrong, with its line and position (from 1) and without its own position text.</summary>
    /// <param name="ex">The parser's exception.</param>
    /// <returns>The message.</returns>
    public static string MalformedJson(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message.Substring(0, cut);
        }

        var where = ex.LineNumber is { } line ? $"line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "an unknown position";
        return $"malformed JSON at {where}: {message}";
    }

    /// <summary>What a document is that holds more than the case object.</summary>
    /// <param name="line">The line, from 1, where the rest starts.</param>
    /// <returns>The message.</returns>
    public static string MoreAfterCase(long line) =>
        $"there is more after the case object (line {line}): a document holds one case; put a batch in JSON Lines, one case per line.";

    /// <summary>What a document is whose root is not an object.</summary>
    /// <param name="root">The root value.</param>
    /// <returns>The message.</returns>
    public static string CaseNotAnObject(JsonElement root) =>
        $"a case must be a JSON object with caseId and firstSickDay, not {Describe(root)}.";

    /// <summary>What a sickness period is that is not an object.</summary>
    /// <param name="item">The item of <c>sickness</c>.</param>
    /// <returns>The message.</returns>
    public static string SicknessNotAnObject(JsonElement item) =>
        $"a sickness period must be an object {{\"from\": ..., \"until\": ...}}, not {Describe(item)}.";

    /// <summary>What a leave period is that is not an object.</summary>
    /// <param name="item">The item of <c>leave</c>.</param>
    /// <returns>The message.</returns>
    public static string LeaveNotAnObject(JsonElement item) =>
        $"a leave period must be an object {{\"kind\": ..., \"from\": ..., \"until\": ...}}, not {Describe(item)}.";

    /// <summary>What an event is that is not an object.</summary>
    /// <param name="item">The item of <c>events</c>.</param>
    /// <returns>The message.</returns>
    public static string EventNotAnObject(JsonElement item) =>
        $"an event must be an object {{\"type\": ..., \"on\": ...}}, not {Describe(item)}.";

    /// <summary>What an event of a known type is, in "an event of type 'x' has only ...".</summary>
    /// <param name="code">The event's type.</param>
    /// <returns>The phrase.</returns>
    public static string AnEventOfType(string code) => $"an event of type '{code}'";

    /// <summary>What a leave kind is that the contract does not know, with a suggestion when one is near.</summary>
    /// <param name="code">The kind read.</param>
    /// <returns>The message.</returns>
    public static string UnknownLeaveKind(string code) =>
        $"unknown leave kind '{Shorten(code)}': the only kind whose days do not count is '{LeaveKinds.ZwangerschapBevalling}'.{Suggestions.Hint(code, [LeaveKinds.ZwangerschapBevalling])}";

    /// <summary>What "kind is missing: ..." says for a leave period.</summary>
    /// <returns>The hint.</returns>
    public static string LeaveKindHint() => $"give the kind of leave, '{LeaveKinds.ZwangerschapBevalling}'.";

    /// <summary>What an event type is that is neither the contract's nor the host's, with a suggestion when one is near.</summary>
    /// <param name="type">The type read.</param>
    /// <param name="known">The known types, in the order messages list them.</param>
    /// <returns>The message.</returns>
    public static string UnknownEventType(string type, IEnumerable<string> known) =>
        Suggestions.Nearest(type, known) is { } near
            ? $"unknown event type '{Shorten(type)}': did you mean '{near}'? The types are {List(known)}."
            : $"unknown event type '{Shorten(type)}': use one of {List(known)}.";

    /// <summary>What "type is missing: ..." says for an event.</summary>
    /// <param name="known">The known types, in the order messages list them.</param>
    /// <returns>The hint.</returns>
    public static string EventTypeHint(IEnumerable<string> known) => $"give the event type, one of {List(known)}.";

    /// <summary>
    /// What a property is that its object does not have: the names it has, and "did you mean" when the name differs
    /// in case only or is near one of them.
    /// </summary>
    /// <param name="name">The property's name.</param>
    /// <param name="allowed">The names the object has.</param>
    /// <param name="what">What the object is, such as <see cref="ASicknessPeriod"/>.</param>
    /// <returns>The message.</returns>
    public static string UnknownProperty(string name, string[] allowed, string what)
    {
        var near = CaseInsensitiveMatch(name, allowed);
        var hint = near is not null ? $" Did you mean '{near}'? Names are case-sensitive." : Suggestions.Hint(name, allowed);
        return $"unknown property '{Shorten(name)}': {what} has only {List(allowed)}.{hint}";
    }

    /// <summary>What a property is that an object gives more than once.</summary>
    /// <param name="name">The property's name.</param>
    /// <returns>The message.</returns>
    public static string Duplicate(string name) => $"property '{SafeText.Shorten(name)}' appears more than once: give each property once.";

    /// <summary>What a required property is that an object does not give.</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="what">What to give.</param>
    /// <returns>The message.</returns>
    public static string Missing(string name, string what) => $"{name} is missing: {what}";

    /// <summary>What a value is that must be a string.</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The value read.</param>
    /// <returns>The message.</returns>
    public static string MustBeString(string name, JsonElement value) => $"{name} must be a string, not {Describe(value)}.";

    /// <summary>What a value is that must be a date string (or null, when the property allows it).</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="nullable">Whether null is allowed.</param>
    /// <param name="value">The value read.</param>
    /// <returns>The message.</returns>
    public static string MustBeDate(string name, bool nullable, JsonElement value) =>
        $"{name} must be a date string such as \"2025-01-06\"{(nullable ? " or null" : string.Empty)}, not {Describe(value)}.";

    /// <summary>What a date string is that is no date.</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="error">What <see cref="IsoDate"/> found wrong.</param>
    /// <returns>The message.</returns>
    public static string NotADate(string name, string? error) => $"{name}: {error}";

    /// <summary>What a value is that must be an array (or null).</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="items">What the array holds, such as <see cref="SicknessItems"/>.</param>
    /// <param name="value">The value read.</param>
    /// <returns>The message.</returns>
    public static string MustBeArray(string name, string items, JsonElement value) =>
        $"{name} must be an array of {items} (or null), not {Describe(value)}.";

    /// <summary>What a value is that must be true or false.</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The value read.</param>
    /// <returns>The message.</returns>
    public static string MustBeBoolean(string name, JsonElement value) => $"{name} must be true or false, not {Describe(value)}.";

    /// <summary>What a value is that must be of another kind, such as a whole number.</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="expected">What it must be, such as "a whole number of weeks (1 to 52)".</param>
    /// <param name="value">The value read.</param>
    /// <returns>The message.</returns>
    public static string MustBe(string name, string? expected, JsonElement value) => $"{name} must be {expected}, not {Describe(value)}.";

    /// <summary>Describes a JSON value for "not ...": its kind, and a string's or number's text, shortened.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The description.</returns>
    private static string Describe(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => $"a string (\"{Shorten(value.GetString())}\")",
            JsonValueKind.Number => $"a number ({Shorten(value.GetRawText())})",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "null",
        };

    /// <summary>Cuts a text to at most 40 characters, so a huge value cannot flood a message.</summary>
    /// <param name="text">The text; null counts as empty.</param>
    /// <returns>The text, or its first 37 characters and "...".</returns>
    private static string Shorten(string? text)
    {
        text ??= string.Empty;
        return text.Length <= 40 ? text : string.Concat(text.Substring(0, 37), "...");
    }

    /// <summary>Lists names as "a, b, c".</summary>
    /// <param name="names">The names.</param>
    /// <returns>The list.</returns>
    private static string List(IEnumerable<string> names)
    {
        var sb = new StringBuilder();
        foreach (var n in names)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            sb.Append(n);
        }

        return sb.ToString();
    }

    /// <summary>The allowed name that equals <paramref name="name"/> but for case; null when there is none.</summary>
    /// <param name="name">The name read.</param>
    /// <param name="allowed">The names allowed.</param>
    /// <returns>The allowed name, or null.</returns>
    private static string? CaseInsensitiveMatch(string name, string[] allowed)
    {
        foreach (var a in allowed)
        {
            if (string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }

        return null;
    }
}
