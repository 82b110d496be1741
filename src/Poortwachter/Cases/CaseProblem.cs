using System;

namespace Poortwachter.Cases;

/// <summary>One problem found in a case: where it is, as a JSON path of the contract, and what is wrong.</summary>
public sealed class CaseProblem : IEquatable<CaseProblem>
{
    /// <summary>Initializes a new problem.</summary>
    /// <param name="path">The JSON path of the offending value, such as <c>$.sickness[1].until</c>.</param>
    /// <param name="message">What is wrong, in words a person understands.</param>
    public CaseProblem(string path, string message)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Gets the JSON path of the offending value, such as <c>$.events[3].on</c>.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(CaseProblem? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CaseProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
