using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Portfolio;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>
/// <c>POST /v1/worklist</c> in-process: JSON Lines of cases in, the worklist on <c>asOf</c> out, with the lines that could
/// not be assessed in <c>problems</c>. L-1: sick from Monday 6 Jan 2025, probleemanalyse on 10 Feb: the plan van aanpak
/// is due 10 Feb + 14 = 24 Feb 2025 (Regeling procesgang art. 4 lid 1), overdue on 2 Mar. S-1: sick from Monday 10 Feb
/// 2025: the probleemanalyse is due on day 42 = 10 Feb + 41 = 23 Mar 2025, within 30 days of 2 Mar (not within 14).
/// </summary>
public sealed class WorklistTests : IClassFixture<ServerFactory>
{
    private const string L1 = """{"caseId":"L-1","firstSickDay":"2025-01-06","events":[{"type":"probleemanalyse","on":"2025-02-10"}]}""";

    private const string S1 = """{"caseId":"S-1","firstSickDay":"2025-02-10"}""";

    private readonly HttpClient _client;

    public WorklistTests(ServerFactory factory) => _client = factory.Client();

    private static string Row(JsonNode? i) =>
        $"{i!["section"]} {i["caseId"]} {i["kind"]} {i["date"]?.GetValue<string>() ?? "-"} {i["status"]}";

    [Fact]
    public async Task A_portfolio_gives_the_worklist_the_command_writes_with_no_problems()
    {
        using var response = await _client.PostAsync("/v1/worklist?asOf=2025-03-02&within=30", Web.Ndjson(L1 + "\n" + S1 + "\n"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentLanguage.Should().Equal("en");
        var body = await Web.Read(response);
        body["items"]!
            .AsArray()
            .Select(Row)
            .Should()
            .Equal("overdue L-1 plan-van-aanpak 2025-02-24 overdue", "due-soon S-1 probleemanalyse 2025-03-23 open");
        body["problems"]!.AsArray().Should().BeEmpty();

        // The rest is what the library (and so the command's --format json) writes for the same cases.
        var engine = new PoortwachterEngine();
        var builder = new WorklistBuilder(new LocalDate(2025, 3, 2), 30);
        builder.Add(engine.Assess(PoortwachterJson.ReadCaseOrThrow(L1), new LocalDate(2025, 3, 2)));
        builder.Add(engine.Assess(PoortwachterJson.ReadCaseOrThrow(S1), new LocalDate(2025, 3, 2)));
        body.Remove("problems");
        JsonNode.DeepEquals(body, JsonNode.Parse(WorklistJson.Write(builder.Build()))).Should().BeTrue(body.ToJsonString());
    }

    [Fact]
    public async Task The_window_defaults_to_14_days()
    {
        using var response = await _client.PostAsync("/v1/worklist?asOf=2025-03-02", Web.Ndjson(S1 + "\n"));

        var body = await Web.Read(response);
        ((int?)body["within"]).Should().Be(14);
        body["items"]!.AsArray().Should().BeEmpty("23 Mar is 21 days after 2 Mar");
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_its_number_and_path_and_costs_the_others_nothing()
    {
        var lines = string.Join("\n", L1, "not json", """{"caseId":"X-1","firstSickDay":"2025-13-01"}""", S1) + "\n";

        using var response = await _client.PostAsync("/v1/worklist?asOf=2025-03-02&within=30", Web.Ndjson(lines));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await Web.Read(response);
        ((int?)body["figures"]!["cases"]).Should().Be(2);
        body["items"]!.AsArray().Select(i => (string?)i!["caseId"]).Should().Equal("L-1", "S-1");
        var problems = body["problems"]!.AsArray();
        problems.Select(p => ((int?)p!["line"], (string?)p["caseId"])).Should().Equal((2, null), (3, "X-1"));
        ((string?)problems[0]!["errors"]![0]!["path"]).Should().Be("$");
        ((string?)problems[0]!["errors"]![0]!["message"]).Should().StartWith("malformed JSON");
        ((string?)problems[1]!["errors"]![0]!["path"]).Should().Be("$.firstSickDay");
    }

    [Fact]
    public async Task A_missing_asOf_and_a_bad_within_are_a_400_naming_each_parameter()
    {
        using var response = await _client.PostAsync("/v1/worklist?within=400", Web.Ndjson(S1 + "\n"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        Web.Errors(await Web.Read(response)).Select(e => e.Path).Should().Equal("asOf", "within");
    }

    [Fact]
    public async Task A_body_without_a_case_is_a_400()
    {
        using var response = await _client.PostAsync("/v1/worklist?asOf=2025-03-02", Web.Ndjson("\n\n"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Should().Equal(("$", "the body holds no case: send one case per line (JSON Lines)."));
    }

    [Theory]
    [InlineData("/v1/worklist?asOf=2025-03-02&within=30", "nl-NL, en;q=0.5")]
    [InlineData("/v1/worklist?asOf=2025-03-02&within=30&language=nl", "en")]
    public async Task The_texts_are_in_Dutch_when_asked_for(string url, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Web.Ndjson(L1 + "\n") };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("nl");
        var plan = (await Web.Read(response))["items"]![0]!;
        ((string?)plan["date"]).Should().Be("2025-02-24", "dates in fields stay ISO");
        ((string?)plan["text"]).Should().Contain("24 februari 2025");
        ((string?)plan["text"])
            .Should()
            .Be(
                new PoortwachterEngine()
                    .Assess(PoortwachterJson.ReadCaseOrThrow(L1), new LocalDate(2025, 3, 2))
                    .Obligations.Single(o => o.Kind == ObligationCodes.PlanVanAanpak)
                    .ExplanationIn(TextLanguage.Dutch)
            );
    }
}
