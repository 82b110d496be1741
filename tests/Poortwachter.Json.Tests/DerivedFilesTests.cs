using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json.Tests.Support;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The parts of the published files that follow from the rule set and the reader, checked against the code and written
/// anew by <c>eng/generate</c> when stale (see <see cref="DerivedFile"/>): the schemas' enums of obligation, warning,
/// milestone, extension and event codes, the rows of the contract's "Event fields" table for the obligations done, and
/// the example assessments. A new rule therefore changes these files by command, not by hand.
/// </summary>
public sealed class DerivedFilesTests
{
    private const string AssessmentSchema = "docs/schema/assessment.schema.json";
    private const string CaseSchema = "docs/schema/case.schema.json";
    private const string Contract = "docs/contract.md";

    /// <summary>The shipped obligation codes, in the law's order, over every shipped rule set.</summary>
    private static readonly string[] ObligationCodes = RuleSets
        .All.SelectMany(s => s.ObligationCodes)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The obligation codes whose event is a plain obligation done: type and on, nothing else.</summary>
    private static IEnumerable<string> PlainObligationDone =>
        ObligationCodes.Where(code =>
            EventSchema.TryFind(code, null, out var entry, out _) && ReferenceEquals(entry, EventSchema.ObligationDone)
        );

    [Fact]
    public void The_assessment_schemas_enums_are_the_codes_of_the_rule_sets()
    {
        var text = DerivedFile.Read(AssessmentSchema);
        text = DerivedFile.WithEnum(text, ["$defs", "obligationCode"], ObligationCodes);
        text = Merged(text, ["$defs", "warning", "properties", "kind"], ContractDocTests.Constants(typeof(WarningCodes)));
        text = Merged(text, ["$defs", "milestone", "properties", "kind"], ContractDocTests.Constants(typeof(MilestoneCodes)));
        text = Merged(text, ["$defs", "extension", "properties", "code"], RuleSets.All.SelectMany(s => s.Extensions).Select(e => e.Code));

        DerivedFile.ShouldBe(AssessmentSchema, text, "the enums of obligation, warning, milestone or extension codes");
    }

    [Fact]
    public void The_case_schemas_event_enums_are_the_codes_the_reader_knows()
    {
        var text = DerivedFile.Read(CaseSchema);
        text = Merged(text, ["$defs", "obligationDone", "properties", "type"], PlainObligationDone);
        text = Merged(text, ["$defs", "fact", "properties", "type"], EventSchema.Facts.Where(f => !f.WritesFields).Select(f => f.Code!));
        text = Merged(text, ["$defs", "afwijking", "properties", "obligation"], EventCodes.DeviableObligations);

        DerivedFile.ShouldBe(CaseSchema, text, "the enums of the event types an obligation done or a fact may have");
    }

    [Fact]
    public void The_event_fields_table_has_a_row_for_every_plain_obligation_done()
    {
        var text = DerivedFile.Read(Contract).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n').ToList();
        var marker = lines.FindIndex(l => l.Trim() == "<!-- table: event-fields -->");
        marker.Should().BeGreaterThan(0, "docs/contract.md marks the table with <!-- table: event-fields -->");
        var header = lines[marker + 1].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        var first = marker + 3;
        var end = first;
        while (end < lines.Count && lines[end].TrimStart().StartsWith('|'))
        {
            end++;
        }

        var plain = PlainObligationDone.ToList();
        var known = EventSchema.KnownTypes(null).ToHashSet(StringComparer.Ordinal);
        var rows = lines.GetRange(first, end - first);
        var kept = rows.Where(r => known.Contains(Docs.Plain(TypeCell(r)))).ToList();
        var listed = kept.Select(r => Docs.Plain(TypeCell(r))).ToHashSet(StringComparer.Ordinal);
        var version = typeof(PoortwachterJson).Assembly.GetName().Version!;
        foreach (var code in plain.Where(c => !listed.Contains(c)))
        {
            // A plain obligation done: on required, every other field refused, needs nothing, since this version.
            var cells = header.Select(h =>
                h switch
                {
                    "`type`" => $"`{code}`",
                    "`on`" => "required",
                    "since" => $"{version.Major}.{version.Minor}",
                    _ => "—",
                }
            );
            kept.Add("| " + string.Join(" | ", cells) + " |");
        }

        lines.RemoveRange(first, end - first);
        lines.InsertRange(first, kept);

        DerivedFile.ShouldBe(Contract, string.Join('\n', lines), "the rows of the table \"Event fields\" for the obligations done");

        static string TypeCell(string row) => row.Trim().Trim('|').Split('|')[0];
    }

    [Theory]
    [MemberData(nameof(ContractDocTests.ExampleCases), MemberType = typeof(ContractDocTests))]
    public void The_example_output_is_the_engines_assessment_of_the_example_input(string caseFile)
    {
        var assessmentFile = caseFile.Replace("case.json", "assessment.json", StringComparison.Ordinal);
        var documented = System.Text.Json.Nodes.JsonNode.Parse(DerivedFile.Read($"docs/examples/{assessmentFile}"))!;
        PoortwachterJson.TryParseDate(documented["asOf"]!.GetValue<string>(), out var asOf, out var error).Should().BeTrue(error);

        var assessment = PoortwachterEngine
            .CreateDefault()
            .Assess(PoortwachterJson.ReadCaseOrThrow(DerivedFile.Read($"docs/examples/{caseFile}")), asOf);

        // What `poortwachter assess CASE --as-of DATE --format json` writes: the indented writer, then a newline.
        DerivedFile.ShouldBe(
            $"docs/examples/{assessmentFile}",
            PoortwachterJson.WriteAssessment(assessment, indented: true) + "\n",
            $"the assessment of docs/examples/{caseFile} on {documented["asOf"]}"
        );
    }

    [Fact]
    public void An_enum_is_replaced_in_place_on_one_line_or_one_value_a_line()
    {
        const string json = "{\n  \"a\": { \"enum\": [\"x\", \"y\"] },\n  \"b\": {\n    \"enum\": [\n      \"p\"\n    ]\n  }\n}\n";

        DerivedFile
            .WithEnum(json, ["a"], ["x", "z"])
            .Should()
            .Be("{\n  \"a\": { \"enum\": [\"x\", \"z\"] },\n  \"b\": {\n    \"enum\": [\n      \"p\"\n    ]\n  }\n}\n");
        DerivedFile
            .WithEnum(json, ["b"], ["p", "q"])
            .Should()
            .Be("{\n  \"a\": { \"enum\": [\"x\", \"y\"] },\n  \"b\": {\n    \"enum\": [\n      \"p\",\n      \"q\"\n    ]\n  }\n}\n");
        DerivedFile.EnumOf(json, ["b"]).Should().Equal("p");
        FluentActions
            .Invoking(() => DerivedFile.WithEnum(json, ["c"], ["x"]))
            .Should()
            .Throw<InvalidOperationException>()
            .WithMessage("*/c*");
    }

    [Fact]
    public void A_merged_set_keeps_the_files_order_and_appends_what_is_new()
    {
        DerivedFile.KeepingOrder(["b", "a", "gone"], ["a", "new", "b"]).Should().Equal("b", "a", "new");
    }

    [Fact]
    public void A_received_file_is_named_as_eng_generate_accepts_it()
    {
        DerivedFile.ReceivedPath("/r/docs/schema/case.schema.json").Should().Be("/r/docs/schema/case.schema.received.json");
        DerivedFile.ReceivedPath("/r/docs/contract.md").Should().Be("/r/docs/contract.received.md");
    }

    private static string Merged(string text, string[] path, IEnumerable<string> derived) =>
        DerivedFile.WithEnum(
            text,
            path,
            DerivedFile.KeepingOrder(DerivedFile.EnumOf(text, path), derived.Distinct(StringComparer.Ordinal))
        );
}
