using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Poortwachter.Json;

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

    /// <summary>
    /// Answers 415 when the body is not what the endpoint reads: a compressed body (the service does not decompress),
    /// another media type, or a charset other than UTF-8 (the reader reads UTF-8 only).
    /// </summary>
    /// <param name="http">The request's context.</param>
    /// <param name="accepts">Whether the endpoint reads a Content-Type.</param>
    /// <param name="expected">The media type expected, for the message.</param>
    /// <returns><see langword="true"/> when the 415 problem was written; <see langword="false"/> when the body can be read.</returns>
    public static async Task<bool> Refused(HttpContext http, Func<string?, bool> accepts, string expected)
    {
        var request = http.Request;
        var encoding = request.Headers.ContentEncoding.ToString();
        if (encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            await Problems.Write(
                http,
                StatusCodes.Status415UnsupportedMediaType,
                $"The body must be sent uncompressed; the Content-Encoding given is {SafeText.Quote(encoding)}.",
                "$",
                "send the body without a Content-Encoding: the service does not decompress bodies."
            );
            return true;
        }

        var type = request.ContentType;
        if (!accepts(type))
        {
            var given = type is { Length: > 0 } ? SafeText.Quote(type) : "none";
            await Problems.Write(
                http,
                StatusCodes.Status415UnsupportedMediaType,
                $"The body must be sent as {expected}; the Content-Type given is {given}.",
                "$",
                $"send the header Content-Type: {expected}."
            );
            return true;
        }

        var charset = MediaTypeHeaderValue.Parse(type).Charset;
        if (charset.HasValue && !IsUtf8(HeaderUtilities.RemoveQuotes(charset).Value))
        {
            await Problems.Write(
                http,
                StatusCodes.Status415UnsupportedMediaType,
                $"The body must be UTF-8; the Content-Type given is {SafeText.Quote(type)}.",
                "$",
                "send the body in UTF-8, with charset=utf-8 or without a charset."
            );
            return true;
        }

        return false;
    }

    private static bool IsUtf8(string? charset) =>
        string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase)
        || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);
}
