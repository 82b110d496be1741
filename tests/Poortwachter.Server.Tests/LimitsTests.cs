using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>Issue 22: the new settings are checked at start.</summary>
public sealed class LimitsTests
{
    [Theory]
    [InlineData("Poortwachter:BodyIdleTimeout", "00:00:00", "Poortwachter:BodyIdleTimeout must be a positive time")]
    [InlineData(
        "Poortwachter:MaxConcurrentRequests",
        "-1",
        "Poortwachter:MaxConcurrentRequests must be 0 (no limit) or a positive number."
    )]
    public void Settings_that_cannot_work_stop_the_service_at_start(string key, string value, string message)
    {
        using var factory = ServerFactory.With((key, value));

        var start = () => factory.Client();

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage($"*{message}*");
    }
}

/// <summary>Issue 22: the concurrency limit and the whole-request deadline, as a client meets them.</summary>
public sealed class LimitsInUseTests
{
    private static readonly string OneCase = Files.Case("continuous.json");

    [Fact]
    public async Task A_request_over_the_concurrency_limit_with_a_full_queue_gets_a_503_problem_with_retry_after()
    {
        using var factory = ServerFactory.With(("Poortwachter:MaxConcurrentRequests", "1"), ("Poortwachter:RequestQueueLimit", "0"));
        using var client = factory.Client();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first request holds the one permit: its body stops after the first piece until released.
        Task<HttpResponseMessage> Hold() =>
            client.PostAsync(
                "/v1/assessments?asOf=2025-06-02",
                new ChunkedContent(Encoding.UTF8.GetBytes(OneCase), "application/json", piece: 16, holdAfterFirst: release.Task)
            );
        var first = Hold();

        // Until the first request has its permit a second one may still get through (200); once it has, with no queue,
        // the next is refused. A probe that reaches the limiter before the held request takes the permit and the held one
        // is refused (no queue): then another is held. Tried for up to a minute, so a limiter that never refuses fails.
        HttpResponseMessage? refused = null;
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (refused is null && deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (first.IsCompleted)
            {
                // A probe reached the limiter first and the held request was the one refused: hold another.
                (await first)
                    .StatusCode.Should()
                    .Be(HttpStatusCode.ServiceUnavailable);
                (await first).Dispose();
                first = Hold();
            }

            var second = await client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(OneCase));
            if (second.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                refused = second;
            }
            else
            {
                second.StatusCode.Should().Be(HttpStatusCode.OK);
                second.Dispose();
                await Task.Delay(50);
            }
        }

        refused.Should().NotBeNull("a second request while the only permit is held and no queue is allowed is refused");
        using (refused)
        {
            refused!.Headers.RetryAfter!.ToString().Should().Be("1");
            refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = await refused.Content.ReadAsStringAsync();
            var json = System.Text.Json.Nodes.JsonNode.Parse(problem)!;
            json["status"]!.GetValue<int>().Should().Be(503);
            problem.Should().Contain("Poortwachter:MaxConcurrentRequests").And.Contain("Poortwachter:RequestQueueLimit");
        }

        // The held request, released, is answered in full: the limit refused the other one, not this.
        release.SetResult();
        using var held = await first;
        held.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/v1/assessments?asOf=2025-06-02", "Poortwachter:RequestTimeout", "application/json")]
    [InlineData("/v1/assessments/batch?asOf=2025-06-02", "Poortwachter:BatchRequestTimeout", "application/x-ndjson")]
    public async Task A_body_that_trickles_past_the_request_deadline_gets_a_408_problem_naming_the_setting(
        string path,
        string setting,
        string mediaType
    )
    {
        // Never quiet for long (a piece every 100 ms, the idle timeout is 30 s), so only the whole-request deadline of 1 s
        // can end it: the sample case (368 bytes) in 16-byte pieces takes over 2 s.
        using var factory = ServerFactory.With((setting, "00:00:01"));
        using var client = factory.Client();
        var body = mediaType == "application/json" ? OneCase : OneCase.ReplaceLineEndings(string.Empty) + "\n";

        using var response = await client.PostAsync(
            path,
            new ChunkedContent(Encoding.UTF8.GetBytes(body), mediaType, piece: 16, pause: TimeSpan.FromMilliseconds(100))
        );

        response.StatusCode.Should().Be(HttpStatusCode.RequestTimeout);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadAsStringAsync();
        System.Text.Json.Nodes.JsonNode.Parse(problem)!["status"]!.GetValue<int>().Should().Be(408);
        problem.Should().Contain($"(setting {setting})", "the problem names the one setting that set this endpoint's deadline");
    }
}
