using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Poortwachter.Testing.Tests;

/// <summary>
/// Issue 26: a scenario is xunit-serializable, so each scenario of a theory is its own test case (test explorers and
/// <c>dotnet test --list-tests</c> list each one, and one can be run alone). A scenario travels as its file's path, or as
/// its text when it was parsed from text, and comes back the same.
/// </summary>
public sealed class ScenarioSerializationTests
{
    [Fact]
    public void A_scenario_from_a_file_comes_back_from_its_path_the_same_and_still_holds()
    {
        var original = SampleScenarioTests.Samples.Scenarios.Single(s => s.Id == "late-plan");

        var copy = RoundTrip(original, out var info);

        Assert.Equal(original.File, info["file"]);
        Assert.Null(info["text"]);
        Assert.Equal(
            (original.Id, original.Title, original.AsOf, original.CaseJson, original.File),
            (copy.Id, copy.Title, copy.AsOf, copy.CaseJson, copy.File)
        );
        Assert.Equal(original.Derivation, copy.Derivation, StringComparer.Ordinal);
        copy.Verify();
    }

    [Fact]
    public void A_scenario_parsed_from_text_comes_back_from_its_text_and_a_wrong_fact_still_fails()
    {
        var path = SampleScenarioTests.Samples.Scenarios.Single(s => s.Id == "late-plan").File!;
        var text = File.ReadAllText(path);
        var wrong = text.Replace("\"countedDays\": 121", "\"countedDays\": 122", StringComparison.Ordinal);
        Assert.False(string.Equals(text, wrong, StringComparison.Ordinal));

        var copy = RoundTrip(Scenario.Parse(wrong, path), out var info);

        Assert.Null(info["file"]);
        Assert.Equal(wrong, info["text"]);
        Assert.Equal(path, info["path"]);
        Assert.Throws<ScenarioFailedException>(() => copy.Verify());
    }

    private static Scenario RoundTrip(Scenario scenario, out Dictionary<string, string?> values)
    {
        var info = new Info();
        ((IXunitSerializable)scenario).Serialize(info);
#pragma warning disable CS0618 // the constructor xunit calls
        var copy = new Scenario();
#pragma warning restore CS0618
        ((IXunitSerializable)copy).Deserialize(info);
        values = info.Values;
        return copy;
    }

    private sealed class Info : IXunitSerializationInfo
    {
        public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

        public void AddValue(string key, object? value, Type? type = null) => Values[key] = (string?)value;

        public object? GetValue(string key, Type type) => Values[key];

        public T GetValue<T>(string key) => (T)(object)Values[key]!;
    }
}
