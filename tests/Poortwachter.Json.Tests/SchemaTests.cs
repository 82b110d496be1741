using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Json.Schema;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Poortwachter.Rules;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Json.Tests.Support.Schemas;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The published JSON Schemas (docs/schema, draft 2020-12) against the samples, the command's output and the code: every
/// sample case and every assessment the command writes validates; documents the reader refuses for their shape are
/// refused by the schema too; the enums are the code's codes.
/// </summary>
public sealed class SchemaTests
{
    public static TheoryDataFiles SampleFiles => Samples.Files;

    private static JsonNode Node(string name) => Docs.Schema(name);

    [Theory]
    [InlineData("case.schema.json")]
    [InlineData("assessment.schema.json")]
    [InlineData("change-set.schema.json")]
    public void The_schema_is_a_valid_draft_2020_12_schema_with_descriptions(string name)
    {
        var text = File.ReadAllText(Docs.PathOf(Path.Combine("schema", name)));
        ShouldBeValid(MetaSchemas.Draft202012, text, name);
        var root = Node(name);
        root["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        root["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        foreach (var def in root["$defs"]!.AsObject())
        {
            if (def.Value!["type"]?.ToString() == "object")
            {
                def.Value["additionalProperties"]!.GetValue<bool>().Should().BeFalse($"{name} $defs/{def.Key} is strict");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_case_validates(string file) => ShouldBeValid(CaseSchema.Value, Samples.Text(file), file);

    [Fact]
    public void Every_line_of_the_sample_batch_validates()
    {
        var lines = File.ReadAllLines(Samples.PathOf("cases.jsonl")).Where(l => l.Trim().Length > 0).ToList();
        lines.Should().NotBeEmpty();
        for (var i = 0; i < lines.Count; i++)
        {
            ShouldBeValid(CaseSchema.Value, lines[i], $"cases.jsonl line {i + 1}");
        }
    }

    [Fact]
    public void The_documented_examples_validate()
    {
        foreach (var file in Docs.ExampleFiles)
        {
            var schema = file.EndsWith("case.json", StringComparison.Ordinal) ? CaseSchema.Value : AssessmentSchema.Value;
            ShouldBeValid(schema, Docs.Example(file), $"docs/examples/{file}");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_assessment_with_extensions_and_numbered_warnings_validates(bool withText)
    {
        // The case of docs/examples/extended-case.json plus a late WIA application, so all three extension codes appear;
        // and a recovered case, whose last days are null.
        var day1 = new LocalDate(2025, 1, 6);
        var extended = SicknessCase
            .Builder("S-1", day1)
            .Probleemanalyse(new LocalDate(2025, 2, 10))
            .PlanVanAanpak(new LocalDate(2025, 2, 20))
            .Evaluatie(new LocalDate(2025, 4, 1))
            .Verlenging(new LocalDate(2026, 9, 1), new LocalDate(2027, 3, 31))
            .WiaAanvraag(new LocalDate(2027, 1, 20))
            .Loonsanctie(new LocalDate(2027, 2, 1), 12)
            .Build();
        var recovered = new SicknessCase("S-2", day1, [new SicknessPeriod(day1, new LocalDate(2025, 2, 1))]);
        var engine = PoortwachterEngine.CreateDefault();

        foreach (
            var assessment in new[]
            {
                engine.Assess(extended, new LocalDate(2027, 2, 15)),
                engine.Assess(recovered, new LocalDate(2025, 6, 2)),
            }
        )
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                PoortwachterJson.WriteAssessment(writer, assessment, withText);
            }

            var json = Encoding.UTF8.GetString(stream.ToArray());
            ShouldBeValid(AssessmentSchema.Value, json, assessment.CaseId);
            if (assessment.CaseId == "S-1")
            {
                assessment.Wachttijd.Extensions.Select(e => e.Code).Should().Equal("verlenging", "wia-aanvraag-te-laat", "loonsanctie");
                assessment.Warnings.Should().Contain(w => w.Sequence > 0);
            }
        }
    }

    [Theory]
    [InlineData("unknown property", "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"name\":\"J. Jansen\"}")]
    [InlineData("date without leading zeros", "{\"caseId\":\"C\",\"firstSickDay\":\"2025-1-6\"}")]
    [InlineData("Dutch date order", "{\"caseId\":\"C\",\"firstSickDay\":\"06-01-2025\"}")]
    [InlineData("a date with a time", "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06T00:00:00\"}")]
    [InlineData("a date that does not exist", "{\"caseId\":\"C\",\"firstSickDay\":\"2025-02-30\"}")]
    [InlineData("month 13", "{\"caseId\":\"C\",\"firstSickDay\":\"2025-13-01\"}")]
    [InlineData("no first sick day", "{\"caseId\":\"C\"}")]
    [InlineData("a blank case id", "{\"caseId\":\" \",\"firstSickDay\":\"2025-01-06\"}")]
    [InlineData(
        "a misspelt event type",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"evalutie\",\"on\":\"2025-03-03\"}]}"
    )]
    [InlineData(
        "an unknown event field",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"evaluatie\",\"on\":\"2025-03-03\",\"note\":\"x\"}]}"
    )]
    [InlineData(
        "a field of another event type",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"evaluatie\",\"on\":\"2025-03-03\",\"weeks\":4}]}"
    )]
    [InlineData(
        "a loonsanctie without weeks",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"loonsanctie\",\"on\":\"2025-03-03\"}]}"
    )]
    [InlineData(
        "a loonsanctie of 53 weeks",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"loonsanctie\",\"on\":\"2025-03-03\",\"weeks\":53}]}"
    )]
    [InlineData(
        "weeks as text",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"loonsanctie\",\"on\":\"2025-03-03\",\"weeks\":\"4\"}]}"
    )]
    [InlineData(
        "a deviation art. 5 does not cover",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"afwijking\",\"on\":\"2025-03-03\",\"obligation\":\"wia-aanvraag\",\"dueBy\":\"2025-04-01\",\"reason\":\"x\"}]}"
    )]
    [InlineData(
        "a deviation without a reason",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"afwijking\",\"on\":\"2025-03-03\",\"obligation\":\"evaluatie\",\"dueBy\":\"2025-04-01\",\"reason\":\"\"}]}"
    )]
    [InlineData(
        "an unknown leave kind",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"leave\":[{\"kind\":\"vakantie\",\"from\":\"2025-03-03\",\"until\":\"2025-03-07\"}]}"
    )]
    [InlineData(
        "a sickness period without from",
        "{\"caseId\":\"C\",\"firstSickDay\":\"2025-01-06\",\"sickness\":[{\"until\":\"2025-03-07\"}]}"
    )]
    public void A_case_of_the_wrong_shape_is_refused_by_the_schema_and_the_reader(string what, string json)
    {
        ShouldBeInvalid(CaseSchema.Value, json, what);
        PoortwachterJson.ReadCase(json).IsValid.Should().BeFalse($"the reader refuses {what} too");
    }

    [Theory]
    [InlineData("an unknown property", "caseId", "{\"caseId\":\"C\",\"extra\":1}")]
    [InlineData(
        "an unknown status",
        "obligations",
        "[{\"kind\":\"evaluatie\",\"dueBy\":null,\"status\":\"late\",\"fulfilledOn\":null,\"legalBasis\":\"x\",\"legalCharacter\":\"statute\"}]"
    )]
    [InlineData("an unknown warning kind", "warnings", "[{\"kind\":\"late\",\"obligation\":null,\"severity\":\"info\"}]")]
    [InlineData("an unknown severity", "warnings", "[{\"kind\":\"overdue\",\"obligation\":\"evaluatie\",\"severity\":\"critical\"}]")]
    [InlineData("sequence 0", "warnings", "[{\"kind\":\"overdue\",\"obligation\":\"evaluatie\",\"severity\":\"high\",\"sequence\":0}]")]
    [InlineData("a date with a time", "asOf", "\"2025-06-02T00:00:00Z\"")]
    public void An_assessment_of_the_wrong_shape_is_refused(string what, string property, string value)
    {
        // A valid assessment with one property replaced (or, for "caseId", an extra property beside it).
        var node = JsonNode.Parse(Docs.Example("assessment.json"))!.AsObject();
        ShouldBeValid(AssessmentSchema.Value, node.ToJsonString(), "the example assessment");
        if (property == "caseId")
        {
            node["extra"] = 1;
        }
        else
        {
            node[property] = JsonNode.Parse(value);
        }

        ShouldBeInvalid(AssessmentSchema.Value, node.ToJsonString(), what);
    }

    [Fact]
    public void The_assessment_enums_of_the_models_values_are_the_codes_of_the_code()
    {
        var defs = Node("assessment.schema.json")["$defs"]!;
        string[] Enum(JsonNode? node) => node!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

        // The enums that follow from the rule set (obligation, warning, milestone, extension codes) are derived files:
        // DerivedFilesTests checks them and eng/generate writes them anew.
        Enum(defs["obligation"]!["properties"]!["status"])
            .Should()
            .Equal(Enumerable.Range(0, 6).Select(i => ObligationStatuses.Code((ObligationStatus)i)));
        Enum(defs["obligation"]!["properties"]!["legalCharacter"])
            .Should()
            .Equal(Enumerable.Range(0, 3).Select(i => LegalCharacters.Code((LegalCharacter)i)));
        Enum(defs["warning"]!["properties"]!["severity"]).Should().Equal(Enumerable.Range(0, 3).Select(i => Severities.Code((Severity)i)));
        Enum(defs["wachttijd"]!["properties"]!["state"])
            .Should()
            .Equal(Enumerable.Range(0, 4).Select(i => WachttijdStates.Code((WachttijdState)i)));
        Enum(Node("assessment.schema.json")["properties"]!["ruleSet"]).Should().Equal(Poortwachter.Rules.RuleSets.Wvp2013Code);
    }

    [Fact]
    public void The_case_schema_codes_are_the_codes_of_the_code()
    {
        var defs = Node("case.schema.json")["$defs"]!;
        defs["leavePeriod"]!["properties"]!["kind"]!["enum"]!
            .AsArray()
            .Select(v => v!.GetValue<string>())
            .Should()
            .Equal(LeaveKinds.ZwangerschapBevalling);
    }

    [Fact]
    public void The_case_schema_says_what_the_event_fields_table_says()
    {
        var defs = Node("case.schema.json")["$defs"]!;
        var variants = defs["event"]!["oneOf"]!
            .AsArray()
            .Select(v => v!["$ref"]!.GetValue<string>().Split('/')[^1])
            .Select(name => defs[name]!)
            .ToList();
        var typesInSchema = variants.SelectMany(TypesOf).ToList();
        typesInSchema.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(EventFieldsTable.Rows.Select(r => r.Type));

        foreach (var row in EventFieldsTable.Rows)
        {
            var variant = variants.Single(v => TypesOf(v).Contains(row.Type, StringComparer.Ordinal));
            var properties = variant["properties"]!.AsObject();
            properties.Select(p => p.Key).Should().BeEquivalentTo(["type", .. row.Allowed], row.Type);
            variant["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().BeEquivalentTo(["type", .. row.Required], row.Type);
            foreach (var field in row.Allowed)
            {
                var rule = row.Fields[field];
                var property = properties[field]!;
                ((int?)property["minimum"]?.GetValue<int>()).Should().Be(rule.Min, $"{row.Type}.{field} minimum");
                ((int?)property["maximum"]?.GetValue<int>()).Should().Be(rule.Max, $"{row.Type}.{field} maximum");
                var types = property["type"] switch
                {
                    JsonArray many => many.Select(t => t!.GetValue<string>()).ToArray(),
                    JsonValue one => [one.GetValue<string>()],
                    _ => [],
                };
                types
                    .Contains("null", StringComparer.Ordinal)
                    .Should()
                    .Be(rule.NullAllowed, $"{row.Type}.{field} may be null only where the table says so");
            }
        }

        static IEnumerable<string> TypesOf(JsonNode variant)
        {
            var type = variant["properties"]!["type"]!;
            return type["const"] is { } one ? [one.GetValue<string>()] : type["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        }
    }
}
