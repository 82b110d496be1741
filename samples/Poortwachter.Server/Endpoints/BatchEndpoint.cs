using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Lines;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Endpoints;

/// <summary>
/// <c>POST /v1/assessments/batch</c>: JSON Lines in, JSON Lines out, streamed both ways. Each line of the body that
/// is not blank gives one line of the response, in order: the assessment (compact, as the command's batch mode writes
/// it), or an error object with the line's number, its case id when one could be read, and every problem with its JSON
/// path. The body is read piece by piece and each piece's results are sent before the next is read; memory stays
/// bounded by the longest line allowed, whatever the size of the body.
/// </summary>
internal static class BatchEndpoint
{
    /// <summary>Flush the response once this many bytes are waiting, even within one piece of the body.</summary>
    private const int FlushBytes = 64 * 1024;

    /// <summary>Assess a batch of cases (JSON Lines in and out, streamed)</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="asOf">The assessment date, <c>yyyy-mm-dd</c>, for every case of the batch.</param>
    /// <param name="text">Whether to write the explanations and messages (<c>true</c>, the default, or <c>false</c>).</param>
    /// <param name="language">The language of the explanations and messages: <c>nl</c> (Dutch) or <c>en</c> (English); a tag such as <c>nl-NL</c> is read as <c>nl</c>. It wins over <c>Accept-Language</c> (for tools that cannot set headers); without both, <c>en</c>.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="options">The service's settings.</param>
    /// <param name="loggers">The service's log.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Handle(
        HttpContext http,
        [FromQuery, Description("The assessment date, yyyy-mm-dd (required), for every case of the batch.")] string? asOf,
        [FromQuery, Description("false leaves out every explanation and message (default true).")] string? text,
        [FromQuery, Description(AssessEndpoint.LanguageDescription)] string? language,
        [FromServices] PoortwachterEngine engine,
        [FromServices] IOptions<ServerOptions> options,
        [FromServices] ILoggerFactory loggers
    )
    {
        var settings = options.Value;
        if (!await BodyLimits.Admit(http, MediaTypes.IsJsonLines, MediaTypes.Ndjson, settings.MaxBatchBytes, TooLarge))
        {
            return;
        }

        var query = QueryArguments.Read(http.Request);
        if (query.Problems.Count > 0)
        {
            await Problems.Write(http, StatusCodes.Status400BadRequest, "The query parameters are not valid.", query.Problems);
            return;
        }

        var logger = loggers.CreateLogger(Failures.Category);
        using var sink = new BatchSink(http.Response, engine, query.AsOf, query.WithText, query.Language, settings.MaxCaseBytes, logger);
        var splitter = new JsonLinesSplitter(settings.MaxCaseBytes);
        using var body = new RequestBody(http, settings.BodyIdleTimeout, logger);
        try
        {
            await Stream(http, settings, sink, splitter, body);
        }
        catch (Exception ex) when (sink.Started)
        {
            // The response is a 200 stream already: it ends with an error line, never with a problem document.
            var reference = Failures.NewReference();
            Failures.Line(logger, ex, reference, splitter.LastLine + 1);
            sink.Error(
                splitter.LastLine + 1,
                null,
                [
                    new CaseProblem(
                        "$",
                        $"an unexpected failure in the service stopped the batch here (reference {reference}, in the service's log); the lines from here on were not read."
                    ),
                ],
                reference
            );
            await sink.Flush();
        }
    }

    private static async Task Stream(HttpContext http, ServerOptions settings, BatchSink sink, JsonLinesSplitter splitter, RequestBody body)
    {
        long received = 0;
        long carried = 0;
        while (true)
        {
            var piece = await body.ReadAsync();
            if (piece.Failure is { } failure)
            {
                if (failure.Status != 0)
                {
                    var message = $"{failure.Message}; the lines from here on were not read.";
                    await Stop(sink, splitter, message, () => RequestBody.Answer(http, failure, message));
                }

                return;
            }

            var result = piece.Result;
            var whole = result.Buffer;
            received += whole.Length - carried;
            var buffer = whole;
            var overLimit = received > settings.MaxBatchBytes;
            if (overLimit)
            {
                // Assess what lies within the limit, then stop.
                buffer = whole.Slice(0, whole.Length - (received - settings.MaxBatchBytes));
            }

            var final = result.IsCompleted && !overLimit;
            while (splitter.TryRead(ref buffer, final, out var line))
            {
                sink.Line(line);
                if (sink.Unflushed >= FlushBytes && !await sink.Flush())
                {
                    return; // The client went away.
                }
            }

            if (!await sink.Flush())
            {
                return; // The client went away.
            }

            if (overLimit)
            {
                body.AdvanceTo(whole.End, whole.End);
                await Stop(
                    sink,
                    splitter,
                    $"the body is larger than the {settings.MaxBatchBytes:N0} bytes a batch may take (setting Poortwachter:MaxBatchBytes); the lines from here on were not read.",
                    () => TooLarge(http, settings.MaxBatchBytes)
                );
                return;
            }

            body.AdvanceTo(buffer.Start, whole.End);
            carried = buffer.Length;
            if (result.IsCompleted)
            {
                break;
            }
        }

        if (!sink.Started)
        {
            await Problems.Write(
                http,
                StatusCodes.Status400BadRequest,
                "The body holds no case.",
                "$",
                "the body holds no case: send one case per line (JSON Lines)."
            );
        }
    }

    /// <summary>Ends the batch early: with <paramref name="problem"/> when nothing was sent yet, else with a last error line.</summary>
    private static async Task Stop(BatchSink sink, JsonLinesSplitter splitter, string message, Func<Task> problem)
    {
        if (!sink.Started)
        {
            await problem();
            return;
        }

        sink.Error(splitter.LastLine + 1, null, [new CaseProblem("$", message)]);
        await sink.Flush();
    }

    private static Task TooLarge(HttpContext http, long limit) =>
        Problems.Write(
            http,
            StatusCodes.Status413PayloadTooLarge,
            $"The body is larger than the {limit:N0} bytes a batch may take (setting Poortwachter:MaxBatchBytes).",
            "$",
            $"the batch is more than {limit:N0} bytes: send it in parts."
        );
}
