using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>
/// The telemetry tests run alone: the service's meter and activity source have one name in the process, so a listener
/// of one test's service would also hear the requests of another test's service running beside it.
/// </summary>
[CollectionDefinition(nameof(RunAlone), DisableParallelization = true)]
public sealed class RunAlone;

/// <summary>Issue 26: the service as an operator runs it: live and ready health, metrics and traces, refusals logged without case data.</summary>
[Collection(nameof(RunAlone))]
public sealed class OperationsTests
{
    private const string Secret = "Jansen-de-Vries";

    [Fact]
    public async Task Live_and_ready_answer_healthy_while_the_engine_assesses()
    {
        using var factory = new ServerFactory();
        using var client = factory.Client();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        (await live.Content.ReadAsStringAsync()).Should().Be("Healthy");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Ready_answers_503_when_the_engine_cannot_assess_while_live_stays_healthy()
    {
        using var factory = ServerFactory.With(services =>
            services.AddSingleton(new PoortwachterEngine(new PoortwachterOptions().Add(new Throwing())))
        );
        using var client = factory.Client();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
    }

    [Fact]
    public async Task Assessed_and_refused_requests_are_counted_timed_and_traced_by_endpoint_and_status()
    {
        var metrics = new List<Metric>();
        var activities = new List<Activity>();
        using var factory = ServerFactory.With(services =>
            services.AddOpenTelemetry().WithMetrics(m => m.AddInMemoryExporter(metrics)).WithTracing(t => t.AddInMemoryExporter(activities))
        );
        using var client = factory.Client();

        (await client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(Files.Case("continuous.json"))))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        (await client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(Files.Case("continuous.json"))))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        (await client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json("{}"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsync("/v1/assessments/batch?asOf=2025-06-02", Web.Ndjson(Files.Case("cases.jsonl"))))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush().Should().BeTrue();
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush().Should().BeTrue();

        Sum(metrics, "poortwachter.requests.assessed", "assess").Should().Be(2);
        Sum(metrics, "poortwachter.requests.refused", "assess").Should().Be(1);
        Sum(metrics, "poortwachter.requests.assessed", "assessBatch").Should().Be(1);
        metrics.Should().Contain(m => m.Name == "poortwachter.request.duration" && m.Unit == "s");
        var own = activities.Where(a => a.Source.Name == "Poortwachter.Server").ToList();
        own.Select(a => (a.DisplayName, (int?)a.GetTagItem("http.response.status_code")))
            .Should()
            .BeEquivalentTo([("assess", (int?)200), ("assess", 200), ("assess", 400), ("assessBatch", 200)]);
        own.Single(a => (int?)a.GetTagItem("http.response.status_code") == 400).Status.Should().Be(ActivityStatusCode.Error);
    }

    [Fact]
    public async Task Batch_lines_are_counted_as_assessed_or_refused_as_they_are_sent()
    {
        var metrics = new List<Metric>();
        using var factory = ServerFactory.With(services => services.AddOpenTelemetry().WithMetrics(m => m.AddInMemoryExporter(metrics)));
        using var client = factory.Client();
        // Five lines: two cases, a blank line (no result), a line that is not JSON and one with an impossible date.
        var body = string.Join(
            "\n",
            """{"caseId":"C-1","firstSickDay":"2025-01-06"}""",
            """{"caseId":"C-2","firstSickDay":"2025-02-03"}""",
            "",
            "not json",
            """{"caseId":"C-3","firstSickDay":"2025-02-30"}"""
        );

        using var response = await client.PostAsync("/v1/assessments/batch?asOf=2025-06-02", Web.Ndjson(body + "\n"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush().Should().BeTrue();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        lines.Should().HaveCount(4, "a blank line gives no result line");
        Total(metrics, "poortwachter.batch.lines.assessed").Should().Be(2);
        Total(metrics, "poortwachter.batch.lines.refused").Should().Be(2);
        metrics
            .Where(m => m.Name.StartsWith("poortwachter.batch.lines.", StringComparison.Ordinal))
            .Should()
            .OnlyContain(m => m.Unit == "{line}");
    }

    [Fact]
    public async Task Once_the_host_is_stopping_ready_turns_503_and_a_new_request_gets_a_503_problem_while_live_stays_healthy()
    {
        using var factory = new ServerFactory();
        using var client = factory.Client();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);

        // What ApplicationStopping sets (SIGTERM); the in-process host cannot be stopped and still asked.
        factory.Services.GetRequiredService<Poortwachter.Server.Operations.ShutdownState>().Stop();
        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");
        using var assess = await client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(Files.Case("continuous.json")));

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.Should().Be(HttpStatusCode.OK);
        assess.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        assess.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        assess.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
        (await assess.Content.ReadAsStringAsync()).Should().Contain("the service is stopping");
    }

    [Fact]
    public void A_mistyped_engine_key_stops_the_service_at_start_with_the_setting_meant()
    {
        using var factory = ServerFactory.With(("Poortwachter:Engine:EvaluatieIntervalDay", "28"));

        var start = () => factory.Client();

        start
            .Should()
            .Throw<Microsoft.Extensions.Options.OptionsValidationException>()
            .WithMessage("Poortwachter:Engine:EvaluatieIntervalDay is not a setting. Did you mean 'EvaluatieIntervalDays'?*");
    }

    [Fact]
    public async Task A_refused_case_is_logged_with_its_status_and_path_and_nothing_of_the_case()
    {
        using var factory = new ServerFactory();
        using var client = factory.Client();
        var body = $$"""{"caseId":"{{Secret}}","firstSickDay":"2025-02-30"}""";

        using var response = await client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        factory.Logs.Containing("Request refused (400): POST /v1/assessments").Should().ContainSingle();
        factory
            .Logs.Entries.Should()
            .NotContain(e =>
                e.Message.Contains(Secret, StringComparison.Ordinal) || e.Message.Contains("2025-02-30", StringComparison.Ordinal)
            );
    }

    [Fact]
    public void An_exporter_that_does_not_exist_stops_the_service_at_start_naming_the_key()
    {
        using var factory = ServerFactory.With(("Poortwachter:Telemetry:Exporter", "jaeger"));

        var start = () => factory.Client();

        start
            .Should()
            .Throw<Microsoft.Extensions.Options.OptionsValidationException>()
            .WithMessage("*Poortwachter:Telemetry:Exporter must be one of none, otlp, console.*");
    }

    [Fact]
    public void A_rule_code_in_enabled_rules_that_names_no_rule_stops_the_service_at_start_with_the_code_meant()
    {
        using var factory = ServerFactory.With(("Poortwachter:Engine:EnabledRules:0", "spoor2-traject"));

        var start = () => factory.Client();

        start
            .Should()
            .Throw<Microsoft.Extensions.Options.OptionsValidationException>()
            .WithMessage(
                "EnabledRules has 'spoor2-traject', which is not the code of a shipped or host rule. Did you mean 'spoor-2-traject'?*"
            );
    }

    [Fact]
    public async Task The_service_process_with_a_bad_setting_says_so_in_one_line_and_exits_1_without_a_stack_trace()
    {
        var server = System.IO.Path.Combine(AppContext.BaseDirectory, "Poortwachter.Server.dll");
        var start = new ProcessStartInfo("dotnet", [server, "--urls", "http://127.0.0.1:0", "--Poortwachter:MaxCaseBytes=0"])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var cancel = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cancel.Token);

        process.ExitCode.Should().Be(1);
        (await stderr)
            .Should()
            .Be("poortwachter-server: Poortwachter:MaxCaseBytes must be a positive number of bytes." + Environment.NewLine);
    }

    private static long Total(List<Metric> metrics, string name)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                total = Math.Max(total, point.GetSumLong());
            }
        }

        return total;
    }

    private static long Sum(List<Metric> metrics, string name, string endpoint)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == "endpoint" && (string?)tag.Value == endpoint)
                    {
                        total = Math.Max(total, point.GetSumLong());
                    }
                }
            }
        }

        return total;
    }

    /// <summary>A host rule that always throws: the engine cannot assess any case.</summary>
    private sealed class Throwing : IRule
    {
        private static readonly RuleDescriptor Own = new(
            "test-kapot",
            "A host rule that always fails",
            "counted day 3",
            new LegalSource("Testprotocol"),
            LegalCharacter.Practice,
            "None.",
            CaseValidator.CurrentRegimeStart
        );

        public RuleDescriptor Descriptor => Own;

        public void Evaluate(RuleContext context, RuleOutput output) => throw new InvalidOperationException("broken");
    }
}
