using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Poortwachter.Server.Tests.Support;

/// <summary>A chunked JSON Lines body: the first part, then, once released, the second.</summary>
public sealed class GatedContent : HttpContent
{
    private readonly byte[] _first;
    private readonly byte[] _second;
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _secondSent;

    public GatedContent(string first, string second)
    {
        _first = Encoding.UTF8.GetBytes(first);
        _second = Encoding.UTF8.GetBytes(second);
        Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
    }

    public bool SecondSent => Volatile.Read(ref _secondSent) == 1;

    public void Release() => _gate.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_first);
        await stream.FlushAsync();
        await _gate.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Volatile.Write(ref _secondSent, 1);
        await stream.WriteAsync(_second);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
