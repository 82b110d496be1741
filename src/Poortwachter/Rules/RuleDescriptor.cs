using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules;

/// <summary>
/// What a rule is, for the catalogue and for every obligation it yields: a stable code, a title, the due rule
/// in words, the legal source, the legal character, what is at stake when it is missed and the period it is in force.
/// </summary>
public sealed class RuleDescriptor
{
    private static readonly IReadOnlyDictionary<string, string> NoTitles = new Dictionary<string, string>(0, StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _milestoneTitles = NoTitles;
    private readonly IReadOnlyDictionary<string, string> _dutchMilestoneTitles = NoTitles;

    /// <summary>Initializes a new descriptor.</summary>
    /// <param name="code">The stable kebab-case code, such as <c>plan-van-aanpak</c>.</param>
    /// <param name="title">What the rule is about, such as <c>Plan van aanpak (action plan)</c>.</param>
    /// <param name="dueRule">The due rule in words, such as <c>2 weeks after the probleemanalyse; without one, counted day 56</c>.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="character">The legal character.</param>
    /// <param name="stake">What is at stake when the obligation is missed, with its source; empty for milestones.</param>
    /// <param name="inForceFrom">The first day (of the first sick day) the rule applies to.</param>
    /// <param name="inForceUntil">The last such day, or <see langword="null"/> while in force.</param>
    public RuleDescriptor(
        string code,
        string title,
        string dueRule,
        LegalSource legalBasis,
        LegalCharacter character,
        string stake,
        LocalDate inForceFrom,
        LocalDate? inForceUntil = null
    )
    {
        Code = string.IsNullOrWhiteSpace(code) ? throw new ArgumentException("A rule code is required.", nameof(code)) : code;
        Title = title ?? string.Empty;
        DueRule = dueRule ?? string.Empty;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        Character = character;
        Stake = stake ?? string.Empty;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
    }

    /// <summary>Gets the stable code of the rule; for an obligation rule, the obligation code.</summary>
    public string Code { get; }

    /// <summary>Gets what the rule is about.</summary>
    public string Title { get; }

    /// <summary>Gets the due rule in words.</summary>
    public string DueRule { get; }

    /// <summary>Gets the legal source.</summary>
    public LegalSource LegalBasis { get; }

    /// <summary>Gets the legal character.</summary>
    public LegalCharacter Character { get; }

    /// <summary>Gets what is at stake when the obligation is missed.</summary>
    public string Stake { get; }

    /// <summary>Gets the first first-sick-day the rule applies to.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>Gets the last first-sick-day the rule applies to, if it is no longer in force.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>
    /// Gets a value indicating whether the engine applies the rule unless a host disables it. Practice rules that
    /// bureaus run differently (the spoor-2 trajectory) are off until a host enables them with
    /// <see cref="PoortwachterOptions.Enable(string)"/>. Default <see langword="true"/>.
    /// </summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>
    /// Gets the severity of the standard <c>overdue</c> warning for this rule's obligations, or
    /// <see langword="null"/> for the default by legal character (statute: high, policy: warning, practice: info).
    /// </summary>
    public Severity? OverdueSeverity { get; init; }

    /// <summary>
    /// Gets a value indicating whether the rule yields obligations under its code. The codes of a rule set's rules that
    /// do, in catalogue order, are its obligation codes in the law's order (<see cref="RuleSet.ObligationCodes"/>).
    /// Default <see langword="true"/>; a rule that only gives milestones or warnings says <see langword="false"/>.
    /// </summary>
    public bool YieldsObligations { get; init; } = true;

    /// <summary>
    /// Gets the titles of the milestones the rule gives, by milestone code, such as <c>WIA can start</c>
    /// (<see cref="RuleSet.MilestoneTitle"/>). Default empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> MilestoneTitles
    {
        get => _milestoneTitles;
        init => _milestoneTitles = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Gets what reaching the AOW age does to the rule's obligations when the rules for an employee past it govern the
    /// case (an <see cref="Timeline.IAowAgeTerm"/> changed the end). Default <see cref="AowAgeEffect.None"/>.
    /// </summary>
    public AowAgeEffect PastAowAge { get; init; }

    /// <summary>
    /// Gets why the rule's obligation lapses past the AOW age: the text that follows "The employee reaches the AOW age on
    /// <i>date</i>" in its explanation, with its statute. Empty when <see cref="PastAowAge"/> is <see cref="AowAgeEffect.None"/>.
    /// </summary>
    public string PastAowAgeReason { get; init; } = string.Empty;

    /// <summary>
    /// Gets a value indicating whether the rule's obligation, when it is the employer's, lapses once UWV grants a shortened
    /// wachttijd before it falls due (WIA art. 23 lid 6). Default <see langword="true"/>; a report UWV still needs (the
    /// ziek-uit-dienst report) says <see langword="false"/>.
    /// </summary>
    public bool LapsesWithShortenedWachttijd { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether what is at stake when the rule's obligation is missed is UWV's review of the
    /// re-integration with the WIA application (a loonsanctie): when no review follows (past the AOW age, after a shortened
    /// wachttijd) a missed step carries nothing at stake. Default <see langword="true"/>; a report to UWV whose stake is
    /// its own (the 42nd-week report) says <see langword="false"/>.
    /// </summary>
    public bool ReviewedWithWiaApplication { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether the rule's obligation is the WIA application itself (WIA art. 64), the moment
    /// UWV reviews the re-integration: the engine checks a recorded loonsanctie against the date it was done (UWV imposes
    /// one when it treats the application, WIA art. 25 lid 9). Default <see langword="false"/>; the shipped
    /// <c>wia-aanvraag</c> rule says <see langword="true"/>.
    /// </summary>
    public bool IsWiaApplication { get; init; }

    /// <summary>Gets the title in Dutch, such as <c>Plan van aanpak</c>; <see langword="null"/> when the rule has none (its <see cref="Title"/> is shown).</summary>
    public string? DutchTitle { get; init; }

    /// <summary>
    /// Gets the verb, as a past participle, with which a Dutch text says that the obligation is done, as a casemanager
    /// says it: a plan van aanpak is <c>opgesteld</c>, an evaluatie <c>gehouden</c>, a melding <c>gedaan</c>, the
    /// WIA-aanvraag <c>ingediend</c>, the tweede spoor <c>gestart</c>; <see langword="null"/> gives <c>uitgevoerd</c>
    /// ("carried out"), the word for any step.
    /// </summary>
    public string? DutchDoneParticiple { get; init; }

    /// <summary>Gets the due rule in Dutch; <see langword="null"/> when the rule has none (its <see cref="DueRule"/> is shown).</summary>
    public string? DutchDueRule { get; init; }

    /// <summary>Gets what is at stake in Dutch; <see langword="null"/> when the rule has none (its <see cref="Stake"/> is shown).</summary>
    public string? DutchStake { get; init; }

    /// <summary>
    /// Gets <see cref="PastAowAgeReason"/> in Dutch: the text that follows "De werknemer bereikt de AOW-leeftijd op
    /// <i>datum</i>"; <see langword="null"/> when the rule has none (the English one is shown).
    /// </summary>
    public string? DutchPastAowAgeReason { get; init; }

    /// <summary>Gets the titles of the milestones in Dutch, by milestone code; a code missing here shows its <see cref="MilestoneTitles"/> entry.</summary>
    public IReadOnlyDictionary<string, string> DutchMilestoneTitles
    {
        get => _dutchMilestoneTitles;
        init => _dutchMilestoneTitles = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Returns the title in a language (the English one where the rule has no Dutch title).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public string TitleIn(TextLanguage language) => Pick(language, Title, DutchTitle);

    /// <summary>Returns the due rule in a language (the English one where the rule has no Dutch one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The due rule.</returns>
    public string DueRuleIn(TextLanguage language) => Pick(language, DueRule, DutchDueRule);

    /// <summary>Returns what is at stake in a language (the English text where the rule has no Dutch one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The stake.</returns>
    public string StakeIn(TextLanguage language) => Pick(language, Stake, DutchStake);

    /// <summary>Returns <see cref="PastAowAgeReason"/> in a language (the English text where the rule has no Dutch one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The reason.</returns>
    public string PastAowAgeReasonIn(TextLanguage language) => Pick(language, PastAowAgeReason, DutchPastAowAgeReason);

    /// <summary>Returns the title of one of the rule's milestones in a language, or <see langword="null"/> when the rule names no such milestone.</summary>
    /// <param name="milestone">The milestone code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public string? MilestoneTitleIn(string milestone, TextLanguage language)
    {
        if (milestone is null || !_milestoneTitles.TryGetValue(milestone, out var english))
        {
            return null;
        }

        return Pick(language, english, _dutchMilestoneTitles.TryGetValue(milestone, out var dutch) ? dutch : null);
    }

    private static string Pick(TextLanguage language, string english, string? dutch) =>
        TextLanguages.Check(language, nameof(language)) == TextLanguage.Dutch && !string.IsNullOrEmpty(dutch) ? dutch! : english;

    /// <summary>Returns whether the rule applies to a case with the given first sick day.</summary>
    /// <param name="firstSickDay">The case's first sick day.</param>
    /// <returns><see langword="true"/> when in force for that case.</returns>
    public bool AppliesTo(LocalDate firstSickDay) =>
        firstSickDay >= InForceFrom && (InForceUntil is not { } until || firstSickDay <= until);

    /// <inheritdoc/>
    public override string ToString() => $"{Code} ({LegalCharacters.Code(Character)}; {LegalBasis})";
}

/// <summary>What reaching the AOW age does to a rule's obligations (<see cref="RuleDescriptor.PastAowAge"/>).</summary>
public enum AowAgeEffect
{
    /// <summary>Nothing: the obligation stays as it is.</summary>
    None = 0,

    /// <summary>The obligation lapses when it falls due on or after the AOW date; those due before it stay owed.</summary>
    LapsesFromAowDate = 1,

    /// <summary>The obligation never arises: it only serves a WIA application, and no WIA follows the AOW age.</summary>
    NeverArises = 2,
}
