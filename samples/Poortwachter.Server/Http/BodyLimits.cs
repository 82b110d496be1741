using System;
using System.Buffers;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Poortwachter.Server.Http;

/// <summary>The service counts the bytes of a body itself, so it can answer an oversized one with a clear problem.</summary>
internal static class BodyLimits
{
    /// <summary>Lifts the server's own limit on the body (Kestrel's 30 MB) for this request: the endpoint enforces its own.</summary>
    /// <param name="http">The request's context.</param>
    public static void LiftServerLimit(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = null;
        }
    }

    /// <summary>Returns whether the request announces a body longer than the limit (Content-Length).</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="limit">The limit in bytes.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool AnnouncesMoreThan(HttpContext http, long limit) => http.Request.ContentLength is { } length && length > limit;

    /// <summary>
    /// The checks every endpoint with a body makes before it reads it: the server's own limit lifted, the media type
    /// (a 415 when it is wrong), and the announced length (<paramref name="tooLarge"/>, a 413, when it is over the limit).
    /// </summary>
    /// <param name="http">The request's context.</param>
    /// <param name="accepts">Whether a Content-Type is the one the endpoint takes.</param>
    /// <param name="expected">That media type, for the 415's message.</param>
    /// <param name="limit">The most bytes the body may have.</param>
    /// <param name="tooLarge">Writes the 413.</param>
    /// <returns><see langword="true"/> when the body may be read; else the response is written.</returns>
    public static async Task<bool> Admit(
        HttpContext http,
        Func<string?, bool> accepts,
        string expected,
        long limit,
        Func<HttpContext, long, Task> tooLarge
    )
    {
        LiftServerLimit(http);
        if (await MediaTypes.Refused(http, accepts, expected))
        {
            return false;
        }

        if (AnnouncesMoreThan(http, limit))
        {
            await tooLarge(http, limit);
            return false;
        }

        return true;
    }

    /// <summary>Calls <paramref name="use"/> with the bytes of a body or line as one span, copied to a rented array when they lie in several segments.</summary>
    /// <typeparam name="T">What <paramref name="use"/> returns.</typeparam>
    /// <param name="bytes">The bytes.</param>
    /// <param name="use">What to do with them.</param>
    /// <returns>What <paramref name="use"/> returned.</returns>
    public static T Contiguous<T>(ReadOnlySequence<byte> bytes, SpanFunc<T> use)
    {
        if (bytes.IsSingleSegment)
        {
            return use(bytes.FirstSpan);
        }

        var length = (int)bytes.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            bytes.CopyTo(rented);
            return use(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>A function of a span of bytes.</summary>
    /// <typeparam name="T">What it returns.</typeparam>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The result.</returns>
    public delegate T SpanFunc<out T>(ReadOnlySpan<byte> bytes);
}
