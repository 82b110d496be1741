using System;
using System.Threading;

namespace Poortwachter.Assessments;

/// <summary>
/// Text that is built on first read: the engine's explanations and messages cost nothing until someone reads them.
/// </summary>
/// <remarks>The builder must be pure (it may run more than once when threads race for the first read).</remarks>
internal abstract class DeferredText
{
    /// <summary>Writes the text into a buffer; by default the text <see cref="Build"/> makes.</summary>
    /// <param name="text">The buffer.</param>
    /// <remarks>A subclass overrides this one (no string is built for a writer) or <see cref="Build"/>, or both.</remarks>
    public virtual void Write(TextBuffer text) => text.Append(Build());

    /// <summary>Builds the text; by default what <see cref="Write"/> writes.</summary>
    /// <returns>The text.</returns>
    public virtual string Build()
    {
        var text = new TextBuffer(256);
        Write(text);
        return text.ToString();
    }
}

/// <summary>A text a delegate builds: for the rare texts that add to another one.</summary>
internal sealed class FuncText(Func<string> build) : DeferredText
{
    /// <inheritdoc/>
    public override string Build() => build() ?? string.Empty;
}

/// <summary>A text known up front, standing in a slot whose text is not finished yet.</summary>
internal sealed class ConstantText(string value) : DeferredText
{
    /// <inheritdoc/>
    public override void Write(TextBuffer text) => text.Append(value);

    /// <inheritdoc/>
    public override string Build() => value;
}

/// <summary>A text written from the rule context on demand: a static method, so making one allocates nothing.</summary>
/// <param name="context">The context of the assessment.</param>
/// <param name="text">The buffer.</param>
internal delegate void TextTemplate(Rules.RuleContext context, TextBuffer text);

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

    /// <summary>Writes the text a slot's value stands for into a buffer, building no string for a template or a deferred text.</summary>
    /// <param name="value">The value: a string, a <see cref="Func{TResult}"/>, a <see cref="DeferredText"/>, or null.</param>
    /// <param name="text">The buffer.</param>
    public static void Write(object? value, TextBuffer text)
    {
        if (value is string done)
        {
            text.Append(done);
        }
        else if (value is DeferredText deferred)
        {
            deferred.Write(text);
        }
        else
        {
            text.Append(Build(value));
        }
    }

    /// <summary>Builds the string a template writes (for a text that adds to it).</summary>
    /// <param name="template">The template.</param>
    /// <param name="context">The rule context.</param>
    /// <returns>The text.</returns>
    public static string Build(TextTemplate template, Rules.RuleContext context)
    {
        var text = new TextBuffer(512);
        template(context, text);
        return text.ToString();
    }

    /// <summary>Appends the text of a slot to a buffer: the cached string, or the text written afresh without caching it.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="text">The buffer.</param>
    public static void WriteSlot(ref object slot, TextBuffer text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        Write(Volatile.Read(ref slot), text);
    }

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
