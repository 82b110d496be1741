using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;
using Poortwachter.Json;

namespace Poortwachter.Conformance.Tests;

/// <summary>
/// Checks one vector against the engine by the rules of the scenario format: the case is read with the strict reader,
/// assessed on <c>asOf</c>, written as contract JSON, and every fact listed under <c>expect</c> is compared on its JSON
/// value. All failing facts are collected, each with the engine's explanation beside it. This is the comparison any
/// other implementation makes on its own output (see conformance/README.md); the Poortwachter.Testing runner does the
/// same for integrators.
/// </summary>
internal static class VectorChecker
{
    private static readonly PoortwachterEngine Engine = PoortwachterEngine.CreateDefault();

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    private static readonly HashSet<string> TopLevel = new(StringComparer.Ordinal)
    {
        "$schema",
        "scenario",
        "title",
        "description",
        "sources",
        "derivation",
        "asOf",
        "case",
        "expect",
    };

    private static readonly HashSet<string> ExpectFields = new(StringComparer.Ordinal)
    {
        "wachttijd",
        "obligations",
        "absentObligations",
        "milestones",
        "warnings",
        "absentWarnings",
        "problems",
    };

    public static IReadOnlyList<string> Check(string path)
    {
        using var vector = JsonDocument.Parse(File.ReadAllText(path));
        var root = vector.RootElement;
        var failures = new List<string>();
        foreach (var property in root.EnumerateObject().Where(p => !TopLevel.Contains(p.Name)))
        {
            failures.Add($"{property.Name}: not a field of a conformance vector");
        }

        var expect = root.GetProperty("expect");
        foreach (var property in expect.EnumerateObject().Where(p => !ExpectFields.Contains(p.Name)))
        {
            failures.Add($"expect.{property.Name}: not a field of expect");
        }

        var read = PoortwachterJson.ReadCase(root.GetProperty("case").GetRawText());
        if (expect.TryGetProperty("problems", out var problems))
        {
            var paths = read.Problems.Select(p => p.Path).ToList();
            if (read.IsValid)
            {
                failures.Add("expect.problems: the case was read without a problem, but it must be refused");
            }

            var i = 0;
            foreach (var problem in problems.EnumerateArray())
            {
                var expected = problem.GetProperty("path").GetString()!;
                if (!paths.Contains(expected, StringComparer.Ordinal))
                {
                    failures.Add($"expect.problems[{i}].path: expected {expected} among the problems, got [{string.Join(", ", paths)}]");
                }

                i++;
            }

            return failures;
        }

        if (!read.IsValid)
        {
            return failures.Concat(read.Problems.Select(p => $"case: refused at {p.Path}: {p.Message}")).ToList();
        }

        var asOf = LocalDatePattern.Iso.Parse(root.GetProperty("asOf").GetString()!).Value;
        using var actual = JsonDocument.Parse(PoortwachterJson.WriteAssessment(Engine.Assess(read.Case!, asOf)));
        Compare(expect, actual.RootElement, failures);
        return failures;
    }

    private static void Compare(JsonElement expect, JsonElement actual, List<string> failures)
    {
        if (expect.TryGetProperty("wachttijd", out var wachttijd))
        {
            var actualWachttijd = actual.GetProperty("wachttijd");
            CompareFields(wachttijd, actualWachttijd, "expect.wachttijd", ExplanationOfWachttijd(actual), failures);
        }

        var obligations = actual.GetProperty("obligations").EnumerateArray().ToList();
        Each(
            expect,
            "obligations",
            (o, i) =>
            {
                var kind = o.GetProperty("kind").GetString()!;
                var sequence = o.TryGetProperty("sequence", out var s) ? s.GetInt32() : 1;
                var fact = $"expect.obligations[{i}] ({kind} #{sequence.ToString(CultureInfo.InvariantCulture)})";
                var matches = obligations.Where(a => Text(a, "kind") == kind && SequenceOf(a) == sequence).ToList();
                if (matches.Count != 1)
                {
                    var present = string.Join(", ", obligations.Select(a => Text(a, "kind")).Distinct(StringComparer.Ordinal));
                    failures.Add($"{fact}: {matches.Count} such obligations in the assessment; kinds present: {present}");
                    return;
                }

                CompareFields(o, matches[0], fact, Text(matches[0], "explanation"), failures, "kind", "sequence");
            }
        );

        if (expect.TryGetProperty("absentObligations", out var absent))
        {
            foreach (var kind in absent.EnumerateArray().Select(k => k.GetString()))
            {
                if (obligations.Exists(a => Text(a, "kind") == kind))
                {
                    failures.Add($"expect.absentObligations: {kind} is in the assessment");
                }
            }
        }

        var milestones = actual.GetProperty("milestones").EnumerateArray().ToList();
        Each(
            expect,
            "milestones",
            (m, i) =>
            {
                var kind = m.GetProperty("kind").GetString()!;
                var match = milestones.Find(a => Text(a, "kind") == kind);
                var fact = $"expect.milestones[{i}] ({kind})";
                if (match.ValueKind == JsonValueKind.Undefined)
                {
                    failures.Add($"{fact}: no such milestone in the assessment");
                    return;
                }

                CompareFields(m, match, fact, Text(match, "explanation"), failures, "kind");
            }
        );

        var warnings = actual.GetProperty("warnings").EnumerateArray().ToList();
        Each(
            expect,
            "warnings",
            (w, i) =>
            {
                if (!warnings.Exists(a => Matches(w, a)))
                {
                    var present = string.Join(
                        "; ",
                        warnings.Select(a => $"{Text(a, "kind")} {Text(a, "obligation")} {Text(a, "severity")}")
                    );
                    failures.Add($"expect.warnings[{i}]: no warning {w.GetRawText()}; the assessment has: {present}");
                }
            }
        );
        Each(
            expect,
            "absentWarnings",
            (w, i) =>
            {
                var found = warnings.Find(a => Matches(w, a));
                if (found.ValueKind != JsonValueKind.Undefined)
                {
                    failures.Add($"expect.absentWarnings[{i}]: {w.GetRawText()} is present: {Text(found, "message")}");
                }
            }
        );
    }

    private static void CompareFields(
        JsonElement expected,
        JsonElement actual,
        string fact,
        string? explanation,
        List<string> failures,
        params string[] skip
    )
    {
        foreach (var field in expected.EnumerateObject().Where(f => !skip.Contains(f.Name, StringComparer.Ordinal)))
        {
            var has = actual.TryGetProperty(field.Name, out var value);
            if (field.Name == "extensions")
            {
                CompareExtensions(field.Value, has ? value : default, fact, failures);
                continue;
            }

            var actualText = has ? value.GetRawText() : "null";
            if (!JsonElement.DeepEquals(field.Value, has ? value : Null))
            {
                failures.Add(
                    $"{fact}.{field.Name}: expected {field.Value.GetRawText()}, the engine gives {actualText}"
                        + (explanation is null ? string.Empty : $"{Environment.NewLine}    engine's derivation: {explanation}")
                );
            }
        }
    }

    private static void CompareExtensions(JsonElement expected, JsonElement actual, string fact, List<string> failures)
    {
        var actualList = actual.ValueKind == JsonValueKind.Array ? actual.EnumerateArray().ToList() : [];
        var expectedList = expected.EnumerateArray().ToList();
        if (expectedList.Count != actualList.Count)
        {
            failures.Add($"{fact}.extensions: expected {expectedList.Count} extension(s), the engine gives {actual.GetRawText()}");
            return;
        }

        for (var i = 0; i < expectedList.Count; i++)
        {
            CompareFields(expectedList[i], actualList[i], $"{fact}.extensions[{i}]", Text(actualList[i], "explanation"), failures);
        }
    }

    private static bool Matches(JsonElement expected, JsonElement actual) =>
        expected
            .EnumerateObject()
            .All(f =>
                actual.TryGetProperty(f.Name, out var value)
                    ? JsonElement.DeepEquals(f.Value, value)
                    : f.Value.ValueKind == JsonValueKind.Null
            );

    private static void Each(JsonElement expect, string name, Action<JsonElement, int> check)
    {
        if (!expect.TryGetProperty(name, out var array))
        {
            return;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            check(item, i++);
        }
    }

    private static int SequenceOf(JsonElement obligation) =>
        obligation.TryGetProperty("sequence", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : 1;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? ExplanationOfWachttijd(JsonElement assessment)
    {
        var end = assessment
            .GetProperty("milestones")
            .EnumerateArray()
            .Where(m => Text(m, "kind") == "einde-wachttijd")
            .Select(m => Text(m, "explanation"));
        var extensions = assessment.GetProperty("wachttijd").GetProperty("extensions").EnumerateArray().Select(e => Text(e, "explanation"));
        var text = string.Join(" | ", end.Concat(extensions).Where(t => t is not null));
        return text.Length == 0 ? null : text;
    }
}
