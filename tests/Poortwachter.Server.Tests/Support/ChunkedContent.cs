using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Poortwachter.Server.Tests.Support;

/// <summary>A body of unknown length (sent chunked, without Content-Length), written in pieces.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _body;
    private readonly int _piece;

    public ChunkedContent(byte[] body, string mediaType, int piece = 4096)
    {
        _body = body;
        _piece = piece;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var at = 0; at < _body.Length; at += _piece)
        {
            await stream.WriteAsync(_body.AsMemory(at, Math.Min(_piece, _body.Length - at)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
