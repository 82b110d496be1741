using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Around each request to an assessment endpoint: an activity (trace), the metrics of <see cref="ServiceMetrics"/>,
/// and a log line for a refused request with its status, method and path: nothing of the case (AVG), whose problems
/// the answer itself lists.
/// </summary>
internal static partial class AssessmentTelemetry
{
    /// <summary>The category of the log lines.</summary>
    public const string Category = "Poortwachter.Server.Requests";

    /// <summary>The endpoint filter of the assessment endpoints.</summary>
    /// <param name="endpoint">The endpoint's name (<c>assess</c>, <c>assessBatch</c>).</param>
    /// <param name="next">The endpoint.</param>
    /// <returns>The filter.</returns>
    public static EndpointFilterDelegate Filter(string endpoint, EndpointFilterDelegate next) =>
        async context =>
        {
            var http = context.HttpContext;
            using var activity = ServiceMetrics.Traces.StartActivity(endpoint, ActivityKind.Internal);
            var metrics = http.RequestServices.GetRequiredService<ServiceMetrics>();
            using var drain =
                endpoint == "assessBatch" ? BatchDrain.Around(http, http.RequestServices.GetRequiredService<ShutdownState>()) : null;
            if (drain is not null)
            {
                BatchLineCounter.Around(http, metrics);
            }

            var started = Stopwatch.GetTimestamp();
            var result = await next(context);
            if (drain is not null)
            {
                await drain.End(http);
            }
            // The endpoints write their answer themselves; one that returned a result with a status would be written after.
            var status = result is IStatusCodeHttpResult { StatusCode: int code } ? code : http.Response.StatusCode;
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            metrics.Request(endpoint, status, seconds);
            activity?.SetTag("endpoint", endpoint);
            activity?.SetTag("http.response.status_code", status);
            if (status >= 400)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
                Refused(log, status, http.Request.Method, http.Request.Path.Value ?? string.Empty);
            }

            return result;
        };

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Request refused ({Status}): {Method} {Path}")]
    private static partial void Refused(ILogger logger, int status, string method, string path);
}
