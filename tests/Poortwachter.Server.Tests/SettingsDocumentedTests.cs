using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using FluentAssertions;
using Poortwachter.Server.Operations;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>
/// Every engine setting a host can set is in the sample appsettings.json with the engine's own default, and in the
/// README's table: a new option of <see cref="PoortwachterOptions"/> fails here until it is documented.
/// </summary>
public sealed class SettingsDocumentedTests
{
    private static readonly string Root = Files.Repository();

    [Fact]
    public void The_sample_appsettings_lists_every_engine_setting_with_the_engines_default()
    {
        var engine = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "samples", "Poortwachter.Server", "appsettings.json")))![
            "Poortwachter"
        ]!["Engine"]!.AsObject();
        var defaults = new PoortwachterOptions();

        engine.Select(p => p.Key).Should().BeEquivalentTo(SettingKeys.EngineKeys);
        foreach (var (key, value) in engine)
        {
            var property = typeof(PoortwachterOptions).GetProperty(key, BindingFlags.Public | BindingFlags.Instance)!;
            var expected = property.GetValue(defaults) switch
            {
                System.Collections.Generic.ISet<string> set => string.Join(",", set),
                bool b => b ? "true" : "false",
                var other => other!.ToString(),
            };
            var written = value is JsonArray array ? string.Join(",", array.Select(v => v!.GetValue<string>())) : value!.ToString();
            written.Should().Be(expected, "the default of {0}", key);
        }
    }

    [Fact]
    public void The_readme_table_names_every_engine_setting()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var table = readme[readme.IndexOf("| key under `Poortwachter:Engine` |", System.StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", System.StringComparison.Ordinal)];

        foreach (var key in SettingKeys.EngineKeys)
        {
            table.Should().Contain($"| `{key}", "the README's table of engine settings lists {0}", key);
        }
    }
}
