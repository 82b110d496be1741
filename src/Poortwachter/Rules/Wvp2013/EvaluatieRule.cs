using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The periodic evaluation of the plan van aanpak (<i>evaluatie</i>): the law says "periodiek" (Regeling
/// procesgang art. 4 lid 2 onder b; WIA art. 25 lid 2); practice, and this rule by default, is every six weeks,
/// counted on the clock from the plan or the last evaluation. Yields one obligation per evaluation held and one
/// for the next evaluation, until the end of the wachttijd.
/// </summary>
internal sealed class EvaluatieRule : IRule
{
    private const int MaxInstances = 400;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.Evaluatie,
            "Evaluatie (periodic evaluation of the plan van aanpak)",
            "periodically; by default every 6 weeks (42 counted days) after the plan or the last evaluation (the interval is practice and configurable)",
            new LegalSource(Laws.RegelingProcesgang, "4", "2 onder b"),
            LegalCharacter.Statute,
            Wvp2013Facts.LoonsanctieStake,
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason = Wvp2013Facts.NoPlanPastAowAge,
            DutchDoneParticiple = "gehouden",
            DutchTitle = "Periodieke evaluatie plan van aanpak",
            DutchDueRule =
                "periodiek; standaard elke 6 weken (42 getelde ziektedagen) na het plan en daarna na elke evaluatie (de termijn is praktijk en instelbaar)",
            DutchStake = Wvp2013Facts.LoonsanctieStakeDutch,
            DutchPastAowAgeReason = Wvp2013Facts.NoPlanPastAowAgeDutch,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var plan = context.FirstDone(ObligationCodes.PlanVanAanpak);
        if (plan is null)
        {
            output.Add(
                Descriptor,
                context.CreateObligation(
                    Descriptor,
                    null,
                    null,
                    DeferredText.Of((context.Aow?.AtStart, context.Aow?.On), static (aow, text) => WriteNoPlan(text, aow.AtStart, aow.On)),
                    sequence: 1,
                    judged: ObligationStatus.NotApplicable
                )
            );
            return;
        }

        var interval = context.Options.EvaluatieIntervalDays;
        var held = Evaluations(context, plan.On);
        var end = context.End.ReferenceEnd;
        var anchor = plan.On;
        string? anchorKind = null;
        for (var i = 0; i < MaxInstances; i++)
        {
            LocalDate? next = i < held.Count ? held[i].On : null;
            var due = context.Clock.CountedDaysAfter(anchor, interval);
            if (due is { } d && end is { } e && d > e && next is null)
            {
                break;
            }

            var derivation = new Derivation(context, i + 1, interval, anchorKind, anchor, due);
            var deviation = context.AfwijkingFor(ObligationCodes.Evaluatie, anchor, next ?? context.AsOf);
            output.Add(Descriptor, context.CreateObligation(Descriptor, due, next, derivation, deviation, sequence: i + 1));
            if (next is null)
            {
                break;
            }

            var heldOn = next.Value;
            anchor = heldOn;
            anchorKind = held[i].Kind;
        }
    }

    /// <summary>Why no evaluation is due while no plan van aanpak is on record, with the AOW age when it matters.</summary>
    private static void WriteNoPlan(TextBuffer text, bool? aowAtStart, LocalDate? aowOn)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        switch (aowAtStart, aowOn)
        {
            case (true, { } on):
                if (dutch)
                {
                    text.Append(
                        $"Evaluaties lopen vanaf het plan van aanpak, en er is geen plan in het dossier: de werknemer heeft de AOW-leeftijd bereikt op {on}, uiterlijk op dag 1, en een werknemer die de AOW-leeftijd heeft bereikt, heeft geen plan van aanpak en geen evaluaties daarvan nodig (BW 7:660a lid 2; BW 7:658a zoals gewijzigd bij Stb. 2015, 376). Niet vereist."
                    );
                }
                else
                {
                    text.Append(
                        $"Evaluations run from the plan van aanpak, and no plan is on record: the employee reached the AOW age on {on}, on or before day 1, and an employee past the AOW age needs no plan van aanpak and no evaluations of it (BW 7:660a lid 2; BW 7:658a as amended by Stb. 2015, 376). Not required."
                    );
                }
                return;
            case (_, { } on):
                if (dutch)
                {
                    text.Append(
                        $"Evaluaties lopen vanaf het plan van aanpak, en er is nog geen plan in het dossier: de eerste evaluatie wordt vereist zodra het plan is overeengekomen. De werknemer bereikt de AOW-leeftijd op {on}: evaluaties met een uiterste datum vanaf die dag zijn niet vereist (BW 7:660a lid 2; BW 7:658a zoals gewijzigd bij Stb. 2015, 376)."
                    );
                }
                else
                {
                    text.Append(
                        $"Evaluations run from the plan van aanpak, and no plan is on record yet: the first evaluation falls due once the plan is agreed. The employee reaches the AOW age on {on}: evaluations falling due from then are not required (BW 7:660a lid 2; BW 7:658a as amended by Stb. 2015, 376)."
                    );
                }
                return;
            default:
                if (dutch)
                {
                    text.Append(
                        "Evaluaties lopen vanaf het plan van aanpak, en er is nog geen plan in het dossier: de eerste evaluatie wordt vereist zodra het plan is overeengekomen."
                    );
                }
                else
                {
                    text.Append(
                        "Evaluations run from the plan van aanpak, and no plan is on record yet: the first evaluation falls due once the plan is agreed."
                    );
                }
                return;
        }
    }

    /// <summary>How evaluation <c>number</c> falls due, written when its explanation is read.</summary>
    private sealed class Derivation(RuleContext context, int number, int interval, string? fromKind, LocalDate from, LocalDate? due)
        : Assessments.DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append($"Evaluatie {number}: uiterlijk ");
                if (interval % 7 == 0)
                {
                    // "zes weken (42 getelde ziektedagen)": the weeks as the Regeling procesgang counts them, the days as counted.
                    Timeline.CountedDayText.AppendWeeksInWords(text, interval / 7);
                    text.Append($" ({interval} getelde ziektedagen) na ");
                }
                else
                {
                    text.Append($"{interval} getelde ziektedagen na ");
                }

                if (fromKind is null)
                {
                    text.Append($"het plan van aanpak van {from}");
                }
                else
                {
                    text.Append($"de {fromKind} van {from}");
                }

                if (due is { } nd)
                {
                    text.Append($", dus op {nd}");
                    WriteShift(text, context, from, nd, interval);
                    text.Append('.');
                }
                else
                {
                    text.Append(", een dag die deze zaak nooit bereikt.");
                }

                return;
            }

            text.Append($"Evaluation {number}: {interval} counted days after ");
            if (fromKind is null)
            {
                text.Append($"the plan van aanpak of {from}");
            }
            else
            {
                text.Append($"the {fromKind} of {from}");
            }

            if (due is { } dd)
            {
                text.Append($", on {dd}");
                WriteShift(text, context, from, dd, interval);
                text.Append('.');
            }
            else
            {
                text.Append(", which the case never reaches.");
            }
        }
    }

    private static void WriteShift(TextBuffer text, RuleContext context, LocalDate anchor, LocalDate due, int interval)
    {
        var calendar = Period.DaysBetween(anchor, due);
        var dutch = text.Language == TextLanguage.Dutch;
        if (calendar != interval)
        {
            if (dutch)
            {
                text.Append($" ({calendar} kalenderdagen: hersteldagen en verlof tellen niet mee)");
            }
            else
            {
                text.Append($" ({calendar} calendar days: fit days and leave do not count)");
            }
        }

        if (due > context.AsOf)
        {
            if (dutch)
            {
                text.Append($" (vooruitberekend, ervan uitgaande dat de werknemer na {context.AsOf} ziek blijft)");
            }
            else
            {
                text.Append($" (projected as if the employee is sick every day after {context.AsOf})");
            }
        }
    }

    /// <summary>The evaluations held after the plan, one a day, in date order: evaluation number n is the n-th.</summary>
    internal static List<(LocalDate On, string Kind)> Evaluations(RuleContext context, LocalDate planOn)
    {
        var result = new List<(LocalDate On, string Kind)>();
        for (var at = 0; at < context.Events.Count; at++)
        {
            var e = context.Events[at];
            if (
                e is Cases.ObligationFulfilled f
                && f.On > planOn
                && (
                    string.Equals(f.Obligation, ObligationCodes.Evaluatie, StringComparison.Ordinal)
                    || (
                        context.Options.EerstejaarsevaluatieCountsAsEvaluation
                        && string.Equals(f.Obligation, ObligationCodes.Eerstejaarsevaluatie, StringComparison.Ordinal)
                    )
                )
            )
            {
                if (result.Count == 0 || result[result.Count - 1].On != f.On)
                {
                    result.Add((f.On, f.Obligation));
                }
            }
        }

        return result;
    }
}
