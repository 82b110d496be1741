using System;
using System.Threading;

namespace Poortwachter.Assessments;

/// <summary>
/// Text that is rendered when first read: the engine's explanations and messages cost nothing until someone reads them.
/// A shipped rule's texts are subclasses beside the rule that hold only the facts they print (never the rule context),
/// and write them for the language of the buffer (<see cref="TextBuffer.Language"/>).
/// </summary>
/// <remarks>Rendering must be pure: the same facts give the same text every time, on any thread.</remarks>
internal abstract class DeferredText
{
    /// <summary>Writes the text into a buffer, in the buffer's language; by default the text <see cref="Build"/> makes.</summary>
    /// <param name="text">The buffer.</param>
    /// <remarks>A subclass overrides this one (no string is built for a writer) or <see cref="Build"/>, or both.</remarks>
    public virtual void Write(TextBuffer text) => text.Append(Build(text.Language));

    /// <summary>Builds the text in a language; by default what <see cref="Write"/> writes.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public virtual string Build(TextLanguage language)
    {
        var text = new TextBuffer(language, 256);
        Write(text);
        return text.ToString();
    }

    /// <summary>A text written by a static method from the facts it is given, when read.</summary>
    /// <typeparam name="TFacts">What the text prints from.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="write">Writes the text; a static lambda, so the text holds only <paramref name="facts"/>.</param>
    /// <returns>The text.</returns>
    public static DeferredText Of<TFacts>(TFacts facts, Action<TFacts, TextBuffer> write) => new FactText<TFacts>(facts, write);

    private sealed class FactText<TFacts>(TFacts facts, Action<TFacts, TextBuffer> write) : DeferredText
    {
        public override void Write(TextBuffer text) => write(facts, text);
    }
}

/// <summary>A text a delegate builds: a host's text, and the rare texts that add to another one. The same in every language.</summary>
internal sealed class FuncText(Func<string> build) : DeferredText
{
    /// <inheritdoc/>
    public override string Build(TextLanguage language) => build() ?? string.Empty;
}

/// <summary>A host's text a delegate builds for the language it is read in.</summary>
internal sealed class LanguageFuncText(Func<TextLanguage, string> build) : DeferredText
{
    /// <inheritdoc/>
    public override string Build(TextLanguage language) => build(language) ?? string.Empty;
}

/// <summary>A text known up front, standing in a slot whose text is not finished yet.</summary>
internal sealed class ConstantText(string value) : DeferredText
{
    /// <inheritdoc/>
    public override void Write(TextBuffer text) => text.Append(value);

    /// <inheritdoc/>
    public override string Build(TextLanguage language) => value;
}

/// <summary>What a text slot belongs to, for the message of a text that throws when read.</summary>
internal enum TextRole
{
    /// <summary>The explanation of an obligation.</summary>
    ObligationExplanation,

    /// <summary>The explanation of a milestone.</summary>
    MilestoneExplanation,

    /// <summary>The message of a warning.</summary>
    WarningMessage,

    /// <summary>The explanation of a change to the end of the wachttijd.</summary>
    ChangeExplanation,
}

/// <summary>
/// The one slot of a text rendered when read, kept in <see cref="Obligation"/>, <see cref="Milestone"/>,
/// <see cref="Warning"/> and <see cref="Timeline.WachttijdEndChange"/>: a finished string (the same in every language), or
/// a <see cref="DeferredText"/> rendered once per language on first read (under a lock on that text, so a racing reader
/// waits and gets the same instance) and cached beside it. What a text throws when read is wrapped here, in one place,
/// into a <see cref="Rules.RuleEvaluationException"/> naming the rule that gave it.
/// </summary>
/// <remarks>A mutable struct: keep it in a field and call it on the field, never on a copy.</remarks>
internal struct TextSlot
{
    // A string (finished, any language), a DeferredText (never read as a string), or a Rendered (read at least once).
    private object _value;

    /// <summary>A slot that holds a finished text.</summary>
    /// <param name="text">The text; null is empty.</param>
    public TextSlot(string? text) => _value = text ?? string.Empty;

    /// <summary>A slot that holds a text rendered when read.</summary>
    /// <param name="text">The text.</param>
    public TextSlot(DeferredText text) => _value = text;

    /// <summary>A slot for a host's builder: called at most once, on first read.</summary>
    /// <param name="build">The builder.</param>
    /// <returns>The slot.</returns>
    public static TextSlot Of(Func<string> build) => new(new FuncText(build));

    /// <summary>A slot for a host's builder of both languages: called at most once per language, on first read.</summary>
    /// <param name="build">The builder.</param>
    /// <returns>The slot.</returns>
    public static TextSlot Of(Func<TextLanguage, string> build) => new(new LanguageFuncText(build));

    /// <summary>Returns the text in a language, rendering and caching it on first read; every reader gets the same instance.</summary>
    /// <param name="language">The language.</param>
    /// <param name="role">What the text is, for the error.</param>
    /// <param name="name">The code of its owner (obligation, milestone, warning, change).</param>
    /// <param name="rule">The code of the rule that gave it, when known.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    /// <exception cref="Rules.RuleEvaluationException">The text threw when it was rendered.</exception>
    public string Read(TextLanguage language, TextRole role, string name, string? rule)
    {
        var seen = Volatile.Read(ref _value);
        if (seen is string done)
        {
            return done;
        }

        _ = TextLanguages.Check(language, nameof(language));
        if (seen is Rendered cached && cached.Get(language) is { } known)
        {
            return known;
        }

        var source = seen as DeferredText ?? ((Rendered)seen).Source;
        lock (source)
        {
            seen = Volatile.Read(ref _value);
            var rendered = seen as Rendered ?? new Rendered(source);
            if (rendered.Get(language) is { } first)
            {
                return first;
            }

            var text = Guard(source, null, language, role, name, rule) ?? string.Empty;
            rendered.Set(language, text);
            Volatile.Write(ref _value, rendered);
            return text;
        }
    }

    /// <summary>
    /// Appends the text to a buffer, in the buffer's language: the cached string, or the text written afresh without
    /// building or caching a string.
    /// </summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="role">What the text is, for the error.</param>
    /// <param name="name">The code of its owner.</param>
    /// <param name="rule">The code of the rule that gave it, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="Rules.RuleEvaluationException">The text threw when it was written.</exception>
    public void Write(TextBuffer destination, TextRole role, string name, string? rule)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        var seen = Volatile.Read(ref _value);
        switch (seen)
        {
            case string done:
                destination.Append(done);
                return;
            case Rendered cached:
                if (cached.Get(destination.Language) is { } known)
                {
                    destination.Append(known);
                    return;
                }

                _ = Guard(cached.Source, destination, destination.Language, role, name, rule);
                return;
            default:
                _ = Guard((DeferredText)seen, destination, destination.Language, role, name, rule);
                return;
        }
    }

    /// <summary>Renders a text into a buffer (or into a string when none is given), wrapping what it throws.</summary>
    private static string? Guard(
        DeferredText text,
        TextBuffer? destination,
        TextLanguage language,
        TextRole role,
        string name,
        string? rule
    )
    {
        try
        {
            if (destination is not null)
            {
                text.Write(destination);
                return null;
            }

            return text.Build(language);
        }
        catch (Exception e) when (e is not Rules.RuleEvaluationException)
        {
            throw Rules.RuleEvaluationException.TextThrew(rule ?? name, Describe(role, name), e);
        }
    }

    private static string Describe(TextRole role, string name) =>
        role switch
        {
            TextRole.ObligationExplanation => $"explanation of obligation '{name}'",
            TextRole.MilestoneExplanation => $"explanation of milestone '{name}'",
            TextRole.WarningMessage => $"message of warning '{name}'",
            _ => $"explanation of change '{name}'",
        };

    /// <summary>A text read at least once: its source, and its strings per language as they were read.</summary>
    private sealed class Rendered(DeferredText source)
    {
        private string? _english;
        private string? _dutch;

        public DeferredText Source { get; } = source;

        public string? Get(TextLanguage language) =>
            language == TextLanguage.Dutch ? Volatile.Read(ref _dutch) : Volatile.Read(ref _english);

        public void Set(TextLanguage language, string text)
        {
            if (language == TextLanguage.Dutch)
            {
                Volatile.Write(ref _dutch, text);
            }
            else
            {
                Volatile.Write(ref _english, text);
            }
        }
    }
}
