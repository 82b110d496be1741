using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Periodic progress reports on the spoor-2 trajectory (<i>voortgangsrapportages</i>). Bureau practice, off by
/// default: UWV expects the employer to keep a finger on the pulse of a bureau it engaged, and counts missed chances
/// against the employer (Beleidsregels beoordelingskader poortwachter, par. 6, re-integratiebedrijf). The interval is
/// practice and configurable (<see cref="PoortwachterOptions.Spoor2VoortgangsrapportageIntervalDays"/>).
/// </summary>
internal sealed class Spoor2VoortgangsrapportageRule : IRule
{
    private const int MaxInstances = 200;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.Spoor2Voortgangsrapportage,
            "Spoor-2 voortgangsrapportage (progress report on the trajectory)",
            "every 6 weeks (42 counted days) after the start of spoor 2, then after each report; none due on or after a placement, the final report, or the final report's due date (practice, configurable)",
            new LegalSource(
                Laws.Spoor2Praktijk,
                section: "voortgangsrapportage; Beleidsregels beoordelingskader poortwachter, par. 6 re-integratiebedrijf"
            ),
            LegalCharacter.Practice,
            "The employer answers for the bureau it engaged: chances missed because nobody watched the trajectory count against the employer and can lead to a loonsanctie (WIA art. 25 lid 9).",
            Wvp2013Facts.InForceFrom
        )
        {
            EnabledByDefault = false,
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason = Wvp2013Facts.NoSpoor2PastAowAge,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.FirstDone(ObligationCodes.Spoor2)?.On is not { } started)
        {
            return;
        }

        var interval = context.Options.Spoor2VoortgangsrapportageIntervalDays;
        var reports = Reports(context, started);
        var placement = context.First<Spoor2Plaatsing>()?.On;
        var finalDone = context.FirstDone(ObligationCodes.Spoor2Eindrapportage)?.On;
        var (finalDue, _) = Spoor2EindrapportageRule.DueDate(context);
        var end = context.End.ReferenceEnd;
        var anchor = started;
        var anchorText = $"the start of spoor 2 on {RuleContext.Iso(started)}";
        for (var i = 0; i < MaxInstances; i++)
        {
            LocalDate? held = i < reports.Count ? reports[i] : null;
            var due = context.Clock.CountedDaysAfter(anchor, interval);
            if (
                held is null
                && (
                    due is not { } d
                    || (placement is { } p && d >= p)
                    || (finalDone is { } fd && d >= fd)
                    || (finalDue is { } f && d >= f)
                    || (end is { } e && d > e)
                )
            )
            {
                break;
            }

            var derivation =
                $"Progress report {i + 1}: {interval} counted days after {anchorText}"
                + (due is { } dd ? $", on {RuleContext.Iso(dd)}." : ".");
            var obligation = context.CreateObligation(Descriptor, due, held, new ConstantText(derivation), sequence: i + 1);
            output.Add(Descriptor, obligation);
            if (held is null)
            {
                if (obligation.Status == ObligationStatus.Overdue && due is { } overdue)
                {
                    output.Add(
                        new Warning(
                            WarningKinds.Spoor2Voortgang,
                            Severity.Warning,
                            $"No progress report on the spoor-2 trajectory since {anchorText} ({Period.DaysBetween(anchor, context.AsOf)} days by {RuleContext.Iso(context.AsOf)}); one was expected by {RuleContext.Iso(overdue)}. Ask the bureau where the trajectory stands. {Descriptor.Stake}",
                            Descriptor.Code,
                            obligation.Sequence
                        )
                    );
                }

                break;
            }

            var heldOn = held.Value;
            anchor = heldOn;
            anchorText = $"progress report {i + 1} of {RuleContext.Iso(heldOn)}";
        }
    }

    private static List<LocalDate> Reports(RuleContext context, LocalDate started)
    {
        var result = new List<LocalDate>();
        for (var at = 0; at < context.Events.Count; at++)
        {
            var e = context.Events[at];
            if (
                e is ObligationFulfilled f
                && f.On >= started
                && string.Equals(f.Obligation, ObligationCodes.Spoor2Voortgangsrapportage, StringComparison.Ordinal)
            )
            {
                // RuleContext.Events is in date order, so the reports are too: a report on the day of the one
                // before is the same report. (Dropping them afterwards with RemoveAt cost n^2 on hostile input.)
                if (result.Count == 0 || result[result.Count - 1] != f.On)
                {
                    result.Add(f.On);
                }
            }
        }

        return result;
    }
}
