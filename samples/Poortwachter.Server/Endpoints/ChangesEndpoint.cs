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
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Changes;
using Poortwachter.Json;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Endpoints;

/// <summary>
/// <c>POST /v1/changes</c>: what changed between two assessments of one case, and why (issue 27). The body is
/// <c>{"previous": CASE, "current": CASE}</c>; <c>previous</c> is assessed on <c>previousAsOf</c> (default
/// <c>asOf</c>), <c>current</c> on <c>asOf</c>. Either may be absent or null: without <c>previous</c> the case is new
/// (everything is added), without <c>current</c> it vanished (everything is removed); one of the two is required. The
/// answer is the change set JSON, what <c>poortwachter changes</c> writes for the case as one JSON line, indented.
/// </summary>
/// <remarks>
/// Each case is read by the strict case reader from its own bytes, so every problem comes with its JSON path in the
/// body: <c>$.previous.events[3].on</c>, <c>$.current.firstSickDay</c>. A previous case whose first sick day comes after
/// <c>previousAsOf</c> was not yet a case then: it is new, as the command treats it.
/// </remarks>
internal static class ChangesEndpoint
{
    private const string Previous = "previous";
    private const string Current = "current";

    /// <summary>What changed between two versions of one case</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="asOf">The date the current case is assessed on, <c>yyyy-mm-dd</c> (required).</param>
    /// <param name="previousAsOf">The date the previous case is assessed on, <c>yyyy-mm-dd</c>; default <paramref name="asOf"/>.</param>
    /// <param name="language">The language of the summaries, reasons and descriptions: <c>nl</c> (Dutch) or <c>en</c> (English); a tag such as <c>nl-NL</c> is read as <c>nl</c>. It wins over <c>Accept-Language</c> (for tools that cannot set headers); without both, <c>en</c>.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="options">The service's settings.</param>
    /// <param name="loggers">The service's log.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Handle(
        HttpContext http,
        [FromQuery, Description("The date the current case is assessed on, yyyy-mm-dd (required).")] string? asOf,
        [
            FromQuery,
            Description(
                "The date the previous case is assessed on, yyyy-mm-dd (default: asOf, which compares two versions of the case on one day)."
            )
        ]
            string? previousAsOf,
        [FromQuery, Description(AssessEndpoint.LanguageDescription)] string? language,
        [FromServices] PoortwachterEngine engine,
        [FromServices] IOptions<ServerOptions> options,
        [FromServices] ILoggerFactory loggers
    )
    {
        var settings = options.Value;
        // Two cases: twice what one case may take.
        var limit = settings.MaxCaseBytes * 2L;
        if (!await BodyLimits.Admit(http, MediaTypes.IsJson, MediaTypes.Json, limit, TooLarge))
        {
            return;
        }

        var query = QueryArguments.Read(http.Request);
        var problems = new List<CaseProblem>(query.Problems);
        if (http.Request.Query.ContainsKey("text"))
        {
            problems.RemoveAll(p => p.Path == "text");
            problems.Add(new CaseProblem("text", "a change set always carries its summaries and reasons: leave text out."));
        }

        var previousDate = query.AsOf;
        if (QueryArguments.Single(http.Request.Query, "previousAsOf", problems) is { } given)
        {
            if (!QueryArguments.TryParseDate(given, out previousDate, out var error))
            {
                problems.Add(new CaseProblem("previousAsOf", error));
            }
        }

        Pair pair;
        using (var body = new RequestBody(http, settings.BodyIdleTimeout, loggers.CreateLogger(Failures.Category)))
        {
            var (complete, value) = await body.ReadWholeAsync(limit, TooLarge, static bytes => ReadPair(bytes));
            if (!complete)
            {
                return;
            }

            pair = value;
        }

        if (problems.Count > 0 || pair.Problems.Count > 0)
        {
            var detail = (problems.Count > 0, pair.Problems.Count == 0) switch
            {
                (true, true) => "The query parameters are not valid.",
                (true, false) => "The query parameters are not valid, and the body is not a valid pair of cases.",
                _ => "The body is not a valid pair of cases.",
            };
            await Problems.Write(http, StatusCodes.Status400BadRequest, detail, [.. problems, .. pair.Problems]);
            return;
        }

        ChangeSet changes;
        try
        {
            changes = Compare(engine, pair, previousDate, query.AsOf);
        }
        catch (InvalidCaseException ex)
        {
            await Problems.Write(http, StatusCodes.Status400BadRequest, "The cases cannot be assessed on those dates.", ex.Problems);
            return;
        }

        var written = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(written, PoortwachterJson.IndentedWriterOptions))
        {
            ChangeSetJson.Write(json, changes, query.Language);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaTypes.Json;
        // The reasons quote the derivations, which can quote an afwijking's reason: no cache keeps them.
        http.Response.Headers.CacheControl = "no-store";
        RequestLanguage.Answer(http.Response, query.Language);
        var output = http.Response.BodyWriter;
        output.Write(written.WrittenSpan);
        output.Write("\n"u8);
        await output.FlushAsync(CancellationToken.None);
    }

    /// <summary>Assesses both sides and compares them; an engine problem names the side it is about.</summary>
    private static ChangeSet Compare(PoortwachterEngine engine, Pair pair, LocalDate previousAsOf, LocalDate asOf)
    {
        Assessment? previous = null;
        var before = pair.Previous;
        if (before is not null && before.FirstSickDay <= previousAsOf)
        {
            try
            {
                previous = engine.Assess(before, previousAsOf);
            }
            catch (InvalidCaseException ex)
            {
                throw new InvalidCaseException(Prefix(ex.Problems, Previous, "previousAsOf"));
            }
        }

        Assessment? current = null;
        if (pair.Current is { } now)
        {
            try
            {
                current = engine.Assess(now, asOf);
            }
            catch (InvalidCaseException ex)
            {
                throw new InvalidCaseException(Prefix(ex.Problems, Current, "asOf"));
            }
        }

        if (previous is null && current is null)
        {
            // Only a previous case that had not started by previousAsOf: nothing was, nothing is.
            throw new InvalidCaseException([
                new CaseProblem(
                    "previousAsOf",
                    $"the previous case starts on {Iso(before!.FirstSickDay)}, after previousAsOf, and there is no current case: there is nothing to compare."
                ),
            ]);
        }

        return AssessmentChanges.Between(previous, current, previous is null ? null : before, pair.Current);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The two cases of the body, or every problem with it.</summary>
    private sealed record Pair(SicknessCase? Previous, SicknessCase? Current, IReadOnlyList<CaseProblem> Problems);

    /// <summary>
    /// Reads the body: a JSON object with <c>previous</c> and/or <c>current</c>, each a case or null. Each case is read
    /// by the strict reader from its own bytes, its problems' paths put under <c>$.previous</c> or <c>$.current</c>.
    /// </summary>
    private static Pair ReadPair(ReadOnlySpan<byte> bytes)
    {
        var problems = new List<CaseProblem>();
        var ranges = new (int Start, int Length)?[2];
        var given = new bool[2];
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read())
            {
                return Fail("$", "the body is empty: expected a JSON object {\"previous\": CASE, \"current\": CASE}.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail(
                    "$",
                    "the body is not a JSON object: expected {\"previous\": CASE, \"current\": CASE} (either may be null or left out, not both)."
                );
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString() ?? string.Empty;
                var side =
                    name == Previous ? 0
                    : name == Current ? 1
                    : -1;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var isNull = reader.TokenType == JsonTokenType.Null;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                if (side < 0)
                {
                    problems.Add(
                        new CaseProblem(
                            "$." + SafeText.Visible(name, 60),
                            $"unknown property {SafeText.Quote(name, 60)}: the body has previous and current (each a case, or null)."
                        )
                    );
                    continue;
                }

                if (given[side])
                {
                    problems.Add(new CaseProblem("$." + name, $"property '{name}' appears more than once: give each property once."));
                    continue;
                }

                given[side] = true;
                ranges[side] = isNull ? null : (start, end - start);
            }

            if (reader.Read())
            {
                return Fail("$", "the body holds more than one JSON object: send one {\"previous\": CASE, \"current\": CASE}.");
            }
        }
        catch (JsonException)
        {
            // Malformed: the case reader says where, with the path of the value it was reading, in the body's own lines.
            return new Pair(null, null, PoortwachterJson.ReadCase(bytes).Problems);
        }

        if (ranges[0] is null && ranges[1] is null && problems.Count == 0)
        {
            return Fail(
                "$",
                "neither previous nor current is given: give previous (the earlier version) and current (the later one); leave previous out for a new case, current for a vanished one."
            );
        }

        var cases = new SicknessCase?[2];
        for (var side = 0; side < 2; side++)
        {
            if (ranges[side] is { } range)
            {
                var read = PoortwachterJson.ReadCase(bytes.Slice(range.Start, range.Length));
                cases[side] = read.Case;
                problems.AddRange(Prefix(read.Problems, side == 0 ? Previous : Current, null));
            }
        }

        if (cases[0] is { } p && cases[1] is { } c && !string.Equals(p.CaseId, c.CaseId, StringComparison.Ordinal))
        {
            problems.Add(
                new CaseProblem(
                    "$.current.caseId",
                    $"{SafeText.Quote(c.CaseId, 60)} is not the previous case's id {SafeText.Quote(p.CaseId, 60)}: a change set compares two versions of one case."
                )
            );
        }

        return problems.Count > 0 ? new Pair(null, null, problems) : new Pair(cases[0], cases[1], problems);

        static Pair Fail(string path, string message) => new(null, null, [new CaseProblem(path, message)]);
    }

    /// <summary>The problems of one side with their paths under that side: <c>$.x</c> becomes <c>$.previous.x</c>; a query parameter's path becomes <paramref name="date"/>.</summary>
    private static List<CaseProblem> Prefix(IReadOnlyList<CaseProblem> problems, string side, string? date)
    {
        var prefixed = new List<CaseProblem>(problems.Count);
        foreach (var p in problems)
        {
            var path =
                p.Path.StartsWith('$') ? "$." + side + p.Path[1..]
                : date is not null && p.Path == "asOf" ? date
                : p.Path;
            prefixed.Add(new CaseProblem(path, p.Message));
        }

        return prefixed;
    }

    /// <summary>Answers 413: the body is longer than twice the configured limit of one case.</summary>
    private static Task TooLarge(HttpContext http, long limit) =>
        Problems.Write(
            http,
            StatusCodes.Status413PayloadTooLarge,
            $"The body is larger than the {limit:N0} bytes two cases may take (twice the setting Poortwachter:MaxCaseBytes).",
            "$",
            $"the pair of cases is more than {limit:N0} bytes; a case holds dates and process facts only and is far smaller."
        );
}
