using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>
/// <c>POST /v1/changes</c>: two versions of one case in, the change set out (issue 27). Dates derived by hand:
/// D = Monday 6 January 2025 is day 1; counted day N is D + (N - 1) while sick throughout.
/// </summary>
public sealed class ChangesTests : IClassFixture<ServerFactory>
{
    private const string Sick = """{"caseId":"R-1","firstSickDay":"2025-01-06"}""";
    private const string Relapsed =
        """{"caseId":"R-1","firstSickDay":"2025-01-06","sickness":[{"from":"2025-01-06","until":"2025-02-20"},{"from":"2025-03-10"}]}""";

    private readonly HttpClient _client;

    public ChangesTests(ServerFactory factory) => _client = factory.Client();

    private Task<HttpResponseMessage> Post(string query, string body, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/changes" + query) { Content = Web.Json(body) };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return _client.SendAsync(request);
    }

    private static JsonObject Change(JsonObject set, string kind) =>
        set["changes"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == kind)!.AsObject();

    [Fact]
    public async Task A_relapse_moves_the_plan_van_aanpak_with_its_reason()
    {
        using var response = await Post("?asOf=2025-03-12", $$"""{"previous":{{Sick}},"current":{{Relapsed}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentLanguage.Should().Equal("en");
        var set = await Web.Read(response);
        set["caseId"]!.GetValue<string>().Should().Be("R-1");
        set["case"]!.GetValue<string>().Should().Be("changed");
        set["previousAsOf"]!.GetValue<string>().Should().Be("2025-03-12", "previousAsOf defaults to asOf");
        // The plan van aanpak is due by day 56 (Regeling procesgang art. 4 lid 1: eight weeks).
        // Before: sick throughout, day 56 = 6 Jan + 55 = 2 Mar 2025 (25 days to 31 Jan, 28 to 28 Feb, 2 more); overdue on 12 Mar.
        // Now: sick 6 Jan..20 Feb = 26 + 20 = 46 days; fit 21 Feb..9 Mar (17 days, under four weeks: samentelling,
        // art. 7:629 lid 10 BW), so 10 Mar is day 47 and day 56 = 10 Mar + 9 = 19 Mar 2025, still open on 12 Mar.
        var plan = Change(set, "plan-van-aanpak");
        plan["what"]!.AsArray().Select(w => w!.GetValue<string>()).Should().Equal("moved", "status-changed");
        plan["previousDate"]!.GetValue<string>().Should().Be("2025-03-02");
        plan["currentDate"]!.GetValue<string>().Should().Be("2025-03-19");
        plan["daysMoved"]!.GetValue<int>().Should().Be(17);
        (plan["previousStatus"]!.GetValue<string>(), plan["currentStatus"]!.GetValue<string>()).Should().Be(("overdue", "open"));
        plan["summary"]!.GetValue<string>().Should().Contain("17 days later").And.Contain("(samentelling)");
        set["caseFacts"]!.AsArray().Should().HaveCount(2, "the first period now ends, and a second one was added");
    }

    [Fact]
    public async Task Previous_as_of_assesses_the_previous_case_on_its_own_date_and_a_new_case_has_only_additions()
    {
        // Probleemanalyse by day 42 = 6 Jan + 41 = 16 Feb 2025 (Regeling procesgang art. 2 lid 1: six weeks).
        using var response = await Post("?asOf=2025-02-01&previousAsOf=2025-01-01", $$"""{"previous":null,"current":{{Sick}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var set = await Web.Read(response);
        set["case"]!.GetValue<string>().Should().Be("new");
        set["changes"]!.AsArray().Should().OnlyContain(c => c!["what"]![0]!.GetValue<string>() == "added");
        Change(set, "probleemanalyse")["currentDate"]!.GetValue<string>().Should().Be("2025-02-16");
    }

    [Fact]
    public async Task A_bad_previous_case_gets_a_400_whose_paths_say_which_case()
    {
        const string bad = """{"caseId":"R-1","firstSickDay":"2025-01-06","events":[{"type":"evaluatie","on":"2025-02-30"}]}""";

        using var response = await Post("?asOf=2025-03-12", $$"""{"previous":{{bad}},"current":{{Relapsed}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = Web.Errors(await Web.Read(response));
        errors.Should().ContainSingle();
        errors[0].Path.Should().Be("$.previous.events[0].on");
        errors[0].Message.Should().Contain("2025-02-30");
    }

    [Fact]
    public async Task A_body_that_is_not_a_pair_of_one_case_is_refused_with_paths()
    {
        using var mismatch = await Post(
            "?asOf=2025-03-12",
            $$"""{"previous":{{Sick}},"current":{"caseId":"X-2","firstSickDay":"2025-01-06"},"extra":1}"""
        );

        mismatch.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(mismatch)).Select(e => e.Path).Should().Equal("$.extra", "$.current.caseId");

        using var neither = await Post("?asOf=2025-03-12", """{"previous":null}""");
        Web.Errors(await Web.Read(neither)).Select(e => e.Path).Should().Equal("$");

        using var malformed = await Post("?asOf=2025-03-12", "{\"previous\":{\"caseId\":\"R-1\",\n\"firstSickDay\":}}");
        var error = Web.Errors(await Web.Read(malformed)).Single();
        error.Message.Should().StartWith("malformed JSON at line 2");
    }

    [Fact]
    public async Task A_missing_as_of_is_a_problem_with_the_parameter()
    {
        using var response = await Post("?previousAsOf=2025-13-01", $$"""{"previous":{{Sick}},"current":{{Relapsed}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Select(e => e.Path).Should().Equal("asOf", "previousAsOf");
    }

    [Fact]
    public async Task A_current_case_that_cannot_be_assessed_on_as_of_names_the_parameter()
    {
        // The previous case is new on 1 Jan (sick from 6 Jan); the current one cannot be assessed before its day 1.
        using var response = await Post("?asOf=2025-01-01", $$"""{"current":{{Sick}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Select(e => e.Path).Should().Equal("asOf");
    }

    [Fact]
    public async Task The_texts_are_dutch_with_accept_language_nl()
    {
        using var response = await Post("?asOf=2025-03-12", $$"""{"previous":{{Sick}},"current":{{Relapsed}}}""", "nl-NL, en;q=0.5");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("nl");
        response.Headers.Vary.Should().Contain("Accept-Language");
        var set = await Web.Read(response);
        set["language"]!.GetValue<string>().Should().Be("nl");
        // The same dates as the English test above; Dutch prose dates as "10 maart 2025".
        var plan = Change(set, "plan-van-aanpak");
        plan["currentDate"]!.GetValue<string>().Should().Be("2025-03-19", "dates in fields stay ISO in every language");
        plan["summary"]!
            .GetValue<string>()
            .Should()
            .Be(
                "plan van aanpak 17 dagen later, nu open (was te laat): ziekteperiode vanaf 6 januari 2025 eindigt nu op 20 februari 2025; ziekteperiode vanaf 10 maart 2025 toegevoegd (samentelling)"
            );
    }

    [Fact]
    public async Task A_wrong_content_type_is_a_415()
    {
        using var response = await _client.PostAsync("/v1/changes?asOf=2025-03-12", Web.Content("x"u8.ToArray(), "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_twice_the_case_limit_is_a_413_and_one_at_it_is_compared()
    {
        // Sick is 44 bytes: {"previous":Sick,"current":Sick} is 12 + 44 + 11 + 44 + 1 = 112 bytes, under 2 x 60 = 120;
        // 9 spaces more make 121, over it.
        using var factory = ServerFactory.With(("Poortwachter:MaxCaseBytes", "60"));
        using var client = factory.Client();
        var body = $$"""{"previous":{{Sick}},"current":{{Sick}}}""";
        System.Text.Encoding.UTF8.GetByteCount(body).Should().Be(112);

        using var at = await client.PostAsync("/v1/changes?asOf=2025-03-12", Web.Json(body));
        using var over = await client.PostAsync("/v1/changes?asOf=2025-03-12", Web.Json(body + new string(' ', 9)));
        using var chunked = await client.PostAsync(
            "/v1/changes?asOf=2025-03-12",
            new ChunkedContent(System.Text.Encoding.UTF8.GetBytes(body + new string(' ', 9)), "application/json", piece: 10)
        );

        at.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Web.Read(at))["changes"]!.AsArray().Should().BeEmpty("the same case on the same day: nothing changed");
        over.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await Web.Read(over))["detail"]!
            .GetValue<string>()
            .Should()
            .Be("The body is larger than the 120 bytes two cases may take (twice the setting Poortwachter:MaxCaseBytes).");
        chunked.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_answer_is_the_change_set_json_writer_indented_as_the_library_writes_it()
    {
        var engine = new PoortwachterEngine();
        var previous = Poortwachter.Json.PoortwachterJson.ReadCaseOrThrow(Sick);
        var current = Poortwachter.Json.PoortwachterJson.ReadCaseOrThrow(Relapsed);
        var asOf = new NodaTime.LocalDate(2025, 3, 12);
        var set = Poortwachter.Changes.AssessmentChanges.Between(
            engine.Assess(previous, new NodaTime.LocalDate(2025, 3, 1)),
            engine.Assess(current, asOf),
            previous,
            current
        );
        var expected = Poortwachter.Json.ChangeSetJson.Write(set, Poortwachter.Assessments.TextLanguage.Dutch, indented: true) + "\n";

        using var response = await Post(
            "?asOf=2025-03-12&previousAsOf=2025-03-01&language=nl",
            $$"""{"previous":{{Sick}},"current":{{Relapsed}}}"""
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(expected);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }
}
