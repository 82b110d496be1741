using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Rules;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>
/// The language of the answers: <c>Accept-Language</c> with its q-values, the <c>language</c> query parameter that wins
/// over it, <c>Content-Language</c> and <c>Vary</c>, on the assessment, the batch and the rules.
/// </summary>
public sealed class LanguageTests : IClassFixture<ServerFactory>
{
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    private readonly HttpClient _client;

    public LanguageTests(ServerFactory factory) => _client = factory.Client();

    private static string CaseJson => Encoding.UTF8.GetString(Files.Example("case.json"));

    private static string Expected(TextLanguage language) =>
        PoortwachterJson.WriteAssessment(
            new PoortwachterEngine().Assess(PoortwachterJson.ReadCaseOrThrow(CaseJson), AsOf),
            language,
            indented: true
        ) + "\n";

    private async Task<HttpResponseMessage> Assess(string query = "", string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/assessments?asOf=2025-06-01{query}")
        {
            Content = Web.Json(CaseJson),
        };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("nl", "nl")]
    [InlineData("nl-NL", "nl")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("en;q=0.5, nl;q=0.8", "nl")]
    [InlineData("nl;q=0.3, en;q=0.7", "en")]
    [InlineData("fr-FR, fr;q=0.9, nl;q=0.2", "nl")]
    [InlineData("fr, de", "en")]
    [InlineData("nl;q=0, en;q=0.1", "en")]
    [InlineData("nl;q=0", "en")]
    [InlineData("*", "en")]
    [InlineData("not a header ;;; q=x", "en")]
    public async Task Accept_language_chooses_the_best_language_by_q_value(string? header, string code)
    {
        using var response = await Assess(acceptLanguage: header);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var language = code == "nl" ? TextLanguage.Dutch : TextLanguage.English;
        (await response.Content.ReadAsStringAsync()).Should().Be(Expected(language));
        response.Content.Headers.ContentLanguage.Should().Equal(code);
        response.Headers.Vary.Should().Contain("Accept-Language");
    }

    [Theory]
    [InlineData("&language=nl", "en", "nl")]
    [InlineData("&language=en", "nl", "en")]
    [InlineData("&language=NL-be", null, "nl")]
    public async Task The_query_parameter_wins_over_the_header(string query, string? header, string code)
    {
        using var response = await Assess(query, header);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var language = code == "nl" ? TextLanguage.Dutch : TextLanguage.English;
        (await response.Content.ReadAsStringAsync()).Should().Be(Expected(language));
        response.Content.Headers.ContentLanguage.Should().Equal(code);
    }

    [Fact]
    public async Task English_is_byte_for_byte_the_contracts_example()
    {
        using var response = await Assess("&language=en");

        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(Files.Example("assessment.json"));
    }

    [Fact]
    public async Task A_bad_language_is_a_400_problem_that_names_the_parameter()
    {
        using var response = await Assess("&language=fr", "nl");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Web.Read(response);
        Web.Errors(problem)
            .Should()
            .Equal(
                (
                    "language",
                    "'fr' is not a language the texts are written in: use nl (Dutch) or en (English); a tag such as nl-NL is read as nl."
                )
            );
    }

    [Fact]
    public async Task A_repeated_language_is_a_400_problem()
    {
        using var response = await Assess("&language=nl&language=en");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(response)).Should().Equal(("language", "language is given 2 times: give it once."));
    }

    [Fact]
    public async Task Without_texts_there_is_no_content_language_but_the_answer_still_varies()
    {
        using var response = await Assess("&text=false", "nl");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().BeEmpty();
        response.Headers.Vary.Should().Contain("Accept-Language");
    }

    [Fact]
    public async Task The_batch_answers_in_the_language_of_the_request()
    {
        var lines = File.ReadAllLines(Path.Combine(System.AppContext.BaseDirectory, "cases", "cases.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/assessments/batch?asOf=2025-06-01")
        {
            Content = Web.Ndjson(string.Join("\n", lines) + "\n"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl-NL, en;q=0.5");

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("nl");
        response.Headers.Vary.Should().Contain("Accept-Language");
        var engine = new PoortwachterEngine();
        var answered = (await response.Content.ReadAsStringAsync()).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        answered
            .Should()
            .Equal(
                lines.Select(l =>
                    PoortwachterJson.WriteAssessment(engine.Assess(PoortwachterJson.ReadCaseOrThrow(l), AsOf), TextLanguage.Dutch)
                )
            );
    }

    [Fact]
    public async Task The_rules_are_listed_in_Dutch()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/rules?firstSickDay=2025-01-06");
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl");

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("nl");
        response.Headers.Vary.Should().Contain("Accept-Language");
        var catalogue = await Web.Read(response);
        catalogue["ruleSet"]!["description"]!
            .GetValue<string>()
            .Should()
            .Be("Wet verbetering poortwachter voor eerste ziektedagen vanaf 1 juli 2013");
        foreach (var rule in RuleSets.Wvp2013.Rules.Where(r => r.Descriptor.AppliesTo(new LocalDate(2025, 1, 6))))
        {
            var entry = catalogue["rules"]!.AsArray().Single(r => r!["code"]!.GetValue<string>() == rule.Descriptor.Code)!;
            entry["title"]!.GetValue<string>().Should().Be(rule.Descriptor.TitleIn(TextLanguage.Dutch));
            entry["dueRule"]!.GetValue<string>().Should().Be(rule.Descriptor.DueRuleIn(TextLanguage.Dutch));
            entry["stake"]!.GetValue<string>().Should().Be(rule.Descriptor.StakeIn(TextLanguage.Dutch));
            // Codes and citations are the same in every language.
            entry["legalBasis"]!["citation"]!.GetValue<string>().Should().Be(rule.Descriptor.LegalBasis.Citation);
        }
    }

    [Fact]
    public async Task The_rules_query_parameter_wins_and_a_bad_one_is_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/rules?firstSickDay=2025-01-06&language=en");
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl");
        using var english = await _client.SendAsync(request);
        using var plain = await _client.GetAsync("/v1/rules?firstSickDay=2025-01-06");
        using var bad = await _client.GetAsync("/v1/rules?firstSickDay=2025-01-06&language=xx");

        english.Content.Headers.ContentLanguage.Should().Equal("en");
        (await english.Content.ReadAsStringAsync()).Should().Be(await plain.Content.ReadAsStringAsync());
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Web.Errors(await Web.Read(bad)).Single().Path.Should().Be("language");
    }

    /// <summary>
    /// The Dutch twins of the English answers (docs/examples/assessment.json and the live catalogue), as golden files in
    /// Verified/: they change as the rules' Dutch texts land, and are regenerated by this test and reviewed.
    /// </summary>
    [Theory]
    [InlineData("assessment.nl.verified.json", "/v1/assessments?asOf=2025-06-01&language=nl")]
    [InlineData("rules.nl.verified.json", "/v1/rules?firstSickDay=2025-01-06&language=nl")]
    public async Task Dutch_golden_files_of_the_assessment_and_the_rules(string file, string url)
    {
        using var response = url.StartsWith("/v1/rules", System.StringComparison.Ordinal)
            ? await _client.GetAsync(url)
            : await _client.PostAsync(url, Web.Json(CaseJson));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var verified = Path.Combine(Files.Repository(), "tests", "Poortwachter.Server.Tests", "Verified");
        Directory.CreateDirectory(verified);
        // Indented, so a change to one rule's text is one line of the diff (the assessment is indented already).
        var text = System
            .Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!
            .ToJsonString(
                new System.Text.Json.JsonSerializerOptions
                {
                    WriteIndented = true,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }
            );
        Golden.Verify(Path.Combine(verified, file), text);
    }
}
