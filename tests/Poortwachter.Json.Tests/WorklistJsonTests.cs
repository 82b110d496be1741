using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Portfolio;
using Xunit;
using static Poortwachter.Json.Tests.Support.Schemas;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The worklist's JSON (docs/contract.md, "Worklist (output)"): its shape, the schema, and the texts in the language asked
/// for. L-1: sick from Monday 6 Jan 2025, probleemanalyse on 10 Feb 2025: the plan van aanpak is due 10 Feb + 14 = 24 Feb
/// (Regeling procesgang art. 4 lid 1), overdue on 2 Mar. S-1: sick from Monday 10 Feb 2025: the probleemanalyse is due on
/// day 42 = 10 Feb + 41 = 23 Mar 2025, within 30 days of 2 Mar.
/// </summary>
public sealed class WorklistJsonTests
{
    private static readonly Lazy<global::Json.Schema.JsonSchema> WorklistSchema = new(() => Load("worklist.schema.json"));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Worklist Portfolio()
    {
        var engine = new PoortwachterEngine();
        var builder = new WorklistBuilder(D(2025, 3, 2), 30);
        builder.Add(engine.Assess(SicknessCase.Builder("L-1", D(2025, 1, 6)).Probleemanalyse(D(2025, 2, 10)).Build(), D(2025, 3, 2)));
        builder.Add(engine.Assess(SicknessCase.Builder("S-1", D(2025, 2, 10)).Build(), D(2025, 3, 2)));
        return builder.Build();
    }

    [Theory]
    [InlineData(TextLanguage.English)]
    [InlineData(TextLanguage.Dutch)]
    public void A_worklist_validates_against_its_schema(TextLanguage language)
    {
        var json = WorklistJson.Write(Portfolio(), language, indented: true);

        ShouldBeValid(WorklistSchema.Value, json, "the worklist");
    }

    [Fact]
    public void The_schema_refuses_an_unknown_section_and_a_missing_figure()
    {
        var json = JsonNode.Parse(WorklistJson.Write(Portfolio()))!;
        json["items"]![0]!["section"] = "later";
        ShouldBeInvalid(WorklistSchema.Value, json.ToJsonString(), "an unknown section");

        var figures = JsonNode.Parse(WorklistJson.Write(Portfolio()))!;
        figures["figures"]!.AsObject().Remove("cases");
        ShouldBeInvalid(WorklistSchema.Value, figures.ToJsonString(), "figures without cases");
    }

    [Fact]
    public void The_fields_of_an_item_and_the_figures()
    {
        var root = JsonNode.Parse(WorklistJson.Write(Portfolio(), TextLanguage.Dutch))!;

        ((string?)root["asOf"], (int?)root["within"]).Should().Be(("2025-03-02", 30));
        var plan = root["items"]![0]!.AsObject();
        plan.Select(p => p.Key).Should().Equal("section", "caseId", "kind", "date", "status", "severity", "text");
        ((string?)plan["section"], (string?)plan["caseId"], (string?)plan["kind"], (string?)plan["date"], (string?)plan["status"])
            .Should()
            .Be(("overdue", "L-1", "plan-van-aanpak", "2025-02-24", "overdue"));
        ((string?)plan["severity"]).Should().Be("high");
        ((string?)plan["text"]).Should().Contain("24 februari 2025", "the text is in the language asked for");
        var soon = root["items"]![1]!.AsObject();
        ((string?)soon["section"], (string?)soon["date"], soon["severity"]).Should().Be(("due-soon", "2025-03-23", null));

        var figures = root["figures"]!;
        ((int?)figures["cases"], (int?)figures["loonsanctieRisks"]).Should().Be((2, 1));
        var planFigure = figures["onTime"]!["plan-van-aanpak"]!;
        ((int?)planFigure["onTime"], (int?)planFigure["late"], (int?)planFigure["overdue"], (double?)planFigure["rate"])
            .Should()
            .Be((0, 0, 1, 0.0));
        ((int?)figures["casesPerQuarter"]!["weeks-1-26"]).Should().Be(2);
    }

    [Fact]
    public void The_string_form_is_what_the_writer_writes()
    {
        var worklist = Portfolio();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, PoortwachterJson.CompactWriterOptions))
        {
            WorklistJson.Write(writer, worklist, TextLanguage.English);
        }

        WorklistJson.Write(worklist).Should().Be(Encoding.UTF8.GetString(stream.ToArray()));
        FluentActions.Invoking(() => WorklistJson.Write(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_long_worklist_reaches_the_stream_as_it_is_written_not_only_at_the_end()
    {
        // 400 cases sick from 6 Jan 2025 without a probleemanalyse: each is overdue (day 42 = 16 Feb 2025) on 2 Mar, an
        // item with a text of some hundred bytes, so the items pass 64 KiB long before the end.
        var engine = new PoortwachterEngine();
        var builder = new WorklistBuilder(D(2025, 3, 2), 30);
        for (var i = 0; i < 400; i++)
        {
            builder.Add(engine.Assess(SicknessCase.Builder($"P-{i}", D(2025, 1, 6)).Build(), D(2025, 3, 2)));
        }

        var worklist = builder.Build();
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream, PoortwachterJson.CompactWriterOptions);

        WorklistJson.Write(writer, worklist, TextLanguage.English);

        // Without a Flush of its own, most of the document is in the stream already; the rest follows on Flush.
        stream.Length.Should().BeGreaterThan(64 * 1024);
        writer.BytesPending.Should().BeLessThan(64 * 1024 + 4096);
        writer.Flush();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(WorklistJson.Write(worklist));
    }
}
