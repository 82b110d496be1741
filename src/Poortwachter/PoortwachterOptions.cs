using System;
using System.Collections.Generic;
using Poortwachter.Options;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter;

/// <summary>
/// The settings of the engine, with documented defaults. The law leaves some terms open ("periodiek") and
/// practice fills them in; hosts may choose otherwise here. Mutable and not thread-safe: set it up, then build an
/// engine, which takes a read-only copy (<see cref="PoortwachterEngine.Options"/> hands out a new mutable copy).
/// </summary>
/// <remarks>
/// A code given to <see cref="Enable(string)"/> or <see cref="Disable(string)"/>, or put in <see cref="EnabledRules"/>
/// or <see cref="DisabledRules"/>, must name a shipped rule, a host rule or the group <see cref="Spoor2TrajectGroup"/>:
/// building the engine refuses any other code with an <see cref="ArgumentException"/> that lists the known codes
/// (host rules may be added after the code, so the check waits for the engine). The options the engine runs with,
/// and those a container hands out (<c>services.AddPoortwachter</c>), are read-only: a setter, <c>Enable</c>,
/// <c>Disable</c> or <c>Add</c> on them throws <see cref="InvalidOperationException"/>.
/// </remarks>
public sealed class PoortwachterOptions
{
    private int _evaluatieIntervalDays = 42;
    private int _dueSoonDays = 14;
    private int _eerstejaarsevaluatieWindowStartWeek = 46;
    private int _spoor2TermDays = 42;
    private bool _eerstejaarsevaluatieCountsAsEvaluation = true;
    private int _arbeidsdeskundigOnderzoekTermDays = 42;
    private int _spoor2UitstelMaxMonths = 3;
    private int _spoor2TrajectplanTermDays = 28;
    private int _spoor2VoortgangsrapportageIntervalDays = 42;
    private int _spoor2EindrapportageWeek = 90;
    private int _spoor2NazorgDays = 91;
    private LeaveInGapReading _leaveInGap = LeaveInGapReading.Literal;
    private BanYearsReading _banYears = BanYearsReading.CountedSpan;
    private bool _frozen;

    /// <summary>
    /// Gets or sets the interval between evaluations (evaluaties) of the plan van aanpak, in counted days. Default 42
    /// (six weeks): the law says "periodiek" (Regeling procesgang art. 4 lid 2 onder b), six weeks is practice.
    /// </summary>
    public int EvaluatieIntervalDays
    {
        get => _evaluatieIntervalDays;
        set => _evaluatieIntervalDays = Unfrozen(value);
    }

    /// <summary>Gets or sets how many days ahead of a deadline an open obligation gets a due-soon warning. Default 14.</summary>
    public int DueSoonDays
    {
        get => _dueSoonDays;
        set => _dueSoonDays = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets the week of the wachttijd from which practice expects the first-year evaluation. Default 46
    /// (window weeks 46 to 52); an evaluation before it is reported as early.
    /// </summary>
    public int EerstejaarsevaluatieWindowStartWeek
    {
        get => _eerstejaarsevaluatieWindowStartWeek;
        set => _eerstejaarsevaluatieWindowStartWeek = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets the term in counted days within which spoor 2 must start after the conclusion that return
    /// within the own organisation is not feasible, and after the first-year evaluation at the latest. Default 42
    /// (six weeks; UWV policy).
    /// </summary>
    public int Spoor2TermDays
    {
        get => _spoor2TermDays;
        set => _spoor2TermDays = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets a value indicating whether a first-year evaluation also counts as a periodic evaluation, so
    /// the next evaluation runs from it. Default <see langword="true"/>: it is the evaluation of art. 4 lid 2 onder b
    /// at the end of the first sick year.
    /// </summary>
    public bool EerstejaarsevaluatieCountsAsEvaluation
    {
        get => _eerstejaarsevaluatieCountsAsEvaluation;
        set => _eerstejaarsevaluatieCountsAsEvaluation = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets the counted days after the bedrijfsarts' conclusion that return to the own job is not expected
    /// (event <c>geen-terugkeer-eigen-functie</c>) by which the arbeidsdeskundig onderzoek is due, unless its usual
    /// date (before the first-year evaluation) is earlier. Practice; default 42 (six weeks), range 1 to 364.
    /// </summary>
    public int ArbeidsdeskundigOnderzoekTermDays
    {
        get => _arbeidsdeskundigOnderzoekTermDays;
        set => _arbeidsdeskundigOnderzoekTermDays = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets how many calendar months after the decision a prospect of full return may lie for UWV to accept
    /// postponing spoor 2 (uitstel, event <c>spoor-2-uitstel</c>) without a warning ("concreet perspectief op hervatting" on short term). Default 3, range 1
    /// to 12.
    /// </summary>
    public int Spoor2UitstelMaxMonths
    {
        get => _spoor2UitstelMaxMonths;
        set => _spoor2UitstelMaxMonths = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets the counted days after the start of spoor 2 by which the trajectory plan is due (bureau
    /// practice; rule <c>spoor-2-trajectplan</c>, off by default). Default 28 (four weeks), range 1 to 182.
    /// </summary>
    public int Spoor2TrajectplanTermDays
    {
        get => _spoor2TrajectplanTermDays;
        set => _spoor2TrajectplanTermDays = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets the counted days between progress reports (voortgangsrapportages) on the spoor-2 trajectory (bureau practice; rule
    /// <c>spoor-2-voortgangsrapportage</c>, off by default). Default 42 (six weeks), range 7 to 182.
    /// </summary>
    public int Spoor2VoortgangsrapportageIntervalDays
    {
        get => _spoor2VoortgangsrapportageIntervalDays;
        set => _spoor2VoortgangsrapportageIntervalDays = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets the week of the wachttijd at whose end the final spoor-2 report is due (bureau practice: "around
    /// week 90", so the employer has it for the re-integratieverslag of week 91; rule <c>spoor-2-eindrapportage</c>,
    /// on by default once spoor 2 has started). Counted back from the end the RIV counts back from. Default 90, range 53 to 91.
    /// </summary>
    public int Spoor2EindrapportageWeek
    {
        get => _spoor2EindrapportageWeek;
        set => _spoor2EindrapportageWeek = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets the counted days of aftercare (nazorg) after a placement with another employer (bureau practice; milestone
    /// <c>spoor-2-nazorg-einde</c>, capped at the last day of the wachttijd). Default 91 (13 weeks), range 1 to 364.
    /// </summary>
    public int Spoor2NazorgDays
    {
        get => _spoor2NazorgDays;
        set => _spoor2NazorgDays = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets how Wazo leave between two sickness periods is read for samentelling (BW 7:629 lid 10; Ziektewet
    /// art. 38 lid 1; WIA art. 23 lid 3). Default <see cref="LeaveInGapReading.Literal"/>: leave days are part of the
    /// interruption unless both periods directly adjoin the leave. <see cref="LeaveInGapReading.Neutral"/> leaves leave
    /// days out of the interruption, as the engine did up to version 0.3.
    /// </summary>
    public LeaveInGapReading LeaveInGap
    {
        get => _leaveInGap;
        set => _leaveInGap = Unfrozen(value);
    }

    /// <summary>
    /// Gets or sets how the two years of the dismissal ban become counted days (BW 7:670 lid 1 onder a; milestone
    /// <c>einde-opzegverbod</c>). Default <see cref="BanYearsReading.CountedSpan"/>: 731 days when a 29 February lies in
    /// the calendar span of the counted days, the later last day. <see cref="BanYearsReading.FromFirstSickDay"/> fixes
    /// the number from the first sick day alone, as the engine did before.
    /// </summary>
    public BanYearsReading BanYears
    {
        get => _banYears;
        set => _banYears = Unfrozen(value);
    }

    /// <summary>
    /// Gets the codes of the rules that are off by default (<see cref="RuleDescriptor.EnabledByDefault"/>) and that
    /// this host switches on. <see cref="DisabledRules"/> wins over this set. The group code
    /// <see cref="Spoor2TrajectGroup"/> stands for <see cref="Spoor2TrajectCodes"/>; an unknown code is refused when the
    /// engine is built.
    /// </summary>
    public ISet<string> EnabledRules { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets the codes of shipped or host rules to switch off. The group code <see cref="Spoor2TrajectGroup"/> stands
    /// for <see cref="Spoor2TrajectCodes"/>; an unknown code is refused when the engine is built.
    /// </summary>
    public ISet<string> DisabledRules { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets host rules to add. A host rule with the code of a shipped rule replaces that rule. When several rules share
    /// a code, the last one added wins, always: it takes the place of the shipped rule, or else of the first rule
    /// added with that code.
    /// </summary>
    public IList<IRule> Rules { get; private set; } = new List<IRule>();

    /// <summary>Gets host extensions of the end of the wachttijd, run after the shipped ones.</summary>
    public IList<IWachttijdExtension> Extensions { get; private set; } = new List<IWachttijdExtension>();

    /// <summary>
    /// Switches off a rule by its code; <see cref="Spoor2TrajectGroup"/> switches off every spoor-2 trajectory rule.
    /// A code that names no shipped or host rule is refused when the engine is built.
    /// </summary>
    /// <param name="code">The rule code, such as <c>arbeidsdeskundig-onderzoek</c>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    public PoortwachterOptions Disable(string code)
    {
        RuleCode(code);
        if (string.Equals(code, Spoor2TrajectGroup, StringComparison.Ordinal))
        {
            foreach (var member in Spoor2TrajectCodes)
            {
                DisabledRules.Add(member);
            }

            return this;
        }

        DisabledRules.Add(code);
        return this;
    }

    /// <summary>
    /// The group code that <see cref="Enable(string)"/> takes for all spoor-2 trajectory rules:
    /// <c>spoor-2-traject</c>.
    /// </summary>
    public const string Spoor2TrajectGroup = "spoor-2-traject";

    /// <summary>Gets the codes of the spoor-2 trajectory rules that <see cref="EnableSpoor2Traject"/> switches on.</summary>
    public static IReadOnlyList<string> Spoor2TrajectCodes { get; } =
    [
        Assessments.ObligationCodes.Spoor2Trajectplan,
        Assessments.ObligationCodes.Spoor2Voortgangsrapportage,
        Assessments.ObligationCodes.Spoor2Eindrapportage,
        Assessments.MilestoneCodes.Spoor2Start,
    ];

    /// <summary>
    /// Switches on a rule that is off by default (<see cref="RuleDescriptor.EnabledByDefault"/>), by its code;
    /// <see cref="Spoor2TrajectGroup"/> switches on every spoor-2 trajectory rule. A code that names no shipped or host
    /// rule is refused when the engine is built.
    /// </summary>
    /// <param name="code">The rule code, such as <c>spoor-2-trajectplan</c>, or <c>spoor-2-traject</c>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or blank.</exception>
    public PoortwachterOptions Enable(string code)
    {
        RuleCode(code);
        if (string.Equals(code, Spoor2TrajectGroup, StringComparison.Ordinal))
        {
            return EnableSpoor2Traject();
        }

        EnabledRules.Add(code);
        return this;
    }

    /// <summary>
    /// Switches on the spoor-2 trajectory rules (bureau practice, off by default): the trajectory plan, progress
    /// reports, the final report around week 90 and the trajectory milestones.
    /// </summary>
    /// <returns>These options.</returns>
    public PoortwachterOptions EnableSpoor2Traject()
    {
        foreach (var code in Spoor2TrajectCodes)
        {
            EnabledRules.Add(code);
        }

        return this;
    }

    /// <summary>
    /// Adds a host rule, or replaces the shipped rule with the same code. Of several rules with one code, the last one
    /// added wins (see <see cref="Rules"/>).
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <returns>These options.</returns>
    public PoortwachterOptions Add(IRule rule)
    {
        Rules.Add(Unfrozen(rule ?? throw new ArgumentNullException(nameof(rule))));
        return this;
    }

    /// <summary>
    /// Returns a copy no one can change: the engine's own options, which every rule sees through
    /// <see cref="RuleContext.Options"/>. A setter, <c>Enable</c>, <c>Disable</c> or <c>Add</c> on it throws, so a
    /// rule cannot change the engine for the assessments after it.
    /// </summary>
    internal PoortwachterOptions Frozen()
    {
        var copy = Copy();
        copy._frozen = true;
        // The group code may have been put in a set directly; it stands for its members, as Enable and Disable read it.
        Expand(copy.EnabledRules);
        Expand(copy.DisabledRules);
        copy.EnabledRules = new ReadOnlyCodeSet(copy.EnabledRules);
        copy.DisabledRules = new ReadOnlyCodeSet(copy.DisabledRules);
        copy.Rules = new System.Collections.ObjectModel.ReadOnlyCollection<IRule>(copy.Rules);
        copy.Extensions = new System.Collections.ObjectModel.ReadOnlyCollection<IWachttijdExtension>(copy.Extensions);
        return copy;
    }

    /// <summary>Returns a copy anyone can change, with every setting and list of these options.</summary>
    internal PoortwachterOptions Copy()
    {
        var copy = new PoortwachterOptions
        {
            EvaluatieIntervalDays = EvaluatieIntervalDays,
            DueSoonDays = DueSoonDays,
            EerstejaarsevaluatieWindowStartWeek = EerstejaarsevaluatieWindowStartWeek,
            Spoor2TermDays = Spoor2TermDays,
            EerstejaarsevaluatieCountsAsEvaluation = EerstejaarsevaluatieCountsAsEvaluation,
            ArbeidsdeskundigOnderzoekTermDays = ArbeidsdeskundigOnderzoekTermDays,
            Spoor2UitstelMaxMonths = Spoor2UitstelMaxMonths,
            Spoor2TrajectplanTermDays = Spoor2TrajectplanTermDays,
            Spoor2VoortgangsrapportageIntervalDays = Spoor2VoortgangsrapportageIntervalDays,
            Spoor2EindrapportageWeek = Spoor2EindrapportageWeek,
            Spoor2NazorgDays = Spoor2NazorgDays,
            LeaveInGap = LeaveInGap,
            BanYears = BanYears,
        };
        foreach (var e in EnabledRules)
        {
            copy.EnabledRules.Add(e);
        }

        foreach (var d in DisabledRules)
        {
            copy.DisabledRules.Add(d);
        }

        foreach (var r in Rules)
        {
            copy.Rules.Add(r);
        }

        foreach (var e in Extensions)
        {
            copy.Extensions.Add(e);
        }

        return copy;
    }

    /// <summary>Throws when a setting is out of its range (see <see cref="OptionRanges"/>).</summary>
    internal void Check(string paramName)
    {
        OptionRanges.Check(this, paramName);
        HostParts.Check(this, paramName);
    }

    private static void Expand(ISet<string> codes)
    {
        if (codes.Remove(Spoor2TrajectGroup))
        {
            codes.UnionWith(Spoor2TrajectCodes);
        }
    }

    private static string RuleCode(string code) =>
        string.IsNullOrWhiteSpace(code)
            ? throw new ArgumentException("A rule code is required, such as 'arbeidsdeskundig-onderzoek'.", nameof(code))
            : code;

    private T Unfrozen<T>(T value) => _frozen ? throw new InvalidOperationException(ReadOnlyCodeSet.FrozenMessage) : value;
}
