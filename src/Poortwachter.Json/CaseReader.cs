using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Reads a case document strictly: it parses the JSON once, walks it, and collects every problem of the document
/// (malformed JSON, unknown properties, unknown types, missing fields, wrong JSON types, dates that do not exist)
/// before it builds the case and runs <see cref="CaseValidator"/>.
/// </summary>
internal sealed class CaseReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    private static readonly string[] RootProperties =
    [
        "caseId",
        "firstSickDay",
        "sickness",
        "leave",
        "employmentEndsOn",
        "lastWorkingDay",
        "eigenrisicodragerZw",
        "events",
    ];
    private static readonly string[] SicknessProperties = ["from", "until"];
    private static readonly string[] LeaveProperties = ["kind", "from", "until"];

    private readonly List<CaseProblem> _problems = [];
    private readonly CaseReaderOptions? _options;

    private CaseReader(CaseReaderOptions? options) => _options = options;

    public static CaseReadResult Read(ReadOnlySpan<byte> utf8, CaseReaderOptions? options)
    {
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }

        var reader = new CaseReader(options);
        if (NotUtf8(utf8) is { } encoding)
        {
            reader.Add("$", encoding);
            return CaseReadResult.Invalid(reader._problems);
        }

        if (IsBlank(utf8))
        {
            reader.Add("$", "the document is empty: expected a JSON object with at least caseId and firstSickDay.");
            return CaseReadResult.Invalid(reader._problems);
        }

        JsonDocument document;
        var json = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            document = JsonDocument.ParseValue(ref json);
        }
        catch (JsonException ex)
        {
            reader.AddMalformed(utf8, ex);
            return CaseReadResult.Invalid(reader._problems);
        }

        using (document)
        {
            try
            {
                if (json.Read())
                {
                    reader.Add(
                        "$",
                        $"there is more after the case object (line {LineOf(utf8, json.TokenStartIndex)}): a document holds one case; put a batch in JSON Lines, one case per line."
                    );
                    return CaseReadResult.Invalid(reader._problems);
                }
            }
            catch (JsonException ex)
            {
                reader.Add(
                    "$",
                    $"there is more after the case object (line {(ex.LineNumber ?? 0) + 1}): a document holds one case; put a batch in JSON Lines, one case per line."
                );
                return CaseReadResult.Invalid(reader._problems);
            }

            SicknessCase? @case;
            try
            {
                @case = reader.ReadRoot(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json cannot turn bytes that are not UTF-8, or an escaped lone surrogate ("\ud800"), into a string.
                reader._problems.Clear();
                reader.Add(
                    "$",
                    InvalidUtf8(utf8)
                        ?? "the document holds a string with an invalid escape: a lone UTF-16 surrogate such as \\ud800 is not text. Correct the escape."
                );
                return CaseReadResult.Invalid(reader._problems);
            }

            if (@case is null || reader._problems.Count > 0)
            {
                return CaseReadResult.Invalid(reader._problems);
            }

            var invalid = CaseValidator.Validate(@case);
            return invalid.Count == 0 ? CaseReadResult.Valid(@case) : CaseReadResult.Invalid(invalid);
        }
    }

    /// <summary>Says what a document is when its first bytes show it is UTF-16 or UTF-32 rather than UTF-8; else null.</summary>
    private static string? NotUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length < 2)
        {
            return null;
        }

        var bom = (utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0xFE && utf8[1] == 0xFF);
        var zeros = (utf8[0] == 0) != (utf8[1] == 0);
        if (!bom && !zeros)
        {
            return null;
        }

        var wide = utf8.Length >= 4 && ((utf8[2] == 0 && utf8[3] == 0 && utf8[0] == 0xFF) || (utf8[0] == 0 && utf8[1] == 0));
        return $"the document is {(wide ? "UTF-32" : "UTF-16")} text{(bom ? " (it starts with a byte-order mark)" : " (every other byte is zero)")}, not UTF-8: the contract's JSON is UTF-8. Save or convert the file as UTF-8.";
    }

    /// <summary>Says where a document stops being valid UTF-8 (a Windows-1252 or Latin-1 export, say); null when it is valid.</summary>
    private static string? InvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var line = 1;
        var column = 1;
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            var length =
                b < 0x80 ? 1
                : b is >= 0xC2 and <= 0xDF ? 2
                : b is >= 0xE0 and <= 0xEF ? 3
                : b is >= 0xF0 and <= 0xF4 ? 4
                : 0;
            var valid = length > 0 && i + length <= utf8.Length;
            for (var k = 1; valid && k < length; k++)
            {
                valid = (utf8[i + k] & 0xC0) == 0x80;
            }

            if (valid && length == 3)
            {
                var c1 = utf8[i + 1];
                valid = !(b == 0xE0 && c1 < 0xA0) && !(b == 0xED && c1 >= 0xA0);
            }
            else if (valid && length == 4)
            {
                var c1 = utf8[i + 1];
                valid = !(b == 0xF0 && c1 < 0x90) && !(b == 0xF4 && c1 >= 0x90);
            }

            if (!valid)
            {
                var hint = b is >= 0x80 and <= 0xFF
                    ? $" In Windows-1252 or Latin-1 that byte is '{(b >= 0xA0 ? (char)b : '?')}'"
                        + ": the file was probably exported in that encoding; save it as UTF-8."
                    : string.Empty;
                return $"the document is not valid UTF-8 at line {line}, column {column} (byte 0x{b:X2} at offset {i}).{hint}";
            }

            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            i += length;
        }

        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static int LineOf(ReadOnlySpan<byte> utf8, long index)
    {
        var line = 1;
        for (var i = 0; i < index && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

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

    private static string Shorten(string? text)
    {
        text ??= string.Empty;
        return text.Length <= 40 ? text : string.Concat(text.Substring(0, 37), "...");
    }

    private static string Child(string parent, string name) => parent + JsonPath.Property(name);

    private static string Index(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

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

    private void Add(string path, string message) => _problems.Add(new CaseProblem(path, message));

    private void AddMalformed(ReadOnlySpan<byte> utf8, JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message.Substring(0, cut);
        }

        var path = JsonPath.AtError(utf8, ReaderOptions);
        var where = ex.LineNumber is { } line ? $"line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "an unknown position";
        Add(path, $"malformed JSON at {where}: {message}");
    }

    private void Unknown(string parent, string name, string[] allowed, string what)
    {
        var near = CaseInsensitiveMatch(name, allowed);
        var hint = near is not null ? $" Did you mean '{near}'? Names are case-sensitive." : Suggestions.Hint(name, allowed);
        Add(Child(parent, name), $"unknown property '{Shorten(name)}': {what} has only {List(allowed)}.{hint}");
    }

    private bool Duplicate(ref int seen, int bit, string parent, string name)
    {
        if ((seen & bit) != 0)
        {
            Add(Child(parent, name), $"property '{name}' appears more than once: give each property once.");
            return true;
        }

        seen |= bit;
        return false;
    }

    /// <summary>Reads the string value of property <paramref name="name"/> of <paramref name="parent"/>; its path is built only for a problem.</summary>
    private string? ReadString(JsonElement value, string parent, string name)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Add(parent + "." + name, $"{name} must be a string, not {Describe(value)}.");
        return null;
    }

    /// <summary>Reads the date value of property <paramref name="name"/> of <paramref name="parent"/>; its path is built only for a problem.</summary>
    private LocalDate? ReadDate(JsonElement value, string parent, string name, bool nullable)
    {
        if (value.ValueKind == JsonValueKind.Null && nullable)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Add(
                parent + "." + name,
                $"{name} must be a date string such as \"2025-01-06\"{(nullable ? " or null" : string.Empty)}, not {Describe(value)}."
            );
            return null;
        }

        if (IsoDate.TryParse(value.GetString() ?? string.Empty, out var date, out var error))
        {
            return date;
        }

        Add(parent + "." + name, $"{name}: {error}");
        return null;
    }

    private bool IsArrayOrNull(JsonElement value, string path, string name, string ofWhat)
    {
        if (value.ValueKind is JsonValueKind.Array or JsonValueKind.Null)
        {
            return value.ValueKind == JsonValueKind.Array;
        }

        Add(path, $"{name} must be an array of {ofWhat} (or null), not {Describe(value)}.");
        return false;
    }

    private void Missing(string parent, string name, string what) => Add(Child(parent, name), $"{name} is missing: {what}");

    private SicknessCase? ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("$", $"a case must be a JSON object with caseId and firstSickDay, not {Describe(root)}.");
            return null;
        }

        string? caseId = null;
        LocalDate? firstSickDay = null;
        LocalDate? employmentEndsOn = null;
        LocalDate? lastWorkingDay = null;
        var eigenrisicodragerZw = false;
        List<SicknessPeriod>? sickness = null;
        List<LeavePeriod>? leave = null;
        List<CaseEvent>? events = null;
        var seen = 0;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("caseId"))
            {
                if (!Duplicate(ref seen, 1, "$", "caseId"))
                {
                    caseId = ReadString(value, "$", "caseId");
                }
            }
            else if (property.NameEquals("firstSickDay"))
            {
                if (!Duplicate(ref seen, 2, "$", "firstSickDay"))
                {
                    firstSickDay = ReadDate(value, "$", "firstSickDay", nullable: false);
                }
            }
            else if (property.NameEquals("sickness"))
            {
                if (!Duplicate(ref seen, 4, "$", "sickness") && IsArrayOrNull(value, "$.sickness", "sickness", "periods {from, until}"))
                {
                    sickness = ReadSickness(value);
                }
            }
            else if (property.NameEquals("leave"))
            {
                if (!Duplicate(ref seen, 8, "$", "leave") && IsArrayOrNull(value, "$.leave", "leave", "periods {kind, from, until}"))
                {
                    leave = ReadLeave(value);
                }
            }
            else if (property.NameEquals("employmentEndsOn"))
            {
                if (!Duplicate(ref seen, 16, "$", "employmentEndsOn"))
                {
                    employmentEndsOn = ReadDate(value, "$", "employmentEndsOn", nullable: true);
                }
            }
            else if (property.NameEquals("lastWorkingDay"))
            {
                if (!Duplicate(ref seen, 64, "$", "lastWorkingDay"))
                {
                    lastWorkingDay = ReadDate(value, "$", "lastWorkingDay", nullable: true);
                }
            }
            else if (property.NameEquals("eigenrisicodragerZw"))
            {
                if (!Duplicate(ref seen, 128, "$", "eigenrisicodragerZw"))
                {
                    if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        eigenrisicodragerZw = value.ValueKind == JsonValueKind.True;
                    }
                    else
                    {
                        Add("$.eigenrisicodragerZw", $"eigenrisicodragerZw must be true or false, not {Describe(value)}.");
                    }
                }
            }
            else if (property.NameEquals("events"))
            {
                if (!Duplicate(ref seen, 32, "$", "events") && IsArrayOrNull(value, "$.events", "events", "events {type, on, ...}"))
                {
                    events = ReadEvents(value);
                }
            }
            else
            {
                Unknown("$", property.Name, RootProperties, "a case (it carries no personal or medical data)");
            }
        }

        if ((seen & 1) == 0)
        {
            Missing("$", "caseId", "give the host's identifier of the case (no name, no BSN).");
        }

        if ((seen & 2) == 0)
        {
            Missing("$", "firstSickDay", "give day 1 of the sickness, such as \"2025-01-06\".");
        }

        if (_problems.Count > 0 || caseId is null || firstSickDay is not { } day1)
        {
            return null;
        }

        return new SicknessCase(caseId, day1, sickness, leave, employmentEndsOn, events)
        {
            LastWorkingDay = lastWorkingDay,
            EigenrisicodragerZw = eigenrisicodragerZw,
        };
    }

    private List<SicknessPeriod> ReadSickness(JsonElement array)
    {
        var result = new List<SicknessPeriod>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = Index("$.sickness", i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                Add(path, $"a sickness period must be an object {{\"from\": ..., \"until\": ...}}, not {Describe(item)}.");
                continue;
            }

            LocalDate? from = null;
            LocalDate? until = null;
            var seen = 0;
            var ok = true;
            foreach (var property in item.EnumerateObject())
            {
                if (property.NameEquals("from"))
                {
                    if (!Duplicate(ref seen, 1, path, "from"))
                    {
                        from = ReadDate(property.Value, path, "from", nullable: false);
                        ok &= from is not null;
                    }
                }
                else if (property.NameEquals("until"))
                {
                    if (!Duplicate(ref seen, 2, path, "until"))
                    {
                        var before = _problems.Count;
                        until = ReadDate(property.Value, path, "until", nullable: true);
                        ok &= _problems.Count == before;
                    }
                }
                else
                {
                    Unknown(path, property.Name, SicknessProperties, "a sickness period");
                    ok = false;
                }
            }

            if ((seen & 1) == 0)
            {
                Missing(path, "from", "give the first sick day of the period.");
            }
            else if (ok && from is { } f)
            {
                result.Add(new SicknessPeriod(f, until));
            }
        }

        return result;
    }

    private List<LeavePeriod> ReadLeave(JsonElement array)
    {
        var result = new List<LeavePeriod>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = Index("$.leave", i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                Add(path, $"a leave period must be an object {{\"kind\": ..., \"from\": ..., \"until\": ...}}, not {Describe(item)}.");
                continue;
            }

            LeaveKind? kind = null;
            LocalDate? from = null;
            LocalDate? until = null;
            var seen = 0;
            foreach (var property in item.EnumerateObject())
            {
                if (property.NameEquals("kind"))
                {
                    if (!Duplicate(ref seen, 1, path, "kind") && ReadString(property.Value, path, "kind") is { } code)
                    {
                        if (LeaveKinds.TryParse(code, out var k))
                        {
                            kind = k;
                        }
                        else
                        {
                            Add(
                                path + ".kind",
                                $"unknown leave kind '{Shorten(code)}': the only kind whose days do not count is '{LeaveKinds.ZwangerschapBevalling}'.{Suggestions.Hint(code, [LeaveKinds.ZwangerschapBevalling])}"
                            );
                        }
                    }
                }
                else if (property.NameEquals("from"))
                {
                    if (!Duplicate(ref seen, 2, path, "from"))
                    {
                        from = ReadDate(property.Value, path, "from", nullable: false);
                    }
                }
                else if (property.NameEquals("until"))
                {
                    if (!Duplicate(ref seen, 4, path, "until"))
                    {
                        until = ReadDate(property.Value, path, "until", nullable: false);
                    }
                }
                else
                {
                    Unknown(path, property.Name, LeaveProperties, "a leave period");
                }
            }

            if ((seen & 1) == 0)
            {
                Missing(path, "kind", $"give the kind of leave, '{LeaveKinds.ZwangerschapBevalling}'.");
            }

            if ((seen & 2) == 0)
            {
                Missing(path, "from", "give the first day of the leave.");
            }

            if ((seen & 4) == 0)
            {
                Missing(path, "until", "give the last day of the leave (inclusive).");
            }

            if (kind is { } lk && from is { } lf && until is { } lu)
            {
                result.Add(new LeavePeriod(lk, lf, lu));
            }
        }

        return result;
    }

    private List<CaseEvent> ReadEvents(JsonElement array)
    {
        var result = new List<CaseEvent>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (ReadEvent(item, Index("$.events", i++)) is { } e)
            {
                result.Add(e);
            }
        }

        return result;
    }

    private CaseEvent? ReadEvent(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            Add(path, $"an event must be an object {{\"type\": ..., \"on\": ...}}, not {Describe(item)}.");
            return null;
        }

        var before = _problems.Count;
        var entry = EventSchema.AnyType;
        var code = string.Empty;
        var typeKnown = false;
        if (item.TryGetProperty(EventSchema.Type.Utf8Name, out var typeValue))
        {
            if (ReadString(typeValue, path, "type") is { } type)
            {
                typeKnown = EventSchema.TryFind(type, _options, out entry, out code);
                if (!typeKnown)
                {
                    Add(
                        path + ".type",
                        Suggestions.Nearest(type, EventSchema.KnownTypes(_options)) is { } near
                            ? $"unknown event type '{Shorten(type)}': did you mean '{near}'? The types are {List(EventSchema.KnownTypes(_options))}."
                            : $"unknown event type '{Shorten(type)}': use one of {List(EventSchema.KnownTypes(_options))}."
                    );
                }
            }
        }

        var values = default(EventValues);
        var seen = 0;
        foreach (var property in item.EnumerateObject())
        {
            EventField? field = null;
            foreach (var f in EventSchema.Fields)
            {
                if (property.NameEquals(f.Utf8Name))
                {
                    field = f;
                    break;
                }
            }

            var name = field?.Name ?? property.Name;
            if (field is null || (entry.AllowedMask & field.Bit) == 0)
            {
                if (typeKnown)
                {
                    Unknown(path, name, entry.AllowedNames, $"an event of type '{code}'");
                }
                else if (field is null)
                {
                    Unknown(path, name, EventSchema.AnyType.AllowedNames, "an event");
                }

                continue;
            }

            if (!Duplicate(ref seen, field.Bit, path, name) && field != EventSchema.Type)
            {
                ReadField(field, property.Value, path, ref values);
            }
        }

        foreach (var f in entry.Fields)
        {
            if (f.Required && (seen & f.Field.Bit) == 0)
            {
                Missing(
                    path,
                    f.Field.Name,
                    f.Field == EventSchema.Type
                        ? $"give the event type, one of {List(EventSchema.KnownTypes(_options))}."
                        : f.Hint ?? string.Empty
                );
            }
        }

        if (_problems.Count > before || !typeKnown || values.Date(EventSchema.On) is not { } on)
        {
            return null;
        }

        return entry.Create(code, on, in values);
    }

    /// <summary>Reads the value of an event field by its JSON kind into its slot.</summary>
    private void ReadField(EventField field, JsonElement value, string path, ref EventValues values)
    {
        if (field.NullAllowed && value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        switch (field.Kind)
        {
            case FieldKind.Date:
                values.Set(field, ReadDate(value, path, field.Name, field.NullAllowed));
                break;
            case FieldKind.Text:
                values.Set(field, ReadString(value, path, field.Name));
                break;
            default:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
                {
                    values.Set(field, number);
                }
                else
                {
                    Add(path + "." + field.Name, $"{field.Name} must be {field.Expected}, not {Describe(value)}.");
                }

                break;
        }
    }
}
