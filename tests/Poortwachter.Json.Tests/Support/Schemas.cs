using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Json.Schema;

namespace Poortwachter.Json.Tests.Support;

/// <summary>The published JSON Schemas (docs/schema), loaded once, and assertions that list every error.</summary>
public static class Schemas
{
    public static readonly Lazy<JsonSchema> CaseSchema = new(() => Load("case.schema.json"));

    public static readonly Lazy<JsonSchema> AssessmentSchema = new(() => Load("assessment.schema.json"));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static JsonSchema Load(string name) =>
        JsonSchema.FromText(
            File.ReadAllText(Docs.PathOf(Path.Combine("schema", name))),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }
        );

    public static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return schema.Evaluate(doc.RootElement.Clone(), Options);
    }

    public static string Errors(EvaluationResults results) =>
        string.Join(
            Environment.NewLine,
            (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
        );

    /// <summary>Asserts that a document validates, listing every error when it does not.</summary>
    public static void ShouldBeValid(JsonSchema schema, string json, string what)
    {
        var results = Evaluate(schema, json);
        results.IsValid.Should().BeTrue($"{what} must validate against the schema:{Environment.NewLine}{Errors(results)}");
    }

    public static void ShouldBeInvalid(JsonSchema schema, string json, string what) =>
        Evaluate(schema, json).IsValid.Should().BeFalse($"{what} must not validate against the schema: {json}");
}
