using System;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Poortwachter.Server.Http;

/// <summary>
/// The service's deadlines and limits, from its settings, in ASP.NET Core's own terms: request timeouts (a batch has a
/// policy of its own), Kestrel's connection limit, and a concurrency limiter with a queue on <c>/v1</c>. The wait for
/// each part of a body is <see cref="RequestBody"/>'s; a stalled body gets a 408 from there.
/// </summary>
internal static class ServerLimits
{
    /// <summary>The request timeout policy of the batch endpoint.</summary>
    public const string BatchPolicy = "batch";

    /// <summary>Registers the request timeouts, the connection limit and the concurrency limiter.</summary>
    /// <param name="services">The services.</param>
    public static void Add(IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services
            .AddOptions<RequestTimeoutOptions>()
            .Configure<IOptions<ServerOptions>>(
                (o, settings) =>
                {
                    o.DefaultPolicy = Policy(settings.Value.RequestTimeout, "Poortwachter:RequestTimeout");
                    o.AddPolicy(BatchPolicy, Policy(settings.Value.BatchRequestTimeout, "Poortwachter:BatchRequestTimeout"));
                }
            );
        services
            .AddOptions<KestrelServerOptions>()
            .Configure<IOptions<ServerOptions>>(
                (o, settings) => o.Limits.MaxConcurrentConnections = settings.Value.MaxConcurrentConnections
            );
        services.AddRateLimiter(_ => { });
        services
            .AddOptions<RateLimiterOptions>()
            .Configure<IOptions<ServerOptions>>(
                (o, settings) =>
                {
                    var s = settings.Value;
                    if (s.MaxConcurrentRequests == 0)
                    {
                        return;
                    }

                    o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                        http.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal)
                            ? RateLimitPartition.GetConcurrencyLimiter(
                                "v1",
                                _ => new ConcurrencyLimiterOptions
                                {
                                    PermitLimit = s.MaxConcurrentRequests,
                                    QueueLimit = s.RequestQueueLimit,
                                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                                }
                            )
                            : RateLimitPartition.GetNoLimiter("other")
                    );
                    o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
                    o.OnRejected = (context, _) =>
                    {
                        context.HttpContext.Response.Headers.RetryAfter = "1";
                        return new ValueTask(
                            Problems.Write(
                                context.HttpContext,
                                StatusCodes.Status503ServiceUnavailable,
                                $"The service is handling {s.MaxConcurrentRequests:N0} requests and has {s.RequestQueueLimit:N0} waiting (settings Poortwachter:MaxConcurrentRequests and Poortwachter:RequestQueueLimit).",
                                "$",
                                "the service is busy: send the request again in a moment (Retry-After)."
                            )
                        );
                    };
                }
            );
    }

    /// <summary>Adds the concurrency limiter to the pipeline.</summary>
    /// <param name="app">The application.</param>
    public static void UseRateLimiter(WebApplication app) => app.UseRateLimiter();

    /// <summary>Every response: <c>X-Content-Type-Options: nosniff</c>, so no browser reads a JSON answer as anything else.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task that completes with the request.</returns>
    public static Task SecurityHeaders(HttpContext http, RequestDelegate next)
    {
        http.Response.OnStarting(
            static state =>
            {
                ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            },
            http.Response
        );
        return next(http);
    }

    private static RequestTimeoutPolicy Policy(TimeSpan timeout, string setting) =>
        new()
        {
            Timeout = timeout,
            TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
            WriteTimeoutResponse = http =>
                Problems.Write(
                    http,
                    StatusCodes.Status408RequestTimeout,
                    "The request took too long.",
                    "$",
                    $"the request took longer than the {timeout} the service allows (setting {setting})."
                ),
        };
}
