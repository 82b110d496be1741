using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using static Poortwachter.Testing.ScenarioJson;

namespace Poortwachter.Testing;

/// <summary>
/// Runs a scenario: reads the case strictly, assesses it, writes the assessment as the contract's JSON and checks each
/// expected fact against that JSON, collecting every difference with the engine's explanation beside it.
/// </summary>
internal sealed class ScenarioChecker
{
    private readonly List<ScenarioFailure> _failures = [];
    private int _checked;

    private ScenarioChecker() { }

    public static ScenarioResult Check(Scenario scenario, PoortwachterEngine engine, CaseReaderOptions readerOptions)
    {
        var read = PoortwachterJson.ReadCase(scenario.CaseJson, readerOptions);
        var problems = read.Problems;
        Assessment? assessment = null;
        if (read.IsValid)
        {
            try
            {
                assessment = engine.Assess(read.Case, scenario.AsOf);
            }
            catch (InvalidCaseException e)
            {
                // Facts the engine checks on its clock (an early IVA end outside day 91-546) refuse the case too.
                problems = e.Problems;
            }
        }

        var checker = new ScenarioChecker();
        var expect = scenario.Expect;
        string? json = null;
        if (expect.TryGetProperty("problems", out var expectedProblems))
        {
            checker.Problems(expectedProblems, problems, assessment is not null);
        }
        else if (assessment is null)
        {
            checker._checked++;
            checker.Fail(
                "case",
                "a case the strict reader and the engine accept",
                $"refused with {problems.Count} problem(s): " + string.Join("; ", problems.Select(p => p.ToString())),
                null
            );
        }
        else
        {
            json = PoortwachterJson.WriteAssessment(assessment, indented: true);
            using var document = JsonDocument.Parse(json);
            checker.Facts(expect, new AssessmentFacts(document.RootElement));
        }

        return new ScenarioResult(scenario, checker._failures, checker._checked, assessment, json, problems);
    }

    private void Fail(string fact, string expected, string actual, string? explanation) =>
        _failures.Add(new ScenarioFailure(fact, expected, actual, explanation));

    private void Problems(JsonElement expected, IReadOnlyList<CaseProblem> problems, bool assessed)
    {
        var i = 0;
        foreach (var item in expected.EnumerateArray())
        {
            var path = item.GetProperty("path").GetString()!;
            var fact = $"expect.problems[{i++}] ({path})";
            _checked++;
            if (assessed)
            {
                Fail(fact, $"the case refused with a problem at {path}", "the case was accepted and assessed", null);
            }
            else if (!problems.Any(p => string.Equals(p.Path, path, StringComparison.Ordinal)))
            {
                Fail(
                    fact,
                    $"a problem at {path}",
                    $"problems: " + (problems.Count == 0 ? "none" : string.Join("; ", problems.Select(p => p.ToString()))),
                    null
                );
            }
        }
    }

    private void Facts(JsonElement expect, AssessmentFacts actual)
    {
        if (expect.TryGetProperty("wachttijd", out var wachttijd))
        {
            Wachttijd(wachttijd, actual);
        }

        if (expect.TryGetProperty("obligations", out var obligations))
        {
            var i = 0;
            foreach (var item in obligations.EnumerateArray())
            {
                Obligation(item, i++, actual);
            }
        }

        if (expect.TryGetProperty("absentObligations", out var absent))
        {
            var i = 0;
            foreach (var item in absent.EnumerateArray())
            {
                var kind = item.GetString()!;
                var fact = $"expect.absentObligations[{i++}] ({kind})";
                _checked++;
                var found = actual.Obligations.Where(o => Kind(o) == kind).ToList();
                if (found.Count > 0)
                {
                    Fail(fact, "no obligation of this kind", string.Join(", ", found.Select(Describe)), Text(found[0], "explanation"));
                }
            }
        }

        if (expect.TryGetProperty("milestones", out var milestones))
        {
            var i = 0;
            foreach (var item in milestones.EnumerateArray())
            {
                Milestone(item, i++, actual);
            }
        }

        if (expect.TryGetProperty("warnings", out var warnings))
        {
            var i = 0;
            foreach (var item in warnings.EnumerateArray())
            {
                Warning(item, $"expect.warnings[{i++}]", actual, present: true);
            }
        }

        if (expect.TryGetProperty("absentWarnings", out var absentWarnings))
        {
            var i = 0;
            foreach (var item in absentWarnings.EnumerateArray())
            {
                Warning(item, $"expect.absentWarnings[{i++}]", actual, present: false);
            }
        }
    }

    private void Wachttijd(JsonElement expected, AssessmentFacts actual)
    {
        var t = actual.Wachttijd;
        foreach (var field in expected.EnumerateObject())
        {
            if (field.Name == "extensions")
            {
                Extensions(field.Value, actual);
                continue;
            }

            _checked++;
            var value = t.TryGetProperty(field.Name, out var v) ? v : (JsonElement?)null;
            if (!Same(field.Value, value))
            {
                Fail($"expect.wachttijd.{field.Name}", Show(field.Value), Show(value), actual.WachttijdExplanation(field.Name));
            }
        }
    }

    private void Extensions(JsonElement expected, AssessmentFacts actual)
    {
        var present = actual.Wachttijd.GetProperty("extensions").EnumerateArray().ToList();
        var wanted = expected.EnumerateArray().ToList();
        _checked++;
        if (present.Count != wanted.Count)
        {
            Fail(
                "expect.wachttijd.extensions",
                $"{wanted.Count} extension(s): " + Codes(wanted),
                $"{present.Count} extension(s): " + Codes(present),
                actual.WachttijdExplanation("lastDay")
            );
        }

        for (var i = 0; i < Math.Min(present.Count, wanted.Count); i++)
        {
            var code = wanted[i].TryGetProperty("code", out var c) ? c.GetString() : Text(present[i], "code");
            foreach (var field in wanted[i].EnumerateObject())
            {
                _checked++;
                var value = present[i].TryGetProperty(field.Name, out var v) ? v : (JsonElement?)null;
                if (!Same(field.Value, value))
                {
                    Fail(
                        $"expect.wachttijd.extensions[{i}] ({code}).{field.Name}",
                        Show(field.Value),
                        Show(value),
                        Text(present[i], "explanation")
                    );
                }
            }
        }
    }

    private static string Codes(List<JsonElement> extensions) =>
        extensions.Count == 0 ? "none" : string.Join(", ", extensions.Select(e => Text(e, "code") ?? "?"));

    private void Obligation(JsonElement expected, int index, AssessmentFacts actual)
    {
        var kind = expected.GetProperty("kind").GetString()!;
        var sequence = expected.TryGetProperty("sequence", out var s) ? s.GetInt32() : 1;
        var fact = $"expect.obligations[{index}] ({kind} #{sequence.ToString(CultureInfo.InvariantCulture)})";
        var ofKind = actual.Obligations.Where(o => Kind(o) == kind).ToList();
        var match = ofKind.FirstOrDefault(o => Sequence(o) == sequence);
        if (match.ValueKind == JsonValueKind.Undefined)
        {
            _checked++;
            var kinds = actual.Obligations.Select(Kind).Distinct(StringComparer.Ordinal).ToList();
            Fail(
                fact,
                "an obligation of this kind and sequence",
                ofKind.Count == 0
                    ? $"no obligation '{kind}'.{Suggestions.Hint(kind, kinds)} Kinds present: {string.Join(", ", kinds)}"
                    : $"no #{sequence.ToString(CultureInfo.InvariantCulture)}; sequences present: "
                        + string.Join(", ", ofKind.Select(o => Sequence(o).ToString(CultureInfo.InvariantCulture))),
                null
            );
            return;
        }

        foreach (var field in expected.EnumerateObject())
        {
            if (field.Name is "kind" or "sequence")
            {
                continue;
            }

            _checked++;
            var value = match.TryGetProperty(field.Name, out var v) ? v : (JsonElement?)null;
            if (!Same(field.Value, value))
            {
                Fail($"{fact}.{field.Name}", Show(field.Value), Show(value), Text(match, "explanation"));
            }
        }

        if (expected.EnumerateObject().Count() == 1 + (expected.TryGetProperty("sequence", out _) ? 1 : 0))
        {
            _checked++; // presence alone was the fact
        }
    }

    private void Milestone(JsonElement expected, int index, AssessmentFacts actual)
    {
        var kind = expected.GetProperty("kind").GetString()!;
        var fact = $"expect.milestones[{index}] ({kind})";
        var ofKind = actual.Milestones.Where(m => Kind(m) == kind).ToList();
        if (ofKind.Count == 0)
        {
            _checked++;
            var kinds = actual.Milestones.Select(Kind).Distinct(StringComparer.Ordinal).ToList();
            Fail(
                fact,
                "a milestone of this kind",
                $"no milestone '{kind}'.{Suggestions.Hint(kind, kinds)} Kinds present: {string.Join(", ", kinds)}",
                null
            );
            return;
        }

        // A kind given more than once (a repeated UWV decision) matches when any one of them has every listed value.
        var match = ofKind.FirstOrDefault(m =>
            expected.EnumerateObject().All(f => Same(f.Value, m.TryGetProperty(f.Name, out var v) ? v : null))
        );
        var compared = match.ValueKind == JsonValueKind.Undefined ? ofKind[0] : match;
        foreach (var field in expected.EnumerateObject())
        {
            if (field.Name == "kind")
            {
                continue;
            }

            _checked++;
            var value = compared.TryGetProperty(field.Name, out var v) ? v : (JsonElement?)null;
            if (!Same(field.Value, value))
            {
                var others =
                    ofKind.Count > 1
                        ? $" ({ofKind.Count.ToString(CultureInfo.InvariantCulture)} milestones of this kind, on {string.Join(", ", ofKind.Select(m => Text(m, "on")))})"
                        : string.Empty;
                Fail($"{fact}.{field.Name}", Show(field.Value), Show(value) + others, Text(compared, "explanation"));
            }
        }
    }

    private void Warning(JsonElement expected, string path, AssessmentFacts actual, bool present)
    {
        _checked++;
        var wanted = string.Join(", ", expected.EnumerateObject().Select(f => $"{f.Name} {f.Value.GetRawText()}"));
        var kind = expected.GetProperty("kind").GetString()!;
        var label = DescribeWarning(expected);
        var matches = actual.Warnings.Where(w => Matches(expected, w)).ToList();
        if (present && matches.Count == 0)
        {
            var sameKind = actual.Warnings.Where(w => Kind(w) == kind).ToList();
            var kinds = actual.Warnings.Select(Kind).Distinct(StringComparer.Ordinal).ToList();
            var about = expected.TryGetProperty("obligation", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            var explanation =
                sameKind.Count > 0 ? Text(sameKind[0], "message")
                : about is null ? null
                : actual.Obligations.Where(x => Kind(x) == about).Select(x => Text(x, "explanation")).FirstOrDefault();
            Fail(
                $"{path} ({label})",
                $"a warning with {wanted}",
                actual.Warnings.Count == 0
                    ? "no warnings"
                    : $"none matches.{(sameKind.Count == 0 ? Suggestions.Hint(kind, kinds) : string.Empty)} Warnings present: {string.Join(", ", actual.Warnings.Select(DescribeWarning))}",
                explanation
            );
        }
        else if (!present && matches.Count > 0)
        {
            Fail(
                $"{path} ({label})",
                $"no warning with {wanted}",
                string.Join(", ", matches.Select(DescribeWarning)),
                Text(matches[0], "message")
            );
        }
    }
}
