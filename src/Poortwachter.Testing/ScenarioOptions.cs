using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Poortwachter.Testing;

/// <summary>
/// A scenario's engine option overrides: each <see cref="PoortwachterOptions"/> setting by its property name in camelCase
/// (case-insensitive), a number, a boolean or an enum member's name; and <c>enabledRules</c> / <c>disabledRules</c>, arrays
/// of rule codes passed to <see cref="PoortwachterOptions.Enable"/> and <see cref="PoortwachterOptions.Disable"/>.
/// </summary>
internal sealed class ScenarioOptions
{
    private const string EnabledRules = "enabledRules";
    private const string DisabledRules = "disabledRules";

    private static readonly PropertyInfo[] Settable = typeof(PoortwachterOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p =>
            p.SetMethod is { IsPublic: true } && (p.PropertyType == typeof(int) || p.PropertyType == typeof(bool) || p.PropertyType.IsEnum)
        )
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    private readonly List<Action<PoortwachterOptions>> _apply;

    private ScenarioOptions(List<Action<PoortwachterOptions>> apply, IReadOnlyList<string> names)
    {
        _apply = apply;
        Names = names;
    }

    /// <summary>Gets no overrides.</summary>
    public static ScenarioOptions None { get; } = new([], []);

    /// <summary>Gets the names of the options overridden, as written.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets whether any option is overridden.</summary>
    public bool Any => _apply.Count > 0;

    /// <summary>Gets the names the <c>options</c> object may use.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Settable.Select(p => Camel(p.Name)), EnabledRules, DisabledRules];

    /// <summary>Reads the <c>options</c> object, trying each override on fresh options to find a bad value now.</summary>
    /// <param name="element">The object.</param>
    /// <param name="problems">The problems found, each with its JSON path.</param>
    /// <returns>The overrides (those that could be read).</returns>
    public static ScenarioOptions Read(JsonElement element, out List<string> problems)
    {
        problems = [];
        var apply = new List<Action<PoortwachterOptions>>();
        var names = new List<string>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$.options: an object of engine options is required.");
            return None;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = "$.options." + property.Name;
            var action = Action(property.Name, property.Value.Clone(), path, problems);
            if (action is null)
            {
                continue;
            }

            try
            {
                action(new PoortwachterOptions());
                apply.Add(action);
                names.Add(property.Name);
            }
            catch (ArgumentException e)
            {
                problems.Add($"{path}: {e.Message}");
            }
        }

        return new ScenarioOptions(apply, names);
    }

    /// <summary>Applies the overrides, in the order written.</summary>
    /// <param name="options">Options to change (not the read-only ones of an engine: a copy).</param>
    public void Apply(PoortwachterOptions options)
    {
        foreach (var action in _apply)
        {
            action(options);
        }
    }

    private static Action<PoortwachterOptions>? Action(string name, JsonElement value, string path, List<string> problems)
    {
        if (
            string.Equals(name, EnabledRules, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, DisabledRules, StringComparison.OrdinalIgnoreCase)
        )
        {
            var enable = string.Equals(name, EnabledRules, StringComparison.OrdinalIgnoreCase);
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
            {
                problems.Add($"{path}: an array of rule codes is required.");
                return null;
            }

            var codes = value.EnumerateArray().Select(c => c.GetString()!).ToArray();
            return o =>
            {
                foreach (var code in codes)
                {
                    _ = enable ? o.Enable(code) : o.Disable(code);
                }
            };
        }

        var property = Array.Find(Settable, p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            problems.Add($"{path}: unknown engine option.{Suggestions.Hint(name, Known)} Known: {string.Join(", ", Known)}.");
            return null;
        }

        object? converted = null;
        if (property.PropertyType == typeof(int) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            converted = number;
        }
        else if (property.PropertyType == typeof(bool) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            converted = value.GetBoolean();
        }
        else if (property.PropertyType.IsEnum && value.ValueKind == JsonValueKind.String)
        {
            var member = Array.Find(
                Enum.GetNames(property.PropertyType),
                n => string.Equals(n, value.GetString()!.Replace("-", string.Empty), StringComparison.OrdinalIgnoreCase)
            );
            converted = member is null ? null : Enum.Parse(property.PropertyType, member);
        }

        if (converted is null)
        {
            var expected =
                property.PropertyType == typeof(int) ? "a whole number"
                : property.PropertyType == typeof(bool) ? "true or false"
                : "one of " + string.Join(", ", Enum.GetNames(property.PropertyType).Select(Camel));
            problems.Add($"{path}: {expected} is required for {property.Name}, got {value.GetRawText()}.");
            return null;
        }

        return o =>
        {
            try
            {
                property.SetValue(o, converted);
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException inner)
            {
                throw new ArgumentException(inner.Message, property.Name, inner);
            }
        };
    }

    private static string Camel(string name)
    {
        var chars = name.ToCharArray();
        chars[0] = char.ToLowerInvariant(chars[0]);
        return new string(chars);
    }
}
