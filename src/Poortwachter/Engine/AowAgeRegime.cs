using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// The rules for an employee past the AOW age govern the case: the end of the wachttijd has a change by an extension
/// that ends wage continuation at the AOW age (<see cref="IAowAgeTerm"/>). Says which obligations lapse and why, by
/// their rules' <see cref="RuleDescriptor.PastAowAge"/> trait: those that only serve a WIA application never arise,
/// and the re-integration steps that bind only for an employee under the AOW age lapse from the AOW date.
/// </summary>
internal sealed class AowAgeRegime
{
    private AowAgeRegime(LocalDate on, bool atStart, WachttijdEndChange? change)
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
    /// <param name="change">The change an <see cref="IAowAgeTerm"/> made to the end, if one did.</param>
    /// <param name="ruleRuns">Whether an AOW rule in force for the wachttijd's first sick day runs.</param>
    /// <returns>The regime, or null when the ordinary rules apply.</returns>
    public static AowAgeRegime? Of(SicknessCase @case, WachttijdClock clock, WachttijdEnd end, WachttijdEndChange? change, bool ruleRuns)
    {
        if (@case.ReachesAowAgeOn is not { } on || !ruleRuns)
        {
            return null;
        }

        var atStart = on <= clock.FirstSickDay;
        if (change is not null)
        {
            return new AowAgeRegime(on, atStart, change);
        }

        return end.StatutoryLastDay is null && clock.LastSickDay is { } lastSick && on <= lastSick
            ? new AowAgeRegime(on, atStart, null)
            : null;
    }

    /// <summary>Whether a rule's obligation never arises past the AOW age: it only serves a WIA application.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <returns><see langword="true"/> when its trait says so.</returns>
    public static bool NeverArises(RuleDescriptor rule) => rule.PastAowAge == AowAgeEffect.NeverArises;

    /// <summary>Whether a rule's obligation with this due date lapses.</summary>
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="dueBy">The due date.</param>
    /// <returns><see langword="true"/> when it lapses.</returns>
    public bool Lapses(RuleDescriptor rule, LocalDate? dueBy) =>
        rule.PastAowAge switch
        {
            AowAgeEffect.NeverArises => true,
            AowAgeEffect.LapsesFromAowDate => dueBy is { } due && due >= On,
            _ => false,
        };

    /// <summary>Writes the reason an obligation lapses; writes nothing when it does not, or when no reason is wanted.</summary>
    public void WriteReason(TextBuffer? text, RuleDescriptor? rule, LocalDate? dueBy, LocalDate? fulfilledOn)
    {
        if (text is null || rule is null || !Lapses(rule, dueBy))
        {
            return;
        }

        if (text.Language == TextLanguage.Dutch)
        {
            WriteDutchReason(text, rule, dueBy, fulfilledOn);
            return;
        }

        if (AtStart)
        {
            text.Append($"The employee reached the AOW age on {On}, on or before day 1");
        }
        else
        {
            text.Append($"The employee reaches the AOW age on {On}");
            if (dueBy is { } due && rule.PastAowAge != AowAgeEffect.NeverArises)
            {
                text.Append($", on or before this due date ({due})");
            }
        }

        text.Append(rule.PastAowAgeReason);
        if (fulfilledOn is { } done)
        {
            text.Append($" It is on record as done on {done}.");
        }
    }

    private void WriteDutchReason(TextBuffer text, RuleDescriptor rule, LocalDate? dueBy, LocalDate? fulfilledOn)
    {
        if (AtStart)
        {
            text.Append($"De werknemer bereikte de AOW-leeftijd op {On}, op of vóór dag 1");
        }
        else
        {
            text.Append($"De werknemer bereikt de AOW-leeftijd op {On}");
            if (dueBy is { } due && rule.PastAowAge != AowAgeEffect.NeverArises)
            {
                text.Append($", op of vóór deze uiterste datum ({due})");
            }
        }

        text.Append(rule.PastAowAgeReasonIn(TextLanguage.Dutch));
        if (fulfilledOn is { } done)
        {
            text.Append($" Volgens het dossier is de verplichting {DutchFulfilment.Participle(rule)} op {done}.");
        }
    }
}
