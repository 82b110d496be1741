using System.Linq;
using Poortwachter.Assessments;

namespace Poortwachter.Cli.Rendering;

/// <summary>The last day of an assessment as the table and the page label and show it.</summary>
internal static class LastDayText
{
    /// <summary>The label of the last day of a wachttijd that UWV shortened (WIA art. 23 lid 6), before wage continuation ends.</summary>
    public const string ShortenedLabel = "Shortened wachttijd ends (IVA)";

    /// <summary>
    /// The label: "Last day of wage continuation", or, when employment ended before it (ziek uit dienst), "Last day of
    /// the wachttijd": the employer's wage continuation ended with the employment and UWV pays from then.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The label.</returns>
    public static string Label(Assessment assessment) =>
        assessment.Milestones.Any(m =>
            m.Kind == MilestoneCodes.EindeDienstverband && assessment.Wachttijd.LastDay is { } last && m.On < last
        )
            ? "Last day of the wachttijd"
            : "Last day of wage continuation";

    /// <summary>
    /// The first day of a WIA benefit, or "-": when the case has a last day but no WIA start, the employee reaches the AOW
    /// age by then, which the text says.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The text.</returns>
    public static string WiaStart(Assessment assessment) =>
        assessment.Wachttijd is { WiaStart: null, LastDay: not null }
            ? "- (no WIA past the AOW age)"
            : Dates.Iso(assessment.Wachttijd.WiaStart);

    /// <summary>
    /// The date with what moved it: the statutory day when extended or, past the AOW age, shortened, and "at the earliest"
    /// when the end is open.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The text.</returns>
    public static string Value(Assessment assessment)
    {
        var t = assessment.Wachttijd;
        if (t.LastDay is not { } last)
        {
            return "- (the case ended by recovery)";
        }

        var text = Dates.Iso(last);
        if (t.IsLastDayOpen)
        {
            text += " at the earliest: the end is open until the WIA application is made";
        }

        if (t.StatutoryLastDay is { } s && s != last)
        {
            text +=
                last < s
                    ? $" (statutory {Dates.Iso(s)}, shortened: the employee reaches the AOW age)"
                    : $" (statutory {Dates.Iso(s)}, extended)";
        }

        return text;
    }
}
