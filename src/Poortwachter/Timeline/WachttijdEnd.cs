using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Timeline;

/// <summary>
/// Extends or moves the end of the wachttijd: a voluntary extension, a late WIA application, a loonsanctie; or ends the
/// wachttijd before the wage continuation: a shortened wachttijd (<see cref="WachttijdEndChange.WachttijdEndsOn"/>).
/// Extensions run in order; each sees the end as the ones before it left it.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe.</remarks>
public interface IWachttijdExtension
{
    /// <summary>Gets the stable code of the extension, such as <c>loonsanctie</c>.</summary>
    string Code { get; }

    /// <summary>Gets the legal source of the extension.</summary>
    LegalSource LegalBasis { get; }

    /// <summary>Applies the extension.</summary>
    /// <param name="context">The case, the clock and the end so far.</param>
    /// <returns>The change, or <see langword="null"/> when it does not apply to this case.</returns>
    WachttijdEndChange? Apply(WachttijdEndContext context);
}

/// <summary>
/// An extension that ends wage continuation at the AOW age (BW 7:629 lid 2 onder b): once it has changed the end, the
/// engine runs no <see cref="IStatutoryPeriodExtension"/> after it, gives no wage-period warning for its change (the rule
/// says what it shortens in its own warning), and judges obligations by their rules' <see cref="Rules.RuleDescriptor.PastAowAge"/>.
/// When it is also a rule, it runs only while that rule does.
/// </summary>
public interface IAowAgeTerm : IWachttijdExtension
{
    /// <summary>Gets the length of wage continuation past the AOW age, in counted days.</summary>
    int TermDays { get; }
}

/// <summary>
/// An extension of the 104 weeks of wage continuation (such as BW 7:629 lid 11 grants: a voluntary extension, a late WIA
/// application, a loonsanctie): it does not run once an <see cref="IAowAgeTerm"/> has changed the end, since past the AOW
/// age those 104 weeks do not run.
/// </summary>
public interface IStatutoryPeriodExtension : IWachttijdExtension
{
    /// <summary>Returns whether an event is a decision this extension applies: past the AOW age it changes nothing, and is reported as ignored.</summary>
    /// <param name="caseEvent">An event of the case.</param>
    /// <returns><see langword="true"/> for a decision of this extension.</returns>
    bool IsDecision(CaseEvent caseEvent);
}

/// <summary>What an <see cref="IWachttijdExtension"/> sees: the case, the clock and the end as it stands.</summary>
public sealed class WachttijdEndContext
{
    internal WachttijdEndContext(
        SicknessCase @case,
        WachttijdClock clock,
        LocalDate statutoryLastDay,
        LocalDate referenceEnd,
        LocalDate lastDay,
        IReadOnlyList<CaseEvent> events,
        LocalDate? wachttijdEndsOn = null
    )
    {
        Case = @case;
        Clock = clock;
        StatutoryLastDay = statutoryLastDay;
        ReferenceEnd = referenceEnd;
        LastDay = lastDay;
        Events = events;
        WachttijdEndsOn = wachttijdEndsOn;
    }

    /// <summary>Gets the case.</summary>
    public SicknessCase Case { get; }

    /// <summary>Gets the clock.</summary>
    public WachttijdClock Clock { get; }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AsOf => Clock.AsOf;

    /// <summary>Gets the date of counted day 728.</summary>
    public LocalDate StatutoryLastDay { get; }

    /// <summary>
    /// Gets the end the re-integratieverslag and the WIA application count back from: the statutory end, or the
    /// end of a voluntary extension (WIA art. 25 lid 4, art. 64 lid 3).
    /// </summary>
    public LocalDate ReferenceEnd { get; }

    /// <summary>Gets the last day of wage continuation so far.</summary>
    public LocalDate LastDay { get; }

    /// <summary>Gets the events of this wachttijd known on the assessment date, in date order.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>
    /// Gets the last day of a wachttijd that an extension before this one ended early, before the last day of wage
    /// continuation: a shortened wachttijd granted by UWV (WIA art. 23 lid 6); <see langword="null"/> otherwise. After
    /// it there is no WIA application to make late and no RIV to assess, so nothing to extend the wage period for.
    /// </summary>
    public LocalDate? WachttijdEndsOn { get; }
}

/// <summary>A change to the end of the wachttijd made by an <see cref="IWachttijdExtension"/>.</summary>
public sealed class WachttijdEndChange
{
    private TextSlot _explanation;

    /// <summary>Initializes a new change.</summary>
    /// <param name="code">The code of the extension that made it.</param>
    /// <param name="newLastDay">The new last day of wage continuation.</param>
    /// <param name="movesReferenceEnd">Whether the re-integratieverslag and WIA application now count back from the new last day.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="explanation">The derivation of the new date.</param>
    public WachttijdEndChange(string code, LocalDate newLastDay, bool movesReferenceEnd, LegalSource legalBasis, string explanation)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        NewLastDay = newLastDay;
        MovesReferenceEnd = movesReferenceEnd;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        _explanation = new TextSlot(explanation);
    }

    /// <summary>Initializes a new change whose explanation is built on first read of <see cref="Explanation"/>.</summary>
    /// <param name="code">The code of the extension that made it.</param>
    /// <param name="newLastDay">The new last day of wage continuation.</param>
    /// <param name="movesReferenceEnd">Whether the re-integratieverslag and WIA application now count back from the new last day.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="explanation">Builds the derivation of the new date; it must be pure (it runs once, on first read, possibly on another thread).</param>
    public WachttijdEndChange(string code, LocalDate newLastDay, bool movesReferenceEnd, LegalSource legalBasis, Func<string> explanation)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        NewLastDay = newLastDay;
        MovesReferenceEnd = movesReferenceEnd;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        _explanation = TextSlot.Of(explanation ?? throw new ArgumentNullException(nameof(explanation)));
    }

    /// <summary>Initializes a new change whose explanation is built, in the language it is read in, on first read.</summary>
    /// <param name="code">The code of the extension that made it.</param>
    /// <param name="newLastDay">The new last day of wage continuation.</param>
    /// <param name="movesReferenceEnd">Whether the re-integratieverslag and WIA application now count back from the new last day.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="explanation">Builds the derivation of the new date in a language; it must be pure (it runs at most once per language, on first read, possibly on another thread).</param>
    public WachttijdEndChange(
        string code,
        LocalDate newLastDay,
        bool movesReferenceEnd,
        LegalSource legalBasis,
        Func<Assessments.TextLanguage, string> explanation
    )
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        NewLastDay = newLastDay;
        MovesReferenceEnd = movesReferenceEnd;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        _explanation = TextSlot.Of(explanation ?? throw new ArgumentNullException(nameof(explanation)));
    }

    /// <summary>A change of a shipped extension whose explanation is a deferred text (one object, written when read).</summary>
    internal WachttijdEndChange(string code, LocalDate newLastDay, bool movesReferenceEnd, LegalSource legalBasis, DeferredText explanation)
    {
        Code = code;
        NewLastDay = newLastDay;
        MovesReferenceEnd = movesReferenceEnd;
        LegalBasis = legalBasis;
        _explanation = new TextSlot(explanation);
    }

    /// <summary>Gets the code of the extension that made the change.</summary>
    public string Code { get; }

    /// <summary>Gets the new last day of wage continuation.</summary>
    public LocalDate NewLastDay { get; }

    /// <summary>Gets a value indicating whether the deadlines that count back from the end move with it.</summary>
    public bool MovesReferenceEnd { get; }

    /// <summary>
    /// Gets a value indicating whether the change leaves the end open: it waits for a fact not yet recorded (a WIA
    /// application made late), and <see cref="NewLastDay"/> is the earliest last day still possible.
    /// </summary>
    public bool LeavesEndOpen { get; init; }

    /// <summary>
    /// Gets the last day of the wachttijd when the change ends it before the last day of wage continuation: UWV
    /// granted a shortened wachttijd (WIA art. 23 lid 6), the IVA benefit starts the next day, and the employer's wage
    /// continuation runs on to <see cref="NewLastDay"/>, less the benefit (BW 7:629 lid 5). <see langword="null"/> for
    /// a change that moves only the last day of wage continuation.
    /// </summary>
    public LocalDate? WachttijdEndsOn { get; init; }

    /// <summary>Gets the legal source.</summary>
    public LegalSource LegalBasis { get; }

    /// <summary>Gets the derivation of the new date.</summary>
    public string Explanation => _explanation.Read(Assessments.TextLanguage.English, TextRole.ChangeExplanation, Code, Code);

    /// <summary>Returns the derivation of the new date in a language (<see cref="Explanation"/> is the English one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; built on first read in that language and cached (thread-safe).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string ExplanationIn(Assessments.TextLanguage language) => _explanation.Read(language, TextRole.ChangeExplanation, Code, Code);

    /// <summary>Appends the explanation to a buffer, in its language, without building a string for it (the same text as <see cref="ExplanationIn"/>).</summary>
    /// <param name="destination">The buffer to append to.</param>
    public void WriteExplanation(TextBuffer destination) => _explanation.Write(destination, TextRole.ChangeExplanation, Code, Code);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Code}: last day {NewLastDay:uuuu-MM-dd}" + (WachttijdEndsOn is { } end ? $", wachttijd ends {end:uuuu-MM-dd}" : string.Empty);
}

/// <summary>The end of the wachttijd after every extension: what the rules that count back from the end use.</summary>
public sealed class WachttijdEnd
{
    internal WachttijdEnd(
        LocalDate? statutoryLastDay,
        LocalDate? referenceEnd,
        LocalDate? lastDay,
        IReadOnlyList<WachttijdEndChange> extensions,
        LocalDate? wachttijdEndsOn = null
    )
    {
        StatutoryLastDay = statutoryLastDay;
        ReferenceEnd = referenceEnd;
        LastDay = lastDay;
        Extensions = extensions;
        WachttijdEndsOn = wachttijdEndsOn;
    }

    /// <summary>Gets the date of counted day 728; <see langword="null"/> when the case ended by recovery.</summary>
    public LocalDate? StatutoryLastDay { get; }

    /// <summary>Gets the end the re-integratieverslag and WIA application count back from.</summary>
    public LocalDate? ReferenceEnd { get; }

    /// <summary>Gets the last day of wage continuation with every extension.</summary>
    public LocalDate? LastDay { get; }

    /// <summary>Gets the changes applied by the extensions, in order (as <see cref="Assessments.WachttijdSummary.Extensions"/>).</summary>
    public IReadOnlyList<WachttijdEndChange> Extensions { get; }

    /// <summary>
    /// Gets the last day of a wachttijd shortened by UWV (WIA art. 23 lid 6), before <see cref="LastDay"/>: the WIA
    /// (IVA) benefit starts the next day, while wage continuation runs on to <see cref="LastDay"/>. <see langword="null"/>
    /// when the wachttijd ends with wage continuation.
    /// </summary>
    public LocalDate? WachttijdEndsOn { get; }
}
