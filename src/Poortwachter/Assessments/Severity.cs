using System;

namespace Poortwachter.Assessments;

/// <summary>How urgent a warning is.</summary>
public enum Severity
{
    /// <summary>For information (code <c>info</c>).</summary>
    Info = 0,

    /// <summary>Needs attention (code <c>warning</c>).</summary>
    Warning = 1,

    /// <summary>Money is at stake now (code <c>high</c>).</summary>
    High = 2,
}

/// <summary>The stable contract codes of <see cref="Severity"/> values.</summary>
public static class Severities
{
    /// <summary>Returns the contract code of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>info</c>, <c>warning</c> or <c>high</c>.</returns>
    public static string Code(Severity severity) =>
        severity switch
        {
            Severity.Info => "info",
            Severity.Warning => "warning",
            Severity.High => "high",
            _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
        };
}
