using System;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Lines;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Endpoints;

/// <summary>
/// Assesses each line and writes its result line to the response. Each result is written whole to a buffer of its own
/// first, so a line that fails on the way leaves nothing of itself in the response: an unexpected failure becomes
/// that line's error line, with a reference the log carries too, and the batch goes on.
/// </summary>
internal sealed class BatchSink : IDisposable
{
    private readonly HttpResponse _response;
    private readonly PipeWriter _output;
    private readonly JsonLinesWriter _lines;
    private readonly Utf8JsonWriter _json;
    private readonly PoortwachterEngine _engine;
    private readonly LocalDate _asOf;
    private readonly bool _withText;
    private readonly TextLanguage _language;
    private readonly int _maxLineBytes;
    private readonly ILogger _logger;
    private long _unflushed;

    public BatchSink(
        HttpResponse response,
        PoortwachterEngine engine,
        LocalDate asOf,
        bool withText,
        TextLanguage language,
        int maxLineBytes,
        ILogger logger
    )
    {
        _response = response;
        _output = response.BodyWriter;
        _lines = new JsonLinesWriter(_output);
        _json = _lines.Json;
        _engine = engine;
        _asOf = asOf;
        _withText = withText;
        _language = language;
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

        var number = line.Number;
        BodyLimits.Contiguous(
            line.Bytes,
            bytes =>
            {
                Contained(number, bytes);
                return true;
            }
        );
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

        Problems.WriteErrors(_json, problems, reference);
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

        PoortwachterJson.WriteAssessment(_json, assessment, _withText, _language);
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
            RequestLanguage.Answer(_response, _withText ? _language : null);
        }

        _unflushed += _lines.EndLine();
    }
}
