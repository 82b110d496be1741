using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

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

    private readonly JsonFieldReader _read = new();
    private readonly List<string> _problems;

    private ScenarioParser() => _problems = _read.Problems;

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

        var fields = _read.Fields(root, "$", TopFields);
        var id = _read.RequiredString(fields, "scenario", "$");
        var title = _read.RequiredString(fields, "title", "$");
        var description = _read.OptionalString(fields, "description", "$");
        var sources = Sources(fields);
        var derivation = Derivation(fields);
        var asOf = _read.RequiredDate(fields, "asOf", "$");
        var options = Options(fields);
        var (caseJson, caseFile) = Case(fields, file);
        JsonElement expect = default;
        if (!fields.TryGetValue("expect", out expect))
        {
            _problems.Add("$.expect: required (the facts to check).");
        }
        else
        {
            new ScenarioExpectShape(_read).Check(expect);
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

            var source = _read.Fields(item, path, SourceFields);
            var citation = _read.RequiredString(source, "citation", path);
            var bwb = _read.OptionalString(source, "bwb", path);
            var url = _read.OptionalString(source, "url", path);
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
            if (_read.NonBlank(item, $"$.derivation[{i++}]") is { } step)
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

        if (_read.NonBlank(reference, "$.caseFile") is not { } relative)
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
}
