using System;
using System.Collections.Generic;

namespace Poortwachter;

/// <summary>
/// "Did you mean ...?" for codes: finds the known code nearest to a mistyped one (<c>evalutie</c>,
/// <c>plan_van_aanpak</c>, <c>Probleemanalyse</c>). One source for every "did you mean": the engine's rule codes, the
/// JSON reader's names and values, the testing package's kinds and the command's options. Case, underscores and spaces
/// do not count; one edit is allowed in a code of up to five characters, two in a longer one.
/// </summary>
public static class Suggestions
{
    private const int MaxInput = 64;

    /// <summary>Returns the known code nearest to <paramref name="input"/>, or null when none is near enough to suggest.</summary>
    /// <param name="input">What was given.</param>
    /// <param name="known">The codes that are allowed.</param>
    /// <returns>The suggestion, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="known"/> is null.</exception>
    public static string? Nearest(string input, IEnumerable<string> known)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (known is null)
        {
            throw new ArgumentNullException(nameof(known));
        }

        if (input.Length == 0 || input.Length > MaxInput)
        {
            return null;
        }

        var normal = Normalize(input);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var code in known)
        {
            if (code is null || string.Equals(code, input, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(normal, Normalize(code));
            if (distance < bestDistance)
            {
                best = code;
                bestDistance = distance;
            }
        }

        var allowed = normal.Length >= 6 ? 2 : 1;
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>The text " Did you mean 'x'?" for a message, or empty.</summary>
    /// <param name="input">What was given.</param>
    /// <param name="known">The codes that are allowed.</param>
    /// <returns>The hint, with a leading space, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="known"/> is null.</exception>
    public static string Hint(string input, IEnumerable<string> known) =>
        Nearest(input, known) is { } near ? $" Did you mean '{near}'?" : string.Empty;

    private static string Normalize(string code)
    {
        var chars = code.Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] is '_' or ' ' ? '-' : char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The Levenshtein distance (inserts, deletes, substitutions) between two short strings.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
