using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>The OpenAPI document generated from the endpoints, and the API reference page.</summary>
public sealed class OpenApiTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client;

    public OpenApiTests(ServerFactory factory) => _client = factory.Client();

    [Fact]
    public async Task The_live_document_equals_the_committed_one()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        // On a difference, openapi.v1.received.json is written beside the committed file: review it, then let it replace openapi.v1.json.
        Golden.Verify(
            Path.Combine(Files.Repository(), "samples", "Poortwachter.Server", "openapi.v1.json"),
            await response.Content.ReadAsStringAsync()
        );
    }

    [Theory]
    [InlineData("Case", "case.schema.json")]
    [InlineData("Assessment", "assessment.schema.json")]
    public async Task The_request_and_response_schemas_are_the_contracts_published_schemas(string name, string file)
    {
        var schemas = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!["components"]!["schemas"]!.AsObject();

        // Put the schema back together from its components: $defs from NAME.X, references back to #/$defs/X.
        var rebuilt = Back(schemas[name]!, name).AsObject();
        var defs = new JsonObject();
        foreach (var (key, value) in schemas.Where(s => s.Key.StartsWith(name + ".", StringComparison.Ordinal)).ToList())
        {
            var def = Back(value!, name).AsObject();
            if (def["allOf"] is JsonArray { Count: 1 } allOf && allOf[0]!["$ref"] is { } target && !def.ContainsKey("$ref"))
            {
                def.Remove("allOf");
                def["$ref"] = target.DeepClone();
            }

            defs[key[(name.Length + 1)..]] = def;
        }

        rebuilt["$defs"] = defs;
        var published = Normalize(JsonNode.Parse(Files.Schema(file))!).AsObject();
        published.Remove("$schema");
        published.Remove("$id");
        JsonNode.DeepEquals(Normalize(rebuilt), published).Should().BeTrue($"the OpenAPI document holds {file} as published:\n{rebuilt}");
    }

    /// <summary>Undoes the lifting of the $defs: #/components/schemas/NAME.X back to #/$defs/X.</summary>
    private static JsonNode Back(JsonNode node, string name)
    {
        var copy = node.DeepClone();
        Walk(
            copy,
            n =>
            {
                if (n["$ref"] is { } r && r.GetValue<string>().StartsWith($"#/components/schemas/{name}.", StringComparison.Ordinal))
                {
                    n["$ref"] = "#/$defs/" + r.GetValue<string>()[$"#/components/schemas/{name}.".Length..];
                }
            }
        );
        return copy;
    }

    /// <summary>What does not change the meaning of a schema: the order of a type list, and const X for enum [X].</summary>
    private static JsonNode Normalize(JsonNode node)
    {
        var copy = node.DeepClone();
        Walk(
            copy,
            n =>
            {
                if (n["type"] is JsonArray types)
                {
                    n["type"] = new JsonArray([
                        .. types.Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal).Select(t => (JsonNode)t),
                    ]);
                }

                if (n["const"] is { } constant)
                {
                    n.Remove("const");
                    n["enum"] = new JsonArray(constant.DeepClone());
                }
            }
        );
        return copy;
    }

    private static void Walk(JsonNode node, Action<JsonObject> visit)
    {
        if (node is JsonObject obj)
        {
            visit(obj);
            foreach (var (_, child) in obj.ToList())
            {
                if (child is not null)
                {
                    Walk(child, visit);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.ToList())
            {
                if (child is not null)
                {
                    Walk(child, visit);
                }
            }
        }
    }

    [Fact]
    public async Task The_document_describes_each_endpoint_with_its_bodies_parameters_and_problems()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        document["openapi"]!.GetValue<string>().Should().StartWith("3.1");
        var paths = document["paths"]!.AsObject();
        paths.Select(p => p.Key).Should().BeEquivalentTo("/v1/assessments", "/v1/assessments/batch", "/v1/rules", "/health");
        var assess = paths["/v1/assessments"]!["post"]!;
        assess["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/Case");
        assess["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/Assessment");
        foreach (var status in new[] { "400", "413", "415" })
        {
            assess["responses"]![status]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!
                .GetValue<string>()
                .Should()
                .Be("#/components/schemas/Problem");
        }

        var asOf = assess["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "asOf")!;
        asOf["required"]!.GetValue<bool>().Should().BeTrue();
        asOf["schema"]!["format"]!.GetValue<string>().Should().Be("date");
        var batch = paths["/v1/assessments/batch"]!["post"]!;
        batch["requestBody"]!["content"]!["application/x-ndjson"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/Case");
        batch["responses"]!["200"]!["content"]!["application/x-ndjson"]!["schema"]!["oneOf"]!
            .AsArray()
            .Select(s => s!["$ref"]!.GetValue<string>())
            .Should()
            .Equal("#/components/schemas/Assessment", "#/components/schemas/BatchLineError");
        paths["/v1/rules"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/RuleCatalogue");
        document["servers"].Should().BeNull("the document names no host, so it is the same wherever it is served");
    }

    [Fact]
    public async Task The_api_reference_page_is_served_at_scalar()
    {
        using var response = await _client.GetAsync("/scalar/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"url\":\"openapi/v1.json\"");
    }
}
