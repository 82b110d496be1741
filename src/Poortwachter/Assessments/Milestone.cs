using System;
using NodaTime;

namespace Poortwachter.Assessments;

/// <summary>A fact on the timeline that is not a task: UWV's WIA letter, the end of the wachttijd, the WIA start.</summary>
public sealed class Milestone
{
    private TextSlot _explanation;

    /// <summary>Initializes a new milestone.</summary>
    /// <param name="kind">The milestone code, see <see cref="MilestoneCodes"/>.</param>
    /// <param name="on">The date.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="explanation">The derivation of the date.</param>
    public Milestone(string kind, LocalDate on, LegalSource legalBasis, string explanation)
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? throw new ArgumentException("A milestone code is required.", nameof(kind)) : kind;
        On = on;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        _explanation = new TextSlot(explanation);
    }

    /// <summary>Initializes a new milestone whose explanation is built on first read of <see cref="Explanation"/>.</summary>
    /// <param name="kind">The milestone code, see <see cref="MilestoneCodes"/>.</param>
    /// <param name="on">The date.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="explanation">Builds the derivation of the date; it must be pure (it runs once, on first read, possibly on another thread).</param>
    public Milestone(string kind, LocalDate on, LegalSource legalBasis, Func<string> explanation)
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? throw new ArgumentException("A milestone code is required.", nameof(kind)) : kind;
        On = on;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        _explanation = TextSlot.Of(explanation ?? throw new ArgumentNullException(nameof(explanation)));
    }

    /// <summary>Initializes a new milestone whose explanation is built, in the language it is read in, on first read.</summary>
    /// <param name="kind">The milestone code, see <see cref="MilestoneCodes"/>.</param>
    /// <param name="on">The date.</param>
    /// <param name="legalBasis">The legal source.</param>
    /// <param name="explanation">Builds the derivation of the date in a language; it must be pure (it runs at most once per language, on first read, possibly on another thread).</param>
    public Milestone(string kind, LocalDate on, LegalSource legalBasis, Func<TextLanguage, string> explanation)
    {
        Kind = string.IsNullOrWhiteSpace(kind) ? throw new ArgumentException("A milestone code is required.", nameof(kind)) : kind;
        On = on;
        LegalBasis = legalBasis ?? throw new ArgumentNullException(nameof(legalBasis));
        _explanation = TextSlot.Of(explanation ?? throw new ArgumentNullException(nameof(explanation)));
    }

    /// <summary>A milestone of a shipped rule whose explanation is a deferred text (one object, written when read).</summary>
    internal Milestone(string kind, LocalDate on, LegalSource legalBasis, DeferredText explanation)
    {
        Kind = kind;
        On = on;
        LegalBasis = legalBasis;
        _explanation = new TextSlot(explanation);
    }

    /// <summary>Gets the milestone code.</summary>
    public string Kind { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate On { get; }

    /// <summary>Gets the legal source.</summary>
    public LegalSource LegalBasis { get; }

    /// <summary>Gets the derivation of the date.</summary>
    /// <remarks>Built on first read and cached (thread-safe).</remarks>
    public string Explanation => _explanation.Read(TextLanguage.English, TextRole.MilestoneExplanation, Kind, Rule);

    /// <summary>Returns the derivation of the date in a language (<see cref="Explanation"/> is the English one).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; built on first read in that language and cached (thread-safe).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public string ExplanationIn(TextLanguage language) => _explanation.Read(language, TextRole.MilestoneExplanation, Kind, Rule);

    /// <summary>Appends the explanation to a buffer, in its language, without building a string for it (the same text as <see cref="ExplanationIn"/>).</summary>
    /// <param name="destination">The buffer to append to.</param>
    public void WriteExplanation(TextBuffer destination) => _explanation.Write(destination, TextRole.MilestoneExplanation, Kind, Rule);

    /// <summary>Gets or sets the code of the rule that gave the milestone, when a rule did (the engine marks it).</summary>
    internal string? Rule { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {On:uuuu-MM-dd}";
}

/// <summary>The stable codes of the shipped milestones.</summary>
public static class MilestoneCodes
{
    /// <summary>UWV must inform the employee about the WIA application by counted day 623 (WIA art. 64 lid 2).</summary>
    public const string UwvWiaBrief = "uwv-wia-brief";

    /// <summary>UWV decides on a loonsanctie at the latest six weeks before the end of the wachttijd (WIA art. 25 lid 10).</summary>
    public const string LoonsanctieBeslissing = "loonsanctie-beslissing";

    /// <summary>The last day of wage continuation, with every known extension.</summary>
    public const string EindeWachttijd = "einde-wachttijd";

    /// <summary>
    /// The last day of the ban on notice during sickness (BW 7:670 lid 1 onder a): two years of incapacity, extended
    /// like the wage period (lid 11); notice may be given from the next day.
    /// </summary>
    public const string EindeOpzegverbod = "einde-opzegverbod";

    /// <summary>UWV's decision on a herstelmelding is due: three weeks after it received the report (WIA art. 25 lid 13).</summary>
    public const string HerstelBeslissing = "herstel-beslissing";

    /// <summary>The first day on which a WIA benefit can start.</summary>
    public const string WiaStart = "wia-start";

    /// <summary>The last day of a wachttijd that UWV shortened on the employee's application (WIA art. 23 lid 6): the IVA starts the next day.</summary>
    public const string EindeWachttijdVervroegd = "einde-wachttijd-vervroegd";

    /// <summary>The last day of employment of an employee who is sick when it ends (ZW art. 38 lid 2).</summary>
    public const string EindeDienstverband = "einde-dienstverband";

    /// <summary>Spoor 2 started: phase 1 of the trajectory, diagnose and orientation (bureau practice).</summary>
    public const string Spoor2Start = "spoor-2-start";

    /// <summary>The trajectory plan is made: phase 2, guidance and mediation (bureau practice).</summary>
    public const string Spoor2Begeleiding = "spoor-2-begeleiding";

    /// <summary>The planned end of the spoor-2 trajectory: the start plus the planned months (bureau practice).</summary>
    public const string Spoor2TrajectEinde = "spoor-2-traject-einde";

    /// <summary>Placement with another employer: phase 3, placement and aftercare (bureau practice).</summary>
    public const string Spoor2Plaatsing = "spoor-2-plaatsing";

    /// <summary>The end of the aftercare after a placement (bureau practice).</summary>
    public const string Spoor2NazorgEinde = "spoor-2-nazorg-einde";
}
