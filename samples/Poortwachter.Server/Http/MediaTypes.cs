using System;
using Microsoft.Net.Http.Headers;

namespace Poortwachter.Server.Http;

/// <summary>The media types the service reads and writes.</summary>
internal static class MediaTypes
{
    /// <summary>One JSON document.</summary>
    public const string Json = "application/json";

    /// <summary>JSON Lines (newline-delimited JSON): one JSON document per line.</summary>
    public const string Ndjson = "application/x-ndjson";

    /// <summary>JSON Lines under the name of the JSON Lines convention, also accepted on input.</summary>
    public const string Jsonl = "application/jsonl";

    /// <summary>Returns whether a request's content type is JSON: <c>application/json</c> or a <c>+json</c> type.</summary>
    /// <param name="contentType">The Content-Type header, or null.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (
            parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || parsed.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
        );

    /// <summary>Returns whether a request's content type is JSON Lines: <c>application/x-ndjson</c> or <c>application/jsonl</c>.</summary>
    /// <param name="contentType">The Content-Type header, or null.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsJsonLines(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (
            parsed.MediaType.Equals(Ndjson, StringComparison.OrdinalIgnoreCase)
            || parsed.MediaType.Equals(Jsonl, StringComparison.OrdinalIgnoreCase)
        );
}
