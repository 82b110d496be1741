using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// The outcome of reading a case document: either the valid case, or every problem found in it, each with its JSON
/// path (such as <c>$.events[3].on</c>) and a message a person understands. Never both.
/// </summary>
public sealed class CaseReadResult
{
    private static readonly CaseProblem[] NoProblems = [];

    private CaseReadResult(SicknessCase? @case, IReadOnlyList<CaseProblem> problems)
    {
        Case = @case;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether the document held a valid case; <see cref="Case"/> is then set.</summary>
    [MemberNotNullWhen(true, nameof(Case))]
    public bool IsValid => Case is not null;

    /// <summary>Gets the case read, or <see langword="null"/> when the document has problems.</summary>
    public SicknessCase? Case { get; }

    /// <summary>Gets every problem found, in document order; empty when the case is valid.</summary>
    public IReadOnlyList<CaseProblem> Problems { get; }

    /// <summary>Returns the case, or throws when the document has problems.</summary>
    /// <returns>The valid case.</returns>
    /// <exception cref="InvalidCaseException">The document has problems; every one is listed with its JSON path.</exception>
    public SicknessCase GetCaseOrThrow() => Case ?? throw new InvalidCaseException(Problems);

    /// <inheritdoc/>
    public override string ToString() =>
        IsValid ? $"valid: {Case}" : $"{Problems.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, Problems);

    internal static CaseReadResult Valid(SicknessCase @case) => new(@case, NoProblems);

    internal static CaseReadResult Invalid(IReadOnlyList<CaseProblem> problems) => new(null, problems);
}
