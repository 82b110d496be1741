using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>
/// Issue 26, the service as .NET hosts run it, tested as its own process: the engine's options from appsettings.json and
/// environment variables (section <c>Poortwachter:Engine</c>), a bad setting's exit line, and graceful shutdown on SIGTERM.
/// </summary>
public sealed class HostingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [LinuxFact]
    public async Task Engine_options_from_appsettings_and_an_environment_variable_reach_the_engine()
    {
        // appsettings.json sets DueSoonDays 30 (default 14); the environment switches off the arbeidsdeskundig onderzoek.
        const string appsettings = """{ "Poortwachter": { "Engine": { "DueSoonDays": 30 } } }""";
        using var server = await ServerProcess.Start(
            appsettings,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Poortwachter__Engine__DisabledRules__0"] = "arbeidsdeskundig-onderzoek",
            }
        );
        using var client = server.Client();

        using var response = await client.PostAsync("/v1/assessments?asOf=2025-06-02&text=false", Web.Json(Files.Case("continuous.json")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var assessment = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var kinds = assessment["obligations"]!.AsArray().Select(o => o!["kind"]!.GetValue<string>()).ToList();
        kinds.Should().Contain("evaluatie").And.NotContain("arbeidsdeskundig-onderzoek", "the environment variable disabled it");
        // continuous.json: the last evaluatie on Mon 2025-05-12, the next due 42 days on, Mon 2025-06-23 (Regeling
        // procesgang art. 4 lid 2 onder b, option EvaluatieIntervalDays). On 2025-06-02 that is 21 days ahead: within
        // 30 days (appsettings), not within the default 14, so only the setting makes it due soon.
        var warnings = assessment["warnings"]!.AsArray().Select(w => w!.ToJsonString()).ToList();
        warnings
            .Should()
            .ContainSingle(w => w.Contains("due-soon", StringComparison.Ordinal) && w.Contains("evaluatie", StringComparison.Ordinal));
    }

    [LinuxFact]
    public async Task Bad_engine_settings_stop_the_process_with_one_line_each_naming_the_key_and_exit_1()
    {
        using var server = ServerProcess.Launch(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Poortwachter__Engine__EnabledRules__0"] = "spoor2-traject",
                ["Poortwachter__Engine__DueSoonDay"] = "30",
                ["Poortwachter__Enable__0"] = "spoor-2-traject",
            }
        );

        (await server.WaitForExit(Patience)).Should().BeTrue();

        server.ExitCode.Should().Be(1);
        var lines = server.Errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2, "the engine's options are checked after the service's own keys fail: {0}", server.Errors);
        lines[0]
            .Should()
            .Be(
                "poortwachter-server: Poortwachter:Enable is now Poortwachter:Engine:EnabledRules (the engine's options are under Poortwachter:Engine)."
            );
        lines[1]
            .Should()
            .StartWith(
                "poortwachter-server: Poortwachter:Engine:DueSoonDay is not a setting. Did you mean 'DueSoonDays'? Settings here: EvaluatieIntervalDays, DueSoonDays,"
            );
        server.Output.Should().NotContain("   at ", "no stack trace");
    }

    [LinuxFact]
    public async Task A_rule_code_that_names_no_rule_stops_the_process_with_the_engine_key_and_exit_1()
    {
        using var server = ServerProcess.Launch(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Poortwachter__Engine__EnabledRules__0"] = "spoor2-traject" }
        );

        (await server.WaitForExit(Patience)).Should().BeTrue();

        server.ExitCode.Should().Be(1);
        server
            .Errors.Should()
            .StartWith(
                "poortwachter-server: Poortwachter:Engine:EnabledRules has 'spoor2-traject', which is not the code of a shipped or host rule. Did you mean 'spoor-2-traject'? Known codes: "
            )
            .And.EndWith("." + Environment.NewLine);
        server.Errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        server.Output.Should().NotContain("   at ", "no stack trace, neither in the log");
    }

    [LinuxFact]
    public async Task Sigterm_while_a_batch_streams_lets_it_finish_refuses_new_connections_and_exits_0()
    {
        using var server = await ServerProcess.Start(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Poortwachter__ShutdownTimeout"] = "00:00:30" }
        );
        using var client = server.Client();
        var line1 = """{"caseId":"C-1","firstSickDay":"2025-01-06"}""";
        var line2 = """{"caseId":"C-2","firstSickDay":"2025-02-03"}""";
        var content = new GatedContent(line1 + "\n", line2 + "\n");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/assessments/batch?asOf=2025-06-02")
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var first = await reader.ReadLineAsync().WaitAsync(Patience);
        JsonNode.Parse(first!)!["caseId"]!.GetValue<string>().Should().Be("C-1");

        // The batch is running, its second line not sent: the service is told to stop.
        server.Signal(15);
        await Task.Delay(TimeSpan.FromSeconds(1));
        using var other = new HttpClient(new SocketsHttpHandler()) { BaseAddress = client.BaseAddress, Timeout = Patience };
        var fresh = async () => await other.GetAsync("/health/live");
        await fresh.Should().ThrowAsync<HttpRequestException>("a stopping service takes no new connection");
        server.Output.Should().Contain("Application is shutting down");
        (await server.WaitForExit(TimeSpan.FromSeconds(1))).Should().BeFalse("the running batch holds the service until it ends");

        content.Release();
        var second = await reader.ReadLineAsync().WaitAsync(Patience);
        var end = await reader.ReadLineAsync().WaitAsync(Patience);

        JsonNode.Parse(second!)!["caseId"]!.GetValue<string>().Should().Be("C-2", "the running batch finished after the signal");
        end.Should().BeNull("the stream ended cleanly after the last line");
        (await server.WaitForExit(Patience)).Should().BeTrue();
        server.ExitCode.Should().Be(0);
        server.Errors.Should().BeEmpty();
    }

    [LinuxFact]
    public async Task A_batch_still_sending_when_the_shutdown_time_runs_out_ends_with_an_error_line_for_the_first_line_not_read()
    {
        // ShutdownTimeout 5 s: the batch stops reading at 80% of it, 4 s after the signal, and ends before the host cuts it.
        using var server = await ServerProcess.Start(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Poortwachter__ShutdownTimeout"] = "00:00:05" }
        );
        using var client = server.Client();
        // Line 1 whole, then a part of line 2; the rest of line 2 comes only once released, after the service stopped.
        var content = new GatedContent(
            """{"caseId":"C-1","firstSickDay":"2025-01-06"}""" + "\n" + """{"caseId":"C-2",""",
            "\"firstSickDay\":\"2025-02-03\"}\n"
        );
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/assessments/batch?asOf=2025-06-02")
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var first = await reader.ReadLineAsync().WaitAsync(Patience);
        var stopped = System.Diagnostics.Stopwatch.StartNew();

        server.Signal(15);
        var last = await reader.ReadLineAsync().WaitAsync(Patience);
        var end = await reader.ReadLineAsync().WaitAsync(Patience);
        var took = stopped.Elapsed;
        var exited = await server.WaitForExit(Patience);
        content.Release();

        JsonNode.Parse(first!)!["caseId"]!.GetValue<string>().Should().Be("C-1");
        var error = JsonNode.Parse(last!)!;
        error["line"]!.GetValue<long>().Should().Be(2, "line 2 had come in part only");
        error["caseId"].Should().BeNull();
        error["errors"]![0]!["path"]!.GetValue<string>().Should().Be("$");
        error["errors"]![0]!["message"]!
            .GetValue<string>()
            .Should()
            .StartWith("the service is stopping: the lines from here on were not read");
        end.Should().BeNull("the stream ended cleanly, not cut");
        took.Should()
            .BeGreaterThan(TimeSpan.FromSeconds(3))
            .And.BeLessThan(
                TimeSpan.FromSeconds(12),
                "at 80% of the 5 s timeout (slack for a loaded machine: the error line above shows the drain, not the host, ended it)"
            );
        exited.Should().BeTrue();
        server.ExitCode.Should().Be(0);
    }
}
