using System;
using System.Text;

namespace Poortwachter.Testing;

/// <summary>
/// One expected fact of a scenario that the assessment does not show: where it is in the scenario file, what was
/// expected, what the engine gave, and the engine's explanation of that obligation, milestone or wachttijd.
/// </summary>
public sealed class ScenarioFailure
{
    /// <summary>Initializes a failure.</summary>
    /// <param name="fact">The fact: its JSON path into the scenario's <c>expect</c>, with what it is about, such as
    /// <c>expect.obligations[2] (plan-van-aanpak #1).dueBy</c>.</param>
    /// <param name="expected">The expected value, as JSON (a date is <c>"2025-03-10"</c>), or a description.</param>
    /// <param name="actual">The value in the assessment, as JSON, or a description (such as the kinds present).</param>
    /// <param name="explanation">The engine's explanation of what the fact is about, or null when there is none.</param>
    public ScenarioFailure(string fact, string expected, string actual, string? explanation = null)
    {
        Fact = fact ?? throw new ArgumentNullException(nameof(fact));
        Expected = expected ?? throw new ArgumentNullException(nameof(expected));
        Actual = actual ?? throw new ArgumentNullException(nameof(actual));
        Explanation = string.IsNullOrEmpty(explanation) ? null : explanation;
    }

    /// <summary>Gets the fact: its JSON path into the scenario's <c>expect</c>, with what it is about.</summary>
    public string Fact { get; }

    /// <summary>Gets the expected value, as JSON, or a description.</summary>
    public string Expected { get; }

    /// <summary>Gets the value in the assessment, as JSON, or a description.</summary>
    public string Actual { get; }

    /// <summary>Gets the engine's explanation of what the fact is about (its derivation), or null.</summary>
    public string? Explanation { get; }

    /// <summary>Returns the failure as the lines of a failure message.</summary>
    /// <returns>The fact, expected, actual and the engine's explanation, one per line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Fact).AppendLine();
        text.Append("  expected: ").Append(Expected).AppendLine();
        text.Append("  actual:   ").Append(Actual);
        if (Explanation is { } explanation)
        {
            text.AppendLine().Append("  engine:   ").Append(explanation.Replace("\n", "\n            "));
        }

        return text.ToString();
    }
}
