using System;
using System.Buffers;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Endpoints;

/// <summary>
/// <c>POST /v1/assessments</c>: one case in, its assessment out. The body is the case JSON of the contract, read by the
/// strict reader from the raw bytes (no model binding), so every problem comes with its JSON path as the command reports
/// it; the response is the assessment JSON, byte for byte what <c>poortwachter assess CASE.json --format json</c> writes.
/// </summary>
internal static class AssessEndpoint
{
    /// <summary>The description of the <c>language</c> parameter, which the assessment endpoints share.</summary>
    internal const string LanguageDescription =
        "The language of the explanations and messages: nl (Dutch) or en (English); a tag such as nl-NL is read as nl. It wins over the Accept-Language header (for tools that cannot set headers); without both, en. Codes, dates and field names are the same in every language.";

    /// <summary>Assess one case</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="asOf">The assessment date, <c>yyyy-mm-dd</c>: facts up to and including it count, deadlines after it are projected.</param>
    /// <param name="text">Whether to write the explanations and messages (<c>true</c>, the default, or <c>false</c>, as the command's <c>--no-text</c>).</param>
    /// <param name="language">The language of the explanations and messages: <c>nl</c> (Dutch) or <c>en</c> (English); a tag such as <c>nl-NL</c> is read as <c>nl</c>. It wins over <c>Accept-Language</c> (for tools that cannot set headers); without both, <c>en</c>.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="options">The service's settings.</param>
    /// <param name="loggers">The service's log.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Handle(
        HttpContext http,
        [FromQuery, Description("The assessment date, yyyy-mm-dd (required).")] string? asOf,
        [FromQuery, Description("false leaves out every explanation and message (default true).")] string? text,
        [FromQuery, Description(LanguageDescription)] string? language,
        [FromServices] PoortwachterEngine engine,
        [FromServices] IOptions<ServerOptions> options,
        [FromServices] ILoggerFactory loggers
    )
    {
        var settings = options.Value;
        var limit = settings.MaxCaseBytes;
        if (!await BodyLimits.Admit(http, MediaTypes.IsJson, MediaTypes.Json, limit, TooLarge))
        {
            return;
        }

        var query = QueryArguments.Read(http.Request);
        CaseReadResult read;
        using (var body = new RequestBody(http, settings.BodyIdleTimeout, loggers.CreateLogger(Failures.Category)))
        {
            var (complete, value) = await body.ReadWholeAsync(limit, TooLarge, static bytes => PoortwachterJson.ReadCase(bytes));
            if (!complete)
            {
                return;
            }

            read = value;
        }

        if (query.Problems.Count > 0 || !read.IsValid)
        {
            // Every problem at once: the query's and the body's.
            var detail = (query.Problems.Count > 0, read.IsValid) switch
            {
                (true, true) => "The query parameters are not valid.",
                (true, false) => "The query parameters are not valid, and the body is not a valid case.",
                _ => "The body is not a valid case.",
            };
            await Problems.Write(http, StatusCodes.Status400BadRequest, detail, [.. query.Problems, .. read.Problems]);
            return;
        }

        Assessments.Assessment assessment;
        try
        {
            assessment = engine.Assess(read.Case, query.AsOf);
        }
        catch (InvalidCaseException ex)
        {
            await Problems.Write(http, StatusCodes.Status400BadRequest, "The case cannot be assessed on that date.", ex.Problems);
            return;
        }

        // Written whole before any byte goes out, so a failure while writing leaves the response clean for its 500 problem.
        var written = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(written, PoortwachterJson.IndentedWriterOptions))
        {
            PoortwachterJson.WriteAssessment(json, assessment, query.WithText, query.Language);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaTypes.Json;
        // The assessment can quote an afwijking's reason: no cache keeps it.
        http.Response.Headers.CacheControl = "no-store";
        RequestLanguage.Answer(http.Response, query.WithText ? query.Language : null);
        var output = http.Response.BodyWriter;
        output.Write(written.WrittenSpan);
        output.Write("\n"u8);
        await output.FlushAsync(CancellationToken.None);
    }

    /// <summary>Answers 413: the body is longer than the configured limit.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="limit">The limit in bytes.</param>
    /// <returns>A task that completes when the response is written.</returns>
    internal static Task TooLarge(HttpContext http, long limit) =>
        Problems.Write(
            http,
            StatusCodes.Status413PayloadTooLarge,
            $"The body is larger than the {limit:N0} bytes one case may take (setting Poortwachter:MaxCaseBytes).",
            "$",
            $"the case document is more than {limit:N0} bytes; a case holds dates and process facts only and is far smaller."
        );
}
