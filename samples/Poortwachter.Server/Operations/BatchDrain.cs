using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Poortwachter.Cases;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Ends a running batch cleanly when the service stops: when <see cref="ShutdownState.BatchEnd"/> fires (80% of the
/// shutdown timeout after the stop signal), the batch's body reader hands the endpoint the whole lines it has and then
/// the end of the body, so every line received whole is answered; the line it was in (a part of it, or none yet) and
/// all after it are not read, which <see cref="End"/> says in a last error line with that line's number. A batch whose
/// client sends its last line before then is not touched.
/// </summary>
internal sealed class BatchDrain : PipeReader, IDisposable
{
    private readonly PipeReader _inner;
    private readonly CancellationTokenRegistration _registration;
    private ReadOnlySequence<byte> _handedOut;
    private long _lineEnds;
    private bool _lastWasCr;
    private int _stopping;
    private bool _cut;

    private BatchDrain(PipeReader inner, CancellationToken end)
    {
        _inner = inner;
        _registration = end.Register(() =>
        {
            Volatile.Write(ref _stopping, 1);
            _inner.CancelPendingRead();
        });
    }

    /// <summary>Puts the drain between the batch endpoint and its request body.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="state">The service's shutdown state.</param>
    /// <returns>The drain, to dispose and <see cref="End"/> after the endpoint.</returns>
    public static BatchDrain Around(HttpContext http, ShutdownState state)
    {
        var drain = new BatchDrain(http.Request.BodyReader, state.BatchEnd);
        http.Features.Set<IRequestBodyPipeFeature>(new Feature(drain));
        return drain;
    }

    /// <summary>
    /// After the endpoint: when the body was cut and the batch answered with a 200 stream, writes the last line, an
    /// error object with the number of the first line not read.
    /// </summary>
    /// <param name="http">The request's context.</param>
    /// <returns>A task that completes when the line is sent.</returns>
    public async Task End(HttpContext http)
    {
        if (!_cut || http.Response.StatusCode != StatusCodes.Status200OK || http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var output = http.Response.BodyWriter;
        await using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber("line", _lineEnds + 1);
            json.WriteNull("caseId");
            Problems.WriteErrors(
                json,
                [
                    new CaseProblem(
                        "$",
                        "the service is stopping: the lines from here on were not read; send them again, to another instance or once this one runs again."
                    ),
                ],
                null
            );
            json.WriteEndObject();
        }

        output.Write("\n"u8);
        await output.FlushAsync(http.RequestAborted);
    }

    /// <inheritdoc/>
    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
        Hand(await _inner.ReadAsync(cancellationToken));

    /// <inheritdoc/>
    public override bool TryRead(out ReadResult result)
    {
        if (!_inner.TryRead(out var read))
        {
            result = default;
            return false;
        }

        result = Hand(read);
        return true;
    }

    /// <inheritdoc/>
    public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    /// <inheritdoc/>
    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        // What was handed out starts where the last read was consumed: count the line endings of the consumed part.
        foreach (var segment in _handedOut.Slice(0, consumed))
        {
            Count(segment.Span);
        }

        _handedOut = default;
        _inner.AdvanceTo(consumed, examined);
    }

    /// <inheritdoc/>
    public override void CancelPendingRead() => _inner.CancelPendingRead();

    /// <inheritdoc/>
    public override void Complete(Exception? exception = null) => _inner.Complete(exception);

    /// <inheritdoc/>
    public void Dispose() => _registration.Dispose();

    private ReadResult Hand(ReadResult read)
    {
        if (Volatile.Read(ref _stopping) == 1 && !read.IsCompleted)
        {
            // The whole lines received, then the end of the body: the rest is not read.
            _cut = true;
            read = new ReadResult(ToLastLineEnd(read.Buffer), isCanceled: false, isCompleted: true);
        }

        _handedOut = read.Buffer;
        return read;
    }

    private static ReadOnlySequence<byte> ToLastLineEnd(ReadOnlySequence<byte> buffer)
    {
        // A line ends at LF, CR LF or a lone CR, as the JSON Lines splitter reads it.
        var lf = buffer.PositionOfLast((byte)'\n');
        var cr = buffer.PositionOfLast((byte)'\r');
        var last = Math.Max(lf, cr);
        return last < 0 ? buffer.Slice(0, 0) : buffer.Slice(0, last + 1);
    }

    private void Count(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b == (byte)'\r' || (b == (byte)'\n' && !_lastWasCr))
            {
                _lineEnds++;
            }

            _lastWasCr = b == (byte)'\r';
        }
    }

    /// <summary>The request body as the drain.</summary>
    private sealed class Feature(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }
}

/// <summary>The position of a byte's last occurrence in a sequence.</summary>
file static class SequenceSearch
{
    public static long PositionOfLast(this ReadOnlySequence<byte> buffer, byte value)
    {
        long last = -1;
        long offset = 0;
        foreach (var segment in buffer)
        {
            var at = segment.Span.LastIndexOf(value);
            if (at >= 0)
            {
                last = offset + at;
            }

            offset += segment.Length;
        }

        return last;
    }
}
