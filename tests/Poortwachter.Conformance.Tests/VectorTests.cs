using System;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using Poortwachter.Testing;
using Xunit;

namespace Poortwachter.Conformance.Tests;

/// <summary>
/// Runs every conformance vector against the engine through the Poortwachter.Testing runner, the same runner an
/// integrator uses for their own scenarios: the set runs in CI, so engine and vectors cannot drift apart.
/// </summary>
public sealed class VectorTests
{
    public static TheoryData<string> Vectors => ConformanceSet.Files;

    [Theory]
    [MemberData(nameof(Vectors))]
    public void The_engine_meets_the_vector(string file) => Scenario.Load(ConformanceSet.FullPath(file)).Verify();

    [Fact]
    public void The_set_has_vectors_in_every_area_the_readme_names()
    {
        ConformanceSet.VectorFiles.Should().HaveCountGreaterThanOrEqualTo(40);
        foreach (var area in IndexTests.Areas)
        {
            ConformanceSet.VectorFiles.Should().Contain(f => f.StartsWith($"vectors/{area}/", StringComparison.Ordinal), area);
        }
    }

    /// <summary>The check can fail: one wrong date, one wrong status and a wrong last day are each caught and named.</summary>
    [Fact]
    public void A_wrong_expectation_is_reported_with_its_fact_and_the_engines_derivation()
    {
        var path = ConformanceSet.FullPath("vectors/continuous/continuous-nothing-done-week-8.scenario.json");
        var vector = JsonNode.Parse(System.IO.File.ReadAllText(path))!;
        var obligation = vector["expect"]!["obligations"]![0]!;
        obligation["dueBy"] = "2025-02-17";
        obligation["status"] = "open";
        vector["expect"]!["wachttijd"]!["lastDay"] = "2027-01-04";

        var result = Scenario.Parse(vector.ToJsonString(), path).Run();

        result.Passed.Should().BeFalse();
        result.Failures.Should().HaveCount(3);
        var due = result.Failures.Single(f => f.Fact.EndsWith(".dueBy", StringComparison.Ordinal));
        due.Fact.Should().Contain("probleemanalyse");
        due.Expected.Should().Contain("2025-02-17");
        due.Actual.Should().Contain("2025-02-16");
        due.Explanation.Should().Contain("2025-02-16", "the engine's derivation is shown beside the expected value");
        result.Failures.Should().Contain(f => f.Fact.EndsWith(".status", StringComparison.Ordinal));
        result.Failures.Should().Contain(f => f.Fact.EndsWith("lastDay", StringComparison.Ordinal) && f.Actual.Contains("2027-01-03"));
        result.Invoking(r => r.ThrowIfFailed()).Should().Throw<ScenarioFailedException>();
    }

    [Fact]
    public void A_refusal_vector_fails_when_the_case_is_read_without_its_problem()
    {
        var path = ConformanceSet.FullPath("vectors/refused/refused-loonsanctie-over-52-weeks.scenario.json");
        var vector = JsonNode.Parse(System.IO.File.ReadAllText(path))!;
        vector["case"]!["events"]![0]!["weeks"] = 52;

        Scenario.Parse(vector.ToJsonString(), path).Run().Passed.Should().BeFalse();
    }
}
