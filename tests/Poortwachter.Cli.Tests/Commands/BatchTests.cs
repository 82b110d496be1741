using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>Batch mode: one case per line in, one compact JSON assessment per line out.</summary>
public sealed class BatchTests
{
    private static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();

    [Fact]
    public void The_sample_batch_gives_one_assessment_per_line_in_order()
    {
        var input = Lines(Samples.Text("cases.jsonl"));

        var result = CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--as-of", "2025-06-02");

        result.ExitCode.Should().Be(0, result.ToString());
        var output = Lines(result.Stdout);
        output.Should().HaveCount(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            using var a = JsonDocument.Parse(input[i]);
            using var b = JsonDocument.Parse(output[i]);
            b.RootElement.GetProperty("caseId").GetString().Should().Be(a.RootElement.GetProperty("caseId").GetString());
            b.RootElement.GetProperty("asOf").GetString().Should().Be("2025-06-02");
        }
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_the_good_lines_still_come_out()
    {
        using var dir = new TempDir();
        var path = dir.File(
            "cases.jsonl",
            string.Join(
                "\n",
                """{"caseId":"C-1","firstSickDay":"2025-01-06"}""",
                "",
                """{"caseId":"C-2","firstSickDay":"2025-01-06","events":[{"type":"evaluatie","on":"2025-13-01"}]}""",
                """{"caseId":"C-3","firstSickDay":"2025-02-03"}""",
                """{"caseId":"C-4","firstSickDay":"2025-02-03",""",
                """{"caseId":"C-5","firstSickDay":"2025-07-01"}"""
            ) + "\n"
        );

        var result = CliRunner.Run("assess", path, "--as-of", "2025-06-02");

        result.ExitCode.Should().Be(2);
        Lines(result.Stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()).Should().Equal("C-1", "C-3");
        // Each bad line is named by its number and, where it has one, its case id.
        result.Stderr.Should().Contain("line 3 (case 'C-2'): $.events[0].on: on: '2025-13-01' is not a date: there is no month 13");
        result.Stderr.Should().Contain("line 5 (case 'C-4'): $").And.Contain("malformed JSON");
        result
            .Stderr.Should()
            .Contain("line 6 (case 'C-5'): asOf: the assessment date 2025-06-02 is before the first sick day 2025-07-01.");
        result.Stderr.Should().Contain("2 case(s) assessed, 3 line(s) with problems");
        result.Stderr.Should().NotContain("line 1:").And.NotContain("line 2:").And.NotContain("line 4:");
    }

    [Fact]
    public void The_batch_flag_forces_json_lines_for_a_single_line()
    {
        var result = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--as-of", "2025-06-02", "--batch");

        // A pretty-printed document is not one case per line: each line is reported, nothing is guessed.
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("line 1: $");

        using var dir = new TempDir();
        var single = dir.File("one.jsonl", """{"caseId":"C-1","firstSickDay":"2025-01-06"}""");
        var ok = CliRunner.Run("assess", single, "--as-of", "2025-06-02", "--batch");
        ok.ExitCode.Should().Be(0, ok.ToString());
        Lines(ok.Stdout).Should().ContainSingle();
    }

    [Fact]
    public void A_batch_cannot_be_shown_as_a_table()
    {
        var result = CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--format", "table");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("JSON Lines");
    }

    [Fact]
    public void A_large_batch_keeps_its_order_across_workers()
    {
        using var dir = new TempDir();
        var lines = Enumerable.Range(0, 5000).Select(i => $$"""{"caseId":"C-{{i}}","firstSickDay":"2025-01-06"}""");
        var path = dir.File("big.jsonl", string.Join("\n", lines));
        var output = dir.Combine("out.jsonl");

        var result = CliRunner.Run("assess", path, "--as-of", "2025-06-02", "--output", output);

        result.ExitCode.Should().Be(0, result.ToString());
        var ids = File.ReadLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()).ToArray();
        ids.Should().Equal(Enumerable.Range(0, 5000).Select(i => $"C-{i}"));
    }

    [Fact]
    public void Without_text_each_line_is_the_same_assessment_minus_its_explanations_and_messages()
    {
        var full = Lines(CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--as-of", "2025-06-02").Stdout);

        var result = CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--as-of", "2025-06-02", "--no-text");

        result.ExitCode.Should().Be(0, result.ToString());
        var lean = Lines(result.Stdout);
        lean.Should().HaveCount(full.Length);
        for (var i = 0; i < full.Length; i++)
        {
            using var a = JsonDocument.Parse(full[i]);
            using var b = JsonDocument.Parse(lean[i]);
            Strip(a.RootElement).Should().Be(b.RootElement.GetRawText(), "line {0} must keep every date, status and kind", i + 1);
            b.RootElement.GetRawText().Should().NotContain("\"explanation\"").And.NotContain("\"message\"");
        }

        full.Should()
            .Contain(l => l.Contains("\"warnings\":[{", System.StringComparison.Ordinal), "the sample must have warnings to strip");
    }

    [Fact]
    public void Without_text_a_single_case_as_json_has_no_explanations_and_a_table_is_refused()
    {
        var json = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--as-of", "2025-06-02", "--format", "json", "--no-text");
        json.ExitCode.Should().Be(0, json.ToString());
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("obligations").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(o => HasNoExplanation(o));

        var table = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--as-of", "2025-06-02", "--no-text");
        table.ExitCode.Should().Be(2);
        table.Stderr.Should().Contain("--no-text applies to JSON output");
    }

    private static bool HasNoExplanation(JsonElement obligation) =>
        !obligation.TryGetProperty("explanation", out _) && obligation.TryGetProperty("dueBy", out _);

    // The full assessment with the explanation and message properties removed, written compactly like the batch.
    private static string Strip(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (
            var writer = new Utf8JsonWriter(
                stream,
                new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            )
        )
        {
            Write(writer, element);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());

        static void Write(Utf8JsonWriter w, JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    w.WriteStartObject();
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.Name is "explanation" or "message")
                        {
                            continue;
                        }

                        w.WritePropertyName(p.Name);
                        Write(w, p.Value);
                    }

                    w.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    w.WriteStartArray();
                    foreach (var item in e.EnumerateArray())
                    {
                        Write(w, item);
                    }

                    w.WriteEndArray();
                    break;
                default:
                    e.WriteTo(w);
                    break;
            }
        }
    }
}
