using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Poortwachter.Assessments;
using static Poortwachter.Testing.ScenarioJson;

namespace Poortwachter.Testing;

/// <summary>The assessment's JSON, with the explanations a wachttijd fact is shown with.</summary>
internal sealed class AssessmentFacts
{
    public AssessmentFacts(JsonElement root)
    {
        Wachttijd = root.GetProperty("wachttijd");
        Obligations = [.. root.GetProperty("obligations").EnumerateArray()];
        Milestones = [.. root.GetProperty("milestones").EnumerateArray()];
        Warnings = [.. root.GetProperty("warnings").EnumerateArray()];
    }

    public JsonElement Wachttijd { get; }

    public List<JsonElement> Obligations { get; }

    public List<JsonElement> Milestones { get; }

    public List<JsonElement> Warnings { get; }

    /// <summary>The derivation behind a wachttijd field: the end-of-wachttijd milestones and each extension.</summary>
    public string? WachttijdExplanation(string field)
    {
        var parts = new List<string>();
        var kinds =
            field == "wiaStart"
                ? new[] { MilestoneCodes.WiaStart, MilestoneCodes.EindeWachttijdVervroegd, MilestoneCodes.EindeWachttijd }
                : new[] { MilestoneCodes.EindeWachttijd, MilestoneCodes.EindeWachttijdVervroegd };
        foreach (var kind in kinds)
        {
            foreach (var m in Milestones.Where(m => Kind(m) == kind))
            {
                parts.Add($"{kind} {Text(m, "on")}: {Text(m, "explanation")}");
            }
        }

        foreach (var e in Wachttijd.GetProperty("extensions").EnumerateArray())
        {
            parts.Add($"extension {Text(e, "code")} to {Text(e, "newLastDay")}: {Text(e, "explanation")}");
        }

        return parts.Count == 0 ? null : string.Join(Environment.NewLine, parts);
    }
}
