using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Ready when the engine, built from the settings, assesses a case: a fixed one of its own (no case data), so a
/// setting that breaks the engine or a rule that throws shows as not ready instead of as failing requests. Not ready
/// either once the host is stopping, before Kestrel stops taking connections (<see cref="Shutdown"/>).
/// </summary>
internal sealed class ReadinessCheck(PoortwachterEngine engine, ShutdownState shutdown) : IHealthCheck
{
    private static readonly SicknessCase Probe = new("readiness", new LocalDate(2025, 1, 6));

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (shutdown.Stopping)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the service is stopping"));
        }

        try
        {
            var assessment = engine.Assess(Probe, new LocalDate(2025, 6, 2));
            return Task.FromResult(
                assessment.Obligations.Count > 0
                    ? HealthCheckResult.Healthy("the engine assesses")
                    : HealthCheckResult.Unhealthy("the engine gave no obligation for a case that has them")
            );
        }
        catch (System.Exception ex) when (ex is Poortwachter.Rules.RuleEvaluationException or InvalidCaseException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the engine cannot assess: " + ex.GetType().Name));
        }
    }
}
