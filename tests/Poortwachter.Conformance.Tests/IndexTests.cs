using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using FluentAssertions.Execution;
using Xunit;

namespace Poortwachter.Conformance.Tests;

/// <summary>
/// conformance/index.json is generated from the vectors and checked here, so it cannot drift: a mismatch writes
/// <c>index.received.json</c> beside it (review it, then rename it to <c>index.json</c>). Every vector must carry its
/// legal sources (with BWBR ids) and a hand derivation.
/// </summary>
public sealed partial class IndexTests
{
    /// <summary>The version of the vector set; bump it when a vector changes (see conformance/README.md).</summary>
    public const string SetVersion = "3.1.0";

    /// <summary>The contract version the set is written against (docs/contract.md).</summary>
    public const string ContractVersion = "0.4";

    public const string ScenarioFormat = "https://poortwachter.dev/schema/scenario.schema.json";

    /// <summary>The areas, one folder each under conformance/vectors, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<string> Areas =
    [
        "continuous",
        "samentelling",
        "leave",
        "leap-year",
        "obligations",
        "deviations",
        "loonsanctie",
        "verlenging",
        "ziek-uit-dienst",
        "aow",
        "vangnet",
        "vervroegde-iva",
        "dismissal-ban",
        "re-integratievisie",
        "refused",
    ];

    /// <summary>The statutes and policy rules the vectors may cite, with the BWBR ids the engine's sources use.</summary>
    private static readonly Dictionary<string, string> Laws = new(StringComparer.Ordinal)
    {
        ["BWBR0005290"] = "Burgerlijk Wetboek Boek 7",
        ["BWBR0019057"] = "Wet werk en inkomen naar arbeidsvermogen",
        ["BWBR0001888"] = "Ziektewet",
        ["BWBR0013540"] = "Regeling procesgang eerste en tweede ziektejaar",
        ["BWBR0014375"] = "Beleidsregels beoordelingskader poortwachter",
    };

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a readable file; never embedded in HTML
    };

    [Fact]
    public void The_index_lists_exactly_the_vector_files()
    {
        var expected = BuildIndex();
        var indexPath = Path.Combine(ConformanceSet.Directory, "index.json");
        var received = Path.Combine(ConformanceSet.Directory, "index.received.json");
        var actual = File.Exists(indexPath) ? JsonNode.Parse(File.ReadAllText(indexPath)) : null;
        if (JsonNode.DeepEquals(expected, actual))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, expected.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        Assert.Fail(
            $"conformance/index.json does not list the vectors as they are; the right index is in {received}: review it and rename it to index.json, or run eng/generate (it runs the tests and accepts each received file)."
        );
    }

    [Theory]
    [MemberData(nameof(VectorTests.Vectors), MemberType = typeof(VectorTests))]
    public void Every_vector_names_its_legal_sources_and_its_derivation(string file)
    {
        var vector = JsonNode.Parse(File.ReadAllText(ConformanceSet.FullPath(file)))!.AsObject();
        var parts = file.Split('/');
        using var scope = new AssertionScope(file);

        parts.Should().HaveCount(3, "a vector lives in vectors/<area>/<id>.scenario.json");
        Areas.Should().Contain(parts[1]);
        ((string?)vector["scenario"]).Should().Be(parts[2][..^".scenario.json".Length], "the id is the file name");
        KebabCase().IsMatch((string?)vector["scenario"] ?? string.Empty).Should().BeTrue("ids are kebab-case");
        ((string?)vector["title"]).Should().NotBeNullOrWhiteSpace();
        ((string?)vector["$schema"]).Should().Be(ScenarioFormat);
        vector.ContainsKey("caseFile").Should().BeFalse("a vector carries its case, so it travels as one file");
        vector
            .ContainsKey("options")
            .Should()
            .BeFalse("a vector holds for the engine's defaults, the reading any implementation is checked against");

        var sources = vector["sources"]?.AsArray();
        sources.Should().NotBeNull().And.NotBeEmpty();
        foreach (var source in sources!)
        {
            var bwb = (string?)source!["bwb"];
            var citation = (string?)source["citation"];
            Laws.Should().ContainKey(bwb ?? "(none)", "every source names a BWBR id the project cites");
            if (bwb is not null && Laws.TryGetValue(bwb, out var law))
            {
                citation.Should().StartWith(law + ", ", "the citation names the law of its BWBR id");
                ((string?)source["url"]).Should().Be($"https://wetten.overheid.nl/{bwb}");
            }
        }

        var derivation = vector["derivation"]?.AsArray();
        derivation.Should().NotBeNull().And.NotBeEmpty();
        derivation!.Select(s => (string?)s).Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s));
    }

    [Fact]
    public void The_ids_are_unique_and_the_readme_states_the_version_contract_and_licence()
    {
        ConformanceSet.VectorFiles.Select(f => Path.GetFileName(f)).Should().OnlyHaveUniqueItems();
        var readme = File.ReadAllText(Path.Combine(ConformanceSet.Directory, "README.md"));
        readme.Should().Contain($"Version **{SetVersion}**").And.Contain($"contract {ContractVersion}").And.Contain("CC0-1.0");
        File.ReadAllText(Path.Combine(ConformanceSet.Directory, "LICENSE")).Should().Contain("CC0 1.0 Universal");
        var contract = File.ReadAllText(Path.Combine(ConformanceSet.Directory, "..", "docs", "contract.md"));
        contract.Should().Contain($"Version {ContractVersion} of the contract", "a new contract version needs a new version of the set");
        foreach (var area in Areas)
        {
            readme.Should().Contain($"`{area}`", "the README describes every area");
        }
    }

    private static JsonObject BuildIndex()
    {
        var vectors = new JsonArray();
        foreach (var file in ConformanceSet.VectorFiles)
        {
            var vector = JsonNode.Parse(File.ReadAllText(ConformanceSet.FullPath(file)))!;
            vectors.Add(
                new JsonObject
                {
                    ["id"] = (string?)vector["scenario"],
                    ["title"] = (string?)vector["title"],
                    ["area"] = file.Split('/')[1],
                    ["sources"] = vector["sources"]?.DeepClone(),
                    ["file"] = file,
                }
            );
        }

        return new JsonObject
        {
            ["name"] = "Poortwachter conformance vectors",
            ["version"] = SetVersion,
            ["contract"] = ContractVersion,
            ["license"] = "CC0-1.0",
            ["scenarioFormat"] = ScenarioFormat,
            ["count"] = vectors.Count,
            ["vectors"] = vectors,
        };
    }

    [GeneratedRegex(
        "^[a-z0-9]+(-[a-z0-9]+)*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000
    )]
    private static partial Regex KebabCase();
}
