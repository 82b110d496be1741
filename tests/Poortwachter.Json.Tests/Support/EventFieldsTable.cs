using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Poortwachter.Json.Tests.Support;

/// <summary>Whether an event type needs, allows or refuses a field.</summary>
public enum Presence
{
    NotAllowed,
    Required,
    Optional,
}

/// <summary>One cell of the event-fields table: presence, an inclusive whole-number range, whether null counts as absent.</summary>
public sealed record FieldRule(Presence Presence, int? Min, int? Max, bool NullAllowed);

/// <summary>One row of the event-fields table.</summary>
public sealed record EventRow(string Type, IReadOnlyDictionary<string, FieldRule> Fields, string? Needs, string Since)
{
    public IEnumerable<string> Required => Fields.Where(f => f.Value.Presence == Presence.Required).Select(f => f.Key);

    public IEnumerable<string> Allowed => Fields.Where(f => f.Value.Presence != Presence.NotAllowed).Select(f => f.Key);

    public IEnumerable<string> Refused => Fields.Where(f => f.Value.Presence == Presence.NotAllowed).Select(f => f.Key);
}

/// <summary>
/// The table "Event fields" of docs/contract.md, read as data, and case documents built from it: each field gets a
/// plain valid value, and an event that needs another before it gets that one first, two days earlier.
/// </summary>
public static partial class EventFieldsTable
{
    public const string PrerequisiteOn = "2025-03-01";

    private static readonly Lazy<(string[] Columns, List<EventRow> Rows)> Parsed = new(Parse);

    // Valid values for the fields whose value is not a number; a number field takes the low end of its range.
    private static readonly Dictionary<string, string> SampleValues = new(StringComparer.Ordinal)
    {
        ["on"] = "\"2025-03-03\"",
        ["until"] = "\"2025-06-02\"",
        ["dueBy"] = "\"2025-03-20\"",
        ["obligation"] = "\"plan-van-aanpak\"",
        ["reason"] = "\"bedrijfsarts met vakantie\"",
        ["visieWerkgever"] = "true",
        ["visieWerknemer"] = "false",
        ["granted"] = "true",
        // Ten weeks after the prerequisite application of PrerequisiteOn (WIA art. 23 lid 6).
        ["wachttijdEndsOn"] = "\"2025-05-10\"",
    };

    public static IReadOnlyList<EventRow> Rows => Parsed.Value.Rows;

    /// <summary>The field columns, between <c>type</c> and "needs before it".</summary>
    public static IReadOnlyList<string> Columns => Parsed.Value.Columns;

    public static EventRow Row(string type) => Rows.Single(r => r.Type == type);

    public static TheoryDataFiles Types => new(Rows.Select(r => r.Type));

    /// <summary>The JSON of a valid value of a field for an event type.</summary>
    public static string Value(EventRow row, string field)
    {
        var rule = row.Fields[field];
        if (rule.Min is { } min)
        {
            return min.ToString(CultureInfo.InvariantCulture);
        }

        return SampleValues.TryGetValue(field, out var value)
            ? value
            : throw new InvalidOperationException($"the test has no sample value for the column '{field}': add one to EventFieldsTable.");
    }

    /// <summary>
    /// A case with the event of <paramref name="row"/> holding exactly <paramref name="fields"/> (field name to raw JSON),
    /// after its prerequisite when <paramref name="withPrerequisite"/>. Returns the document and the event's index.
    /// </summary>
    public static (string Json, int Index) Case(
        EventRow row,
        IEnumerable<KeyValuePair<string, string>> fields,
        bool withPrerequisite = true
    )
    {
        var events = new List<string>();
        // The prerequisite on PrerequisiteOn, and what it needs in turn two days before that (herstel-afgewezen after a
        // herstelmelding after a loonsanctie).
        var on = DateTime.ParseExact(PrerequisiteOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var needs = withPrerequisite ? row.Needs : null; needs is not null; needs = Row(needs).Needs)
        {
            var before = Row(needs);
            var date = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var prerequisite = before.Required.Select(f => new KeyValuePair<string, string>(
                f,
                f == "on" ? $"\"{date}\"" : Value(before, f)
            ));
            events.Insert(0, Event(needs, prerequisite));
            on = on.AddDays(-2);
        }

        events.Add(Event(row.Type, fields));
        return ($"{{\"caseId\":\"T-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{string.Join(",", events)}]}}", events.Count - 1);
    }

    /// <summary>The event's fields with a valid value each: the required ones, and the optional ones when asked.</summary>
    public static IDictionary<string, string> ValidFields(EventRow row, bool withOptional) =>
        Consistent(
            row.Fields.Where(f => f.Value.Presence == Presence.Required || (withOptional && f.Value.Presence == Presence.Optional))
                .ToDictionary(f => f.Key, f => Value(row, f.Key), StringComparer.Ordinal)
        );

    /// <summary>
    /// Makes the one pair of fields that depend on each other agree, as the prose under the table says: a
    /// <c>vervroegde-iva-besluit</c> is granted exactly when it gives <c>wachttijdEndsOn</c>.
    /// </summary>
    public static T Consistent<T>(T fields)
        where T : IDictionary<string, string>
    {
        if (fields.ContainsKey("granted"))
        {
            fields["granted"] = fields.ContainsKey("wachttijdEndsOn") ? "true" : "false";
        }

        return fields;
    }

    private static string Event(string type, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var sb = new StringBuilder("{\"type\":\"").Append(type).Append('"');
        foreach (var (name, value) in fields)
        {
            sb.Append(",\"").Append(name).Append("\":").Append(value);
        }

        return sb.Append('}').ToString();
    }

    private static (string[] Columns, List<EventRow> Rows) Parse()
    {
        var table = Docs.Table("event-fields");
        var header = table[0].Select(Docs.Plain).ToArray();
        if (header[0] != "type" || header[^2] != "needs before it" || header[^1] != "since")
        {
            throw new InvalidOperationException(
                $"the event-fields table must have the columns type, the fields, needs before it, since; it has {string.Join(", ", header)}."
            );
        }

        var fields = header[1..^2];
        var rows = new List<EventRow>();
        foreach (var cells in table.Skip(1))
        {
            if (cells.Length != header.Length)
            {
                throw new InvalidOperationException(
                    $"the event-fields row '{string.Join(" | ", cells)}' has {cells.Length} cells, not {header.Length}."
                );
            }

            var rules = new Dictionary<string, FieldRule>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Length; i++)
            {
                rules[fields[i]] = Cell(Docs.Plain(cells[i + 1]), cells[0], fields[i]);
            }

            var needs = Docs.Plain(cells[^2]);
            rows.Add(new EventRow(Docs.Plain(cells[0]), rules, IsNone(needs) ? null : needs, Docs.Plain(cells[^1])));
        }

        return (fields, rows);
    }

    private static bool IsNone(string text) => text is "—" or "-";

    private static FieldRule Cell(string text, string type, string field)
    {
        if (IsNone(text))
        {
            return new FieldRule(Presence.NotAllowed, null, null, false);
        }

        var parts = text.Split(',', 2, StringSplitOptions.TrimEntries);
        var presence = parts[0] switch
        {
            "required" => Presence.Required,
            "optional" => Presence.Optional,
            _ => throw new InvalidOperationException(
                $"the event-fields cell '{text}' ({type}, {field}) must start with required or optional, or be —."
            ),
        };
        int? min = null;
        int? max = null;
        var nullAllowed = false;
        if (parts.Length == 2)
        {
            var detail = RangeAndNull().Match(parts[1]);
            if (!detail.Success)
            {
                throw new InvalidOperationException(
                    $"the event-fields cell '{text}' ({type}, {field}) must read like 'required, 1-52' or 'optional, 1-24 or null'."
                );
            }

            if (detail.Groups["min"].Success)
            {
                min = int.Parse(detail.Groups["min"].Value, CultureInfo.InvariantCulture);
                max = int.Parse(detail.Groups["max"].Value, CultureInfo.InvariantCulture);
            }

            nullAllowed = detail.Groups["null"].Success;
        }

        return new FieldRule(presence, min, max, nullAllowed);
    }

    [GeneratedRegex("^(?:(?<min>[0-9]+)-(?<max>[0-9]+))?\\s*(?<null>or null)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RangeAndNull();
}
