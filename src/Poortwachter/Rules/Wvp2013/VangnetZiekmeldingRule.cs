using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The report of a safety-net case to UWV (<i>ziekmelding vangnet</i>, Ziektewet art. 38a), for a case that names its
/// safety net (<see cref="SicknessCase.Vangnet"/>); it takes the place of the 42nd-week and ziek-uit-dienst reports,
/// which art. 38 lid 4 switches off. One report per incapacity, each from its own first day S (a calendar term: fit
/// days and leave do not move it):
/// <list type="bullet">
/// <item>organ donation, pregnancy before the leave and the no-riskpolis (art. 29 lid 2 onder e, 29a lid 1, 29b):
/// "uiterlijk op de eerste dag na zes weken gerekend vanaf die eerste werkdag", S + 42, or the last day of employment
/// when employment ends within those six weeks (art. 38a lid 3);</item>
/// <item>sickness right after the pregnancy and birth leave (art. 29a lid 4): "uiterlijk op de vierde dag" of the
/// incapacity, S + 3 (art. 38a lid 2 onder a).</item>
/// </list>
/// The report is owed for the days of incapacity whatever happens after them, so its status is judged on the calendar
/// alone: done, open or overdue, never suspended or not-applicable.
/// </summary>
internal sealed class VangnetZiekmeldingRule : IRule
{
    /// <summary>The calendar days from the first day of incapacity to the six-week due date: "de eerste dag na zes weken".</summary>
    public const int SixWeeksDays = 42;

    /// <summary>The calendar days from the first day of incapacity to the fourth day of it.</summary>
    public const int FourthDayDays = 3;

    private const string Stake =
        "UWV can impose an administrative fine (Ziektewet art. 38a lid 8; at most EUR 455 in the 2015 text); after a late report UWV pays the sickness benefit back over at most one year (art. 38a lid 9), so the employer loses its offset against the wage for the rest.";

    private const string DutchStake =
        "UWV kan een bestuurlijke boete opleggen (Ziektewet art. 38a lid 8; ten hoogste EUR 455 in de tekst van 2015); na een te late melding betaalt UWV het ziekengeld met terugwerkende kracht over ten hoogste een jaar (art. 38a lid 9), zodat de werkgever voor de rest zijn verrekening met het loon verliest.";

    /// <summary>Gets the descriptor of this rule: the six-week report of art. 38a lid 3.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.VangnetZiekmelding,
            "Ziekmelding vangnet bij UWV (report of a safety-net case to UWV)",
            "only for a case with a vangnet: the first day after six weeks (42 calendar days) from the first day of each incapacity, or the last day of employment when it ends within those six weeks; sickness right after the birth leave (Ziektewet art. 29a lid 4): the fourth day of the incapacity (art. 38a lid 2 onder a)",
            new LegalSource(Laws.Ziektewet, "38a", "3"),
            LegalCharacter.Statute,
            Stake,
            Wvp2013Facts.InForceFrom
        )
        {
            DutchDoneParticiple = "gedaan",
            DutchTitle = "Ziekmelding vangnet bij UWV",
            DutchDueRule =
                "alleen bij een vangnetter: de eerste dag na zes weken (42 kalenderdagen) vanaf de eerste dag van elke ongeschiktheid, of de laatste dag van het dienstverband als dat binnen die zes weken eindigt; ziekte direct na het bevallingsverlof (Ziektewet art. 29a lid 4): de vierde dag van de ongeschiktheid (art. 38a lid 2 onder a)",
            DutchStake = DutchStake,
        };

    /// <summary>Gets the descriptor of the report on the fourth day (art. 38a lid 2 onder a), for sickness after the birth leave.</summary>
    internal static RuleDescriptor FourthDayDescriptor { get; } =
        new(
            ObligationCodes.VangnetZiekmelding,
            Descriptor.Title,
            "the fourth day of the incapacity after the birth leave (Ziektewet art. 29a lid 4)",
            new LegalSource(Laws.Ziektewet, "38a", "2 onder a"),
            LegalCharacter.Statute,
            Stake,
            Wvp2013Facts.InForceFrom
        )
        {
            DutchDoneParticiple = "gedaan",
            DutchTitle = Descriptor.DutchTitle,
            DutchDueRule = "de vierde dag van de ongeschiktheid na het bevallingsverlof (Ziektewet art. 29a lid 4)",
            DutchStake = DutchStake,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.Case.Vangnet is not { } kind || !VangnetCodes.IsKnown(kind))
        {
            return;
        }

        var claims = Claims(context, kind);
        var events = context.Events;
        var next = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            // The report for this incapacity: the first report not yet matched that is made on or after its first day.
            LocalDate? done = null;
            for (; next < events.Count; next++)
            {
                if (events[next] is ObligationFulfilled { Obligation: ObligationCodes.VangnetZiekmelding } f && f.On >= claim.Start)
                {
                    done = f.On;
                    next++;
                    break;
                }
            }

            var rule = claim.SixWeeks ? Descriptor : FourthDayDescriptor;
            var status = Judge(context.AsOf, claim.Due, done);
            output.Add(
                rule,
                context.CreateObligation(
                    rule,
                    claim.Due,
                    done,
                    new ClaimText(kind, claim, context.FirstSickDay, context.AsOf, done),
                    sequence: i + 1,
                    judged: status
                )
            );
        }
    }

    /// <summary>
    /// The incapacities to report, in date order: the first day of each counted stretch of sickness that starts after
    /// a fit day (a sickness period known on the assessment date), and, for a pregnancy case, the first day after each
    /// leave on which the employee is sick; none after the end of employment.
    /// </summary>
    private static List<Claim> Claims(RuleContext context, string kind)
    {
        var clock = context.Clock;
        var @case = context.Case;
        var starts = new SortedSet<LocalDate>();
        foreach (var period in @case.EffectiveSickness)
        {
            if (period.From <= context.AsOf)
            {
                // Sickness that starts during leave is reported from the first day after the leave (Ziektewet art. 29a lid 3).
                starts.Add(AfterLeave(@case.Leave, period.From));
            }
        }

        if (kind == VangnetCodes.Zwangerschap)
        {
            foreach (var leave in @case.Leave)
            {
                starts.Add(leave.Until.PlusDays(1));
            }
        }

        var result = new List<Claim>();
        foreach (var start in starts)
        {
            if (
                start < clock.FirstSickDay
                || !clock.IsCounted(start)
                || (start > clock.FirstSickDay && clock.IsCounted(start.PlusDays(-1)))
                || (@case.EmploymentEndsOn is { } ends && start > ends)
            )
            {
                continue;
            }

            var afterLeave = LeaveEndingBefore(@case.Leave, start);
            var sixWeeks = kind switch
            {
                VangnetCodes.Bevalling => false,
                VangnetCodes.Zwangerschap => afterLeave is null,
                _ => true,
            };
            LocalDate due;
            var byEmploymentEnd = false;
            if (sixWeeks)
            {
                due = start.PlusDays(SixWeeksDays);
                if (@case.EmploymentEndsOn is { } end && end < due)
                {
                    due = end;
                    byEmploymentEnd = true;
                }
            }
            else
            {
                due = start.PlusDays(FourthDayDays);
            }

            result.Add(new Claim(start, due, sixWeeks, byEmploymentEnd, afterLeave));
        }

        return result;
    }

    /// <summary>The first day after the leave that holds a day, or the day itself when no leave holds it.</summary>
    /// <remarks>Leave is in date order without overlap (validated), so a bisection finds it; adjoining leave is followed.</remarks>
    private static LocalDate AfterLeave(IReadOnlyList<LeavePeriod> leave, LocalDate day)
    {
        for (var i = LastStartingOnOrBefore(leave, day); i >= 0 && i < leave.Count && leave[i].Contains(day); i++)
        {
            day = leave[i].Until.PlusDays(1);
        }

        return day;
    }

    /// <summary>The latest leave that ends before a day, if any.</summary>
    private static LeavePeriod? LeaveEndingBefore(IReadOnlyList<LeavePeriod> leave, LocalDate day)
    {
        var i = LastStartingOnOrBefore(leave, day);
        if (i >= 0 && leave[i].Until >= day)
        {
            i--;
        }

        return i >= 0 ? leave[i] : null;
    }

    /// <summary>The index of the last leave that starts on or before a day, or -1.</summary>
    private static int LastStartingOnOrBefore(IReadOnlyList<LeavePeriod> leave, LocalDate day)
    {
        int lo = 0,
            hi = leave.Count - 1,
            found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (leave[mid].From <= day)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The status on the calendar alone: the report is owed for days of incapacity that have happened.</summary>
    private static ObligationStatus Judge(LocalDate asOf, LocalDate due, LocalDate? done) =>
        done is { } d ? (d <= due ? ObligationStatus.Fulfilled : ObligationStatus.FulfilledLate)
        : asOf <= due ? ObligationStatus.Open
        : ObligationStatus.Overdue;

    /// <summary>How one incapacity's report falls due and where it stands, written when read.</summary>
    private sealed class ClaimText(string kind, Claim claim, LocalDate firstSickDay, LocalDate asOf, LocalDate? done) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                ExplainDutch(text);
                text.Append(' ');
                ReasonDutch(text);
                return;
            }

            Explain(text);
            text.Append(' ');
            Reason(text);
        }

        private void Reason(TextBuffer text)
        {
            var due = claim.Due;
            if (done is { } d)
            {
                if (d <= due)
                {
                    text.Append($"Done on {d}, on time (due by {due}).");
                }
                else
                {
                    text.Append($"Done on {d}, {Period.DaysBetween(due, d)} day(s) after the due date {due}.");
                }
            }
            else if (asOf <= due)
            {
                text.Append($"Not done yet; {Period.DaysBetween(asOf, due)} day(s) left on {asOf}.");
            }
            else
            {
                text.Append(
                    $"Not done; {Period.DaysBetween(due, asOf)} day(s) past the due date on {asOf}. The report is owed for the days of incapacity also when the employee is fit again (Ziektewet art. 38a lid 6)."
                );
            }
        }

        private void ReasonDutch(TextBuffer text)
        {
            var due = claim.Due;
            if (done is { } d)
            {
                if (d <= due)
                {
                    text.Append($"Gedaan op {d}, op tijd (uiterlijk {due}).");
                }
                else
                {
                    var late = Period.DaysBetween(due, d);
                    text.Append($"Gedaan op {d}, {late} {DutchDays(late)} na de uiterste datum van {due}.");
                }
            }
            else if (asOf <= due)
            {
                var left = Period.DaysBetween(asOf, due);
                text.Append($"Nog niet gedaan; op {asOf} {(left == 1 ? "resteert" : "resteren")} nog {left} {DutchDays(left)}.");
            }
            else
            {
                var past = Period.DaysBetween(due, asOf);
                text.Append(
                    $"Niet gedaan; op {asOf} {past} {DutchDays(past)} na de uiterste datum. De melding is ook verplicht voor de dagen van ongeschiktheid als de werknemer weer hersteld is (Ziektewet art. 38a lid 6)."
                );
            }
        }

        private void Explain(TextBuffer text)
        {
            var start = claim.Start;
            if (!claim.SixWeeks)
            {
                text.Append($"Safety net '{kind}': ");
                if (claim.AfterLeave is { } leave && leave.Until.PlusDays(1) == start)
                {
                    text.Append($"sick right after the pregnancy and birth leave that ended on {leave.Until}");
                }
                else if (start == firstSickDay)
                {
                    text.Append($"the case starts on {start}, taken to be the first day after the pregnancy and birth leave");
                }
                else
                {
                    text.Append(
                        $"sick again from {start} after a recovery, taken to be from the same cause (the engine assumes the same cause, as for samentelling)"
                    );
                }

                text.Append(
                    $", from the birth or the pregnancy (Ziektewet art. 29a lid 4). The employer reports the incapacity to UWV 'uiterlijk op de vierde dag' of it (art. 38a lid 2 onder a): {start} + {FourthDayDays} calendar days = {claim.Due}. Art. 38 (the 42nd-week and ziek-uit-dienst reports) does not apply (art. 38 lid 4)."
                );
                return;
            }

            var basis = kind switch
            {
                VangnetCodes.Orgaandonatie => "organ donation, Ziektewet art. 29 lid 2 onder e",
                VangnetCodes.Zwangerschap => "sickness caused by the pregnancy, before the leave, Ziektewet art. 29a lid 1",
                _ => "no-riskpolis, Ziektewet art. 29b",
            };
            text.Append(
                $"Safety net '{kind}' ({basis}): the employer reports the first day of incapacity, {start}, to UWV 'uiterlijk op de eerste dag na zes weken gerekend vanaf die eerste werkdag' (Ziektewet art. 38a lid 3): {start} + {SixWeeksDays} calendar days = {start.PlusDays(SixWeeksDays)}, a calendar term that fit days and leave do not move."
            );
            if (claim.ByEmploymentEnd)
            {
                text.Append(
                    $" Employment ends on {claim.Due}, within those six weeks, so the report is due on the last day of employment (art. 38a lid 3, second sentence)."
                );
            }

            text.Append(" Art. 38 (the 42nd-week and ziek-uit-dienst reports) does not apply (art. 38 lid 4).");
        }

        private void ExplainDutch(TextBuffer text)
        {
            var start = claim.Start;
            if (!claim.SixWeeks)
            {
                text.Append($"Vangnet '{kind}': ");
                if (claim.AfterLeave is { } leave && leave.Until.PlusDays(1) == start)
                {
                    text.Append($"ziek direct na het zwangerschaps- en bevallingsverlof dat eindigde op {leave.Until}");
                }
                else if (start == firstSickDay)
                {
                    text.Append($"de zaak begint op {start}, aangenomen als de eerste dag na het zwangerschaps- en bevallingsverlof");
                }
                else
                {
                    text.Append(
                        $"opnieuw ziek vanaf {start} na herstel, aangenomen door dezelfde oorzaak (Poortwachter gaat uit van dezelfde oorzaak, zoals bij samentelling)"
                    );
                }

                text.Append(
                    $", door de bevalling of de zwangerschap (Ziektewet art. 29a lid 4). De werkgever meldt de ongeschiktheid aan UWV 'uiterlijk op de vierde dag' ervan (art. 38a lid 2 onder a): {start} + {FourthDayDays} kalenderdagen = {claim.Due}. Art. 38 (de 42e-weeksmelding en de ziek-uit-dienstmelding) is niet van toepassing (art. 38 lid 4)."
                );
                return;
            }

            var basis = kind switch
            {
                VangnetCodes.Orgaandonatie => "orgaandonatie, Ziektewet art. 29 lid 2 onder e",
                VangnetCodes.Zwangerschap => "ziekte door de zwangerschap, vóór het verlof, Ziektewet art. 29a lid 1",
                _ => "no-riskpolis, Ziektewet art. 29b",
            };
            text.Append(
                $"Vangnet '{kind}' ({basis}): de werkgever meldt de eerste dag van ongeschiktheid, {start}, aan UWV 'uiterlijk op de eerste dag na zes weken gerekend vanaf die eerste werkdag' (Ziektewet art. 38a lid 3): {start} + {SixWeeksDays} kalenderdagen = {start.PlusDays(SixWeeksDays)}, een kalendertermijn die hersteldagen en verlof niet verschuiven."
            );
            if (claim.ByEmploymentEnd)
            {
                text.Append(
                    $" Het dienstverband eindigt op {claim.Due}, binnen die zes weken, dus de melding moet uiterlijk op de laatste dag van het dienstverband worden gedaan (art. 38a lid 3, tweede zin)."
                );
            }

            text.Append(" Art. 38 (de 42e-weeksmelding en de ziek-uit-dienstmelding) is niet van toepassing (art. 38 lid 4).");
        }
    }

    /// <summary>"dag" or "dagen", for a number of days in a Dutch text.</summary>
    internal static string DutchDays(long days) => days == 1 ? "dag" : "dagen";

    /// <summary>
    /// A report of Ziektewet art. 38 that a safety-net case does not owe (art. 38 lid 4): <c>not-applicable</c>, with its
    /// date kept and the reason given.
    /// </summary>
    /// <param name="context">The context of the assessment.</param>
    /// <param name="rule">The report's rule.</param>
    /// <param name="due">The date it would have had.</param>
    /// <param name="reason">Why it is not owed.</param>
    /// <returns>The obligation.</returns>
    internal static Obligation NotOwedInSafetyNet(RuleContext context, RuleDescriptor rule, LocalDate? due, Func<string> reason) =>
        NotOwedInSafetyNet(context, rule, due, new FuncText(reason));

    /// <summary>A report of Ziektewet art. 38 that a safety-net case does not owe, with a reason written in the language it is read in.</summary>
    /// <param name="context">The context of the assessment.</param>
    /// <param name="rule">The report's rule.</param>
    /// <param name="due">The date it would have had.</param>
    /// <param name="reason">Why it is not owed.</param>
    /// <returns>The obligation.</returns>
    internal static Obligation NotOwedInSafetyNet(RuleContext context, RuleDescriptor rule, LocalDate? due, DeferredText reason) =>
        context.CreateObligation(rule, due, null, reason, judged: ObligationStatus.NotApplicable);

    private sealed record Claim(LocalDate Start, LocalDate Due, bool SixWeeks, bool ByEmploymentEnd, LeavePeriod? AfterLeave);
}
