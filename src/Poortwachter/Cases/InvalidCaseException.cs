using System;
using System.Collections.Generic;
using System.Linq;

namespace Poortwachter.Cases;

/// <summary>
/// Thrown when a case cannot be assessed: it carries every problem found, each with its JSON path,
/// so a host can show them all at once. No assessment is made from an invalid case.
/// </summary>
public sealed class InvalidCaseException : Exception
{
    /// <summary>Initializes a new instance with the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public InvalidCaseException(IEnumerable<CaseProblem> problems)
        : this(Materialize(problems)) { }

    /// <summary>Initializes a new instance with a message only.</summary>
    public InvalidCaseException()
        : this([new CaseProblem("$", "The case is invalid.")]) { }

    /// <summary>Initializes a new instance with one problem at the root.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidCaseException(string message)
        : this([new CaseProblem("$", message)]) { }

    /// <summary>Initializes a new instance with one problem at the root and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidCaseException(string message, Exception innerException)
        : base(message, innerException) => Problems = [new CaseProblem("$", message)];

    private InvalidCaseException(CaseProblem[] problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Gets every problem found, in the order of the case.</summary>
    public IReadOnlyList<CaseProblem> Problems { get; }

    private static CaseProblem[] Materialize(IEnumerable<CaseProblem> problems)
    {
        var array = (problems ?? throw new ArgumentNullException(nameof(problems))).ToArray();
        return array.Length > 0 ? array : [new CaseProblem("$", "The case is invalid.")];
    }

    private static string Describe(CaseProblem[] problems) =>
        problems.Length == 1
            ? $"The case is invalid: {problems[0]}"
            : $"The case has {problems.Length} problems:{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
