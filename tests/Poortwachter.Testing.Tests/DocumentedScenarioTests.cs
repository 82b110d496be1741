using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Poortwachter.Testing;
using Xunit;

namespace Poortwachter.Testing.Tests;

/// <summary>The scenario files shown in docs/testing.md and the package README pass, so the documentation cannot rot.</summary>
public sealed partial class DocumentedScenarioTests
{
    public static TheoryData<string, int> Blocks
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var doc in new[] { "docs/testing.md", "src/Poortwachter.Testing/README.md" })
            {
                var count = ScenarioBlocks(doc).Count;
                for (var i = 0; i < count; i++)
                {
                    data.Add(doc, i);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_documented_scenario_passes(string doc, int index)
    {
        // As if it were a file in samples/scenarios, where the worked example lives.
        var json = ScenarioBlocks(doc)[index];
        var scenario = Scenario.Parse(json, Path.Combine(Root(), "samples", "scenarios", "documented.scenario.json"));

        var result = scenario.Run();

        Assert.True(result.Passed, result.ToString());
        Assert.True(result.FactsChecked >= 3);
    }

    [Fact]
    public void The_worked_example_is_the_sample_file()
    {
        var example = ScenarioBlocks("docs/testing.md")[0];

        Assert.Equal(File.ReadAllText(Path.Combine(Root(), "samples", "scenarios", "late-plan.scenario.json")).Trim(), example.Trim());
    }

    private static List<string> ScenarioBlocks(string doc)
    {
        var blocks = new List<string>();
        foreach (Match m in JsonBlock().Matches(File.ReadAllText(Path.Combine(Root(), doc))))
        {
            if (m.Groups["body"].Value.Contains("\"scenario\":", StringComparison.Ordinal))
            {
                blocks.Add(m.Groups["body"].Value);
            }
        }

        return blocks;
    }

    [GeneratedRegex("```json\\n(?<body>.*?)```", RegexOptions.Singleline | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JsonBlock();

    private static string Root([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
}
