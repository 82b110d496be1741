using System;

namespace Poortwachter.Assessments;

/// <summary>A warning about what is at stake in the case: an overdue obligation, a deadline close by, a sanction risk.</summary>
public sealed class Warning
{
    private TextSlot _message;

    /// <summary>Initializes a new warning.</summary>
    /// <param name="kind">The warning code, see <see cref="WarningCodes"/>.</param>
    /// <param name="severity">How urgent it is.</param>
    /// <param name="message">What is at stake, with its source.</param>
    /// <param name="obligation">The obligation it concerns, if any.</param>
    public Warning(string kind, Severity severity, string message, string? obligation = null)
        : this(kind, severity, message, obligation, sequence: 0) { }

    /// <summary>Initializes a new warning about one occurrence of a repeating obligation.</summary>
    /// <param name="kind">The warning code, see <see cref="WarningCodes"/>.</param>
    /// <param name="severity">How urgent it is.</param>
    /// <param name="message">What is at stake, with its source.</param>
    /// <param name="obligation">The obligation it concerns, if any.</param>
    /// <param name="sequence">The <see cref="Obligation.Sequence"/> of the occurrence it concerns (1, 2, ...); 0 for a one-off obligation or none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is negative.</exception>
    public Warning(string kind, Severity severity, string message, string? obligation, int sequence)
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? throw new ArgumentException("A warning code is required.", nameof(kind)) : kind;
        Severity = severity;
        _message = new TextSlot(message);
        Obligation = obligation;
        Sequence = CheckSequence(sequence);
    }

    /// <summary>Initializes a new warning whose message is built on first read of <see cref="Message"/>.</summary>
    /// <param name="kind">The warning code, see <see cref="WarningCodes"/>.</param>
    /// <param name="severity">How urgent it is.</param>
    /// <param name="message">Builds what is at stake, with its source; it must be pure (it runs once, on first read, possibly on another thread).</param>
    /// <param name="obligation">The obligation it concerns, if any.</param>
    public Warning(string kind, Severity severity, Func<string> message, string? obligation = null)
        : this(kind, severity, message, obligation, sequence: 0) { }

    /// <summary>
    /// Initializes a new warning about one occurrence of a repeating obligation, whose message is built on first read
    /// of <see cref="Message"/>.
    /// </summary>
    /// <param name="kind">The warning code, see <see cref="WarningCodes"/>.</param>
    /// <param name="severity">How urgent it is.</param>
    /// <param name="message">Builds what is at stake, with its source; it must be pure (it runs once, on first read, possibly on another thread).</param>
    /// <param name="obligation">The obligation it concerns, if any.</param>
    /// <param name="sequence">The <see cref="Obligation.Sequence"/> of the occurrence it concerns (1, 2, ...); 0 for a one-off obligation or none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is negative.</exception>
    public Warning(string kind, Severity severity, Func<string> message, string? obligation, int sequence)
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? throw new ArgumentException("A warning code is required.", nameof(kind)) : kind;
        Severity = severity;
        _message = TextSlot.Of(message ?? throw new ArgumentNullException(nameof(message)));
        Obligation = obligation;
        Sequence = CheckSequence(sequence);
    }

    /// <summary>Initializes a new warning whose message is built, in the language it is read in, on first read.</summary>
    /// <param name="kind">The warning code, see <see cref="WarningCodes"/>.</param>
    /// <param name="severity">How urgent it is.</param>
    /// <param name="message">Builds what is at stake, with its source, in a language; it must be pure (it runs at most once per language, on first read, possibly on another thread).</param>
    /// <param name="obligation">The obligation it concerns, if any.</param>
    /// <param name="sequence">The <see cref="Obligation.Sequence"/> of the occurrence it concerns (1, 2, ...); 0 for a one-off obligation or none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is negative.</exception>
    public Warning(string kind, Severity severity, Func<TextLanguage, string> message, string? obligation = null, int sequence = 0)
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? throw new ArgumentException("A warning code is required.", nameof(kind)) : kind;
        Severity = severity;
        _message = TextSlot.Of(message ?? throw new ArgumentNullException(nameof(message)));
        Obligation = obligation;
        Sequence = CheckSequence(sequence);
    }

    /// <summary>Initializes a new warning whose message is built on first read.</summary>
    /// <param name="kind">The warning code, see <see cref="WarningCodes"/>.</param>
    /// <param name="severity">How urgent it is.</param>
    /// <param name="message">What is at stake, with its source.</param>
    /// <param name="obligation">The obligation it concerns, if any.</param>
    /// <param name="sequence">The occurrence of a repeating obligation it concerns; 0 for none.</param>
    internal Warning(string kind, Severity severity, DeferredText message, string? obligation = null, int sequence = 0)
    {
        // Only the engine calls this, always with a WarningCodes constant and an obligation's own sequence: no check needed.
        Kind = kind;
        Severity = severity;
        _message = new TextSlot(message);
        Obligation = obligation;
        Sequence = sequence;
    }

    /// <summary>Gets the warning code.</summary>
    public string Kind { get; }

    /// <summary>Gets the code of the obligation it concerns, if any.</summary>
    public string? Obligation { get; }

    /// <summary>
    /// Gets which occurrence of a repeating obligation the warning concerns: the <see cref="Assessments.Obligation.Sequence"/>
    /// of that obligation (1, 2, ...), such as 2 for an overdue second evaluation; 0 when the obligation does not
    /// repeat or the warning concerns none.
    /// </summary>
    public int Sequence { get; }

    /// <summary>Gets how urgent it is.</summary>
    public Severity Severity { get; }

    /// <summary>Gets what is at stake, with its source.</summary>
    /// <remarks>Built on first read and cached (thread-safe).</remarks>
    public string Message => _message.Read(TextLanguage.English, TextRole.WarningMessage, Kind, Rule ?? Obligation);

    /// <summary>Returns what is at stake, with its source, in a language (<see cref="Message"/> is the English one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; built on first read in that language and cached (thread-safe).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string MessageIn(TextLanguage language) => _message.Read(language, TextRole.WarningMessage, Kind, Rule ?? Obligation);

    /// <summary>Gets or sets the code of the rule that gave the warning, when a rule did (the engine marks it).</summary>
    internal string? Rule { get; set; }

    /// <summary>Appends the message to a buffer, in its language, without building a string for it (the same text as <see cref="MessageIn"/>).</summary>
    /// <param name="destination">The buffer to append to.</param>
    public void WriteMessage(TextBuffer destination) => _message.Write(destination, TextRole.WarningMessage, Kind, Rule ?? Obligation);

    /// <inheritdoc/>
    public override string ToString() =>
        $"[{Severities.Code(Severity)}] {Kind}{(Obligation is null ? string.Empty : " " + Obligation)}{(Sequence > 0 ? " #" + Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}: {Message}";

    private static int CheckSequence(int sequence) =>
        sequence >= 0
            ? sequence
            : throw new ArgumentOutOfRangeException(
                nameof(sequence),
                sequence,
                "A sequence is 1 or more for a repeating obligation, 0 otherwise."
            );
}
