using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Poortwachter.Server.Http;

/// <summary>
/// The answer to an exception no endpoint handled: a body the server could not read is the client's problem (its
/// status, logged without a stack trace); anything else is a 500 problem document with a reference that the log
/// carries with the exception. Never a stack trace in the answer.
/// </summary>
internal sealed class FailureHandler(ILoggerFactory loggers) : IExceptionHandler
{
    private readonly ILogger _logger = loggers.CreateLogger(Failures.Category);

    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var path = httpContext.Request.Path.Value ?? string.Empty;
        if (exception is BadHttpRequestException bad)
        {
            Failures.BodyNotRead(_logger, bad.StatusCode, httpContext.Request.Method, path, bad.Message);
            await Problems.Write(
                httpContext,
                bad.StatusCode,
                "The request could not be read.",
                "$",
                $"the request could not be read ({bad.Message})."
            );
            return true;
        }

        var reference = Failures.NewReference();
        Failures.Request(_logger, exception, reference, httpContext.Request.Method, path);
        await Problems.Write(httpContext, StatusCodes.Status500InternalServerError, Unexpected(reference), [], reference);
        return true;
    }

    /// <summary>The detail of a 500 problem.</summary>
    /// <param name="reference">The failure's reference.</param>
    /// <returns>The detail.</returns>
    public static string Unexpected(string reference) =>
        $"An unexpected failure in the service stopped the request; it is logged with the reference {reference}.";
}
