using System;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>Issue 22: bodies that stall or break their framing, on real Kestrel, answered with their problem and status.</summary>
public sealed class KestrelBodyTests
{
    [Fact]
    public async Task One_case_that_sends_much_and_goes_silent_gets_a_408_problem_in_the_idle_time_not_minutes_later()
    {
        using var server = new RawHttp(ServerFactory.With(("Poortwachter:BodyIdleTimeout", "00:00:00.5")));
        // 50 KB quickly: Kestrel's minimum data rate (averaged over the body) would give this client minutes of credit.
        var part = """{"caseId":"C-1","firstSickDay":"2025-01-06","events":[""" + new string(' ', 50_000);
        var head =
            $"POST /v1/assessments?asOf=2025-06-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";

        var (response, elapsed) = await server.SendAndStall(head + part);

        response.Should().StartWith("HTTP/1.1 408 ");
        response.Should().Contain("application/problem+json").And.Contain("Connection: close");
        response.Should().Contain("no part of the body came for 0.5 seconds (setting Poortwachter:BodyIdleTimeout).");
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        server.Logs.Containing("Body not read (408)").Should().ContainSingle().Which.Exception.Should().BeNull();
    }

    [Fact]
    public async Task One_case_with_broken_chunk_framing_gets_a_400_problem()
    {
        using var server = new RawHttp(new ServerFactory());
        var request =
            "POST /v1/assessments?asOf=2025-06-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";

        var (response, _) = await server.SendAndStall(request);

        response.Should().StartWith("HTTP/1.1 400 ");
        response.Should().Contain("application/problem+json").And.Contain("the body could not be read (");
        server.Logs.Containing("Body not read (400)").Should().ContainSingle().Which.Exception.Should().BeNull();
    }

    [Fact]
    public async Task A_batch_that_goes_silent_after_a_line_ends_its_stream_with_an_error_line()
    {
        using var server = new RawHttp(ServerFactory.With(("Poortwachter:BodyIdleTimeout", "00:00:00.5")));
        var chunk = """{"caseId":"C-1","firstSickDay":"2025-01-06"}""" + "\n" + """{"caseId":"C-2",""";
        var request =
            "POST /v1/assessments/batch?asOf=2025-06-02 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n"
            + $"{Encoding.UTF8.GetByteCount(chunk):x}\r\n{chunk}\r\n";

        var (response, elapsed) = await server.SendAndStall(request);

        response.Should().StartWith("HTTP/1.1 200 ");
        var lines = RawHttp.Dechunk(response).TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("""{"caseId":"C-1",""");
        lines[1]
            .Should()
            .Be(
                """{"line":2,"caseId":null,"errors":[{"path":"$","message":"no part of the body came for 0.5 seconds (setting Poortwachter:BodyIdleTimeout); the lines from here on were not read."}]}"""
            );
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_request_line_or_headers_too_large_get_kestrels_own_414_and_431_with_an_empty_body_as_the_readme_says()
    {
        using var server = new RawHttp(new ServerFactory());
        var longTarget = "/v1/assessments?asOf=2025-06-01&x=" + new string('a', 20_000);
        var bigHeader = "X-Filler: " + new string('b', 40_000);

        var (tooLong, _) = await server.SendAndStall($"GET {longTarget} HTTP/1.1\r\nHost: x\r\n\r\n");
        var (tooBig, _) = await server.SendAndStall($"GET /health HTTP/1.1\r\nHost: x\r\n{bigHeader}\r\n\r\n");

        // Kestrel answers these before any middleware runs (limits MaxRequestLineSize 8 KB, MaxRequestHeadersTotalSize
        // 32 KB): the status is right and the body empty, as the README's "Errors" list says.
        tooLong.Should().StartWith("HTTP/1.1 414 ").And.Contain("Content-Length: 0");
        tooBig.Should().StartWith("HTTP/1.1 431 ").And.Contain("Content-Length: 0");
    }
}
