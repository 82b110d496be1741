using System;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Poortwachter.Server.Operations;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>The body reader that ends a batch cleanly when the service stops: which lines it hands on, and the number it reports.</summary>
public sealed class BatchDrainTests
{
    [Theory]
    // Two whole lines (LF), then part of the third: line 3 is the first not read.
    [InlineData("{\"a\":1}\n{\"b\":2}\n{\"c\":", "{\"a\":1}\n{\"b\":2}\n", 3)]
    // CR LF counts once, a blank line counts, a lone CR ends a line (as the JSON Lines splitter reads them): lines 1
    // (CR LF), 2 (blank, CR LF), 3 (lone CR), then part of line 4.
    [InlineData("{\"a\":1}\r\n\r\n{\"b\":2}\r{\"c\"", "{\"a\":1}\r\n\r\n{\"b\":2}\r", 4)]
    // Nothing whole yet: nothing is handed on, and line 1 is the first not read.
    [InlineData("{\"a\":", "", 1)]
    public async Task Once_the_batch_must_end_it_hands_on_the_whole_lines_and_names_the_first_line_not_read(
        string received,
        string handedOn,
        long firstNotRead
    )
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(received));
        var http = Context(pipe.Reader, out var output);
        using var state = new ShutdownState(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), Host(TimeSpan.Zero));
        using var drain = BatchDrain.Around(http, state);
        var reader = http.Request.BodyReader;

        state.Stop(); // a timeout of 0: the batch must end at once
        var read = await reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var got = Encoding.UTF8.GetString(read.Buffer);
        reader.AdvanceTo(read.Buffer.End);
        await drain.End(http);

        read.IsCompleted.Should().BeTrue("the endpoint sees the end of the body");
        got.Should().Be(handedOn);
        var line = JsonNode.Parse(Encoding.UTF8.GetString(output.ToArray()))!;
        line["line"]!.GetValue<long>().Should().Be(firstNotRead);
        line["errors"]![0]!["message"]!.GetValue<string>().Should().StartWith("the service is stopping");
    }

    [Fact]
    public async Task A_body_that_ends_before_the_batch_must_end_is_handed_on_whole_with_no_last_line()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync("{\"a\":1}\n{\"b\":"u8.ToArray());
        await pipe.Writer.CompleteAsync();
        var http = Context(pipe.Reader, out var output);
        using var state = new ShutdownState(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), Host(TimeSpan.Zero));
        using var drain = BatchDrain.Around(http, state);

        state.Stop();
        var read = await http.Request.BodyReader.ReadAsync();
        var got = Encoding.UTF8.GetString(read.Buffer);
        http.Request.BodyReader.AdvanceTo(read.Buffer.End);
        await drain.End(http);

        got.Should().Be("{\"a\":1}\n{\"b\":", "the client sent it all: the endpoint reads it all, its last line too");
        output.Length.Should().Be(0);
    }

    private static DefaultHttpContext Context(PipeReader body, out MemoryStream output)
    {
        var http = new DefaultHttpContext();
        http.Features.Set<IRequestBodyPipeFeature>(new Body(body));
        output = new MemoryStream();
        http.Response.Body = output;
        http.Response.StatusCode = StatusCodes.Status200OK;
        return http;
    }

    private static Microsoft.Extensions.Options.IOptions<HostOptions> Host(TimeSpan timeout) =>
        Microsoft.Extensions.Options.Options.Create(new HostOptions { ShutdownTimeout = timeout });

    private sealed class Body(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }
}
