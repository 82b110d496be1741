using System;
using NodaTime;

namespace Poortwachter.Assessments;

/// <summary>
/// One obligation of the case with its due date and its status on the assessment date, the legal source and
/// the derivation of the date in words a casemanager can check by hand.
/// </summary>
public sealed class Obligation
{
    // The two enums are kept as bytes beside the flag, so a deviated obligation's extra field costs no size.
    private readonly byte _status;
    private readonly byte _legalCharacter;
    private TextSlot _explanation;

    // Only a deviated obligation carries this, so the others stay as small as they were.
    private readonly DeviationRecord? _deviation;

    /// <summary>Initializes a new obligation.</summary>
    /// <param name="kind">The obligation code, such as <c>plan-van-aanpak</c>.</param>
    /// <param name="dueBy">The last day on which it is on time (after any deviation); <see langword="null"/> when it never became due.</param>
    /// <param name="status">The status on the assessment date.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="legalCharacter">How binding the rule is.</param>
    /// <param name="explanation">The derivation of the date and the status.</param>
    /// <param name="sequence">For repeating obligations (evaluations): 1 for the first, 2 for the second, and so on; otherwise 0.</param>
    public Obligation(
        string kind,
        LocalDate? dueBy,
        ObligationStatus status,
        LocalDate? fulfilledOn,
        LegalSource legalBasis,
        LegalCharacter legalCharacter,
        string explanation,
        int sequence = 0
    )
        : this(kind, dueBy, status, fulfilledOn, legalBasis, legalCharacter, new TextSlot(explanation), sequence) { }

    /// <summary>Initializes a new obligation whose explanation is built on first read of <see cref="Explanation"/>.</summary>
    /// <param name="kind">The obligation code, such as <c>plan-van-aanpak</c>.</param>
    /// <param name="dueBy">The last day on which it is on time (after any deviation); <see langword="null"/> when it never became due.</param>
    /// <param name="status">The status on the assessment date.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="legalCharacter">How binding the rule is.</param>
    /// <param name="explanation">Builds the derivation of the date and the status; called once, on first read, possibly on another thread, so it must be pure (no side effects, the same text every time).</param>
    /// <param name="sequence">For repeating obligations (evaluations): 1 for the first, 2 for the second, and so on; otherwise 0.</param>
    public Obligation(
        string kind,
        LocalDate? dueBy,
        ObligationStatus status,
        LocalDate? fulfilledOn,
        LegalSource legalBasis,
        LegalCharacter legalCharacter,
        Func<string> explanation,
        int sequence = 0
    )
        : this(
            kind,
            dueBy,
            status,
            fulfilledOn,
            legalBasis,
            legalCharacter,
            TextSlot.Of(explanation ?? throw new ArgumentNullException(nameof(explanation))),
            sequence
        ) { }

    /// <summary>Initializes a new obligation whose explanation is built, in the language it is read in, on first read.</summary>
    /// <param name="kind">The obligation code, such as <c>plan-van-aanpak</c>.</param>
    /// <param name="dueBy">The last day on which it is on time (after any deviation); <see langword="null"/> when it never became due.</param>
    /// <param name="status">The status on the assessment date.</param>
    /// <param name="fulfilledOn">The date it was done, if it was.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="legalCharacter">How binding the rule is.</param>
    /// <param name="explanation">Builds the derivation of the date and the status in a language; called at most once per language, on first read, possibly on another thread, so it must be pure.</param>
    /// <param name="sequence">For repeating obligations (evaluations): 1 for the first, 2 for the second, and so on; otherwise 0.</param>
    public Obligation(
        string kind,
        LocalDate? dueBy,
        ObligationStatus status,
        LocalDate? fulfilledOn,
        LegalSource legalBasis,
        LegalCharacter legalCharacter,
        Func<TextLanguage, string> explanation,
        int sequence = 0
    )
        : this(
            kind,
            dueBy,
            status,
            fulfilledOn,
            legalBasis,
            legalCharacter,
            TextSlot.Of(explanation ?? throw new ArgumentNullException(nameof(explanation))),
            sequence
        ) { }

    /// <summary>The public constructors' one body: the checks of a host's values, and the explanation's slot.</summary>
    private Obligation(
        string kind,
        LocalDate? dueBy,
        ObligationStatus status,
        LocalDate? fulfilledOn,
        LegalSource legalBasis,
        LegalCharacter legalCharacter,
        TextSlot explanation,
        int sequence
    )
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? throw new ArgumentException("An obligation code is required.", nameof(kind)) : kind;
        DueBy = dueBy;
        _status = Small((int)status, nameof(status));
        FulfilledOn = fulfilledOn;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        _legalCharacter = Small((int)legalCharacter, nameof(legalCharacter));
        _explanation = explanation;
        Sequence = sequence;
    }

    /// <summary>
    /// An obligation made by <see cref="Rules.RuleContext.CreateObligation(Rules.RuleDescriptor, LocalDate?, LocalDate?, Func{string}, Cases.Afwijking?, bool, int)"/>:
    /// its explanation is a text that holds only the facts it prints (the derivation, any deviation, the reason for the status).
    /// </summary>
    internal Obligation(
        Rules.RuleDescriptor rule,
        LocalDate? dueBy,
        ObligationStatus status,
        LocalDate? fulfilledOn,
        DeferredText explanation,
        int sequence,
        Cases.Afwijking? deviation,
        LocalDate? dueWithoutDeviation
    )
    {
        Kind = rule.Code;
        DueBy = dueBy;
        _status = (byte)status;
        FulfilledOn = fulfilledOn;
        LegalBasis = rule.LegalBasis;
        _legalCharacter = (byte)rule.Character;
        _explanation = new TextSlot(explanation);
        Sequence = sequence;
        _deviation = deviation is null ? null : new DeviationRecord(deviation, dueWithoutDeviation);
    }

    /// <summary>Gets the obligation code.</summary>
    public string Kind { get; }

    /// <summary>Gets the last day on which the obligation is on time; <see langword="null"/> when it never became due.</summary>
    public LocalDate? DueBy { get; }

    /// <summary>Gets the status on the assessment date.</summary>
    public ObligationStatus Status => (ObligationStatus)_status;

    /// <summary>Gets the date the obligation was done, if it was.</summary>
    public LocalDate? FulfilledOn { get; }

    /// <summary>Gets the legal source.</summary>
    public LegalSource LegalBasis { get; }

    /// <summary>Gets how binding the rule is.</summary>
    public LegalCharacter LegalCharacter => (LegalCharacter)_legalCharacter;

    /// <summary>Gets the derivation of the date and the status, in words a casemanager can check by hand.</summary>
    /// <remarks>Built on first read and cached (thread-safe): an assessment whose explanations are never read does not pay for them.</remarks>
    public string Explanation => _explanation.Read(TextLanguage.English, TextRole.ObligationExplanation, Kind, Kind);

    /// <summary>Returns the derivation of the date and the status in a language (<see cref="Explanation"/> is the English one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; built on first read in that language and cached (thread-safe).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string ExplanationIn(TextLanguage language) => _explanation.Read(language, TextRole.ObligationExplanation, Kind, Kind);

    /// <summary>Gets the number of a repeating obligation (1, 2, ...); 0 for a one-off obligation.</summary>
    public int Sequence { get; }

    /// <summary>Gets the reasoned deviation (Regeling procesgang art. 5) that set <see cref="DueBy"/>, if one did.</summary>
    internal Cases.Afwijking? Deviation => _deviation?.Deviation;

    /// <summary>Gets the due date the rule computed before a deviation replaced it.</summary>
    internal LocalDate? DueWithoutDeviation => _deviation?.Replaced;

    /// <summary>
    /// Appends the explanation to a buffer without building a string for it: the same text as <see cref="Explanation"/>,
    /// written by the same template (a writer of many assessments uses this and reuses one buffer), in the buffer's
    /// <see cref="TextBuffer.Language"/>.
    /// </summary>
    /// <param name="destination">The buffer to append to.</param>
    public void WriteExplanation(TextBuffer destination) => _explanation.Write(destination, TextRole.ObligationExplanation, Kind, Kind);

    /// <summary>An enum value as the byte it is kept in; a value no byte holds is refused rather than cut short.</summary>
    private static byte Small(int value, string name) =>
        value is >= byte.MinValue and <= byte.MaxValue
            ? (byte)value
            : throw new ArgumentOutOfRangeException(name, value, "Not a value of this enum.");

    private sealed record DeviationRecord(Cases.Afwijking Deviation, LocalDate? Replaced);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Kind}{(Sequence > 0 ? " #" + Sequence : string.Empty)}: due {(DueBy is { } d ? d.ToString("uuuu-MM-dd", null) : "-")}, {ObligationStatuses.Code(Status)}";
}
