using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NodaTime;
using Poortwachter.Json;

namespace Poortwachter.Testing;

/// <summary>
/// Reads a scenario document strictly: every problem (a missing or unknown field, a wrong type, a date that does not
/// exist, an unknown engine option, a case file that is not there) is collected with its JSON path.
/// </summary>
internal sealed class ScenarioParser
{
    private static readonly string[] TopFields =
    [
        "$schema",
        "scenario",
        "title",
        "description",
        "sources",
        "derivation",
        "asOf",
        "options",
        "case",
        "caseFile",
        "expect",
    ];

    private static readonly string[] SourceFields = ["citation", "bwb", "url"];

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

    private readonly List<string> _problems = [];

    private ScenarioParser() { }

    internal enum ValueKind
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

    /// <summary>Parses a scenario document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="file">The file it came from (for relative case files and messages), or null.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioFormatException">The document is not a valid scenario.</exception>
    public static Scenario Parse(string json, string? file)
    {
        var where = file ?? "(text)";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ScenarioFormatException(
                where,
                [$"$: not JSON: {e.Message} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})"]
            );
        }

        using (document)
        {
            var parser = new ScenarioParser();
            var scenario = parser.Read(document.RootElement, file);
            if (parser._problems.Count > 0 || scenario is null)
            {
                throw new ScenarioFormatException(where, parser._problems);
            }

            return scenario;
        }
    }

    private Scenario? Read(JsonElement root, string? file)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _problems.Add("$: a scenario is a JSON object.");
            return null;
        }

        var fields = Fields(root, "$", TopFields);
        var id = RequiredString(fields, "scenario", "$");
        var title = RequiredString(fields, "title", "$");
        var description = OptionalString(fields, "description", "$");
        var sources = Sources(fields);
        var derivation = Derivation(fields);
        var asOf = RequiredDate(fields, "asOf", "$");
        var options = Options(fields);
        var (caseJson, caseFile) = Case(fields, file);
        JsonElement expect = default;
        if (!fields.TryGetValue("expect", out expect))
        {
            _problems.Add("$.expect: required (the facts to check).");
        }
        else
        {
            CheckExpect(expect);
        }

        if (id is not null && !IsKebab(id))
        {
            _problems.Add($"$.scenario: '{id}' is not a kebab-case id (lower-case letters, digits and single hyphens).");
        }

        if (_problems.Count > 0 || id is null || title is null || asOf is null || caseJson is null)
        {
            return null;
        }

        return new Scenario(id, title, description, sources, derivation, asOf.Value, options, caseJson, caseFile, file, expect.Clone());
    }

    private static bool IsKebab(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The fields of an object, each checked against the known names; unknown and repeated ones are problems.</summary>
    private Dictionary<string, JsonElement> Fields(JsonElement element, string path, IReadOnlyCollection<string> known)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (!Contains(known, name))
            {
                _problems.Add($"{path}.{name}: unknown field.{Suggestions.Hint(name, known)} Known here: {string.Join(", ", known)}.");
            }
            else if (fields.ContainsKey(name))
            {
                _problems.Add($"{path}.{name}: given twice.");
            }
            else
            {
                fields[name] = property.Value;
            }
        }

        return fields;
    }

    private static bool Contains(IReadOnlyCollection<string> known, string name)
    {
        foreach (var k in known)
        {
            if (string.Equals(k, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string? RequiredString(Dictionary<string, JsonElement> fields, string name, string path)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            _problems.Add($"{path}.{name}: required.");
            return null;
        }

        return NonBlank(value, $"{path}.{name}");
    }

    private string? OptionalString(Dictionary<string, JsonElement> fields, string name, string path) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? NonBlank(value, $"{path}.{name}") : null;

    private string? NonBlank(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            _problems.Add($"{path}: a non-empty string is required.");
            return null;
        }

        return value.GetString();
    }

    private LocalDate? RequiredDate(Dictionary<string, JsonElement> fields, string name, string path)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            _problems.Add($"{path}.{name}: required.");
            return null;
        }

        return Date(value, $"{path}.{name}");
    }

    private LocalDate? Date(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            _problems.Add($"{path}: a date (\"yyyy-mm-dd\") is required.");
            return null;
        }

        if (!PoortwachterJson.TryParseDate(value.GetString()!, out var date, out var error))
        {
            _problems.Add($"{path}: {error}");
            return null;
        }

        return date;
    }

    private List<ScenarioSource> Sources(Dictionary<string, JsonElement> fields)
    {
        var sources = new List<ScenarioSource>();
        if (!fields.TryGetValue("sources", out var array))
        {
            return sources;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            _problems.Add("$.sources: an array of sources is required.");
            return sources;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.sources[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                _problems.Add($"{path}: a source is an object with citation, bwb and url.");
                continue;
            }

            var source = Fields(item, path, SourceFields);
            var citation = RequiredString(source, "citation", path);
            var bwb = OptionalString(source, "bwb", path);
            var url = OptionalString(source, "url", path);
            if (citation is not null)
            {
                sources.Add(new ScenarioSource(citation, bwb, url));
            }
        }

        return sources;
    }

    private List<string> Derivation(Dictionary<string, JsonElement> fields)
    {
        var steps = new List<string>();
        if (!fields.TryGetValue("derivation", out var array))
        {
            return steps;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            _problems.Add("$.derivation: an array of strings (the steps) is required.");
            return steps;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (NonBlank(item, $"$.derivation[{i++}]") is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private ScenarioOptions Options(Dictionary<string, JsonElement> fields)
    {
        if (!fields.TryGetValue("options", out var element))
        {
            return ScenarioOptions.None;
        }

        var options = ScenarioOptions.Read(element, out var problems);
        _problems.AddRange(problems);
        return options;
    }

    private (string? Json, string? File) Case(Dictionary<string, JsonElement> fields, string? file)
    {
        var hasCase = fields.TryGetValue("case", out var inline);
        var hasFile = fields.TryGetValue("caseFile", out var reference);
        if (hasCase && hasFile)
        {
            _problems.Add("$.caseFile: give either case or caseFile, not both.");
            return (null, null);
        }

        if (hasCase)
        {
            // A case that must be refused (expect.problems) may be any JSON value, as a case file may hold anything: the
            // reader's refusal is what is checked. Otherwise it is a JSON object, as the contract's case is.
            if (inline.ValueKind != JsonValueKind.Object && !ExpectsProblems(fields))
            {
                _problems.Add(
                    "$.case: the case is a JSON object (docs/contract.md, \"Case (input)\"), unless expect.problems says it is refused."
                );
                return (null, null);
            }

            return (inline.GetRawText(), null);
        }

        if (!hasFile)
        {
            _problems.Add("$.case: required: the case itself (case) or the path of a case file (caseFile).");
            return (null, null);
        }

        if (NonBlank(reference, "$.caseFile") is not { } relative)
        {
            return (null, null);
        }

        var baseDirectory = file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(file))!;
        var path = Path.GetFullPath(Path.Combine(baseDirectory, relative.Replace('\\', '/')));
        try
        {
            return (File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            _problems.Add($"$.caseFile: cannot read '{relative}' (resolved to {path}, relative to the scenario file): {e.Message}");
            return (null, null);
        }
    }

    private static bool ExpectsProblems(Dictionary<string, JsonElement> fields) =>
        fields.TryGetValue("expect", out var expect)
        && expect.ValueKind == JsonValueKind.Object
        && expect.TryGetProperty("problems", out _);

    private void CheckExpect(JsonElement expect)
    {
        if (expect.ValueKind != JsonValueKind.Object)
        {
            _problems.Add("$.expect: an object of expected facts is required.");
            return;
        }

        var fields = Fields(expect, "$.expect", ExpectFields);
        if (fields.ContainsKey("problems") && fields.Count > 1)
        {
            _problems.Add("$.expect.problems: a refused case has no assessment: give problems alone, without the other facts.");
        }

        if (fields.Count == 0)
        {
            _problems.Add("$.expect: lists no fact to check.");
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
                _problems.Add("$.expect.absentObligations: an array of obligation kinds is required.");
            }
            else
            {
                var i = 0;
                foreach (var kind in absent.EnumerateArray())
                {
                    NonBlank(kind, $"$.expect.absentObligations[{i++}]");
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
            _problems.Add($"{path}: an array is required.");
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
            _problems.Add($"{path}: an object is required.");
            return false;
        }

        var fields = Fields(item, path, known.Keys);
        if (required is not null && !fields.ContainsKey(required))
        {
            _problems.Add($"{path}.{required}: required.");
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
                NonBlank(value, path);
                break;
            case ValueKind.StringOrNull when value.ValueKind != JsonValueKind.Null:
                NonBlank(value, path);
                break;
            case ValueKind.Integer or ValueKind.Sequence:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
                {
                    _problems.Add($"{path}: a whole number is required.");
                }
                else if (kind == ValueKind.Sequence && number < 1)
                {
                    _problems.Add($"{path}: a sequence is 1 or more, got {number.ToString(CultureInfo.InvariantCulture)}.");
                }

                break;
            case ValueKind.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    _problems.Add($"{path}: true or false is required.");
                }

                break;
            case ValueKind.Date:
            case ValueKind.DateOrNull when value.ValueKind != JsonValueKind.Null:
                Date(value, path);
                break;
            case ValueKind.Array when value.ValueKind != JsonValueKind.Array:
                _problems.Add($"{path}: an array is required.");
                break;
            default:
                break;
        }
    }
}
