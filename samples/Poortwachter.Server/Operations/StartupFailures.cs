using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Turns a setting that stops the service at start into the lines the process prints, one per problem, each naming its
/// key: the failures of every options validation (the engine's own name the option, so they get the section
/// <c>Poortwachter:Engine</c> before them) and a value the configuration binder cannot convert (its message names the
/// key and the type).
/// </summary>
internal static class StartupFailures
{
    /// <summary>The lines for a failure at start that a setting caused, or null for any other exception.</summary>
    /// <param name="exception">What the host threw while it started.</param>
    /// <returns>The lines, or null.</returns>
    public static IReadOnlyList<string>? Lines(Exception exception) =>
        exception switch
        {
            OptionsValidationException options => [.. Of(options)],
            AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
            [
                .. all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(Of),
            ],
            InvalidOperationException binding when binding.TargetSite?.DeclaringType?.Assembly == typeof(ConfigurationBinder).Assembly =>
            [
                binding.Message,
            ],
            _ => null,
        };

    private static IEnumerable<string> Of(OptionsValidationException exception) =>
        exception.OptionsType == typeof(PoortwachterOptions)
            ? exception.Failures.Select(f => $"{ServerOptions.EngineSection}:{f}")
            : exception.Failures;
}
