using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Poortwachter.Server.Http;

/// <summary>The problems every endpoint that reads a body may answer, for the OpenAPI document.</summary>
internal static class BodyProblems
{
    /// <summary>
    /// Declares the problem answers of an endpoint that reads a body: 400 (bad input), 408 (a body too slow), 413 (too
    /// large), 415 (not UTF-8 JSON), 500 (with a reference) and 503 (over the concurrency limit).
    /// </summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder ProducesBodyProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .Produces(StatusCodes.Status400BadRequest, contentType: Problems.MediaType)
            .Produces(StatusCodes.Status408RequestTimeout, contentType: Problems.MediaType)
            .Produces(StatusCodes.Status413PayloadTooLarge, contentType: Problems.MediaType)
            .Produces(StatusCodes.Status415UnsupportedMediaType, contentType: Problems.MediaType)
            .Produces(StatusCodes.Status500InternalServerError, contentType: Problems.MediaType)
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: Problems.MediaType);
}
