using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Poortwachter.Server.Tests.Support;

/// <summary>
/// A body of unknown length (sent chunked, without Content-Length), written in pieces: optionally with a pause after
/// each piece (a slow client that never goes quiet for long), or held after the first piece until a task completes.
/// </summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _body;
    private readonly int _piece;
    private readonly TimeSpan _pause;
    private readonly Task? _holdAfterFirst;

    public ChunkedContent(byte[] body, string mediaType, int piece = 4096, TimeSpan pause = default, Task? holdAfterFirst = null)
    {
        _body = body;
        _piece = piece;
        _pause = pause;
        _holdAfterFirst = holdAfterFirst;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var at = 0; at < _body.Length; at += _piece)
        {
            await stream.WriteAsync(_body.AsMemory(at, Math.Min(_piece, _body.Length - at)));
            await stream.FlushAsync();
            if (at == 0 && _holdAfterFirst is not null)
            {
                await _holdAfterFirst;
            }

            if (_pause > TimeSpan.Zero)
            {
                await Task.Delay(_pause);
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
