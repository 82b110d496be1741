using System;
using System.Linq;
using System.Text.Json;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// The <see cref="JsonException"/> of a case with problems inside a host's document. <see cref="JsonSerializer"/> sets
/// <see cref="JsonException.Path"/> to where the case is embedded (<c>$.case</c>) after the converter has thrown; the
/// message is built when it is read, so each problem's path then starts there (<c>$.case.events[0].on</c>).
/// </summary>
#pragma warning disable CA1032, RCS1194 // Not constructed by hosts: the converter throws it with its problems.
internal sealed class EmbeddedCaseException : JsonException
#pragma warning restore CA1032, RCS1194
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="problems">The problems, with their paths from the case.</param>
    public EmbeddedCaseException(InvalidCaseException problems)
        : base(null, problems) { }

    /// <inheritdoc/>
    public override string Message
    {
        get
        {
            var problems = ((InvalidCaseException)InnerException!).Problems;
            var at = Path is null or "$" ? string.Empty : Path;
            var lines = problems.Select(p => $"{at}{(at.Length > 0 ? p.Path.Substring(1) : p.Path)}: {p.Message}");
            var where = at.Length > 0 ? $"The case at {at}" : "The case";
            return problems.Count == 1
                ? $"{where} is invalid: {lines.First()}"
                : $"{where} has {problems.Count} problems:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, lines.Select(l => "  " + l));
        }
    }
}
