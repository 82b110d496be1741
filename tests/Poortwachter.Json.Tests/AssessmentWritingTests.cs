using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>The assessment written as the contract's JSON: fields, order, codes and dates.</summary>
public sealed partial class AssessmentWritingTests
{
    private static readonly string[] Statuses = ["fulfilled", "fulfilled-late", "open", "overdue", "not-applicable", "suspended"];
    private static readonly string[] States = ["running", "interrupted", "ended-recovered", "ended"];

    private static Assessment Assess(string file) =>
        PoortwachterEngine.CreateDefault().Assess(PoortwachterJson.ReadCaseOrThrow(Samples.Text(file)), Samples.AsOf);

    private static string[] Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    private static bool HasSequence(JsonElement o) => o.TryGetProperty("sequence", out _);

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();

    private static void ShouldBeDate(JsonElement e) => IsoDate().IsMatch(e.GetString()!).Should().BeTrue(e.GetRawText());

    private static void ShouldBeDateOrNull(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Null)
        {
            ShouldBeDate(e);
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void The_output_has_the_contracts_fields_in_order_and_its_codes(string file)
    {
        var assessment = Assess(file);
        using var doc = JsonDocument.Parse(PoortwachterJson.WriteAssessment(assessment));
        var root = doc.RootElement;

        Names(root).Should().Equal("caseId", "asOf", "ruleSet", "wachttijd", "obligations", "milestones", "warnings");
        root.GetProperty("caseId").GetString().Should().Be(assessment.CaseId);
        root.GetProperty("asOf").GetString().Should().Be("2025-06-02");
        root.GetProperty("ruleSet").GetString().Should().Be("wvp-2013");

        var w = root.GetProperty("wachttijd");
        Names(w)
            .Should()
            .Equal("firstSickDay", "state", "countedDays", "week", "lastDay", "wiaStart", "statutoryLastDay", "extensions", "lastDayOpen");
        w.GetProperty("lastDayOpen").GetBoolean().Should().Be(assessment.Wachttijd.IsLastDayOpen);
        ShouldBeDate(w.GetProperty("firstSickDay"));
        w.GetProperty("state").GetString().Should().BeOneOf(States);
        w.GetProperty("countedDays").GetInt32().Should().Be(assessment.Wachttijd.CountedDays);
        w.GetProperty("week").GetInt32().Should().Be(assessment.Wachttijd.Week);
        ShouldBeDateOrNull(w.GetProperty("lastDay"));
        ShouldBeDateOrNull(w.GetProperty("wiaStart"));
        ShouldBeDateOrNull(w.GetProperty("statutoryLastDay"));
        w.GetProperty("extensions").GetArrayLength().Should().Be(assessment.Wachttijd.Extensions.Count);

        var obligations = root.GetProperty("obligations").EnumerateArray().ToArray();
        obligations.Should().HaveCount(assessment.Obligations.Count);
        for (var i = 0; i < obligations.Length; i++)
        {
            var o = obligations[i];
            var expected = assessment.Obligations[i];
            string[] names = ["kind", "dueBy", "status", "fulfilledOn", "legalBasis", "legalCharacter", "explanation"];
            Names(o).Should().Equal(expected.Sequence > 0 ? [.. names, "sequence"] : names);
            o.GetProperty("kind").GetString().Should().Be(expected.Kind);
            ShouldBeDateOrNull(o.GetProperty("dueBy"));
            o.GetProperty("status").GetString().Should().BeOneOf(Statuses);
            o.GetProperty("legalCharacter").GetString().Should().BeOneOf("statute", "policy", "practice");
            o.GetProperty("legalBasis").GetString().Should().Be(expected.LegalBasis.Citation);
            o.GetProperty("explanation").GetString().Should().Be(expected.Explanation);
            var fulfilled = o.GetProperty("fulfilledOn");
            if (expected.FulfilledOn is null)
            {
                fulfilled.ValueKind.Should().Be(JsonValueKind.Null);
            }
            else
            {
                ShouldBeDate(fulfilled);
            }
        }

        obligations.Where(o => o.GetProperty("kind").GetString() == ObligationCodes.Evaluatie).Should().OnlyContain(o => HasSequence(o));

        foreach (var m in root.GetProperty("milestones").EnumerateArray())
        {
            Names(m).Should().Equal("kind", "on", "legalBasis", "explanation");
            ShouldBeDate(m.GetProperty("on"));
        }

        root.GetProperty("warnings").GetArrayLength().Should().Be(assessment.Warnings.Count);
        var warnings = root.GetProperty("warnings").EnumerateArray().ToArray();
        for (var i = 0; i < warnings.Length; i++)
        {
            var warning = warnings[i];
            string[] names = ["kind", "obligation", "severity", "message"];
            Names(warning).Should().Equal(assessment.Warnings[i].Sequence > 0 ? [.. names, "sequence"] : names);
            warning.GetProperty("severity").GetString().Should().BeOneOf("info", "warning", "high");
            warning.GetProperty("obligation").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
        }
    }

    [Fact]
    public void Values_match_the_assessment()
    {
        var assessment = Assess("late-plan.json");
        using var doc = JsonDocument.Parse(PoortwachterJson.WriteAssessment(assessment));
        var plan = doc
            .RootElement.GetProperty("obligations")
            .EnumerateArray()
            .Single(o => o.GetProperty("kind").GetString() == "plan-van-aanpak");

        plan.GetProperty("status").GetString().Should().Be("fulfilled-late");
        plan.GetProperty("dueBy").GetString().Should().Be("2025-04-21");
        plan.GetProperty("fulfilledOn").GetString().Should().Be("2025-05-12");
        plan.GetProperty("legalCharacter").GetString().Should().Be("statute");
        doc.RootElement.GetProperty("warnings")
            .EnumerateArray()
            .Should()
            .Contain(w =>
                w.GetProperty("kind").GetString() == "fulfilled-late" && w.GetProperty("obligation").GetString() == "plan-van-aanpak"
            );
    }

    [Fact]
    public void A_case_ended_by_recovery_has_no_last_day()
    {
        var @case = new SicknessCase(
            "C-1",
            new LocalDate(2025, 1, 6),
            [new SicknessPeriod(new LocalDate(2025, 1, 6), new LocalDate(2025, 2, 1))]
        );
        var assessment = PoortwachterEngine.CreateDefault().Assess(@case, Samples.AsOf);
        using var doc = JsonDocument.Parse(PoortwachterJson.WriteAssessment(assessment));
        var w = doc.RootElement.GetProperty("wachttijd");

        w.GetProperty("state").GetString().Should().Be("ended-recovered");
        w.GetProperty("lastDay").ValueKind.Should().Be(JsonValueKind.Null);
        w.GetProperty("wiaStart").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void The_writer_overload_and_the_indented_text_carry_the_same_document()
    {
        var assessment = Assess("spoor-2.json");
        var compact = PoortwachterJson.WriteAssessment(assessment);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, PoortwachterJson.CompactWriterOptions))
        {
            PoortwachterJson.WriteAssessment(writer, assessment);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(compact);
        var indented = PoortwachterJson.WriteAssessment(assessment, indented: true);
        indented.Should().Contain("\n  \"wachttijd\": {");
        using var a = JsonDocument.Parse(compact);
        using var b = JsonDocument.Parse(indented);
        JsonSerializer.Serialize(a.RootElement).Should().Be(JsonSerializer.Serialize(b.RootElement));
    }

    [Fact]
    public void Text_is_escaped_as_json_requires_and_reads_back()
    {
        var @case = new SicknessCase("C-\"quote\"\\ <é>", new LocalDate(2025, 1, 6));
        var assessment = PoortwachterEngine.CreateDefault().Assess(@case, Samples.AsOf);
        using var doc = JsonDocument.Parse(PoortwachterJson.WriteAssessment(assessment));

        doc.RootElement.GetProperty("caseId").GetString().Should().Be("C-\"quote\"\\ <é>");
    }
}
