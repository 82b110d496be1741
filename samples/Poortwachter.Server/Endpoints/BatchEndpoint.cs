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
    /// <param name="engine">The engine.</param>
    /// <param name="options">The service's settings.</param>
    /// <param name="loggers">The service's log.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Handle(
        HttpContext http,
        [FromQuery, Description("The assessment date, yyyy-mm-dd (required), for every case of the batch.")] string? asOf,
        [FromQuery, Description("false leaves out every explanation and message (default true).")] string? text,
        [FromServices] PoortwachterEngine engine,
        [FromServices] IOptions<ServerOptions> options,
        [FromServices] ILoggerFactory loggers
    )
    {
        var settings = options.Value;
        BodyLimits.LiftServerLimit(http);
        if (await MediaTypes.Refused(http, MediaTypes.IsJsonLines, MediaTypes.Ndjson))
        {
            return;
        }

        if (BodyLimits.AnnouncesMoreThan(http, settings.MaxBatchBytes))
        {
            await TooLarge(http, settings.MaxBatchBytes);
            return;
        }

        var query = QueryArguments.Read(http.Request.Query);
        if (query.Problems.Count > 0)
        {
            await Problems.Write(http, StatusCodes.Status400BadRequest, "The query parameters are not valid.", query.Problems);
            return;
        }

        var logger = loggers.CreateLogger(Failures.Category);
        using var sink = new Sink(http.Response, engine, query.AsOf, query.WithText, settings.MaxCaseBytes, logger);
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

    private static async Task Stream(HttpContext http, ServerOptions settings, Sink sink, JsonLinesSplitter splitter, RequestBody body)
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
    private static async Task Stop(Sink sink, JsonLinesSplitter splitter, string message, Func<Task> problem)
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

    /// <summary>
    /// Assesses each line and writes its result line to the response. Each result is written whole to a buffer of its own
    /// first, so a line that fails on the way leaves nothing of itself in the response: an unexpected failure becomes
    /// that line's error line, with a reference the log carries too, and the batch goes on.
    /// </summary>
    private sealed class Sink : IDisposable
    {
        private readonly HttpResponse _response;
        private readonly PipeWriter _output;
        private readonly JsonLinesWriter _lines;
        private readonly Utf8JsonWriter _json;
        private readonly PoortwachterEngine _engine;
        private readonly LocalDate _asOf;
        private readonly bool _withText;
        private readonly int _maxLineBytes;
        private readonly ILogger _logger;
        private long _unflushed;

        public Sink(HttpResponse response, PoortwachterEngine engine, LocalDate asOf, bool withText, int maxLineBytes, ILogger logger)
        {
            _response = response;
            _output = response.BodyWriter;
            _lines = new JsonLinesWriter(_output);
            _json = _lines.Json;
            _engine = engine;
            _asOf = asOf;
            _withText = withText;
            _maxLineBytes = maxLineBytes;
            _logger = logger;
        }

        /// <summary>Gets a value indicating whether a line was written: the response is a 200 stream from then on.</summary>
        public bool Started { get; private set; }

        /// <summary>Gets the bytes written since the last flush.</summary>
        public long Unflushed => _unflushed;

        /// <summary>Writes the result line of one line of the body: nothing for a blank line.</summary>
        public void Line(JsonLine line)
        {
            if (line.IsOversize)
            {
                Error(
                    line.Number,
                    null,
                    [
                        new CaseProblem(
                            "$",
                            $"the line is {line.Length:N0} bytes, more than the {_maxLineBytes:N0} bytes a case may take (setting Poortwachter:MaxCaseBytes); it was skipped."
                        ),
                    ]
                );
                return;
            }

            if (line.IsBlank)
            {
                return;
            }

            var bytes = line.Bytes;
            if (bytes.IsSingleSegment)
            {
                Contained(line.Number, bytes.First.Span);
                return;
            }

            var length = (int)bytes.Length;
            var rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                bytes.CopyTo(rented);
                Contained(line.Number, rented.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        public void Error(long number, string? caseId, IReadOnlyList<CaseProblem> problems, string? reference = null)
        {
            _json.WriteStartObject();
            _json.WriteNumber("line", number);
            if (caseId is null)
            {
                _json.WriteNull("caseId");
            }
            else
            {
                _json.WriteString("caseId", caseId);
            }

            _json.WriteStartArray("errors");
            foreach (var p in problems)
            {
                _json.WriteStartObject();
                _json.WriteString("path", p.Path);
                _json.WriteString("message", p.Message);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            if (reference is not null)
            {
                _json.WriteString("reference", reference);
            }

            _json.WriteEndObject();
            EndLine();
        }

        /// <summary>Sends what is written so far.</summary>
        /// <returns><see langword="false"/> when the client went away.</returns>
        public async Task<bool> Flush()
        {
            if (_unflushed == 0)
            {
                return true;
            }

            _unflushed = 0;
            // Not cancelled with the request, so a deadline never cuts a line in two; the server ends the flush of a
            // client that went away or reads too slowly (its minimum response data rate).
            var result = await _output.FlushAsync(CancellationToken.None);
            return !result.IsCompleted && !result.IsCanceled;
        }

        public void Dispose() => _lines.Dispose();

        private void Contained(long number, ReadOnlySpan<byte> line)
        {
            string? caseId = null;
            try
            {
                Assess(number, line, ref caseId);
            }
            catch (Exception ex)
            {
                // Whatever was written of this line is dropped; the line gets its error line instead.
                _lines.DiscardLine();
                var reference = Failures.NewReference();
                Failures.Line(_logger, ex, reference, number);
                Error(
                    number,
                    caseId ?? FindCaseId(line),
                    [
                        new CaseProblem(
                            "$",
                            $"the line could not be assessed: an unexpected failure in the service (reference {reference}, in the service's log); the other lines are not affected."
                        ),
                    ],
                    reference
                );
            }
        }

        /// <summary>The line's case id as batch mode finds it, for a line whose reading failed; null when that fails too.</summary>
        private static string? FindCaseId(ReadOnlySpan<byte> line)
        {
            try
            {
                return CaseIds.Find(line);
            }
            catch (Exception)
            {
                return null;
            }
        }

        private void Assess(long number, ReadOnlySpan<byte> line, ref string? caseId)
        {
            var read = PoortwachterJson.ReadCase(line);
            if (!read.IsValid)
            {
                Error(number, CaseIds.Find(line), read.Problems);
                return;
            }

            caseId = read.Case.CaseId;
            Assessments.Assessment assessment;
            try
            {
                assessment = _engine.Assess(read.Case, _asOf);
            }
            catch (InvalidCaseException ex)
            {
                Error(number, read.Case.CaseId, ex.Problems);
                return;
            }

            PoortwachterJson.WriteAssessment(_json, assessment, _withText);
            EndLine();
        }

        private void EndLine()
        {
            if (!Started)
            {
                Started = true;
                _response.StatusCode = StatusCodes.Status200OK;
                _response.ContentType = MediaTypes.Ndjson;
                _response.Headers.CacheControl = "no-store";
            }

            _unflushed += _lines.EndLine();
        }
    }
}
