using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Lines;
using Poortwachter.Portfolio;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Endpoints;

/// <summary>
/// <c>POST /v1/worklist</c>: JSON Lines of cases in (read as they arrive, with the batch's limits), the worklist of the
/// portfolio on <c>asOf</c> out (docs/contract.md, "Worklist (output)"), as the command's <c>worklist --format json</c>
/// writes it, plus <c>problems</c>: each line that could not be assessed, with its number, its case id when one could be
/// read, and every problem with its JSON path. A bad line never costs the others. Only the worklist's items are kept
/// while the body is read, never the cases or their assessments.
/// </summary>
internal static class WorklistEndpoint
{
    /// <summary>Make the worklist of a portfolio (JSON Lines in, one JSON object out)</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="asOf">The date of the worklist, <c>yyyy-mm-dd</c>: every case is assessed on it.</param>
    /// <param name="within">The window of due-soon obligations in days after <c>asOf</c>, 0 to 365 (default 14, as the command's <c>--within</c>).</param>
    /// <param name="language">The language of the items' texts: <c>nl</c> (Dutch) or <c>en</c> (English); a tag such as <c>nl-NL</c> is read as <c>nl</c>. It wins over <c>Accept-Language</c> (for tools that cannot set headers); without both, <c>en</c>.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="options">The service's settings.</param>
    /// <param name="loggers">The service's log.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Handle(
        HttpContext http,
        [FromQuery, Description("The date of the worklist, yyyy-mm-dd (required): every case is assessed on it.")] string? asOf,
        [FromQuery, Description("The window of due-soon obligations in days after asOf, 0 to 365 (default 14, as the command).")]
            string? within,
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
        var problems = new List<CaseProblem>(query.Problems);
        var days = Within(http.Request.Query, problems);
        if (problems.Count > 0)
        {
            await Problems.Write(http, StatusCodes.Status400BadRequest, "The query parameters are not valid.", problems);
            return;
        }

        var logger = loggers.CreateLogger(Failures.Category);
        var collector = new WorklistCollector(engine, new WorklistBuilder(query.AsOf, days), query.Language, settings.MaxCaseBytes, logger);
        var splitter = new JsonLinesSplitter(settings.MaxCaseBytes);
        using var body = new RequestBody(http, settings.BodyIdleTimeout, logger);
        long received = 0;
        long carried = 0;
        while (true)
        {
            var piece = await body.ReadAsync();
            if (piece.Failure is { } failure)
            {
                if (failure.Status != 0)
                {
                    await RequestBody.Answer(http, failure, $"{failure.Message}; no worklist was made.");
                }

                return;
            }

            var result = piece.Result;
            var whole = result.Buffer;
            received += whole.Length - carried;
            if (received > settings.MaxBatchBytes)
            {
                body.AdvanceTo(whole.End, whole.End);
                await TooLarge(http, settings.MaxBatchBytes);
                return;
            }

            var buffer = whole;
            while (splitter.TryRead(ref buffer, result.IsCompleted, out var line))
            {
                collector.Line(line);
            }

            body.AdvanceTo(buffer.Start, whole.End);
            carried = buffer.Length;
            if (result.IsCompleted)
            {
                break;
            }
        }

        if (collector.Lines == 0)
        {
            await Problems.Write(
                http,
                StatusCodes.Status400BadRequest,
                "The body holds no case.",
                "$",
                "the body holds no case: send one case per line (JSON Lines)."
            );
            return;
        }

        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.Json;
        response.Headers.CacheControl = "no-store";
        RequestLanguage.Answer(response, query.Language);
        using (var json = new Utf8JsonWriter(response.BodyWriter, PoortwachterJson.IndentedWriterOptions))
        {
            json.WriteStartObject();
            WorklistJson.WriteMembers(json, collector.Builder.Build(), query.Language);
            json.WriteStartArray("problems");
            foreach (var bad in collector.Problems)
            {
                json.WriteStartObject();
                json.WriteNumber("line", bad.Line);
                if (bad.CaseId is null)
                {
                    json.WriteNull("caseId");
                }
                else
                {
                    json.WriteString("caseId", bad.CaseId);
                }

                Problems.WriteErrors(json, bad.Problems, bad.Reference);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        response.BodyWriter.Write("\n"u8);
        // Not cancelled with the request: a deadline must not leave the document half sent.
        await response.BodyWriter.FlushAsync(CancellationToken.None);
    }

    /// <summary>Reads <c>within</c>: a whole number of days from 0 to 365, 14 when absent; a bad value is a problem.</summary>
    private static int Within(IQueryCollection query, List<CaseProblem> problems)
    {
        var text = QueryArguments.Single(query, "within", problems);
        if (text is null)
        {
            return WorklistBuilder.DefaultWithinDays;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= WorklistBuilder.MaxWithinDays)
        {
            return days;
        }

        problems.Add(
            new CaseProblem(
                "within",
                $"{SafeText.Quote(text)} is not a whole number of days from 0 to {WorklistBuilder.MaxWithinDays}; within=30 lists what falls due in the next 30 days."
            )
        );
        return WorklistBuilder.DefaultWithinDays;
    }

    private static Task TooLarge(HttpContext http, long limit) =>
        Problems.Write(
            http,
            StatusCodes.Status413PayloadTooLarge,
            $"The body is larger than the {limit:N0} bytes a batch may take (setting Poortwachter:MaxBatchBytes).",
            "$",
            $"the portfolio is more than {limit:N0} bytes: send it in parts."
        );
}
