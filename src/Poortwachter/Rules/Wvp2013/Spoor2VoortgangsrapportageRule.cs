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
            DutchDoneParticiple = "opgesteld",
            DutchTitle = "Voortgangsrapportage tweede spoor (over het traject)",
            DutchDueRule =
                "elke 6 weken (42 getelde ziektedagen) na de start van het tweede spoor, daarna na elke rapportage; geen na een plaatsing, de eindrapportage of de uiterste datum van de eindrapportage (praktijk, instelbaar)",
            DutchStake =
                "De werkgever staat in voor het re-integratiebureau dat hij heeft ingeschakeld: kansen die zijn gemist doordat niemand het traject volgde, komen voor rekening van de werkgever en kunnen leiden tot een loonsanctie (WIA art. 25 lid 9).",
            DutchPastAowAgeReason = Wvp2013Facts.NoSpoor2PastAowAgeDutch,
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
        var anchorReport = 0;
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

            var anchorText = new Anchor(anchor, anchorReport);
            var derivation = DeferredText.Of((i + 1, interval, anchorText, due), static (facts, text) => WriteDerivation(text, facts));
            var obligation = context.CreateObligation(Descriptor, due, held, derivation, sequence: i + 1);
            output.Add(Descriptor, obligation);
            if (held is null)
            {
                if (obligation.Status == ObligationStatus.Overdue && due is { } overdue)
                {
                    output.Add(
                        new Warning(
                            WarningCodes.Spoor2Voortgang,
                            Severity.Warning,
                            DeferredText.Of(
                                (anchorText, Period.DaysBetween(anchor, context.AsOf), context.AsOf, overdue),
                                static (facts, text) => WriteMissing(text, facts)
                            ),
                            Descriptor.Code,
                            obligation.Sequence
                        )
                    );
                }

                break;
            }

            var heldOn = held.Value;
            anchor = heldOn;
            anchorReport = i + 1;
        }
    }

    /// <summary>What a progress report is counted from: the start of spoor 2 (report 0) or report <c>Report</c>.</summary>
    private readonly record struct Anchor(LocalDate On, int Report)
    {
        public void Write(TextBuffer text)
        {
            var dutch = text.Language == TextLanguage.Dutch;
            if (Report == 0)
            {
                text.Append(dutch ? "de start van het tweede spoor op " : "the start of spoor 2 on ");
            }
            else
            {
                text.Append(dutch ? "voortgangsrapportage " : "progress report ");
                text.AppendNumber(Report);
                text.Append(dutch ? " van " : " of ");
            }

            text.AppendDate(On);
        }
    }

    private static void WriteDerivation(TextBuffer text, (int Number, int Interval, Anchor Anchor, LocalDate? Due) facts)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        if (dutch)
        {
            text.Append($"Voortgangsrapportage {facts.Number}: {facts.Interval} getelde ziektedagen na ");
        }
        else
        {
            text.Append($"Progress report {facts.Number}: {facts.Interval} counted days after ");
        }

        facts.Anchor.Write(text);
        if (facts.Due is { } due)
        {
            text.Append(dutch ? ", op " : ", on ");
            text.AppendDate(due);
        }

        text.Append('.');
    }

    private static void WriteMissing(TextBuffer text, (Anchor Anchor, int Days, LocalDate AsOf, LocalDate Expected) facts)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            text.Append("Geen voortgangsrapportage over het tweede-spoortraject sinds ");
            facts.Anchor.Write(text);
            text.Append(
                $" ({facts.Days} {VangnetZiekmeldingRule.DutchDays(facts.Days)} op {facts.AsOf}); er werd er uiterlijk op {facts.Expected} een verwacht. Vraag het re-integratiebureau hoe het traject ervoor staat. "
            );
            text.Append(Descriptor.DutchStake);
            return;
        }

        text.Append("No progress report on the spoor-2 trajectory since ");
        facts.Anchor.Write(text);
        text.Append(
            $" ({facts.Days} days by {facts.AsOf}); one was expected by {facts.Expected}. Ask the bureau where the trajectory stands. {Descriptor.Stake}"
        );
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
