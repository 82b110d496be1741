using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Cli.Batch;
using Poortwachter.Json;
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
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Handle(
        HttpContext http,
        [FromQuery, Description("The assessment date, yyyy-mm-dd (required), for every case of the batch.")] string? asOf,
        [FromQuery, Description("false leaves out every explanation and message (default true).")] string? text,
        [FromServices] PoortwachterEngine engine,
        [FromServices] IOptions<ServerOptions> options
    )
    {
        var settings = options.Value;
        BodyLimits.LiftServerLimit(http);
        if (!MediaTypes.IsJsonLines(http.Request.ContentType))
        {
            await AssessEndpoint.UnsupportedMediaType(http, MediaTypes.Ndjson);
            return;
        }

        if (BodyLimits.AnnouncesMoreThan(http, settings.MaxBatchBytes))
        {
            await TooLarge(http, settings.MaxBatchBytes);
            return;
        }

        var query = QueryArguments.Read(asOf, text);
        if (query.Problems.Count > 0)
        {
            await Problems.Write(http, StatusCodes.Status400BadRequest, "The query parameters are not valid.", query.Problems);
            return;
        }

        using var sink = new Sink(http.Response, engine, query.AsOf, query.WithText, settings.MaxCaseBytes);
        var splitter = new LineSplitter(settings.MaxCaseBytes);
        var reader = http.Request.BodyReader;
        long received = 0;
        long carried = 0;
        while (true)
        {
            ReadResult result;
            try
            {
                result = await reader.ReadAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException ex)
            {
                var message = $"the body could not be read ({ex.Message}); the lines from here on were not read.";
                await Stop(
                    http,
                    sink,
                    splitter,
                    message,
                    () => Problems.Write(http, ex.StatusCode, "The body could not be read.", "$", message)
                );
                return;
            }

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
            bool paused;
            do
            {
                var consumed = splitter.Take(buffer, final, sink, out paused);
                buffer = buffer.Slice(consumed);
                if (!await sink.Flush(http))
                {
                    return; // The client went away.
                }
            } while (paused);

            if (overLimit)
            {
                reader.AdvanceTo(whole.End);
                await Stop(
                    http,
                    sink,
                    splitter,
                    $"the body is larger than the {settings.MaxBatchBytes:N0} bytes a batch may take (setting Poortwachter:MaxBatchBytes); the lines from here on were not read.",
                    () => TooLarge(http, settings.MaxBatchBytes)
                );
                return;
            }

            reader.AdvanceTo(buffer.Start, whole.End);
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
    private static async Task Stop(HttpContext http, Sink sink, LineSplitter splitter, string message, Func<Task> problem)
    {
        if (!sink.Started)
        {
            await problem();
            return;
        }

        sink.Error(splitter.LastLine + 1, null, [new CaseProblem("$", message)]);
        await sink.Flush(http);
    }

    private static Task TooLarge(HttpContext http, long limit) =>
        Problems.Write(
            http,
            StatusCodes.Status413PayloadTooLarge,
            $"The body is larger than the {limit:N0} bytes a batch may take (setting Poortwachter:MaxBatchBytes).",
            "$",
            $"the batch is more than {limit:N0} bytes: send it in parts."
        );

    /// <summary>Assesses each line and writes its result line to the response.</summary>
    private sealed class Sink : ILineSink, IDisposable
    {
        private readonly HttpResponse _response;
        private readonly PipeWriter _output;
        private readonly Utf8JsonWriter _json;
        private readonly PoortwachterEngine _engine;
        private readonly LocalDate _asOf;
        private readonly bool _withText;
        private readonly int _maxLineBytes;
        private long _unflushed;

        public Sink(HttpResponse response, PoortwachterEngine engine, LocalDate asOf, bool withText, int maxLineBytes)
        {
            _response = response;
            _output = response.BodyWriter;
            _json = new Utf8JsonWriter(_output, PoortwachterJson.CompactWriterOptions);
            _engine = engine;
            _asOf = asOf;
            _withText = withText;
            _maxLineBytes = maxLineBytes;
        }

        /// <summary>Gets a value indicating whether a line was written: the response is a 200 stream from then on.</summary>
        public bool Started { get; private set; }

        public bool Line(long number, ReadOnlySequence<byte> line)
        {
            if (IsBlank(line))
            {
                return true;
            }

            if (line.IsSingleSegment)
            {
                Assess(number, line.FirstSpan);
            }
            else
            {
                var length = (int)line.Length;
                var rented = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    line.CopyTo(rented);
                    Assess(number, rented.AsSpan(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }

            return _unflushed < FlushBytes;
        }

        public bool Oversize(long number, long size)
        {
            Error(
                number,
                null,
                [
                    new CaseProblem(
                        "$",
                        $"the line is {size:N0} bytes, more than the {_maxLineBytes:N0} bytes a case may take (setting Poortwachter:MaxCaseBytes); it was skipped."
                    ),
                ]
            );
            return _unflushed < FlushBytes;
        }

        public void Error(long number, string? caseId, IReadOnlyList<CaseProblem> problems)
        {
            Start();
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
            _json.WriteEndObject();
            EndLine();
        }

        /// <summary>Sends what is written so far.</summary>
        /// <returns><see langword="false"/> when the client went away.</returns>
        public async Task<bool> Flush(HttpContext http)
        {
            if (_unflushed == 0)
            {
                return true;
            }

            _unflushed = 0;
            var result = await _output.FlushAsync(http.RequestAborted);
            return !result.IsCompleted && !result.IsCanceled;
        }

        public void Dispose() => _json.Dispose();

        private void Assess(long number, ReadOnlySpan<byte> line)
        {
            var read = PoortwachterJson.ReadCase(line);
            if (!read.IsValid)
            {
                Error(number, CaseIds.Find(line), read.Problems);
                return;
            }

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

            Start();
            PoortwachterJson.WriteAssessment(_json, assessment, _withText);
            EndLine();
        }

        private void Start()
        {
            if (!Started)
            {
                Started = true;
                _response.StatusCode = StatusCodes.Status200OK;
                _response.ContentType = MediaTypes.Ndjson;
                _response.Headers.CacheControl = "no-store";
            }
        }

        private void EndLine()
        {
            _json.Flush();
            _unflushed += _json.BytesCommitted + 1;
            _json.Reset();
            _output.Write("\n"u8);
        }

        private static bool IsBlank(ReadOnlySequence<byte> line)
        {
            foreach (var segment in line)
            {
                foreach (var b in segment.Span)
                {
                    if (b is not ((byte)' ' or (byte)'\t'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
