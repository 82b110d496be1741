using System;
using System.Globalization;
using System.Text.Json;

namespace Poortwachter.Testing;

/// <summary>
/// The JSON values a scenario's expectations are compared with: a fact's kind, sequence and text, the contract's
/// equality of values, and how an obligation or a warning is named in a failure.
/// </summary>
internal static class ScenarioJson
{
    internal static bool Matches(JsonElement expected, JsonElement warning)
    {
        foreach (var field in expected.EnumerateObject())
        {
            if (field.Name == "sequence")
            {
                // As on obligations: a warning about an obligation that does not repeat is about its #1.
                if (field.Value.GetInt32() != Sequence(warning))
                {
                    return false;
                }

                continue;
            }

            if (!Same(field.Value, warning.TryGetProperty(field.Name, out var v) ? v : null))
            {
                return false;
            }
        }

        return true;
    }

    internal static string DescribeWarning(JsonElement w)
    {
        var text = Text(w, "kind") ?? "?";
        if (Text(w, "obligation") is { } obligation)
        {
            text += " " + obligation;
        }

        if (w.TryGetProperty("sequence", out var s) && s.ValueKind == JsonValueKind.Number)
        {
            text += " #" + s.GetRawText();
        }

        if (Text(w, "severity") is { } severity)
        {
            text += " [" + severity + "]";
        }

        return text;
    }

    internal static string Describe(JsonElement obligation) =>
        $"{Kind(obligation)} #{Sequence(obligation).ToString(CultureInfo.InvariantCulture)} due {Show(obligation.GetProperty("dueBy"))}, {Text(obligation, "status")}";

    internal static string Kind(JsonElement e) => e.GetProperty("kind").GetString()!;

    internal static int Sequence(JsonElement e) => e.TryGetProperty("sequence", out var s) ? s.GetInt32() : 1;

    internal static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>JSON equality of the contract's values: strings and codes by ordinal, numbers by value.</summary>
    internal static bool Same(JsonElement expected, JsonElement? actual)
    {
        if (actual is not { } a)
        {
            return false;
        }

        return expected.ValueKind switch
        {
            JsonValueKind.String => a.ValueKind == JsonValueKind.String
                && string.Equals(expected.GetString(), a.GetString(), StringComparison.Ordinal),
            JsonValueKind.Number => a.ValueKind == JsonValueKind.Number && expected.GetDecimal() == a.GetDecimal(),
            _ => expected.ValueKind == a.ValueKind,
        };
    }

    internal static string Show(JsonElement? value) => value is { } v ? v.GetRawText() : "(absent)";
}
