using System;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using Poortwachter.Server.Endpoints;
using Poortwachter.Server.Http;
using Poortwachter.Server.OpenApi;
using Poortwachter.Server.Operations;
using Scalar.AspNetCore;

namespace Poortwachter.Server;

/// <summary>Wires the service: its settings, the engine, the endpoints, the OpenAPI document and the API reference page.</summary>
public static class ServerApp
{
    /// <summary>Adds the service's settings, the engine and the OpenAPI document to the builder.</summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddPoortwachterServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services
            .AddOptions<ServerOptions>()
            .Bind(builder.Configuration.GetSection(ServerOptions.Section))
            .Validate(o => o.MaxCaseBytes > 0, "Poortwachter:MaxCaseBytes must be a positive number of bytes.")
            .Validate(o => o.MaxBatchBytes > 0, "Poortwachter:MaxBatchBytes must be a positive number of bytes.")
            .Validate(o => o.BodyIdleTimeout > TimeSpan.Zero, "Poortwachter:BodyIdleTimeout must be a positive time, such as 00:00:30.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "Poortwachter:RequestTimeout must be a positive time, such as 00:01:00.")
            .Validate(
                o => o.BatchRequestTimeout > TimeSpan.Zero,
                "Poortwachter:BatchRequestTimeout must be a positive time, such as 00:30:00."
            )
            .Validate(o => o.MaxConcurrentConnections > 0, "Poortwachter:MaxConcurrentConnections must be a positive number.")
            .Validate(o => o.MaxConcurrentRequests >= 0, "Poortwachter:MaxConcurrentRequests must be 0 (no limit) or a positive number.")
            .Validate(o => o.RequestQueueLimit >= 0, "Poortwachter:RequestQueueLimit must be 0 or a positive number.")
            .Validate(
                o => o.ShutdownTimeout >= TimeSpan.Zero,
                "Poortwachter:ShutdownTimeout must be zero or a positive time, such as 00:00:30."
            )
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, SettingKeys>();
        services.Configure<HostOptions>(host =>
        {
            // Read here, not through IOptions<ServerOptions>, which the host resolves while it is built: a bad value is
            // reported with every other setting at start (ValidateOnStart), and a negative one leaves .NET's default.
            var timeout = builder
                .Configuration.GetSection(ServerOptions.Section)
                .GetValue<TimeSpan?>(nameof(ServerOptions.ShutdownTimeout));
            if (timeout is { } set && set >= TimeSpan.Zero)
            {
                host.ShutdownTimeout = set;
            }
        });

        // The engine as a host builds it (issue 26): every engine option from Poortwachter:Engine, checked by the engine's
        // own validation at start, so a rule code that names no rule or a value out of its range stops the service there.
        services.AddPoortwachter();
        services.AddOptions<PoortwachterOptions>().Bind(builder.Configuration.GetSection(ServerOptions.EngineSection)).ValidateOnStart();
        ServerLimits.Add(services);
        Telemetry.Add(builder);
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddExceptionHandler<FailureHandler>();
        services.AddProblemDetails(o =>
            o.CustomizeProblemDetails = c =>
            {
                // The shape of every problem of the service, also those ASP.NET Core writes (404, 405, 500): type about:blank (the
                // status says what kind of problem it is, as on the endpoints' own problems) and an errors array.
                c.ProblemDetails.Type = "about:blank";
                c.ProblemDetails.Extensions.Remove("traceId");
                c.ProblemDetails.Extensions["errors"] = Array.Empty<object>();
            }
        );
        services.AddOpenApi(o => o.AddDocumentTransformer<ContractDocument>());
        return builder;
    }

    /// <summary>Maps the endpoints, the OpenAPI document (<c>/openapi/v1.json</c>) and the API reference page (<c>/scalar</c>).</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication MapPoortwachterServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Every setting checked now, before the host starts (and would log the failure with its stack trace): the
        // failures of every section together, for the program to print one line each.
        app.Services.GetRequiredService<IStartupValidator>().Validate();

        // Any failure is a problem document without a stack trace, in every environment.
        app.Use(ServerLimits.SecurityHeaders);
        app.UseExceptionHandler();
        Shutdown.Use(app);
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        ServerLimits.UseRateLimiter(app);

        Telemetry.Map(app);
        var v1 = app.MapGroup("/v1").WithTags("Assessments");
        v1.MapPost("/assessments", AssessEndpoint.Handle)
            .WithName("assess")
            .AddEndpointFilterFactory((_, next) => AssessmentTelemetry.Filter("assess", next))
            .WithDescription(
                "Reads one case (the contract's case JSON) from the body and assesses it on asOf. The response is the assessment JSON, "
                    + "byte for byte what `poortwachter assess CASE.json --as-of DATE --format json` writes. Bad input gets a 400 problem "
                    + "listing every problem with its JSON path; a body over the limit (Poortwachter:MaxCaseBytes, default 1 MiB) a 413."
            )
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesBodyProblems();
        v1.MapPost("/assessments/batch", BatchEndpoint.Handle)
            .WithName("assessBatch")
            .AddEndpointFilterFactory((_, next) => AssessmentTelemetry.Filter("assessBatch", next))
            .WithDescription(
                "Reads JSON Lines, one case per line, and answers JSON Lines in the same order, streamed: each line that is not blank gives "
                    + "one result line, the compact assessment (as the command's batch mode writes it) or, for a line that cannot be assessed, "
                    + "an error object with its line number, its caseId when it has one and every problem with its JSON path. The results of "
                    + "the lines received are sent before more of the body is read, so neither side holds the whole batch. A line over "
                    + "Poortwachter:MaxCaseBytes is skipped with an error line; a body over Poortwachter:MaxBatchBytes (default 256 MiB) gets "
                    + "a 413 problem when its Content-Length says so, or else ends the stream with an error line. A bad asOf, a body with no "
                    + "case or a wrong Content-Type get a problem before any line is read."
            )
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Ndjson)
            .ProducesBodyProblems()
            .WithRequestTimeout(ServerLimits.BatchPolicy);
        v1.MapPost("/changes", ChangesEndpoint.Handle)
            .WithTags("Changes")
            .WithName("changes")
            .AddEndpointFilterFactory((_, next) => AssessmentTelemetry.Filter("changes", next))
            .WithDescription(
                "What changed between two assessments of one case, and why (issue 27). The body is {\"previous\": CASE, \"current\": CASE}: "
                    + "previous is assessed on previousAsOf (default asOf), current on asOf. Leave previous out (or null) for a new case, "
                    + "current for a vanished one; one of the two is required, and both must have one caseId. The response is the change "
                    + "set JSON, as `poortwachter changes PREVIOUS CURRENT --format json` writes it for the case (indented): each obligation, "
                    + "milestone, warning and part of the end that was added, removed, moved or changed status, with its summary and "
                    + "reason in the language asked for, and the case facts that differ. An empty changes array means nothing changed. "
                    + "Bad input gets a 400 problem listing every problem with its JSON path in the body ($.previous.events[3].on); a body "
                    + "over twice Poortwachter:MaxCaseBytes a 413."
            )
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesBodyProblems();
        v1.MapPost("/worklist", WorklistEndpoint.Handle)
            .WithName("worklist")
            .AddEndpointFilterFactory((_, next) => AssessmentTelemetry.Filter("worklist", next))
            .WithDescription(
                "Reads JSON Lines, one case per line (as the batch endpoint, with its limits), assesses each on asOf and answers the "
                    + "portfolio's worklist: the overdue obligations (most severe first), the obligations due within `within` days, the other "
                    + "sanction risks and the ends within 13 weeks, with the figures (on-time rate per obligation kind, open loonsanctie "
                    + "risks, cases per quarter of the wachttijd); the same as `poortwachter worklist CASES --as-of DATE --format json`, "
                    + "plus `problems`: each line that could not be assessed, with its line number, its caseId when it has one and every "
                    + "problem with its JSON path. A bad line never costs the others. A bad asOf or within, a body with no case or a wrong "
                    + "Content-Type get a 400 or 415 problem; a body over Poortwachter:MaxBatchBytes a 413."
            )
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesBodyProblems()
            .WithRequestTimeout(ServerLimits.BatchPolicy);
        app.MapGet("/v1/rules", RulesEndpoint.Handle)
            .WithTags("Rules")
            .WithName("rules")
            .WithDescription(
                "The rule catalogue of the rule set that applies to a first sick day, from the rules' own metadata: code, title, due rule, "
                    + "legal basis, legal character, what is at stake, the period in force, and whether this service applies the rule "
                    + "(as `poortwachter rules`, which lists the applied ones)."
            )
            .Produces<RuleCatalogue>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status400BadRequest, contentType: Problems.MediaType);
        app.MapGet("/health", Health)
            .WithTags("Service")
            .WithName("health")
            .WithSummary("Liveness")
            .WithDescription("Answers 200 with the text ok while the service runs.");
        app.MapMethods("/health", [HttpMethods.Head], Health)
            .WithTags("Service")
            .WithName("healthHead")
            .WithSummary("Liveness, headers only")
            .WithDescription("Answers 200 without a body while the service runs.");

        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Poortwachter API"));
        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Health() => TypedResults.Text("ok");
}
