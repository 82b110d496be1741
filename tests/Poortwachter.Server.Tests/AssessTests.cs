using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Poortwachter.Json;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary><c>POST /v1/assessments</c> in-process, over HTTP semantics: one case in, the contract's assessment out.</summary>
public sealed class AssessTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client;

    public AssessTests(ServerFactory factory) => _client = factory.Client();

    [Theory]
    [InlineData("case.json", "2025-06-01", "assessment.json")]
    [InlineData("extended-case.json", "2027-02-15", "extended-assessment.json")]
    public async Task The_assessment_is_byte_for_byte_the_contracts_example(string caseFile, string asOf, string assessmentFile)
    {
        using var response = await _client.PostAsync(
            $"/v1/assessments?asOf={asOf}",
            Web.Content(Files.Example(caseFile), "application/json")
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await response.Content.ReadAsByteArrayAsync();
        // docs/examples holds what `poortwachter assess CASE --as-of DATE --format json` writes; the tests of the command check that.
        body.Should().Equal(Files.Example(assessmentFile));
    }

    [Fact]
    public async Task The_assessment_is_what_the_commands_json_writer_writes_for_every_sample_case()
    {
        foreach (var file in new[] { "spoor-2.json", "vangnet.json", "aow-age.json", "loonsanctie.json", "vervroegde-iva.json" })
        {
            var json = Files.Case(file);
            var engine = new PoortwachterEngine();
            var assessment = engine.Assess(PoortwachterJson.ReadCaseOrThrow(json), new LocalDate(2025, 6, 2));
            // The command's --format json: the indented writer, then a newline.
            var expected = PoortwachterJson.WriteAssessment(assessment, indented: true) + "\n";

            using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(json));

            response.StatusCode.Should().Be(HttpStatusCode.OK, file);
            (await response.Content.ReadAsStringAsync()).Should().Be(expected, file);
        }
    }

    [Fact]
    public async Task Text_false_leaves_out_the_texts_as_the_commands_no_text_option()
    {
        var json = Encoding.UTF8.GetString(Files.Example("case.json"));

        using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-01&text=false", Web.Json(json));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("\"explanation\"").And.NotContain("\"message\"");
        using var document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("obligations")[0].GetProperty("dueBy").GetString().Should().Be("2025-02-16");
    }

    [Fact]
    public async Task A_bad_case_gets_a_400_problem_with_every_problem_and_its_json_path_as_the_reader_reports_it()
    {
        const string json = """
            {"caseId":"C-1","firstSickDay":"2025-01-06","colour":"red",
             "events":[{"type":"evaluatie","on":"2025-02-30"},{"type":"nope","on":"2025-01-07"},{"type":"loonsanctie","on":"2025-03-01"}]}
            """;
        var expected = PoortwachterJson.ReadCase(json).Problems.Select(p => (p.Path, p.Message)).ToArray();
        expected.Should().HaveCountGreaterThan(3, "the reader finds every problem of the document");

        using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-01", Web.Json(json));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Web.Read(response);
        problem["status"]!.GetValue<int>().Should().Be(400);
        problem["title"]!.GetValue<string>().Should().Be("Bad Request");
        problem["detail"]!.GetValue<string>().Should().Be("The body is not a valid case.");
        Web.Errors(problem).Should().Equal(expected);
        Web.Errors(problem).Select(e => e.Path).Should().Contain(["$.colour", "$.events[0].on", "$.events[1].type", "$.events[2].weeks"]);
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_problem_with_the_place_of_the_error()
    {
        using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-01", Web.Json("""{"caseId":"C-1","firstSickDay":"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = Web.Errors(await Web.Read(response));
        errors.Should().ContainSingle();
        errors[0].Path.Should().Be("$.firstSickDay");
        errors[0].Message.Should().StartWith("malformed JSON at line 1");
    }

    [Theory]
    [InlineData("", "the assessment date is required: add ?asOf=yyyy-mm-dd to the URL, such as ?asOf=2025-06-01.")]
    [InlineData("?asOf=2025-02-30", "'2025-02-30' is not a date that exists: February 2025 has 28 days.")]
    [InlineData("?asOf=2025-13-01", "'2025-13-01' is not a date: there is no month 13 (months run 01 to 12).")]
    [InlineData("?asOf=1-6-2025", null)]
    public async Task A_missing_or_bad_asOf_gets_a_400_problem_at_the_path_asOf(string query, string? message)
    {
        using var response = await _client.PostAsync(
            "/v1/assessments" + query,
            Web.Json("""{"caseId":"C-1","firstSickDay":"2025-01-06"}""")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = Web.Errors(await Web.Read(response));
        errors.Should().ContainSingle().Which.Path.Should().Be("asOf");
        if (message is not null)
        {
            errors[0].Message.Should().Be(message);
        }
    }

    [Fact]
    public async Task A_bad_asOf_and_a_bad_case_are_reported_together()
    {
        using var response = await _client.PostAsync(
            "/v1/assessments?asOf=2025-02-30&text=maybe",
            Web.Json("""{"caseId":"C-1","firstSickDay":"2025-01-32"}""")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Select(e => e.Path).Should().Equal("asOf", "text", "$.firstSickDay");
    }

    [Fact]
    public async Task An_asOf_before_the_first_sick_day_is_the_engines_400_at_asOf()
    {
        using var response = await _client.PostAsync(
            "/v1/assessments?asOf=2025-06-01",
            Web.Json("""{"caseId":"C-5","firstSickDay":"2025-07-01"}""")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response))
            .Should()
            .Equal(("asOf", "the assessment date 2025-06-01 is before the first sick day 2025-07-01."));
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_its_content_type_gets_a_415_problem()
    {
        using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-01", new FormUrlEncodedContent([new("caseId", "C-1")]));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var problem = await Web.Read(response);
        problem["detail"]!.GetValue<string>().Should().Contain("application/json").And.Contain("application/x-www-form-urlencoded");
        Web.Errors(problem).Should().ContainSingle();
    }

    [Fact]
    public async Task An_empty_body_is_a_400_problem()
    {
        using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-01", Web.Json(""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public async Task An_unknown_path_is_a_problem_document_too_without_a_stack_trace()
    {
        using var response = await _client.GetAsync("/v1/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Web.Read(response);
        problem["status"]!.GetValue<int>().Should().Be(404);
        problem["errors"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        using var response = await _client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("ok");
    }
}
