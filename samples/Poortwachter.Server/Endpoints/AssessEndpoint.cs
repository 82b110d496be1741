using System;
using System.Buffers;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
    /// <summary>Assess one case</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="asOf">The assessment date, <c>yyyy-mm-dd</c>: facts up to and including it count, deadlines after it are projected.</param>
    /// <param name="text">Whether to write the explanations and messages (<c>true</c>, the default, or <c>false</c>, as the command's <c>--no-text</c>).</param>
    /// <param name="engine">The engine.</param>
    /// <param name="options">The service's settings.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Handle(
        HttpContext http,
        [FromQuery, Description("The assessment date, yyyy-mm-dd (required).")] string? asOf,
        [FromQuery, Description("false leaves out every explanation and message (default true).")] string? text,
        [FromServices] PoortwachterEngine engine,
        [FromServices] IOptions<ServerOptions> options
    )
    {
        var limit = options.Value.MaxCaseBytes;
        BodyLimits.LiftServerLimit(http);
        if (!MediaTypes.IsJson(http.Request.ContentType))
        {
            await UnsupportedMediaType(http, "application/json");
            return;
        }

        if (BodyLimits.AnnouncesMoreThan(http, limit))
        {
            await TooLarge(http, limit);
            return;
        }

        var query = QueryArguments.Read(asOf, text);
        var reader = http.Request.BodyReader;
        CaseReadResult read;
        while (true)
        {
            var result = await reader.ReadAsync(http.RequestAborted);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                await TooLarge(http, limit);
                return;
            }

            if (result.IsCompleted)
            {
                read = Read(buffer);
                reader.AdvanceTo(buffer.End);
                break;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
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

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaTypes.Json;
        var body = http.Response.BodyWriter;
        using (var json = new Utf8JsonWriter(body, PoortwachterJson.IndentedWriterOptions))
        {
            PoortwachterJson.WriteAssessment(json, assessment, query.WithText);
        }

        body.Write("\n"u8);
        await body.FlushAsync(http.RequestAborted);
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

    /// <summary>Answers 415: the body is not of the media type the endpoint reads.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="expected">The media type expected.</param>
    /// <returns>A task that completes when the response is written.</returns>
    internal static Task UnsupportedMediaType(HttpContext http, string expected)
    {
        var given = http.Request.ContentType is { Length: > 0 } type ? $"'{type}'" : "none";
        return Problems.Write(
            http,
            StatusCodes.Status415UnsupportedMediaType,
            $"The body must be sent as {expected}; the Content-Type given is {given}.",
            "$",
            $"send the header Content-Type: {expected}."
        );
    }

    private static CaseReadResult Read(ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsSingleSegment)
        {
            return PoortwachterJson.ReadCase(buffer.FirstSpan);
        }

        var length = (int)buffer.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            buffer.CopyTo(rented);
            return PoortwachterJson.ReadCase(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
