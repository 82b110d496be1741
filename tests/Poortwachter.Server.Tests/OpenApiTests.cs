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
    [InlineData("ChangeSet", "change-set.schema.json")]
    public async Task The_request_and_response_schemas_are_the_contracts_published_schemas(string name, string file)
    {
        var schemas = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!["components"]!["schemas"]!.AsObject();

        // Put the schema back together from its components: $defs from NAMEX (CaseEvent: event), references back to
        // #/$defs/x. No component name has a dot (generators make one a namespace).
        schemas.Select(s => s.Key).Should().NotContain(k => k.Contains('.', StringComparison.Ordinal));
        var rebuilt = Back(schemas[name]!, name).AsObject();
        var defs = new JsonObject();
        foreach (
            var (key, value) in schemas
                .Where(s => s.Key.Length > name.Length && s.Key.StartsWith(name, StringComparison.Ordinal) && !IsSplitEvent(s.Value!))
                .ToList()
        )
        {
            var def = Back(value!, name).AsObject();
            // OpenAPI's discriminator is an annotation for generators (it changes no value's validity): checked below.
            // With it the events' oneOf lists one component per event type; put back the members those restrict.
            if (def.Remove("discriminator"))
            {
                def["oneOf"] = new JsonArray([
                    .. value!["oneOf"]!
                        .AsArray()
                        .Select(m => schemas[m!["$ref"]!.GetValue<string>().Split('/')[^1]]!["allOf"]![0]!["$ref"]!.GetValue<string>())
                        .Distinct(StringComparer.Ordinal)
                        .Select(r =>
                            (JsonNode)new JsonObject { ["$ref"] = "#/$defs/" + Definition(r[$"#/components/schemas/{name}".Length..]) }
                        ),
                ]);
            }

            if (def["allOf"] is JsonArray { Count: 1 } allOf && allOf[0]!["$ref"] is { } target && !def.ContainsKey("$ref"))
            {
                def.Remove("allOf");
                def["$ref"] = target.DeepClone();
            }

            defs[Definition(key[name.Length..])] = def;
        }

        rebuilt["$defs"] = defs;
        var published = Normalize(Nullables(JsonNode.Parse(Files.Schema(file))!)).AsObject();
        published.Remove("$schema");
        published.Remove("$id");
        JsonNode.DeepEquals(Normalize(rebuilt), published).Should().BeTrue($"the OpenAPI document holds {file} as published:\n{rebuilt}");
    }

    [Fact]
    public async Task An_event_is_told_apart_by_its_type_through_a_discriminator_that_maps_every_event_type()
    {
        var schemas = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!["components"]!["schemas"]!.AsObject();
        var discriminator = schemas["CaseEvent"]!["discriminator"]!;

        discriminator["propertyName"]!.GetValue<string>().Should().Be("type");
        var mapping = discriminator["mapping"]!.AsObject();
        // Every event type of the case schema maps to a component of its own (generators keep one value per schema),
        // which is the member that allows it with its type fixed to that one value; the oneOf lists exactly those.
        var published = JsonNode.Parse(Files.Schema("case.schema.json"))!["$defs"]!;
        var types = published["event"]!["oneOf"]!
            .AsArray()
            .SelectMany(m =>
                published[m!["$ref"]!.GetValue<string>()["#/$defs/".Length..]]!["properties"]!["type"]!.AsObject() switch
                {
                    var t when t["enum"] is JsonArray values => values.Select(v => v!.GetValue<string>()),
                    var t => [t["const"]!.GetValue<string>()],
                }
            )
            .ToList();
        mapping.Select(m => m.Key).Should().BeEquivalentTo(types);
        schemas["CaseEvent"]!["oneOf"]!
            .AsArray()
            .Select(m => m!["$ref"]!.GetValue<string>())
            .Should()
            .BeEquivalentTo(mapping.Select(m => m.Value!.GetValue<string>()));
        mapping["plan-van-aanpak"]!.GetValue<string>().Should().Be("#/components/schemas/CaseEventPlanVanAanpak");
        var plan = schemas["CaseEventPlanVanAanpak"]!["allOf"]!;
        plan[0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/CasePlanDocument");
        plan[1]!["properties"]!["type"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("plan-van-aanpak");
    }

    /// <summary>A component of one event type (CaseEventProbleemanalyse): a member of the events' oneOf with its type fixed.</summary>
    private static bool IsSplitEvent(JsonNode schema) =>
        schema["allOf"] is JsonArray { Count: 2 } parts
        && parts[1]!["properties"]?["type"]?["enum"] is JsonArray { Count: 1 }
        && schema["description"]?.GetValue<string>().StartsWith("An event of type ", StringComparison.Ordinal) == true;

    private static string Definition(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];

    /// <summary>Undoes the lifting of the $defs: #/components/schemas/NAMEX back to #/$defs/x.</summary>
    private static JsonNode Back(JsonNode node, string name)
    {
        var copy = node.DeepClone();
        var prefix = $"#/components/schemas/{name}";
        Walk(
            copy,
            n =>
            {
                if (n["$ref"] is { } r && r.GetValue<string>() is { } target && target.StartsWith(prefix, StringComparison.Ordinal))
                {
                    n["$ref"] = "#/$defs/" + Definition(target[prefix.Length..]);
                }
            }
        );
        return copy;
    }

    /// <summary>
    /// The one rewrite the document makes on purpose, done here by hand on the published schema: "a simple string
    /// definition, or null" (anyOf [{$ref: #/$defs/x}, {type: null}]) becomes that definition with null in its type
    /// (and enum), which client generators read as nullable. Every other part must be as published.
    /// </summary>
    private static JsonNode Nullables(JsonNode schema)
    {
        var copy = schema.DeepClone();
        var defs = copy["$defs"]!.AsObject();
        Walk(
            copy,
            n =>
            {
                if (
                    n["anyOf"] is JsonArray { Count: 2 } any
                    && any[1]!.ToJsonString() == """{"type":"null"}"""
                    && any[0]!["$ref"]?.GetValue<string>() is { } target
                    && defs[target["#/$defs/".Length..]] is JsonObject simple
                    && simple["type"]?.ToJsonString() == "\"string\""
                )
                {
                    n.Remove("anyOf");
                    foreach (var (key, value) in simple.ToList())
                    {
                        if (key != "description" || !n.ContainsKey("description"))
                        {
                            n[key] = value!.DeepClone();
                        }
                    }

                    n["type"] = new JsonArray("string", "null");
                    if (n["enum"] is JsonArray values)
                    {
                        values.Add(null);
                    }
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
        paths
            .Select(p => p.Key)
            .Should()
            .BeEquivalentTo("/v1/assessments", "/v1/assessments/batch", "/v1/changes", "/v1/worklist", "/v1/rules", "/health");
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
        var changes = paths["/v1/changes"]!["post"]!;
        changes["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/ChangesRequest");
        changes["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/ChangeSet");
        changes["parameters"]!
            .AsArray()
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => (p!["name"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false))
            .Should()
            .BeEquivalentTo([("asOf", true), ("previousAsOf", false), ("language", false)]);
        var worklist = paths["/v1/worklist"]!["post"]!;
        worklist["requestBody"]!["content"]!["application/x-ndjson"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/Case");
        worklist["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/Worklist");
        var within = worklist["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "within")!;
        (within["schema"]!["type"]!.GetValue<string>(), within["schema"]!["default"]!.GetValue<int>()).Should().Be(("integer", 14));
        paths["/v1/rules"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>()
            .Should()
            .Be("#/components/schemas/RuleCatalogue");
        // One fixed server entry (linters ask for one), not the address the request came in on: the committed document
        // is the same wherever it is served.
        document["servers"]!.AsArray().Select(s => s!["url"]!.GetValue<string>()).Should().Equal("http://localhost:8080");
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
