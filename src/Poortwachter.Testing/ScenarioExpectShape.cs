using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Poortwachter.Testing;

/// <summary>
/// The shape of a scenario's <c>expect</c> object: the known facts and the kind of each value, checked strictly (an
/// unknown or repeated field, a wrong type, a date that does not exist) with its JSON path.
/// </summary>
internal sealed class ScenarioExpectShape(JsonFieldReader read)
{
    private static readonly string[] ExpectFields =
    [
        "wachttijd",
        "obligations",
        "absentObligations",
        "milestones",
        "warnings",
        "absentWarnings",
        "problems",
    ];

    private static readonly Dictionary<string, ValueKind> WachttijdFields = new(StringComparer.Ordinal)
    {
        ["firstSickDay"] = ValueKind.Date,
        ["state"] = ValueKind.String,
        ["countedDays"] = ValueKind.Integer,
        ["week"] = ValueKind.Integer,
        ["lastDay"] = ValueKind.DateOrNull,
        ["wiaStart"] = ValueKind.DateOrNull,
        ["statutoryLastDay"] = ValueKind.DateOrNull,
        ["lastDayOpen"] = ValueKind.Boolean,
        ["extensions"] = ValueKind.Array,
    };

    private static readonly Dictionary<string, ValueKind> ExtensionFields = new(StringComparer.Ordinal)
    {
        ["code"] = ValueKind.String,
        ["newLastDay"] = ValueKind.Date,
        ["days"] = ValueKind.Integer,
        ["wachttijdEndsOn"] = ValueKind.Date,
        ["legalBasis"] = ValueKind.String,
    };

    private static readonly Dictionary<string, ValueKind> ObligationFields = new(StringComparer.Ordinal)
    {
        ["kind"] = ValueKind.String,
        ["sequence"] = ValueKind.Sequence,
        ["dueBy"] = ValueKind.DateOrNull,
        ["status"] = ValueKind.String,
        ["fulfilledOn"] = ValueKind.DateOrNull,
        ["legalBasis"] = ValueKind.String,
        ["legalCharacter"] = ValueKind.String,
    };

    private static readonly Dictionary<string, ValueKind> MilestoneFields = new(StringComparer.Ordinal)
    {
        ["kind"] = ValueKind.String,
        ["on"] = ValueKind.Date,
        ["legalBasis"] = ValueKind.String,
    };

    private static readonly Dictionary<string, ValueKind> WarningFields = new(StringComparer.Ordinal)
    {
        ["kind"] = ValueKind.String,
        ["obligation"] = ValueKind.StringOrNull,
        ["sequence"] = ValueKind.Sequence,
        ["severity"] = ValueKind.String,
    };

    private static readonly Dictionary<string, ValueKind> ProblemFields = new(StringComparer.Ordinal) { ["path"] = ValueKind.String };

    private readonly JsonFieldReader _read = read;

    private enum ValueKind
    {
        String,
        StringOrNull,
        Integer,
        Sequence,
        Boolean,
        Date,
        DateOrNull,
        Array,
    }

    /// <summary>Checks the <c>expect</c> object; each problem goes to the reader's list.</summary>
    /// <param name="expect">The <c>expect</c> value.</param>
    public void Check(JsonElement expect)
    {
        if (expect.ValueKind != JsonValueKind.Object)
        {
            _read.Problems.Add("$.expect: an object of expected facts is required.");
            return;
        }

        var fields = _read.Fields(expect, "$.expect", ExpectFields);
        if (fields.ContainsKey("problems") && fields.Count > 1)
        {
            _read.Problems.Add("$.expect.problems: a refused case has no assessment: give problems alone, without the other facts.");
        }

        if (fields.Count == 0)
        {
            _read.Problems.Add("$.expect: lists no fact to check.");
        }

        if (fields.TryGetValue("wachttijd", out var wachttijd))
        {
            if (
                Entry(wachttijd, "$.expect.wachttijd", WachttijdFields, required: null)
                && wachttijd.TryGetProperty("extensions", out var extensions)
            )
            {
                Entries(extensions, "$.expect.wachttijd.extensions", ExtensionFields, required: null);
            }
        }

        Entries(fields, "obligations", ObligationFields, "kind");
        Entries(fields, "milestones", MilestoneFields, "kind");
        Entries(fields, "warnings", WarningFields, "kind");
        Entries(fields, "absentWarnings", WarningFields, "kind");
        Entries(fields, "problems", ProblemFields, "path");
        if (fields.TryGetValue("absentObligations", out var absent))
        {
            if (absent.ValueKind != JsonValueKind.Array)
            {
                _read.Problems.Add("$.expect.absentObligations: an array of obligation kinds is required.");
            }
            else
            {
                var i = 0;
                foreach (var kind in absent.EnumerateArray())
                {
                    _read.NonBlank(kind, $"$.expect.absentObligations[{i++}]");
                }
            }
        }
    }

    private void Entries(Dictionary<string, JsonElement> fields, string name, Dictionary<string, ValueKind> known, string required)
    {
        if (fields.TryGetValue(name, out var array))
        {
            Entries(array, "$.expect." + name, known, required);
        }
    }

    private void Entries(JsonElement array, string path, Dictionary<string, ValueKind> known, string? required)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            _read.Problems.Add($"{path}: an array is required.");
            return;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            Entry(item, $"{path}[{i++}]", known, required);
        }
    }

    private bool Entry(JsonElement item, string path, Dictionary<string, ValueKind> known, string? required)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            _read.Problems.Add($"{path}: an object is required.");
            return false;
        }

        var fields = _read.Fields(item, path, known.Keys);
        if (required is not null && !fields.ContainsKey(required))
        {
            _read.Problems.Add($"{path}.{required}: required.");
        }

        foreach (var field in fields)
        {
            Value(field.Value, $"{path}.{field.Key}", known[field.Key]);
        }

        return true;
    }

    private void Value(JsonElement value, string path, ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.String:
                _read.NonBlank(value, path);
                break;
            case ValueKind.StringOrNull when value.ValueKind != JsonValueKind.Null:
                _read.NonBlank(value, path);
                break;
            case ValueKind.Integer or ValueKind.Sequence:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
                {
                    _read.Problems.Add($"{path}: a whole number is required.");
                }
                else if (kind == ValueKind.Sequence && number < 1)
                {
                    _read.Problems.Add($"{path}: a sequence is 1 or more, got {number.ToString(CultureInfo.InvariantCulture)}.");
                }

                break;
            case ValueKind.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    _read.Problems.Add($"{path}: true or false is required.");
                }

                break;
            case ValueKind.Date:
            case ValueKind.DateOrNull when value.ValueKind != JsonValueKind.Null:
                _read.Date(value, path);
                break;
            case ValueKind.Array when value.ValueKind != JsonValueKind.Array:
                _read.Problems.Add($"{path}: an array is required.");
                break;
            default:
                break;
        }
    }
}
