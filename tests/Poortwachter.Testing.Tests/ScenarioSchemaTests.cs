using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace Poortwachter.Testing.Tests;

/// <summary>docs/schema/scenario.schema.json (draft 2020-12): every scenario file in the repository validates against it, and
/// documents the runner refuses for their shape are refused by it too.</summary>
public sealed class ScenarioSchemaTests
{
    private static readonly Lazy<(JsonSchema Case, JsonSchema Scenario)> Schemas = new(Load);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> ScenarioFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in RepositoryScenarioFiles())
            {
                data.Add(file);
            }

            return data;
        }
    }

    [Fact]
    public void The_repository_has_a_scenario_for_every_sample_case()
    {
        var cases = Directory.GetFiles(Path.Combine(Root(), "samples", "cases"), "*.json").Select(Path.GetFileNameWithoutExtension);
        var scenarios = Directory
            .GetFiles(Path.Combine(Root(), "samples", "scenarios"), "*.scenario.json")
            .Select(f => Path.GetFileName(f)[..^".scenario.json".Length]);

        Assert.Equal(cases.Order(StringComparer.Ordinal), scenarios.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void A_scenario_file_validates(string relative)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(Root(), relative)));

        Assert.True(
            results.IsValid,
            $"{relative} must validate against docs/schema/scenario.schema.json:{Environment.NewLine}{Errors(results)}"
        );
    }

    [Theory]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "case": { "caseId": "C", "firstSickDay": "2025-01-06" }, "expect": { "wachttijd": {} } }""",
        true
    )]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "expect": { "problems": [ { "path": "$" } ] } }""",
        true
    )]
    [InlineData("""{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "expct": { } }""", false)]
    [InlineData("""{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "expect": { "wachttijd": {} } }""", false)]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "case": { "caseId": "C", "firstSickDay": "2025-01-06" }, "expect": { "wachttijd": {} } }""",
        false
    )]
    [InlineData(
        """{ "scenario": "Not Kebab", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "expect": { "wachttijd": {} } }""",
        false
    )]
    [InlineData("""{ "scenario": "s", "title": "t", "asOf": "2025-02-30", "caseFile": "c.json", "expect": { "wachttijd": {} } }""", false)]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "case": { "caseId": "C", "firstSickDay": "2025-01-06", "x": 1 }, "expect": { "wachttijd": {} } }""",
        false
    )]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "case": { "caseId": "C", "firstSickDay": "2025-01-06", "x": 1 }, "expect": { "problems": [ { "path": "$.x" } ] } }""",
        true
    )]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "case": [ 1 ], "expect": { "problems": [ { "path": "$" } ] } }""",
        true
    )]
    [InlineData("""{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "case": [ 1 ], "expect": { "wachttijd": {} } }""", false)]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "case": { "caseId": "C", "firstSickDay": "2025-02-30" }, "expect": { "obligations": [ { "kind": "x" } ] } }""",
        false
    )]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "expect": { "obligations": [ { "dueBy": "2025-01-01" } ] } }""",
        false
    )]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "expect": { "obligations": [ { "kind": "evaluatie", "explanation": "x" } ] } }""",
        false
    )]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "expect": { "problems": [ { "path": "$" } ], "wachttijd": {} } }""",
        false
    )]
    [InlineData(
        """{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "caseFile": "c.json", "expect": { "warnings": [ { "kind": "overdue", "severity": "urgent" } ] } }""",
        false
    )]
    public void The_schema_refuses_what_the_runner_refuses(string json, bool valid)
    {
        Assert.Equal(valid, Evaluate(json).IsValid);
        var parsed = Record.Exception(() =>
            Scenario.Parse(
                json.Replace(
                    "\"caseFile\": \"c.json\"",
                    "\"case\": { \"caseId\": \"C\", \"firstSickDay\": \"2025-01-06\" }",
                    StringComparison.Ordinal
                )
            )
        );
        if (valid)
        {
            Assert.Null(parsed);
        }
    }

    [Fact]
    public void A_refused_vectors_invalid_case_is_refused_by_the_schema_once_the_scenario_no_longer_expects_problems()
    {
        // The refused conformance vectors hold cases the case schema refuses on purpose; the scenario schema lets them
        // through only because expect.problems says they must be refused. Expecting an assessment instead, the same
        // document is refused, at its case: the exception for refused cases hides no real error.
        var checkedVectors = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(Root(), "conformance", "vectors", "refused"), "*.scenario.json"))
        {
            var vector = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            using (var @case = JsonDocument.Parse(vector["case"]!.ToJsonString()))
            {
                if (Schemas.Value.Case.Evaluate(@case.RootElement.Clone(), Options).IsValid)
                {
                    continue; // refused by the engine or the reader for what no schema can say (a date out of order)
                }
            }

            Assert.True(Evaluate(vector.ToJsonString()).IsValid, $"{file} as it is validates");
            vector["expect"] = new JsonObject { ["wachttijd"] = new JsonObject { ["state"] = "running" } };
            var results = Evaluate(vector.ToJsonString());

            Assert.False(results.IsValid, $"{file} without expect.problems must be refused by the scenario schema");
            Assert.Contains(
                results.Details ?? [],
                d => d.Errors is { Count: > 0 } && d.InstanceLocation.ToString().StartsWith("/case", StringComparison.Ordinal)
            );
            checkedVectors++;
        }

        Assert.True(checkedVectors >= 5, $"only {checkedVectors} refused vectors have a case the case schema refuses");
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schemas.Value.Scenario.Evaluate(doc.RootElement.Clone(), Options);
    }

    private static string Errors(EvaluationResults results) =>
        string.Join(
            Environment.NewLine,
            (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
        );

    private static (JsonSchema Case, JsonSchema Scenario) Load()
    {
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var @case = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root(), "docs", "schema", "case.schema.json")), build);
        return (@case, JsonSchema.FromText(File.ReadAllText(Path.Combine(Root(), "docs", "schema", "scenario.schema.json")), build));
    }

    /// <summary>Every *.scenario.json in the repository (samples, conformance vectors), outside build output.</summary>
    private static IEnumerable<string> RepositoryScenarioFiles()
    {
        var root = Root();
        return Directory
            .GetFiles(root, "*.scenario.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "artifacts" or ".git"))
            .Order(StringComparer.Ordinal);
    }

    private static string Root([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
}
