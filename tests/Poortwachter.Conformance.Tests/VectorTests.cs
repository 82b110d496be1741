using System;
using System.IO;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace Poortwachter.Conformance.Tests;

/// <summary>Runs every conformance vector against the engine: the set runs in CI, so engine and vectors cannot drift.</summary>
public sealed class VectorTests
{
    public static TheoryData<string> Vectors => ConformanceSet.Files;

    [Theory]
    [MemberData(nameof(Vectors))]
    public void The_engine_meets_the_vector(string file)
    {
        var failures = VectorChecker.Check(ConformanceSet.FullPath(file));

        failures.Should().BeEmpty($"{file} must hold:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public void The_set_has_vectors_in_every_area_the_readme_names()
    {
        ConformanceSet.VectorFiles.Should().HaveCountGreaterThanOrEqualTo(40);
        foreach (var area in IndexTests.Areas)
        {
            ConformanceSet.VectorFiles.Should().Contain(f => f.StartsWith($"vectors/{area}/", StringComparison.Ordinal), area);
        }
    }

    /// <summary>The check can fail: a vector with one wrong date, one wrong status and a missing problem path is caught, fact by fact.</summary>
    [Fact]
    public void A_wrong_expectation_is_reported_with_its_fact_and_the_engines_derivation()
    {
        var path = ConformanceSet.FullPath("vectors/continuous/continuous-nothing-done-week-8.scenario.json");
        var vector = JsonNode.Parse(File.ReadAllText(path))!;
        var obligation = vector["expect"]!["obligations"]![0]!;
        obligation["dueBy"] = "2025-02-17";
        obligation["status"] = "open";
        vector["expect"]!["wachttijd"]!["lastDay"] = "2027-01-04";
        var tampered = Path.Combine(Path.GetTempPath(), $"conformance-{Guid.NewGuid():N}.scenario.json");
        File.WriteAllText(tampered, vector.ToJsonString());
        try
        {
            var failures = VectorChecker.Check(tampered);

            failures.Should().HaveCount(3);
            failures
                .Should()
                .Contain(f =>
                    f.StartsWith(
                        "expect.obligations[0] (probleemanalyse #1).dueBy: expected \"2025-02-17\", the engine gives \"2025-02-16\"",
                        StringComparison.Ordinal
                    ) && f.Contains("engine's derivation: ", StringComparison.Ordinal)
                );
            failures
                .Should()
                .Contain(f =>
                    f.StartsWith("expect.obligations[0] (probleemanalyse #1).status: expected \"open\"", StringComparison.Ordinal)
                );
            failures
                .Should()
                .Contain(f =>
                    f.StartsWith(
                        "expect.wachttijd.lastDay: expected \"2027-01-04\", the engine gives \"2027-01-03\"",
                        StringComparison.Ordinal
                    )
                );
        }
        finally
        {
            File.Delete(tampered);
        }
    }

    [Fact]
    public void A_refusal_vector_fails_when_the_case_is_read_without_its_problem()
    {
        var path = ConformanceSet.FullPath("vectors/refused/refused-loonsanctie-over-52-weeks.scenario.json");
        var vector = JsonNode.Parse(File.ReadAllText(path))!;
        vector["case"]!["events"]![0]!["weeks"] = 52;
        var tampered = Path.Combine(Path.GetTempPath(), $"conformance-{Guid.NewGuid():N}.scenario.json");
        File.WriteAllText(tampered, vector.ToJsonString());
        try
        {
            VectorChecker.Check(tampered).Should().Contain(f => f.StartsWith("expect.problems", StringComparison.Ordinal)).And.HaveCount(2);
        }
        finally
        {
            File.Delete(tampered);
        }
    }
}
