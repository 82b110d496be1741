using System;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>The configured limit of one case's body (Poortwachter:MaxCaseBytes): a clear 413 problem over it.</summary>
public sealed class OneCaseLimitTests
{
    private const string Case = """{"caseId":"C-1","firstSickDay":"2025-01-06"}""";

    [Fact]
    public async Task A_body_over_the_limit_by_its_content_length_is_a_413_problem()
    {
        using var factory = ServerFactory.With(("Poortwachter:MaxCaseBytes", "40"));
        using var client = factory.Client();

        using var response = await client.PostAsync("/v1/assessments?asOf=2025-06-01", Web.Json(Case));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Web.Read(response);
        problem["title"]!.GetValue<string>().Should().Be("Payload Too Large");
        problem["detail"]!
            .GetValue<string>()
            .Should()
            .Be("The body is larger than the 40 bytes one case may take (setting Poortwachter:MaxCaseBytes).");
        Web.Errors(problem).Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413_problem_too_and_one_at_the_limit_is_assessed()
    {
        using var factory = ServerFactory.With(("Poortwachter:MaxCaseBytes", "44"));
        using var client = factory.Client();
        Encoding.UTF8.GetByteCount(Case).Should().Be(44);

        using var over = await client.PostAsync(
            "/v1/assessments?asOf=2025-06-01",
            new ChunkedContent(Encoding.UTF8.GetBytes(Case + " "), "application/json", piece: 10)
        );
        using var at = await client.PostAsync(
            "/v1/assessments?asOf=2025-06-01",
            new ChunkedContent(Encoding.UTF8.GetBytes(Case), "application/json", piece: 10)
        );

        over.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        at.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_default_limit_is_one_mebibyte()
    {
        using var factory = new ServerFactory();
        using var client = factory.Client();
        var padded = Case[..^1] + ",\"events\":[]" + new string(' ', (1 << 20) - Case.Length - 12) + "}";
        Encoding.UTF8.GetByteCount(padded).Should().Be(1 << 20);

        using var at = await client.PostAsync("/v1/assessments?asOf=2025-06-01", Web.Json(padded));
        using var over = await client.PostAsync("/v1/assessments?asOf=2025-06-01", Web.Json(padded + " "));

        at.StatusCode.Should().Be(HttpStatusCode.OK);
        over.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await Web.Read(over))["detail"]!.GetValue<string>().Should().Contain("1,048,576 bytes");
    }

    [Theory]
    [InlineData("Poortwachter:MaxCaseBytes", "0", "Poortwachter:MaxCaseBytes must be a positive number of bytes.")]
    [InlineData("Poortwachter:MaxBatchBytes", "-1", "Poortwachter:MaxBatchBytes must be a positive number of bytes.")]
    public void Limits_that_cannot_work_stop_the_service_at_start(string key, string value, string message)
    {
        using var factory = ServerFactory.With((key, value));

        var start = () => factory.Client();

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage($"*{message}*");
    }
}
