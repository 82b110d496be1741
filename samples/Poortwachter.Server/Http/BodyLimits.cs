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
}
