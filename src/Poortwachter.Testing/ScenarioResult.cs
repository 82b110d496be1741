using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Testing;

/// <summary>The outcome of running a scenario: every failing fact, and the assessment (or the problems) it was checked on.</summary>
public sealed class ScenarioResult
{
    internal ScenarioResult(
        Scenario scenario,
        IReadOnlyList<ScenarioFailure> failures,
        int factsChecked,
        Assessment? assessment,
        string? assessmentJson,
        IReadOnlyList<CaseProblem> problems
    )
    {
        Scenario = scenario;
        Failures = failures;
        FactsChecked = factsChecked;
        Assessment = assessment;
        AssessmentJson = assessmentJson;
        Problems = problems;
    }

    /// <summary>Gets the scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets whether every expected fact holds.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>Gets every failing fact, in the order of the scenario file; empty when it passed.</summary>
    public IReadOnlyList<ScenarioFailure> Failures { get; }

    /// <summary>Gets how many facts were checked.</summary>
    public int FactsChecked { get; }

    /// <summary>Gets the assessment, or null when the case was refused.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Gets the assessment as the contract's JSON (indented, with the texts), or null when none was compared.</summary>
    public string? AssessmentJson { get; }

    /// <summary>Gets the problems the reader or the engine found in the case; empty when it was accepted.</summary>
    public IReadOnlyList<CaseProblem> Problems { get; }

    /// <summary>Throws when a fact failed.</summary>
    /// <exception cref="ScenarioFailedException">A fact failed; the message lists every one.</exception>
    public void ThrowIfFailed()
    {
        if (!Passed)
        {
            throw new ScenarioFailedException(this);
        }
    }

    /// <summary>Returns the outcome as a message: the scenario and its file, then each failing fact with the expected value,
    /// the actual value and the engine's explanation.</summary>
    /// <returns>The message.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Scenario '").Append(Scenario.Id).Append("' (").Append(Scenario.Where).Append(") on ");
        text.Append(Scenario.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        if (Passed)
        {
            return text.Append(": passed, ")
                .Append(FactsChecked.ToString(CultureInfo.InvariantCulture))
                .Append(" fact(s) checked.")
                .ToString();
        }

        text.Append(": ").Append(Failures.Count.ToString(CultureInfo.InvariantCulture)).Append(" of ");
        text.Append(FactsChecked.ToString(CultureInfo.InvariantCulture)).Append(" fact(s) failed.");
        foreach (var failure in Failures)
        {
            text.AppendLine().AppendLine().Append(failure);
        }

        return text.ToString();
    }
}
