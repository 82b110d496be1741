using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Logging;

namespace Poortwachter.Server.Http;

/// <summary>
/// Reads a request's body piece by piece for both assessment endpoints, and turns every way a body can fail into an
/// answer instead of an exception: broken framing or a too slow client (the server's own checks, 400 or 408), no data
/// for <see cref="ServerOptions.BodyIdleTimeout"/> (408), the request's deadline passed (408), or the client gone.
/// Kestrel's minimum data rate is averaged over the whole body, so a client that sent much and went silent would hold
/// its connection for minutes; the idle timeout cuts it.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private readonly HttpContext _http;
    private readonly PipeReader _reader;
    private readonly TimeSpan _idle;
    private readonly ILogger _logger;
    private CancellationTokenSource _wait;

    public RequestBody(HttpContext http, TimeSpan idle, ILogger logger)
    {
        _http = http;
        _reader = http.Request.BodyReader;
        _idle = idle;
        _logger = logger;
        _wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    /// <summary>
    /// Reads the whole body, at most <paramref name="limit"/> bytes, and parses it in one piece. A failure of the body is
    /// answered (<see cref="Answer"/>), a body over the limit gets <paramref name="tooLarge"/>; both give
    /// <see langword="false"/> and nothing parsed.
    /// </summary>
    /// <typeparam name="T">What the parse gives.</typeparam>
    /// <param name="limit">The largest body in bytes.</param>
    /// <param name="tooLarge">Writes the 413 answer.</param>
    /// <param name="parse">Parses the whole body.</param>
    /// <returns>Whether the body was read, and what the parse gave.</returns>
    public async Task<(bool Read, T Value)> ReadWholeAsync<T>(
        long limit,
        Func<HttpContext, long, Task> tooLarge,
        BodyLimits.SpanFunc<T> parse
    )
    {
        while (true)
        {
            var piece = await ReadAsync();
            if (piece.Failure is { } failure)
            {
                await Answer(_http, failure, failure.Message + ".");
                return (false, default!);
            }

            var buffer = piece.Result.Buffer;
            if (buffer.Length > limit)
            {
                AdvanceTo(buffer.Start, buffer.End);
                await tooLarge(_http, limit);
                return (false, default!);
            }

            if (piece.Result.IsCompleted)
            {
                var value = BodyLimits.Contiguous(buffer, parse);
                AdvanceTo(buffer.End, buffer.End);
                return (true, value);
            }

            AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads the next piece of the body.</summary>
    /// <returns>The piece, or why none came.</returns>
    public async ValueTask<BodyRead> ReadAsync()
    {
        try
        {
            _wait.CancelAfter(_idle);
            var result = await _reader.ReadAsync(_wait.Token);
            if (!_wait.TryReset())
            {
                // The wait ran out just as the piece came: the next read waits on a fresh one.
                _wait.Dispose();
                _wait = CancellationTokenSource.CreateLinkedTokenSource(_http.RequestAborted);
            }

            return new BodyRead(result, null);
        }
        catch (BadHttpRequestException ex)
        {
            return Failed(ex.StatusCode, $"the body could not be read ({ex.Message})");
        }
        catch (OperationCanceledException)
            when (_http.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true)
        {
            return Failed(
                StatusCodes.Status408RequestTimeout,
                $"the request took longer than the service allows (setting {DeadlineSetting(_http)})"
            );
        }
        catch (OperationCanceledException) when (!_http.RequestAborted.IsCancellationRequested)
        {
            return Failed(
                StatusCodes.Status408RequestTimeout,
                $"no part of the body came for {Seconds(_idle)} (setting Poortwachter:BodyIdleTimeout)"
            );
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client went away: there is no one to answer.
            return new BodyRead(default, new BodyFailure(0, "the client closed the connection"));
        }
    }

    /// <summary>The setting of the deadline that ended the request: the batch endpoint has a policy of its own.</summary>
    private static string DeadlineSetting(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName == ServerLimits.BatchPolicy
            ? "Poortwachter:BatchRequestTimeout"
            : "Poortwachter:RequestTimeout";

    /// <summary>Tells the reader what was used and what was looked at.</summary>
    /// <param name="consumed">The end of what was used.</param>
    /// <param name="examined">The end of what was looked at.</param>
    public void AdvanceTo(SequencePosition consumed, SequencePosition examined) => _reader.AdvanceTo(consumed, examined);

    /// <inheritdoc/>
    public void Dispose() => _wait.Dispose();

    /// <summary>Answers a body that could not be read with its problem document (a response that has not started).</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="failure">Why the body was not read.</param>
    /// <param name="message">The problem's message: the failure's, completed.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task Answer(HttpContext http, BodyFailure failure, string message)
    {
        if (failure.Status == 0)
        {
            return Task.CompletedTask;
        }

        if (HttpProtocol.IsHttp11(http.Request.Protocol) || HttpProtocol.IsHttp10(http.Request.Protocol))
        {
            // The rest of the body will not be read: the connection is not used again.
            http.Response.Headers.Connection = "close";
        }

        return Problems.Write(http, failure.Status, "The body could not be read.", "$", message);
    }

    private BodyRead Failed(int status, string message)
    {
        Failures.BodyNotRead(_logger, status, _http.Request.Method, _http.Request.Path.Value ?? string.Empty, message);
        return new BodyRead(default, new BodyFailure(status, message));
    }

    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds == 1 ? "1 second" : $"{span.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} seconds";
}
