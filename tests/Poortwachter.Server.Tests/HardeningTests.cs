using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>Issue 22, the smaller points: media types, repeated and long query values, headers, HEAD, the rules' date range.</summary>
public sealed class HardeningTests : IClassFixture<ServerFactory>
{
    private const string Case = """{"caseId":"C-1","firstSickDay":"2025-01-06"}""";
    private readonly HttpClient _client;

    public HardeningTests(ServerFactory factory) => _client = factory.Client();

    [Theory]
    [InlineData("/v1/assessments", "application/json; charset=utf-16")]
    [InlineData("/v1/assessments/batch", "application/x-ndjson; charset=utf-16")]
    public async Task A_charset_other_than_utf8_is_a_415_problem(string path, string contentType)
    {
        var content = new ByteArrayContent(System.Text.Encoding.Unicode.GetBytes(Case));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.PostAsync(path + "?asOf=2025-06-02", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await Web.Read(response))["detail"]!
            .GetValue<string>()
            .Should()
            .Be($"The body must be UTF-8; the Content-Type given is '{contentType}'.");
    }

    [Fact]
    public async Task A_compressed_body_is_a_415_problem_not_malformed_json()
    {
        var content = Web.Json(Case);
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-02", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        Web.Errors(await Web.Read(response))
            .Should()
            .Equal(("$", "send the body without a Content-Encoding: the service does not decompress bodies."));
    }

    [Fact]
    public async Task A_repeated_asOf_is_a_400_problem_naming_it()
    {
        using var response = await _client.PostAsync("/v1/assessments?asOf=2025-06-01&asOf=2025-06-02", Web.Json(Case));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Should().Equal(("asOf", "asOf is given 2 times: give it once."));
    }

    [Fact]
    public async Task A_long_asOf_is_repeated_cut_at_80_characters()
    {
        var value = new string('9', 5000);

        using var response = await _client.PostAsync("/v1/assessments?asOf=" + value, Web.Json(Case));

        var message = Web.Errors(await Web.Read(response)).Single().Message;
        message.Should().Contain(new string('9', 80) + "... (5,000 characters)'").And.NotContain(new string('9', 81));
    }

    [Fact]
    public async Task Head_health_is_200_and_responses_carry_nosniff_and_assessments_no_store()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));
        using var assessed = await _client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(Case));
        using var missing = await _client.GetAsync("/nothing");

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        assessed.StatusCode.Should().Be(HttpStatusCode.OK);
        assessed.Headers.CacheControl!.NoStore.Should().BeTrue();
        foreach (var response in new[] { head, assessed, missing })
        {
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        }
    }

    [Theory]
    [InlineData("2200-01-01")]
    [InlineData("9999-12-31")]
    public async Task The_rules_refuse_a_first_sick_day_the_assessment_refuses(string day)
    {
        using var response = await _client.GetAsync("/v1/rules?firstSickDay=" + day);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response))
            .Should()
            .Equal(("firstSickDay", $"{day} is out of the supported range 1900-01-01..2199-12-31."));
    }
}
