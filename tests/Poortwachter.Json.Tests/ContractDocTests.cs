using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// docs/contract.md says what the code does: its warning table lists every warning kind, and its examples are what the
/// engine really gives for the example input.
/// </summary>
public sealed partial class ContractDocTests
{
    private static readonly string[] SeverityCodes = ["info", "warning", "high"];

    public static TheoryDataFiles ExampleCases => new(Docs.ExampleFiles.Where(f => f.EndsWith("case.json", StringComparison.Ordinal)));

    public static TheoryDataFiles Excerpts => new(Docs.Blocks("excerpt of").Select(b => b.File));

    internal static string[] Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

    [GeneratedRegex("`(?<code>[^`]+)`", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Code();

    private static string[] Codes(string cell) => Code().Matches(cell).Select(m => m.Groups["code"].Value).ToArray();

    [Fact]
    public void The_warning_table_lists_every_warning_kind_once()
    {
        var table = Docs.Table("warning-kinds");
        table[0].Select(Docs.Plain).Should().Equal("kind", "severity", "when it is given", "obligation", "source");
        var kinds = table.Skip(1).Select(r => Docs.Plain(r[0])).ToList();

        kinds.Should().OnlyHaveUniqueItems();
        kinds.Should().BeEquivalentTo(Constants(typeof(WarningCodes)), "every WarningCodes constant has a row, and every row is one");
    }

    [Fact]
    public void The_warning_table_uses_only_severity_and_obligation_codes()
    {
        foreach (var row in Docs.Table("warning-kinds").Skip(1))
        {
            // The severity cell names severities, and may name the obligations a severity is for.
            var codes = Codes(row[1]);
            codes.Should().Contain(c => SeverityCodes.Contains(c), row[0]);
            codes
                .Should()
                .OnlyContain(
                    c => SeverityCodes.Contains(c) || RuleSets.Wvp2013.ObligationCodes.Contains(c, StringComparer.Ordinal),
                    row[0]
                );
            Codes(row[3])
                .Where(c => c != "null" && !RuleSets.Wvp2013.ObligationCodes.Contains(c, StringComparer.Ordinal))
                .Should()
                .BeEmpty(row[0]);
            row[2].Should().NotBeNullOrWhiteSpace();
            row[4].Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void The_example_input_in_the_document_is_the_example_file()
    {
        var blocks = Docs.Blocks("example");
        blocks.Should().NotBeEmpty();
        foreach (var (file, json) in blocks)
        {
            JsonNode
                .DeepEquals(JsonNode.Parse(json), JsonNode.Parse(Docs.Example(file)))
                .Should()
                .BeTrue($"the block marked {file} shows that file");
        }
    }

    [Theory]
    [MemberData(nameof(Excerpts))]
    public void Every_field_of_an_excerpt_in_the_document_is_in_the_real_output(string file)
    {
        var excerpt = JsonNode.Parse(Docs.Blocks("excerpt of").Single(b => b.File == file).Json);
        var errors = new List<string>();

        Excerpt.Match(excerpt, JsonNode.Parse(Docs.Example(file)), "$", errors).Should().BeTrue(string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_warning_the_old_example_showed_is_not_in_the_output()
    {
        // Version 0.3 of the document showed an overdue plan-van-aanpak for this input; the plan was done on 2025-02-20, on
        // time, and the engine gives no such warning. The excerpt check must catch that.
        var old = JsonNode.Parse(
            "{\"warnings\":[{\"kind\":\"overdue\",\"obligation\":\"plan-van-aanpak\",\"severity\":\"high\",\"message\":\"...\"}]}"
        );
        var errors = new List<string>();

        Excerpt.Match(old, JsonNode.Parse(Docs.Example("assessment.json")), "$", errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Should().Contain("$.warnings");
    }

    [Fact]
    public void The_excerpt_check_compares_values_and_cut_texts()
    {
        var actual = JsonNode.Parse("{\"a\":\"Within two weeks.\",\"b\":[1,2,3],\"c\":[]}");
        var errors = new List<string>();

        Excerpt.Match(JsonNode.Parse("{\"a\":\"Within ...\",\"b\":[1,3]}"), actual, "$", errors).Should().BeTrue();
        Excerpt.Match(JsonNode.Parse("{\"a\":\"Without ...\"}"), actual, "$", errors).Should().BeFalse();
        Excerpt.Match(JsonNode.Parse("{\"b\":[3,1]}"), actual, "$", errors).Should().BeFalse("items keep their order");
        Excerpt.Match(JsonNode.Parse("{\"c\":[1]}"), actual, "$", errors).Should().BeFalse();
        Excerpt.Match(JsonNode.Parse("{\"b\":[]}"), actual, "$", errors).Should().BeFalse("an empty array shows an empty array");
        Excerpt.Match(JsonNode.Parse("{\"d\":null}"), actual, "$", errors).Should().BeFalse("a field shown must be there");
    }

    [Fact]
    public void The_document_refers_to_nothing_outside_the_repository()
    {
        Docs.Contract.Should().NotContain("shared/").And.NotContain("../");
    }
}

/// <summary>
/// Whether a JSON excerpt shows the real document faithfully: every property shown is there with the same value, the
/// items of an array shown appear in that order (others may be left out; an empty array shows an empty one), and a text
/// that ends in "..." is the start of the real text.
/// </summary>
internal static class Excerpt
{
    private const string Cut = "...";

    public static bool Match(JsonNode? excerpt, JsonNode? actual, string path, List<string> errors)
    {
        switch (excerpt)
        {
            case JsonObject shown:
                if (actual is not JsonObject real)
                {
                    errors.Add($"{path}: the output has {Describe(actual)}, not an object");
                    return false;
                }

                var ok = true;
                foreach (var (name, value) in shown)
                {
                    if (!real.TryGetPropertyValue(name, out var realValue))
                    {
                        errors.Add($"{path}.{name}: not in the output");
                        ok = false;
                    }
                    else
                    {
                        ok &= Match(value, realValue, $"{path}.{name}", errors);
                    }
                }

                return ok;
            case JsonArray items:
                if (actual is not JsonArray realItems)
                {
                    errors.Add($"{path}: the output has {Describe(actual)}, not an array");
                    return false;
                }

                if (items.Count == 0 && realItems.Count != 0)
                {
                    errors.Add($"{path}: shown empty, the output has {realItems.Count} item(s)");
                    return false;
                }

                var next = 0;
                for (var i = 0; i < items.Count; i++)
                {
                    while (next < realItems.Count && !Match(items[i], realItems[next], $"{path}[{next}]", []))
                    {
                        next++;
                    }

                    if (next == realItems.Count)
                    {
                        errors.Add(
                            $"{path}: item {i} of the excerpt ({items[i]?.ToJsonString()}) is not in the output (after the items before it)"
                        );
                        return false;
                    }

                    next++;
                }

                return true;
            case JsonValue text when text.TryGetValue<string>(out var s) && s.EndsWith(Cut, StringComparison.Ordinal):
                var start = s[..^Cut.Length].TrimEnd();
                if (
                    actual is JsonValue realText
                    && realText.TryGetValue<string>(out var r)
                    && r.StartsWith(start, StringComparison.Ordinal)
                )
                {
                    return true;
                }

                errors.Add($"{path}: the output is {Describe(actual)}, which does not start with \"{start}\"");
                return false;
            default:
                if (JsonNode.DeepEquals(excerpt, actual))
                {
                    return true;
                }

                errors.Add($"{path}: shown {Describe(excerpt)}, the output has {Describe(actual)}");
                return false;
        }
    }

    private static string Describe(JsonNode? node) => node?.ToJsonString() ?? "null";
}
