using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.OpenApi;

/// <summary>
/// Completes the OpenAPI document generated from the endpoints with what the endpoints cannot say by themselves, as
/// they read and write raw bytes: the request and response schemas are the contract's published JSON Schemas
/// (<c>docs/schema/case.schema.json</c> and <c>assessment.schema.json</c>, embedded in the program), their
/// <c>$defs</c> lifted into the components; the problem details and the batch's error lines get schemas of their own.
/// </summary>
internal sealed class ContractDocument : IOpenApiDocumentTransformer
{
    /// <summary>The name of the case schema in the components.</summary>
    public const string Case = "Case";

    /// <summary>The name of the assessment schema in the components.</summary>
    public const string Assessment = "Assessment";

    /// <summary>The name of the change set schema in the components.</summary>
    public const string ChangeSet = "ChangeSet";

    /// <summary>The name of the schema of the body of <c>POST /v1/changes</c> in the components.</summary>
    public const string ChangesRequest = "ChangesRequest";

    /// <summary>The name of the worklist schema in the components.</summary>
    public const string Worklist = "Worklist";

    /// <summary>The name of the problem details schema in the components.</summary>
    public const string Problem = "Problem";

    /// <summary>The name of the schema of one problem in the components.</summary>
    public const string ProblemItem = "ProblemItem";

    /// <summary>The name of the schema of a batch's error line in the components.</summary>
    public const string BatchLineError = "BatchLineError";

    private const string ProblemSchema = """
        {
          "type": "object",
          "description": "RFC 9457 problem details (application/problem+json), with every problem of the request in errors. Never a stack trace.",
          "required": ["type", "title", "status", "errors"],
          "properties": {
            "type": { "type": "string", "description": "about:blank on every problem of the service (404 and 405 too): the status code says what kind of problem it is." },
            "title": { "type": "string", "description": "The status code's reason phrase, such as Bad Request." },
            "status": { "type": "integer", "description": "The HTTP status code: 400 (bad JSON, bad case, bad query parameter, a body whose framing is broken), 408 (a body that stalls, or a request over its deadline), 413 (body too large), 415 (wrong Content-Type, a charset other than UTF-8, a Content-Encoding), 500 (an unexpected failure, with its reference), 503 (too many requests at once); 404 and 405 come as problems too." },
            "detail": { "type": "string", "description": "What went wrong, for a person." },
            "instance": { "type": "string", "description": "The path of the request." },
            "errors": { "type": "array", "description": "Every problem: the query parameters' first, then the body's in document order. Empty on a problem that is about no part of the request (404, 500).", "items": { "$ref": "#/components/schemas/ProblemItem" } },
            "reference": { "type": "string", "description": "On a 500 only: the reference of the unexpected failure, which the service's log carries with the details." }
          }
        }
        """;

    private const string ProblemItemSchema = """
        {
          "type": "object",
          "description": "One problem: where it is and what is wrong, as the command reports it on standard error.",
          "required": ["path", "message"],
          "properties": {
            "path": { "type": "string", "description": "A JSON path into the body, such as $.events[3].on, $ for the whole body or line; or the query parameter the problem is about, such as asOf." },
            "message": { "type": "string", "description": "What is wrong, for a person." }
          }
        }
        """;

    private const string ChangesRequestSchema = """
        {
          "type": "object",
          "description": "Two versions of one case for POST /v1/changes: previous (the earlier run's, assessed on previousAsOf) and current (assessed on asOf). Leave previous out or null for a new case (everything is added), current for a vanished one (everything is removed); one of the two is required, and both have one caseId.",
          "additionalProperties": false,
          "properties": {
            "previous": { "description": "The earlier version of the case; null or absent for a new case.", "anyOf": [{ "$ref": "#/components/schemas/Case" }, { "type": "null" }] },
            "current": { "description": "The later version of the case; null or absent for a case that vanished.", "anyOf": [{ "$ref": "#/components/schemas/Case" }, { "type": "null" }] }
          }
        }
        """;

    private const string BatchLineErrorSchema = """
        {
          "type": "object",
          "description": "The result line of a batch line that could not be assessed, in place of its assessment: the command reports the same on standard error as line N (case 'ID'): PATH: MESSAGE. A body that could not be read to its end (larger than the limit, stalled, broken framing, over its deadline) ends the stream with one such line for the next line number. A line that met an unexpected failure in the service gets one with a reference, and the batch goes on.",
          "required": ["line", "caseId", "errors"],
          "properties": {
            "line": { "type": "integer", "minimum": 1, "description": "The line's number in the body, from 1 (blank lines count, and give no result line)." },
            "caseId": { "type": ["string", "null"], "description": "The line's caseId, when it could be read; else null." },
            "errors": { "type": "array", "items": { "$ref": "#/components/schemas/ProblemItem" } },
            "reference": { "type": "string", "description": "Only on a line that met an unexpected failure in the service: its reference, which the service's log carries with the details." }
          }
        }
        """;

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Poortwachter",
            Version = "v1",
            Description =
                "The Dutch Wet verbetering poortwachter as a rules engine, over HTTP. Send a sickness case (dates and process facts, no medical data) "
                + "and an assessment date; get back the state of the wachttijd, every obligation with its due date, status and legal basis, "
                + "the milestones and the warnings. The JSON is the interchange contract of docs/contract.md, the same bytes as the "
                + "command's `poortwachter assess --format json` (one case) and batch mode (JSON Lines).",
        };
        // One fixed entry, not the address a request came in on, so the committed document is the same everywhere: the
        // port the Dockerfile serves. A client sets its own base address.
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "http://localhost:8080",
                Description = "The service as its Dockerfile runs it (port 8080); a host deploys it at its own address.",
            },
        ];
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var schemas = document.Components.Schemas;
        AddContractSchema(document, schemas, Case, "case.schema.json");
        AddContractSchema(document, schemas, Assessment, "assessment.schema.json");
        AddContractSchema(document, schemas, ChangeSet, "change-set.schema.json");
        schemas[ChangesRequest] = Parse(document, ChangesRequestSchema);
        AddContractSchema(document, schemas, Worklist, "worklist.schema.json");
        schemas[Problem] = Parse(document, ProblemSchema);
        schemas[ProblemItem] = Parse(document, ProblemItemSchema);
        schemas[BatchLineError] = Parse(document, BatchLineErrorSchema);

        Describe(document, "/v1/assessments", isBatch: false);
        Describe(document, "/v1/assessments/batch", isBatch: true);
        DescribeChanges(document);
        DescribeWorklist(document);
        var rules = document.Paths["/v1/rules"].Operations![HttpMethod.Get];
        SetDate(rules, "firstSickDay", required: false);
        Language(rules, withTextSwitch: false);
        Problems(document, rules);
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiDocument document, string path, bool isBatch)
    {
        var operation = document.Paths[path].Operations![HttpMethod.Post];
        var type = isBatch ? MediaTypes.Ndjson : MediaTypes.Json;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = isBatch
                ? "JSON Lines (application/x-ndjson; application/jsonl is accepted too): one case per line, each line the contract's case JSON. Lines end at LF, CR LF or CR; blank lines are skipped. The body is read as it arrives."
                : "One case: the contract's case JSON (docs/contract.md, \"Case (input)\"), read by the strict reader, which reports every problem with its JSON path.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [type] = new OpenApiMediaType { Schema = Ref(document, Case) },
            },
        };

        ((OpenApiResponse)operation.Responses!["200"]).Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            [type] = new OpenApiMediaType
            {
                Schema = isBatch
                    ? new OpenApiSchema
                    {
                        Description =
                            "One line per line of the body that is not blank, in order: its assessment or, when it cannot be assessed, its error.",
                        OneOf = [Ref(document, Assessment), Ref(document, BatchLineError)],
                    }
                    : Ref(document, Assessment),
            },
        };
        SetDate(operation, "asOf", required: true);
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "text" } text)
            {
                text.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(true) };
            }
        }

        Language(operation, withTextSwitch: true);
        Problems(document, operation);
    }

    private static void DescribeWorklist(OpenApiDocument document)
    {
        var operation = document.Paths["/v1/worklist"].Operations![HttpMethod.Post];
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description =
                "JSON Lines (application/x-ndjson; application/jsonl is accepted too): one case per line, each line the contract's case JSON, as the batch endpoint takes. Blank lines are skipped. The body is read as it arrives; only the worklist's items are kept.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [MediaTypes.Ndjson] = new OpenApiMediaType { Schema = Ref(document, Case) },
            },
        };
        ((OpenApiResponse)operation.Responses!["200"]).Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            [MediaTypes.Json] = new OpenApiMediaType { Schema = Ref(document, Worklist) },
        };
        SetDate(operation, "asOf", required: true);
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "within" } within)
            {
                within.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Minimum = "0",
                    Maximum = "365",
                    Default = JsonValue.Create(14),
                };
            }
        }

        Language(operation, withTextSwitch: false);
        Problems(document, operation);
    }

    private static void DescribeChanges(OpenApiDocument document)
    {
        var operation = document.Paths["/v1/changes"].Operations![HttpMethod.Post];
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description =
                "Two versions of one case, {\"previous\": CASE, \"current\": CASE}, each the contract's case JSON read by the strict reader; a problem's path is in the body, such as $.previous.events[3].on.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [MediaTypes.Json] = new OpenApiMediaType { Schema = Ref(document, ChangesRequest) },
            },
        };
        ((OpenApiResponse)operation.Responses!["200"]).Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            [MediaTypes.Json] = new OpenApiMediaType { Schema = Ref(document, ChangeSet) },
        };
        SetDate(operation, "asOf", required: true);
        SetDate(operation, "previousAsOf", required: false);
        Language(operation, withTextSwitch: false);
        Problems(document, operation);
    }

    /// <summary>
    /// The language of an operation's texts: the <c>language</c> query parameter as <c>nl</c> or <c>en</c>, the
    /// <c>Accept-Language</c> header it wins over, and the <c>Content-Language</c> and <c>Vary</c> of the answer.
    /// </summary>
    private static void Language(OpenApiOperation operation, bool withTextSwitch)
    {
        operation.Parameters ??= [];
        foreach (var parameter in operation.Parameters)
        {
            if (parameter is OpenApiParameter { Name: RequestLanguage.Parameter } p)
            {
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("nl")!, JsonValue.Create("en")!] };
            }
        }

        operation.Parameters.Add(
            new OpenApiParameter
            {
                Name = "Accept-Language",
                In = ParameterLocation.Header,
                Required = false,
                Description =
                    "The languages the client reads, with q-values (RFC 9110 12.5.4): the texts are in the best of Dutch (nl, nl-NL, ...) and English (en, en-GB, ...) it accepts; other languages are passed over; without either, en. The language query parameter wins over it.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            }
        );
        if (operation.Responses!["200"] is OpenApiResponse ok)
        {
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            ok.Headers["Content-Language"] = new OpenApiHeader
            {
                Description = withTextSwitch
                    ? "The language of the texts: nl or en. Absent with text=false, which leaves the texts out."
                    : "The language of the texts: nl or en.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("nl")!, JsonValue.Create("en")!] },
            };
            ok.Headers["Vary"] = new OpenApiHeader
            {
                Description = "Accept-Language: the texts depend on that header.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }

    /// <summary>Gives a date parameter its format, and says whether it is required.</summary>
    private static void SetDate(OpenApiOperation operation, string name, bool required)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter p && p.Name == name)
            {
                p.Required = required;
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
            }
        }
    }

    /// <summary>Every error response of the operation is a problem document.</summary>
    private static void Problems(OpenApiDocument document, OpenApiOperation operation)
    {
        foreach (var (code, response) in operation.Responses ?? [])
        {
            if (code[0] is '4' or '5' && response is OpenApiResponse r)
            {
                r.Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [Http.Problems.MediaType] = new OpenApiMediaType { Schema = Ref(document, Problem) },
                };
            }
        }
    }

    private static OpenApiSchemaReference Ref(OpenApiDocument document, string name) => new(name, document);

    private static void AddContractSchema(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas, string name, string file)
    {
        using var stream =
            typeof(ContractDocument).Assembly.GetManifestResourceStream("Poortwachter.Server." + file)
            ?? throw new InvalidOperationException($"The schema {file} is missing from the program.");
        var root = JsonNode.Parse(stream)!.AsObject();
        root.Remove("$schema");
        root.Remove("$id");
        var defs = root["$defs"]?.AsObject();
        root.Remove("$defs");
        if (defs is not null)
        {
            InlineNullables(root, defs);
            foreach (var (_, value) in defs)
            {
                InlineNullables(value!, defs);
            }
        }

        Rewrite(root, name);
        if (defs is not null)
        {
            foreach (var (_, value) in defs)
            {
                Rewrite(value!, name);
            }

            foreach (var (key, value) in defs.ToList())
            {
                var def = value!.AsObject();
                if (def["$ref"] is { } target)
                {
                    // A component that is a reference with a description of its own: the reference goes into allOf.
                    def.Remove("$ref");
                    def["allOf"] = new JsonArray(new JsonObject { ["$ref"] = target });
                }

                Discriminate(document, schemas, key, def, defs, name);
                schemas[ComponentName(name, key)] = Parse(document, def.ToJsonString());
            }
        }

        schemas[name] = Parse(document, root.ToJsonString());
    }

    /// <summary>
    /// The component of a lifted definition: the schema's name and the definition's, run together in Pascal case
    /// (<c>CaseEvent</c>, <c>AssessmentObligation</c>). No dots: client generators make a dot a namespace
    /// (<c>Models.Case.Case</c>).
    /// </summary>
    private static string ComponentName(string schema, string definition) =>
        schema + char.ToUpperInvariant(definition[0]) + definition[1..];

    /// <summary>
    /// Gives a <c>oneOf</c> whose every member fixes its <c>type</c> property to a list of values (the case's events) a
    /// discriminator on <c>type</c>, so generators read an event as the member its type names instead of trying each in
    /// turn. Generators keep one discriminator value per schema (Kiota kept only <c>bekorting</c> of the nine facts),
    /// so a member that allows several values is split into one component per value (<c>CaseEventProbleemanalyse</c>:
    /// the member with its type fixed to that value); the oneOf lists those. The same documents are valid.
    /// </summary>
    private static void Discriminate(
        OpenApiDocument document,
        IDictionary<string, IOpenApiSchema> schemas,
        string key,
        JsonObject def,
        JsonObject defs,
        string name
    )
    {
        if (def["oneOf"] is not JsonArray members || members.Count == 0)
        {
            return;
        }

        var prefix = $"#/components/schemas/{name}";
        var split = new List<(string Value, string Target)>();
        foreach (var member in members)
        {
            var target = member?["$ref"]?.GetValue<string>();
            if (target is null || !target.StartsWith(prefix, StringComparison.Ordinal))
            {
                return;
            }

            var memberKey = char.ToLowerInvariant(target[prefix.Length]) + target[(prefix.Length + 1)..];
            if (defs[memberKey]?["properties"]?["type"]?["enum"] is not JsonArray values)
            {
                return;
            }

            split.AddRange(values.Select(v => (v!.GetValue<string>(), target)));
        }

        var mapping = new JsonObject();
        var alternatives = new JsonArray();
        foreach (var (value, target) in split)
        {
            var component = ComponentName(name, key) + string.Concat(value.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            var one = new JsonObject
            {
                ["description"] = $"An event of type {value}.",
                ["allOf"] = new JsonArray(
                    new JsonObject { ["$ref"] = target },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray(value) } },
                    }
                ),
            };
            schemas[component] = Parse(document, one.ToJsonString());
            mapping[value] = $"#/components/schemas/{component}";
            alternatives.Add(new JsonObject { ["$ref"] = $"#/components/schemas/{component}" });
        }

        def["oneOf"] = alternatives;
        def["discriminator"] = new JsonObject { ["propertyName"] = "type", ["mapping"] = mapping };
    }

    /// <summary>
    /// Writes "a value of a simple definition, or null" (<c>anyOf: [{$ref}, {type: null}]</c>, as the contract's schemas
    /// say it) as that definition itself with <c>null</c> added to its <c>type</c> (and its <c>enum</c>): the form
    /// client generators read as a nullable date or string. Kiota makes the anyOf an empty wrapper object, so every
    /// <c>dueBy</c> arrived empty. The same values are valid either way.
    /// </summary>
    private static void InlineNullables(JsonNode node, JsonObject defs)
    {
        switch (node)
        {
            case JsonObject obj:
                if (
                    obj["anyOf"] is JsonArray { Count: 2 } any
                    && any[1] is JsonObject nothing
                    && nothing.Count == 1
                    && nothing["type"]?.GetValue<string>() == "null"
                    && any[0]?["$ref"]?.GetValue<string>() is { } target
                    && target.StartsWith("#/$defs/", StringComparison.Ordinal)
                    && defs[target["#/$defs/".Length..]] is JsonObject simple
                    && simple["type"] is JsonValue type
                    && type.GetValue<string>() == "string"
                )
                {
                    obj.Remove("anyOf");
                    foreach (var (key, value) in simple)
                    {
                        if (key != "description" || !obj.ContainsKey("description"))
                        {
                            obj[key] = value?.DeepClone();
                        }
                    }

                    obj["type"] = new JsonArray("string", "null");
                    if (obj["enum"] is JsonArray values)
                    {
                        values.Add(null);
                    }

                    return;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        InlineNullables(child, defs);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        InlineNullables(child, defs);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Points every <c>#/$defs/X</c> reference at the lifted component <c>NAMEX</c>, and writes a <c>const</c> as the
    /// <c>enum</c> of one value that it means (the OpenAPI library writes a boolean const as a string).
    /// </summary>
    private static void Rewrite(JsonNode node, string name)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["const"] is { } constant)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(constant);
                }

                if (
                    obj["$ref"] is JsonValue value
                    && value.GetValue<string>() is { } target
                    && target.StartsWith("#/$defs/", StringComparison.Ordinal)
                )
                {
                    obj["$ref"] = $"#/components/schemas/{ComponentName(name, target["#/$defs/".Length..])}";
                }

                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        Rewrite(child, name);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Rewrite(child, name);
                    }
                }

                break;
        }
    }

    private static OpenApiSchema Parse(OpenApiDocument document, string json)
    {
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        if (schema is null || diagnostic?.Errors.Count > 0)
        {
            throw new InvalidDataException(
                "A schema of the contract could not be read: " + string.Join("; ", diagnostic?.Errors.Select(e => e.ToString()) ?? [])
            );
        }

        return schema;
    }
}
