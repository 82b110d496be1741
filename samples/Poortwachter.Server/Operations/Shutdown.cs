using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Graceful shutdown. Once the host is told to stop (SIGTERM, Ctrl+C), <c>/health/ready</c> answers 503 (see
/// <see cref="ReadinessCheck"/>) and a request to <c>/v1</c> that still reaches the service (on a connection kept open)
/// gets a 503 problem with <c>Retry-After</c>; Kestrel stops taking connections and lets the requests it is answering,
/// a streaming batch too, finish within <c>Poortwachter:ShutdownTimeout</c> (the host's <c>ShutdownTimeout</c>).
/// </summary>
internal static class Shutdown
{
    /// <summary>Refuses new requests to <c>/v1</c> once the host is stopping.</summary>
    /// <param name="app">The application.</param>
    public static void Use(WebApplication app)
    {
        var state = app.Services.GetRequiredService<ShutdownState>();
        app.Use(
            (http, next) =>
                state.Stopping && http.Request.Path.StartsWithSegments("/v1", System.StringComparison.OrdinalIgnoreCase)
                    ? Refuse(http)
                    : next(http)
        );
    }

    private static Task Refuse(HttpContext http)
    {
        if (HttpProtocol.IsHttp11(http.Request.Protocol) || HttpProtocol.IsHttp10(http.Request.Protocol))
        {
            http.Response.Headers.Connection = "close";
        }

        http.Response.Headers.RetryAfter = "5";
        return Problems.Write(
            http,
            StatusCodes.Status503ServiceUnavailable,
            "The service is stopping.",
            "$",
            "the service is stopping: send the request again, to another instance or once this one runs again."
        );
    }
}
