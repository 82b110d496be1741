using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Counts the result lines of a batch as they are written to the response (<see cref="ServiceMetrics.BatchLine"/>):
/// a line that is an error object (<c>{"line":N,...</c>, the contract's form for a line that was not assessed) is
/// refused, any other line assessed. It reads what the endpoint writes and changes nothing of it; a result line holds no
/// raw line break (JSON escapes it), so each <c>\n</c> ends one.
/// </summary>
internal sealed class BatchLineCounter : PipeWriter
{
    private static readonly byte[] ErrorStart = "{\"line\":"u8.ToArray();

    private readonly PipeWriter _inner;
    private readonly ServiceMetrics _metrics;
    private readonly byte[] _start = new byte[ErrorStart.Length];
    private Memory<byte> _handedOut;
    private int _startLength;
    private bool _inLine;

    private BatchLineCounter(PipeWriter inner, ServiceMetrics metrics)
    {
        _inner = inner;
        _metrics = metrics;
    }

    /// <inheritdoc/>
    public override bool CanGetUnflushedBytes => _inner.CanGetUnflushedBytes;

    /// <inheritdoc/>
    public override long UnflushedBytes => _inner.UnflushedBytes;

    /// <summary>Puts a counter between the batch endpoint and its response body.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="metrics">The service's metrics.</param>
    public static void Around(HttpContext http, ServiceMetrics metrics)
    {
        var body = http.Features.Get<IHttpResponseBodyFeature>();
        if (body is not null)
        {
            http.Features.Set<IHttpResponseBodyFeature>(new Feature(body, new BatchLineCounter(body.Writer, metrics)));
        }
    }

    /// <inheritdoc/>
    public override void Advance(int bytes)
    {
        Count(_handedOut.Span[..bytes]);
        _handedOut = default;
        _inner.Advance(bytes);
    }

    /// <inheritdoc/>
    public override Memory<byte> GetMemory(int sizeHint = 0) => _handedOut = _inner.GetMemory(sizeHint);

    /// <inheritdoc/>
    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <inheritdoc/>
    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) =>
        _inner.FlushAsync(cancellationToken);

    /// <inheritdoc/>
    public override void CancelPendingFlush() => _inner.CancelPendingFlush();

    /// <inheritdoc/>
    public override void Complete(Exception? exception = null) => _inner.Complete(exception);

    /// <inheritdoc/>
    public override ValueTask CompleteAsync(Exception? exception = null) => _inner.CompleteAsync(exception);

    private void Count(ReadOnlySpan<byte> written)
    {
        foreach (var b in written)
        {
            if (b == (byte)'\n')
            {
                if (_inLine)
                {
                    _metrics.BatchLine(refused: _start.AsSpan(0, _startLength).SequenceEqual(ErrorStart));
                }

                _inLine = false;
                _startLength = 0;
                continue;
            }

            _inLine = true;
            if (_startLength < _start.Length)
            {
                _start[_startLength++] = b;
            }
        }
    }

    /// <summary>The response body with the counter as its writer; the rest is the server's own.</summary>
    private sealed class Feature(IHttpResponseBodyFeature inner, PipeWriter writer) : IHttpResponseBodyFeature
    {
        public Stream Stream => inner.Stream;

        public PipeWriter Writer => writer;

        public Task CompleteAsync() => inner.CompleteAsync();

        public void DisableBuffering() => inner.DisableBuffering();

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.SendFileAsync(path, offset, count, cancellationToken);

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);
    }
}
