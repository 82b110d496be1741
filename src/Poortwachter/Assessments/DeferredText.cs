using System;
using System.Threading;

namespace Poortwachter.Assessments;

/// <summary>
/// Text that is built on first read: the engine's explanations and messages cost nothing until someone reads them.
/// </summary>
/// <remarks>The builder must be pure (it may run more than once when threads race for the first read).</remarks>
internal abstract class DeferredText
{
    /// <summary>Builds the text.</summary>
    /// <returns>The text.</returns>
    public abstract string Build();
}

/// <summary>Reads a text slot that holds a <see cref="string"/>, a <see cref="Func{TResult}"/> or a <see cref="DeferredText"/>.</summary>
internal static class LazyText
{
    /// <summary>Returns the text of a slot, building and caching it on first read; thread-safe, every reader gets the same instance.</summary>
    /// <param name="slot">The slot.</param>
    /// <returns>The text.</returns>
    public static string Read(ref object slot)
    {
        var value = Volatile.Read(ref slot);
        if (value is string text)
        {
            return text;
        }

        var built =
            (
                value is Func<string> func ? func()
                : value is DeferredText deferred ? deferred.Build()
                : null
            ) ?? string.Empty;
        var winner = Interlocked.CompareExchange(ref slot, built, value);
        return ReferenceEquals(winner, value) ? built : (string)winner;
    }
}
