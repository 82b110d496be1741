using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>The service on real Kestrel, on a loopback port of its own, with a real HTTP client over TCP.</summary>
public sealed class KestrelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_real_client_gets_the_contract_and_the_batch_streams_both_ways()
    {
        using var factory = new ServerFactory();
        // Two loopback ports: HTTP/1.1, and HTTP/2 without TLS (h2c, by prior knowledge), as .NET's client sends a body
        // and reads the response at the same time over HTTP/2 only (over HTTP/1.1 it reads the response once the body is sent).
        ListenOptions? http1 = null;
        ListenOptions? http2 = null;
        factory.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0, l => (http1 = l).Protocols = HttpProtocols.Http1);
            o.Listen(IPAddress.Loopback, 0, l => (http2 = l).Protocols = HttpProtocols.Http2);
        });
        factory.StartServer();
        http1!.IPEndPoint!.Port.Should().BePositive();
        using var client = new HttpClient(new SocketsHttpHandler())
        {
            BaseAddress = new Uri($"http://127.0.0.1:{http1.IPEndPoint.Port}"),
            Timeout = Patience,
        };

        // One case: the contract's example, byte for byte.
        using (
            var one = await client.PostAsync("/v1/assessments?asOf=2025-06-01", Web.Content(Files.Example("case.json"), "application/json"))
        )
        {
            one.StatusCode.Should().Be(HttpStatusCode.OK);
            (await one.Content.ReadAsByteArrayAsync()).Should().Equal(Files.Example("assessment.json"));
        }

        // The batch: the client sends line 1 and waits. Line 1's result must arrive while line 2 is not sent yet: the
        // service neither waits for the whole body nor holds back what it has assessed.
        var line1 = """{"caseId":"C-1","firstSickDay":"2025-01-06"}""";
        var line2 = """{"caseId":"C-2","firstSickDay":"2025-02-03"}""";
        var content = new GatedContent(line1 + "\n", line2 + "\n");
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"http://127.0.0.1:{http2!.IPEndPoint!.Port}/v1/assessments/batch?asOf=2025-06-02"
        )
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);

        var first = await reader.ReadLineAsync().WaitAsync(Patience);

        content.SecondSent.Should().BeFalse("the first result came before the client sent its second line");
        JsonNode.Parse(first!)!["caseId"]!.GetValue<string>().Should().Be("C-1");
        content.Release();
        var second = await reader.ReadLineAsync().WaitAsync(Patience);
        JsonNode.Parse(second!)!["caseId"]!.GetValue<string>().Should().Be("C-2");
        (await reader.ReadLineAsync().WaitAsync(Patience)).Should().BeNull();
    }
}
