using System;
using System.Collections.Generic;

namespace Poortwachter.Testing;

/// <summary>
/// A scenario whose expected facts the assessment does not show. It derives from <see cref="Exception"/> only, so any
/// test framework reports it as a failure; the message names the scenario file and lists every failing fact with the
/// expected value, the actual value and the engine's derivation.
/// </summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Initializes the exception from a failed run.</summary>
    /// <param name="result">The run.</param>
    public ScenarioFailedException(ScenarioResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).ToString())
    {
        Result = result;
        Failures = result.Failures;
    }

    /// <summary>Initializes the exception.</summary>
    public ScenarioFailedException()
        : this("A scenario failed.") { }

    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ScenarioFailedException(string message)
        : base(message) => Failures = [];

    /// <summary>Initializes the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioFailedException(string message, Exception innerException)
        : base(message, innerException) => Failures = [];

    /// <summary>Gets the run that failed, or null when the exception was made from a message.</summary>
    public ScenarioResult? Result { get; }

    /// <summary>Gets every failing fact.</summary>
    public IReadOnlyList<ScenarioFailure> Failures { get; }
}
