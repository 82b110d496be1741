using System;
using System.Collections.Generic;

namespace Poortwachter.Testing;

/// <summary>
/// A scenario file that cannot be used: not JSON, a required field missing, a field the format does not know (a typo must
/// not pass silently), a value of the wrong type, an unknown engine option, a case file that is not there. The message
/// names the file and every problem with its JSON path.
/// </summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Initializes the exception with the file and its problems.</summary>
    /// <param name="file">The scenario file, or a description of where the scenario came from.</param>
    /// <param name="problems">Every problem, each starting with its JSON path.</param>
    public ScenarioFormatException(string file, IReadOnlyList<string> problems)
        : base(Describe(file, problems))
    {
        File = file;
        Problems = problems;
    }

    /// <summary>Initializes the exception.</summary>
    public ScenarioFormatException()
        : this("(unknown)", []) { }

    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ScenarioFormatException(string message)
        : base(message)
    {
        File = "(unknown)";
        Problems = [message];
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
        Problems = [message];
    }

    /// <summary>Gets the scenario file, or a description of where the scenario came from.</summary>
    public string File { get; }

    /// <summary>Gets every problem, each starting with its JSON path.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string file, IReadOnlyList<string> problems) =>
        $"Scenario file {file} is not a valid scenario ({problems.Count} problem(s)):"
        + Environment.NewLine
        + string.Join(Environment.NewLine, Prefixed(problems));

    private static IEnumerable<string> Prefixed(IReadOnlyList<string> problems)
    {
        foreach (var p in problems)
        {
            yield return "  " + p;
        }
    }
}
