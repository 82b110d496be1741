using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Poortwachter.Server.Operations;

/// <summary>
/// What an operator needs: health in the ASP.NET Core way (<c>/health/live</c>: the process runs; <c>/health/ready</c>:
/// the engine assesses), and OpenTelemetry metrics and traces (the service's own, <see cref="ServiceMetrics"/>, and
/// ASP.NET Core's) sent where <c>Poortwachter:Telemetry:Exporter</c> says: <c>none</c> (the default), <c>otlp</c>
/// (to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, by OpenTelemetry's own settings) or <c>console</c>.
/// </summary>
internal static class Telemetry
{
    /// <summary>The setting that chooses the exporter.</summary>
    public const string ExporterKey = "Poortwachter:Telemetry:Exporter";

    private const string Ready = "ready";

    /// <summary>The exporters <see cref="ExporterKey"/> may name.</summary>
    public static readonly string[] Exporters = ["none", "otlp", "console"];

    /// <summary>Registers the health checks, the metrics and, when an exporter is chosen, OpenTelemetry.</summary>
    /// <param name="builder">The application builder.</param>
    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ServiceMetrics>();
        services.AddSingleton<ShutdownState>();
        services.AddHealthChecks().AddCheck<ReadinessCheck>("engine", tags: [Ready]);

        // Read here to choose the exporter; checked with the other settings at start (ValidateOnStart), so a value that
        // names no exporter stops the service with the key's name.
        var exporter = (builder.Configuration[ExporterKey] ?? "none").Trim().ToLowerInvariant();
        services
            .AddOptions<TelemetryOptions>()
            .Bind(builder.Configuration.GetSection("Poortwachter:Telemetry"))
            .Validate(
                o => Exporters.Contains((o.Exporter ?? "none").Trim().ToLowerInvariant(), StringComparer.Ordinal),
                $"{ExporterKey} must be one of {string.Join(", ", Exporters)}."
            )
            .ValidateOnStart();

        var telemetry = services
            .AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("poortwachter"))
            .WithMetrics(m => m.AddMeter(ServiceMetrics.Name).AddAspNetCoreInstrumentation())
            .WithTracing(t => t.AddSource(ServiceMetrics.Name).AddAspNetCoreInstrumentation());
        switch (exporter)
        {
            case "otlp":
                services.ConfigureOpenTelemetryMeterProvider(m => m.AddOtlpExporter());
                services.ConfigureOpenTelemetryTracerProvider(t => t.AddOtlpExporter());
                break;
            case "console":
                services.ConfigureOpenTelemetryMeterProvider(m => m.AddConsoleExporter());
                services.ConfigureOpenTelemetryTracerProvider(t => t.AddConsoleExporter());
                break;
        }

        _ = telemetry;
    }

    /// <summary>
    /// Maps <c>/health/live</c> (200 Healthy while the process runs; no check is run) and <c>/health/ready</c> (200
    /// Healthy when the engine assesses a fixed case of its own, 503 Unhealthy when not). Health checks are not route
    /// handlers, so the OpenAPI document does not list them (as ASP.NET Core does); the README does.
    /// </summary>
    /// <param name="app">The application.</param>
    public static void Map(WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
    }
}
