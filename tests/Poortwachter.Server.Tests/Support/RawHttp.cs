using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Poortwachter.Server.Tests.Support;

/// <summary>
/// The service on real Kestrel (HTTP/1.1 on a loopback port of its own) and a client that writes the bytes of a request
/// itself, so a test can send half a body and go silent, or break the chunk framing, as no HTTP client library would.
/// </summary>
public sealed class RawHttp : IDisposable
{
    /// <summary>The longest any exchange may take: the tests configure timeouts far below it.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private readonly ServerFactory _factory;

    public RawHttp(ServerFactory factory)
    {
        _factory = factory;
        ListenOptions? listen = null;
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, l => (listen = l).Protocols = HttpProtocols.Http1));
        factory.StartServer();
        Port = listen!.IPEndPoint!.Port;
    }

    public int Port { get; }

    public LogCapture Logs => _factory.Logs;

    /// <summary>Opens a connection, writes <paramref name="request"/> and then stays silent; returns the response (head and body as text) and how long it took to come.</summary>
    public async Task<(string Response, TimeSpan Elapsed)> SendAndStall(string request) =>
        await SendAndStall(Encoding.UTF8.GetBytes(request));

    public async Task<(string Response, TimeSpan Elapsed)> SendAndStall(
        byte[] request,
        Func<NetworkStream, CancellationToken, Task>? more = null
    )
    {
        using var client = new TcpClient();
        using var cts = new CancellationTokenSource(Bound);
        await client.ConnectAsync(IPAddress.Loopback, Port, cts.Token);
        var stream = client.GetStream();
        var watch = Stopwatch.StartNew();
        await stream.WriteAsync(request, cts.Token);
        await stream.FlushAsync(cts.Token);
        var sending = more is null ? Task.CompletedTask : more(stream, cts.Token);
        var response = await ReadResponse(stream, cts.Token);
        watch.Stop();
        await cts.CancelAsync();
        try
        {
            await sending;
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.IO.IOException)
        {
            // The server closed the connection on the trickle; that is the point.
        }

        return (response, watch.Elapsed);
    }

    /// <summary>Reads one response: until the connection closes, the Content-Length is read, or the last chunk came.</summary>
    private static async Task<string> ReadResponse(NetworkStream stream, CancellationToken cancel)
    {
        var text = new StringBuilder();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, cancel);
            }
            catch (System.IO.IOException)
            {
                break;
            }

            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (Complete(text.ToString()))
            {
                break;
            }
        }

        return text.ToString();
    }

    private static bool Complete(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var head = text[..end];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
        }

        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return Encoding.UTF8.GetByteCount(text) - Encoding.UTF8.GetByteCount(head) - 4
                    >= int.Parse(line[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return false;
    }

    /// <summary>The body of a response whose body was sent chunked, without the chunk framing.</summary>
    public static string Dechunk(string response)
    {
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        if (!response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var result = new StringBuilder();
        var at = 0;
        while (true)
        {
            var eol = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[at..eol], 16);
            if (size == 0)
            {
                return result.ToString();
            }

            // Sizes count bytes; the bodies here are ASCII.
            result.Append(body, eol + 2, size);
            at = eol + 2 + size + 2;
        }
    }

    public void Dispose() => _factory.Dispose();
}
