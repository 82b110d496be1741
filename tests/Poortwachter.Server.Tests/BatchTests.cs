using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Poortwachter.Json;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary><c>POST /v1/assessments/batch</c> in-process: JSON Lines in, one result line per case line out, in order.</summary>
public sealed class BatchTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client;

    public BatchTests(ServerFactory factory) => _client = factory.Client();

    private static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();

    /// <summary>What the command's batch mode writes for a good line: the compact assessment.</summary>
    private static string Compact(string caseJson, LocalDate asOf, bool withText = true)
    {
        var assessment = new PoortwachterEngine().Assess(PoortwachterJson.ReadCaseOrThrow(caseJson), asOf);
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PoortwachterJson.CompactWriterOptions))
        {
            PoortwachterJson.WriteAssessment(writer, assessment, withText);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public async Task The_sample_batch_gives_each_lines_compact_assessment_in_order()
    {
        var input = Lines(Files.Case("cases.jsonl"));

        using var response = await _client.PostAsync("/v1/assessments/batch?asOf=2025-06-02", Web.Ndjson(Files.Case("cases.jsonl")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().EndWith("\n");
        Lines(body).Should().Equal(input.Select(l => Compact(l, new LocalDate(2025, 6, 2))));
    }

    [Fact]
    public async Task A_bad_line_gives_an_error_line_with_its_number_case_id_and_problems_and_the_good_lines_still_come_out()
    {
        // The lines of the command's own batch test (tests/Poortwachter.Cli.Tests, BatchTests), with each kind of line ending.
        var body = string.Join(
            "",
            """{"caseId":"C-1","firstSickDay":"2025-01-06"}""" + "\n",
            "\n",
            """{"caseId":"C-2","firstSickDay":"2025-01-06","events":[{"type":"evaluatie","on":"2025-13-01"}]}""" + "\r\n",
            """{"caseId":"C-3","firstSickDay":"2025-02-03"}""" + "\r",
            """{"caseId":"C-4","firstSickDay":"2025-02-03",""" + "\n",
            """{"caseId":"C-5","firstSickDay":"2025-07-01"}"""
        );

        using var response = await _client.PostAsync("/v1/assessments/batch?asOf=2025-06-02", Web.Ndjson(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = Lines(await response.Content.ReadAsStringAsync()).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
        lines.Should().HaveCount(5, "the blank line 2 gives no result line");
        lines[0]["caseId"]!.GetValue<string>().Should().Be("C-1");
        lines[0].ContainsKey("wachttijd").Should().BeTrue();
        Error(lines[1])
            .Should()
            .Be((3, "C-2", "$.events[0].on: on: '2025-13-01' is not a date: there is no month 13 (months run 01 to 12)."));
        lines[2]["caseId"]!.GetValue<string>().Should().Be("C-3");
        lines[2].ContainsKey("wachttijd").Should().BeTrue();
        var broken = Error(lines[3]);
        (broken.Line, broken.CaseId).Should().Be((5L, "C-4"));
        broken.Problem.Should().Contain("malformed JSON");
        Error(lines[4]).Should().Be((6, "C-5", "asOf: the assessment date 2025-06-02 is before the first sick day 2025-07-01."));
    }

    private static (long Line, string? CaseId, string Problem) Error(JsonObject line)
    {
        line.Select(p => p.Key).Should().Equal("line", "caseId", "errors");
        var errors = line["errors"]!.AsArray();
        errors.Should().ContainSingle();
        return (
            line["line"]!.GetValue<long>(),
            line["caseId"]?.GetValue<string>(),
            errors[0]!["path"]!.GetValue<string>() + ": " + errors[0]!["message"]!.GetValue<string>()
        );
    }

    [Fact]
    public async Task Text_false_writes_the_assessments_without_texts()
    {
        const string line = """{"caseId":"C-1","firstSickDay":"2025-01-06","events":[{"type":"probleemanalyse","on":"2025-03-01"}]}""";

        using var response = await _client.PostAsync("/v1/assessments/batch?asOf=2025-06-02&text=false", Web.Ndjson(line + "\n"));

        (await response.Content.ReadAsStringAsync()).Should().Be(Compact(line, new LocalDate(2025, 6, 2), withText: false) + "\n");
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_skipped_with_an_error_line_and_the_batch_goes_on()
    {
        using var factory = ServerFactory.With(("Poortwachter:MaxCaseBytes", "200"));
        using var client = factory.Client();
        var longLine =
            """{"caseId":"C-LONG","firstSickDay":"2025-01-06","events":["""
            + string.Join(",", Enumerable.Repeat("""{"type":"evaluatie","on":"2025-03-01"}""", 40))
            + "]}";
        var body =
            """{"caseId":"C-1","firstSickDay":"2025-01-06"}"""
            + "\n"
            + longLine
            + "\n"
            + """{"caseId":"C-3","firstSickDay":"2025-01-06"}"""
            + "\n";

        // Sent in small pieces, so the long line arrives over several reads and is dropped as it comes.
        using var response = await client.PostAsync(
            "/v1/assessments/batch?asOf=2025-06-02",
            new ChunkedContent(Encoding.UTF8.GetBytes(body), "application/x-ndjson", piece: 64)
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = Lines(await response.Content.ReadAsStringAsync()).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
        lines.Select(l => l["caseId"]?.GetValue<string>()).Should().Equal("C-1", null, "C-3");
        Error(lines[1])
            .Should()
            .Be(
                (
                    2,
                    null,
                    $"$: the line is {longLine.Length:N0} bytes, more than the 200 bytes a case may take (setting Poortwachter:MaxCaseBytes); it was skipped."
                )
            );
    }

    [Fact]
    public async Task A_batch_whose_content_length_is_over_the_limit_gets_a_413_problem()
    {
        using var factory = ServerFactory.With(("Poortwachter:MaxBatchBytes", "100"));
        using var client = factory.Client();
        var body = string.Concat(Enumerable.Repeat("""{"caseId":"C-1","firstSickDay":"2025-01-06"}""" + "\n", 3));

        using var response = await client.PostAsync("/v1/assessments/batch?asOf=2025-06-02", Web.Ndjson(body));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Web.Read(response);
        problem["status"]!.GetValue<int>().Should().Be(413);
        problem["detail"]!
            .GetValue<string>()
            .Should()
            .Be("The body is larger than the 100 bytes a batch may take (setting Poortwachter:MaxBatchBytes).");
        Web.Errors(problem).Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public async Task A_chunked_batch_that_grows_over_the_limit_ends_its_stream_with_an_error_line_after_the_lines_within_it()
    {
        using var factory = ServerFactory.With(("Poortwachter:MaxBatchBytes", "100"));
        using var client = factory.Client();
        const string line = """{"caseId":"C-1","firstSickDay":"2025-01-06"}"""; // 44 bytes and a newline: two fit in 100
        var body = string.Concat(Enumerable.Repeat(line + "\n", 4));

        using var response = await client.PostAsync(
            "/v1/assessments/batch?asOf=2025-06-02",
            new ChunkedContent(Encoding.UTF8.GetBytes(body), "application/x-ndjson", piece: 45)
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = Lines(await response.Content.ReadAsStringAsync());
        lines.Should().HaveCount(3);
        lines[0].Should().Be(Compact(line, new LocalDate(2025, 6, 2)));
        lines[1].Should().Be(lines[0]);
        Error(JsonNode.Parse(lines[2])!.AsObject())
            .Should()
            .Be(
                (
                    3,
                    null,
                    "$: the body is larger than the 100 bytes a batch may take (setting Poortwachter:MaxBatchBytes); the lines from here on were not read."
                )
            );
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_before_any_line_is_a_413_problem()
    {
        using var factory = ServerFactory.With(("Poortwachter:MaxBatchBytes", "100"));
        using var client = factory.Client();
        var body = Encoding.UTF8.GetBytes(new string(' ', 300) + "\n");

        using var response = await client.PostAsync(
            "/v1/assessments/batch?asOf=2025-06-02",
            new ChunkedContent(body, "application/x-ndjson", piece: 150)
        );

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\t\r\n")]
    public async Task A_body_without_a_case_is_a_400_problem(string body)
    {
        using var response = await _client.PostAsync("/v1/assessments/batch?asOf=2025-06-02", Web.Ndjson(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Should().Equal(("$", "the body holds no case: send one case per line (JSON Lines)."));
    }

    [Fact]
    public async Task A_bad_asOf_is_a_400_problem_before_any_line_is_read()
    {
        using var response = await _client.PostAsync(
            "/v1/assessments/batch",
            Web.Ndjson("""{"caseId":"C-1","firstSickDay":"2025-01-06"}""")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Should().ContainSingle().Which.Path.Should().Be("asOf");
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/jsonl", HttpStatusCode.OK)]
    [InlineData("application/x-ndjson; charset=utf-8", HttpStatusCode.OK)]
    public async Task The_body_must_be_sent_as_json_lines(string contentType, HttpStatusCode expected)
    {
        var content = new StringContent("""{"caseId":"C-1","firstSickDay":"2025-01-06"}""");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.PostAsync("/v1/assessments/batch?asOf=2025-06-02", content);

        response.StatusCode.Should().Be(expected);
    }
}
