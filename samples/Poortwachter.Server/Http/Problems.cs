using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Server.Http;

/// <summary>
/// Writes RFC 9457 problem details (<c>application/problem+json</c>): <c>type</c>, <c>title</c>, <c>status</c>,
/// <c>detail</c> and an <c>errors</c> array that lists every problem with the JSON <c>path</c> it is about and a
/// <c>message</c>. Never a stack trace.
/// </summary>
internal static class Problems
{
    /// <summary>The media type of a problem document.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>Writes a problem response.</summary>
    /// <param name="http">The request's context; its response must not have started.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="detail">What went wrong, for a person.</param>
    /// <param name="errors">Every problem, with its path; may be empty.</param>
    /// <param name="reference">The reference of an unexpected failure, which the service's log carries too; or null.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static async Task Write(HttpContext http, int status, string detail, IReadOnlyList<CaseProblem> errors, string? reference = null)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = MediaType;
        response.Headers.CacheControl = "no-store";
        using (var json = new Utf8JsonWriter(response.BodyWriter, PoortwachterJson.IndentedWriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "about:blank");
            json.WriteString("title", ReasonPhrases.GetReasonPhrase(status));
            json.WriteNumber("status", status);
            json.WriteString("detail", detail);
            json.WriteString("instance", http.Request.Path.Value);
            WriteErrors(json, errors, reference);
            json.WriteEndObject();
        }

        response.BodyWriter.Write("\n"u8);
        // Not cancelled with the request: a request timeout must not leave a document half sent, and the server ends the
        // flush of a client that went away or reads too slowly (its minimum response data rate).
        await response.BodyWriter.FlushAsync(CancellationToken.None);
    }

    /// <summary>Writes a problem response with one problem.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="detail">What went wrong, for a person.</param>
    /// <param name="path">The path the problem is about: a JSON path into the body (<c>$</c> for the whole body), or a query parameter's name.</param>
    /// <param name="message">The problem.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task Write(HttpContext http, int status, string detail, string path, string message) =>
        Write(http, status, detail, [new CaseProblem(path, message)]);

    /// <summary>
    /// Writes the <c>errors</c> array (each problem's <c>path</c> and <c>message</c>) and, when there is one, the
    /// <c>reference</c> of an unexpected failure: the part a problem document and a batch's error line share.
    /// </summary>
    /// <param name="json">The writer, inside the object.</param>
    /// <param name="errors">The problems.</param>
    /// <param name="reference">The failure's reference in the log, or null.</param>
    internal static void WriteErrors(Utf8JsonWriter json, IReadOnlyList<CaseProblem> errors, string? reference)
    {
        json.WriteStartArray("errors");
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString("path", error.Path);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (reference is not null)
        {
            json.WriteString("reference", reference);
        }
    }
}
