using System;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The rules for an employee past the AOW age govern the case: the end of the wachttijd has an <c>aow-leeftijd</c>
/// change (<see cref="AowLeeftijdRule"/>). Says which obligations lapse and why: those that only serve a WIA application
/// never arise, and the re-integration steps that bind only for an employee under the AOW age lapse from the AOW date.
/// </summary>
internal sealed class AowRegime
{
    private AowRegime(LocalDate on, bool atStart, WachttijdEndChange? change)
    {
        On = on;
        AtStart = atStart;
        Change = change;
    }

    /// <summary>Gets the date the employee reaches the AOW age.</summary>
    public LocalDate On { get; }

    /// <summary>Gets a value indicating whether the age was reached on or before day 1.</summary>
    public bool AtStart { get; }

    /// <summary>
    /// Gets the change to the end made by the AOW rule; <see langword="null"/> only when the case ended by recovery before
    /// counted day 728 and so has no end to change.
    /// </summary>
    public WachttijdEndChange? Change { get; }

    /// <summary>
    /// The regime of a case: when the AOW rule changed its end, or, for a case that ended by recovery before it had an
    /// end, when an AOW rule runs for it and the employee reached the AOW age by the last sick day.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="end">The end of the wachttijd.</param>
    /// <param name="ruleRuns">Whether an AOW rule in force for the wachttijd's first sick day runs.</param>
    /// <returns>The regime, or null when the ordinary rules apply.</returns>
    public static AowRegime? Of(SicknessCase @case, WachttijdClock clock, WachttijdEnd end, bool ruleRuns)
    {
        if (@case.ReachesAowAgeOn is not { } on || !ruleRuns)
        {
            return null;
        }

        var atStart = on <= clock.FirstSickDay;
        for (var at = 0; at < end.Extensions.Count; at++)
        {
            if (string.Equals(end.Extensions[at].Code, AowLeeftijdRule.ExtensionCode, StringComparison.Ordinal))
            {
                return new AowRegime(on, atStart, end.Extensions[at]);
            }
        }

        return end.StatutoryLastDay is null && clock.LastSickDay is { } lastSick && on <= lastSick
            ? new AowRegime(on, atStart, null)
            : null;
    }

    /// <summary>Whether an obligation never arises past the AOW age: it only serves a WIA application.</summary>
    public static bool NeverArises(string kind) =>
        kind is ObligationCodes.ReIntegratieverslag or ObligationCodes.WiaAanvraag or ObligationCodes.Spoor2Eindrapportage;

    /// <summary>Whether an obligation with this due date lapses.</summary>
    public bool Lapses(string kind, LocalDate? dueBy) => NeverArises(kind) || (dueBy is { } due && due >= On && LapsesFromAowDate(kind));

    /// <summary>Writes the reason an obligation lapses; writes nothing when it does not, or when no reason is wanted.</summary>
    public void WriteReason(TextBuffer? text, string kind, LocalDate? dueBy, LocalDate? fulfilledOn)
    {
        if (text is null || !Lapses(kind, dueBy))
        {
            return;
        }

        if (AtStart)
        {
            text.Append($"The employee reached the AOW age on {On}, on or before day 1");
        }
        else
        {
            text.Append($"The employee reaches the AOW age on {On}");
            if (dueBy is { } due && !NeverArises(kind))
            {
                text.Append($", on or before this due date ({due})");
            }
        }

        text.Append(
            kind switch
            {
                ObligationCodes.ReIntegratieverslag =>
                    ", before the wachttijd could end: no WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so there is no WIA application for a re-integratieverslag to go with (WIA art. 25 lid 3, art. 65) and no loonsanctie (art. 25 lid 9). Not required.",
                ObligationCodes.WiaAanvraag =>
                    ", before the wachttijd could end: no WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so no WIA application is due (art. 64). Not required.",
                ObligationCodes.Spoor2Eindrapportage =>
                    ", before the wachttijd could end: no WIA benefit can start (WIA art. 43 onder g), so there is no re-integratieverslag for the bureau's final report to serve, and spoor 2 is not required past the AOW age. Not required.",
                ObligationCodes.UwvZiekmelding =>
                    ": the 42nd-week report is owed by the employer of a verzekerde (Ziektewet art. 38 lid 1), and an employee past the AOW age is none (art. 3 lid 1: a werknemer has not reached the pensionable age). Not required.",
                ObligationCodes.Probleemanalyse =>
                    ": the Regeling procesgang binds for a verzekerde (art. 1 onder e; WIA art. 25 lid 1), and an employee past the AOW age is none (Ziektewet art. 3 lid 1). Not required; the employer still promotes return to suitable work in the own company (BW 7:658a lid 1).",
                ObligationCodes.Spoor2 or ObligationCodes.Spoor2Trajectplan or ObligationCodes.Spoor2Voortgangsrapportage =>
                    ": re-integration with another employer (spoor 2, BW 7:658a lid 1) is not required for an employee past the AOW age (BW 7:658a as amended by the Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376); the employer's duty is suitable work in the own company. Not required.",
                ObligationCodes.ArbeidsdeskundigOnderzoek =>
                    ": it prepares spoor 2 and UWV's check of the re-integratieverslag, and past the AOW age there is neither (BW 7:658a as amended by Stb. 2015, 376; WIA art. 43 onder g). Not required.",
                _ =>
                    ": an employee past the AOW age needs no plan van aanpak and its evaluations, and the duty to cooperate with one lapses (BW 7:660a lid 2; BW 7:658a as amended by Stb. 2015, 376); the Regeling procesgang binds for a verzekerde only (art. 1 onder e; Ziektewet art. 3 lid 1). Not required; the employer still promotes return to suitable work in the own company (BW 7:658a lid 1).",
            }
        );
        if (fulfilledOn is { } done)
        {
            text.Append($" It is on record as done on {done}.");
        }
    }

    private static bool LapsesFromAowDate(string kind) =>
        kind
            is ObligationCodes.Probleemanalyse
                or ObligationCodes.PlanVanAanpak
                or ObligationCodes.Evaluatie
                or ObligationCodes.UwvZiekmelding
                or ObligationCodes.ArbeidsdeskundigOnderzoek
                or ObligationCodes.Eerstejaarsevaluatie
                or ObligationCodes.Spoor2
                or ObligationCodes.Spoor2Trajectplan
                or ObligationCodes.Spoor2Voortgangsrapportage;
}
