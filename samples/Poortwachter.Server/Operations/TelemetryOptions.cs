namespace Poortwachter.Server.Operations;

/// <summary>The settings under <c>Poortwachter:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    /// <summary>Gets or sets where metrics and traces go: <c>none</c> (the default), <c>otlp</c> or <c>console</c>.</summary>
    public string? Exporter { get; set; }
}
