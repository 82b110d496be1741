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

/// <summary>A text known up front, standing in a slot whose text is not finished yet.</summary>
internal sealed class ConstantText(string text) : DeferredText
{
    /// <inheritdoc/>
    public override string Build() => text;
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
        return value as string ?? Publish(ref slot, value, Build(value));
    }

    /// <summary>Builds the text a slot's value stands for (a string is itself; null is empty).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Build(object? value) =>
        (
            value is string text ? text
            : value is Func<string> func ? func()
            : value is DeferredText deferred ? deferred.Build()
            : null
        ) ?? string.Empty;

    /// <summary>Caches a built text in its slot; when another thread was first, returns that thread's text instead.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="seen">The value read from the slot before building.</param>
    /// <param name="built">The text built from it.</param>
    /// <returns>The cached text.</returns>
    public static string Publish(ref object slot, object seen, string built)
    {
        var winner = Interlocked.CompareExchange(ref slot, built, seen);
        return ReferenceEquals(winner, seen) ? built : (string)winner;
    }
}
