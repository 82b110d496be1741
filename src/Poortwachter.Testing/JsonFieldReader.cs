using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Poortwachter.Json;

namespace Poortwachter.Testing;

/// <summary>
/// Reads the fields and values of a scenario document strictly, collecting each problem with its JSON path; the
/// parser (<see cref="ScenarioParser"/>) and the shape of the expectations (<see cref="ScenarioExpectShape"/>) share it.
/// </summary>
internal sealed class JsonFieldReader
{
    /// <summary>Gets the problems found so far, each starting with its JSON path.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The fields of an object, each checked against the known names; unknown and repeated ones are problems.</summary>
    public Dictionary<string, JsonElement> Fields(JsonElement element, string path, IReadOnlyCollection<string> known)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (!Contains(known, name))
            {
                Problems.Add($"{path}.{name}: unknown field.{Suggestions.Hint(name, known)} Known here: {string.Join(", ", known)}.");
            }
            else if (fields.ContainsKey(name))
            {
                Problems.Add($"{path}.{name}: given twice.");
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

    public string? RequiredString(Dictionary<string, JsonElement> fields, string name, string path)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            Problems.Add($"{path}.{name}: required.");
            return null;
        }

        return NonBlank(value, $"{path}.{name}");
    }

    public string? OptionalString(Dictionary<string, JsonElement> fields, string name, string path) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? NonBlank(value, $"{path}.{name}") : null;

    public string? NonBlank(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Problems.Add($"{path}: a non-empty string is required.");
            return null;
        }

        return value.GetString();
    }

    public LocalDate? RequiredDate(Dictionary<string, JsonElement> fields, string name, string path)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            Problems.Add($"{path}.{name}: required.");
            return null;
        }

        return Date(value, $"{path}.{name}");
    }

    public LocalDate? Date(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problems.Add($"{path}: a date (\"yyyy-mm-dd\") is required.");
            return null;
        }

        if (!PoortwachterJson.TryParseDate(value.GetString()!, out var date, out var error))
        {
            Problems.Add($"{path}: {error}");
            return null;
        }

        return date;
    }
}
