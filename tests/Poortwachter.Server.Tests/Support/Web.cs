using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Poortwachter.Server.Tests.Support;

/// <summary>Requests and responses as the tests write them.</summary>
public static class Web
{
    public static ByteArrayContent Json(string json) => Content(Encoding.UTF8.GetBytes(json), "application/json");

    public static ByteArrayContent Ndjson(string lines) => Content(Encoding.UTF8.GetBytes(lines), "application/x-ndjson");

    public static ByteArrayContent Content(byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static async Task<JsonObject> Read(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>The (path, message) pairs of a problem document's errors.</summary>
    public static (string Path, string Message)[] Errors(JsonObject problem) =>
        [.. problem["errors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["message"]!.GetValue<string>()))];
}
