using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Checks at start that every key under <c>Poortwachter</c> names a setting: a mistyped key (<c>DueSoonDay</c>) would
/// be ignored by the configuration binder, and the service would run on the default without a word. A key that names
/// no setting fails with its full path and the setting meant; the keys of the settings that moved under
/// <c>Poortwachter:Engine</c> (<c>Poortwachter:Enable</c>, <c>Poortwachter:BanYears</c>) name their new key.
/// </summary>
internal sealed class SettingKeys(IConfiguration configuration) : IValidateOptions<ServerOptions>
{
    private const string Engine = "Engine";
    private const string Telemetry = "Telemetry";

    /// <summary>The keys earlier builds of the service read that are now engine options, with their new key.</summary>
    private static readonly Dictionary<string, string> Moved = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Enable"] = ServerOptions.EngineSection + ":EnabledRules",
        ["BanYears"] = ServerOptions.EngineSection + ":BanYears",
    };

    /// <summary>Gets the engine settings a host can set from configuration: every option with a public setter, and the two rule sets.</summary>
    public static IReadOnlyList<string> EngineKeys { get; } =
    [.. Settable(typeof(PoortwachterOptions)), nameof(PoortwachterOptions.EnabledRules), nameof(PoortwachterOptions.DisabledRules)];

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        string[] service = [.. Settable(typeof(ServerOptions)), Engine, Telemetry];
        foreach (var key in Set(ServerOptions.Section))
        {
            if (Moved.TryGetValue(key.Key, out var now))
            {
                failures.Add($"{key.Path} is now {now} (the engine's options are under {ServerOptions.EngineSection}).");
                continue;
            }

            Check(key, service, failures);
        }

        Children(ServerOptions.EngineSection, EngineKeys, failures);
        Children(ServerOptions.Section + ":" + Telemetry, Settable(typeof(TelemetryOptions)), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Children(string section, IReadOnlyList<string> known, List<string> failures)
    {
        foreach (var key in Set(section))
        {
            Check(key, known, failures);
        }
    }

    /// <summary>The keys of a section that hold something: an empty value or list (<c>"Enable": []</c>) sets nothing.</summary>
    private IEnumerable<IConfigurationSection> Set(string section) =>
        configuration.GetSection(section).GetChildren().Where(k => !string.IsNullOrEmpty(k.Value) || k.GetChildren().Any());

    private static void Check(IConfigurationSection key, IReadOnlyList<string> known, List<string> failures)
    {
        // Configuration keys are case-insensitive, as the binder reads them.
        if (!known.Contains(key.Key, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{key.Path} is not a setting.{Suggestions.Hint(key.Key, known)} Settings here: {string.Join(", ", known)}.");
        }
    }

    private static string[] Settable(Type type) =>
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => p.Name),
        ];
}
