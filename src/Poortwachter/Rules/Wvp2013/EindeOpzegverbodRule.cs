using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Milestone: the last day of the ban on notice during sickness (<i>opzegverbod bij ziekte</i>). The employer cannot
/// give notice while the employee is sick, unless the incapacity "ten minste twee jaren heeft geduurd" (BW 7:670 lid 1
/// onder a). Two calendar years are 730 days, 731 with a 29 February: by default those the counted days span, so 731 when a
/// 29 February lies between the first counted day and counted day 731 (<see cref="PoortwachterOptions.BanYears"/>); periods of incapacity are added
/// up like the 104 weeks (fit days of an interruption under four weeks and incapacity during pregnancy and birth leave do
/// not count), so the ban ends on that counted day. The two years are extended by the delay of a late WIA application,
/// a voluntary extension and a loonsanctie (lid 11), the same durations that extend the wage period: the last day of the
/// ban lies as many days after counted day 730 (731) as the last day of wage continuation lies after counted day 728.
/// Past the AOW age the ban runs with the 6 or 13 weeks of wage continuation (lid 1 onder a; art. VIIIa Wet werken na de
/// AOW-gerechtigde leeftijd). Notice may be given from the next day.
/// </summary>
internal sealed class EindeOpzegverbodRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.EindeOpzegverbod,
            "End of the dismissal ban during sickness (milestone)",
            "the last day of two years of incapacity: counted day 730, or 731 when a 29 February lies in the calendar span of the counted days (option BanYears), moved like the 104 weeks by fit days and leave and extended by a late WIA application, a voluntary extension and a loonsanctie (lid 11); past the AOW age, the last day of wage continuation (6 or 13 weeks); notice may be given from the next day",
            new LegalSource(Laws.Bw7, "670", "1 onder a"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeOpzegverbod] = "Einde opzegverbod (last day of the dismissal ban; notice possible the next day)",
            },
            DutchTitle = "Einde van het opzegverbod bij ziekte (mijlpaal)",
            DutchDueRule =
                "de laatste dag van twee jaren arbeidsongeschiktheid: getelde ziektedag 730, of 731 als een 29 februari in de kalenderperiode van de getelde ziektedagen ligt (instelbaar; in de opdrachtregel --ban-years), verschoven zoals de 104 weken door hersteldagen en verlof en verlengd door een te late WIA-aanvraag, een vrijwillige verlenging en een loonsanctie (lid 11); na de AOW-leeftijd de laatste dag van loondoorbetaling (6 of 13 weken); het opzegverbod vervalt de volgende dag",
            DutchMilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeOpzegverbod] =
                    "Einde opzegverbod (laatste dag van het opzegverbod bij ziekte; het opzegverbod vervalt de volgende dag)",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.End.LastDay is not { } last || context.End.StatutoryLastDay is not { } statutory)
        {
            return;
        }

        if (context.Aow is { Change: { } change } aow)
        {
            var aowLast = change.NewLastDay;
            output.Add(new Milestone(Descriptor.Code, aowLast, Descriptor.LegalBasis, PastAowAgeText(context, aow, aowLast)));
            return;
        }

        var count = BanCount.Of(context, statutory);
        // A case that ended by recovery after counted day 728 may never reach the two years: the ban ended with the
        // recovery, and the date shows where it would have ended.
        var counted = context.Clock.DateOfCountedDay(count.ClockDay);
        var baseEnd = counted ?? BanCount.At(context.Clock, count.ClockDay, statutory);
        var extended = Period.DaysBetween(statutory, last);
        var on = baseEnd.PlusDays(extended);
        output.Add(
            new Milestone(
                Descriptor.Code,
                on,
                Descriptor.LegalBasis,
                new BanText(context, count, counted is not null, baseEnd, extended, statutory, last, on)
            )
        );
    }

    private static bool HasLeave(RuleContext context, LocalDate until)
    {
        var leave = context.Case.Leave;
        for (var at = 0; at < leave.Count; at++)
        {
            if (leave[at].Until >= context.FirstSickDay && leave[at].From <= until)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The derivation of the ban's last day, written when read.</summary>
    private sealed class BanText(
        RuleContext context,
        BanCount count,
        bool reached,
        LocalDate baseEnd,
        int extended,
        LocalDate statutory,
        LocalDate last,
        LocalDate on
    ) : DeferredText
    {
        public override void Write(TextBuffer sb)
        {
            if (sb.Language == TextLanguage.Dutch)
            {
                WriteDutch(sb);
                return;
            }

            var day1 = context.FirstSickDay;
            var twoYears = count.Days;
            sb.Append(
                "The employer cannot give notice during sickness until the incapacity has lasted two years (BW 7:670 lid 1 onder a). "
            );
            if (context.Options.BanYears == BanYearsReading.FromFirstSickDay)
            {
                sb.Append($"Two calendar years from {count.From} run to {count.From.PlusYears(2).PlusDays(-1)}: {twoYears} days");
                if (twoYears > 730)
                {
                    sb.Append(", a 29 February included");
                }
            }
            else
            {
                sb.Append(
                    $"Two years of incapacity are the two calendar years its counted days span: {twoYears} days, as {(twoYears > 730 ? "a" : "no")} 29 February lies between {count.From} and the date of the 731st counted day, {count.SpanEnd}"
                );
            }

            sb.Append(
                ". Periods of incapacity are added up like the 104 weeks (fit days of an interruption under four weeks and pregnancy and birth leave do not count, lid 1)"
            );
            if (count.Excluded > 0)
            {
                sb.Append(
                    $", and the {count.Excluded} counted days of incapacity caused by the pregnancy before the pregnancy leave do not count either (lid 1, second sentence; the case records the safety net zwangerschap, Ziektewet art. 29a lid 1), so the ban ends on counted day {count.Excluded} + {twoYears} = {count.ClockDay} of the wachttijd: "
                );
            }
            else
            {
                sb.Append($", so the ban ends on counted day {twoYears}: ");
            }

            if (reached)
            {
                sb.Append($"{context.CountedDay(count.ClockDay)}.");
            }
            else
            {
                sb.Append(
                    $"the case ended by recovery before it, so it is shown as counted day 728 ({statutory}) + {count.ClockDay - WachttijdClock.WachttijdDays} days = {baseEnd}, and the ban ended with the recovery."
                );
            }

            if (extended != 0)
            {
                sb.Append(
                    " The two years are extended by the same durations as the wage period (BW 7:670 lid 11: a late WIA application, a voluntary extension, a loonsanctie): "
                );
                var previous = statutory;
                var changes = context.End.Extensions;
                for (var at = 0; at < changes.Count; at++)
                {
                    if (at > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append($"{changes[at].Code} ");
                    Signed(sb, Period.DaysBetween(previous, changes[at].NewLastDay));
                    previous = changes[at].NewLastDay;
                }

                if (changes.Count > 1)
                {
                    sb.Append(", together ");
                    Signed(sb, extended);
                }

                sb.Append($" calendar days, so {baseEnd} ");
                Signed(sb, extended);
                sb.Append($" days = {on}.");
            }

            sb.Append(
                $" Check: the last day of wage continuation {last} + {Period.DaysBetween(last, on)} days = {on}, the last day of the ban; notice may be given from {on.PlusDays(1)} if the employee is still sick then (with UWV's permission or by agreement, BW 7:669 lid 3 onder b)."
            );
            if (context.End.Extensions.Count > 0 && context.End.Extensions[context.End.Extensions.Count - 1].LeavesEndOpen)
            {
                sb.Append(" The end waits for the late WIA application, and the ban moves with it.");
            }

            if (context.Case.Vangnet == Cases.VangnetCodes.Zwangerschap)
            {
                sb.Append(
                    count.LeaveFrom is { } leaveFrom
                        ? $" The two years count from {count.From}: the incapacity before the pregnancy leave of {leaveFrom} was caused by the pregnancy and the leave itself does not count."
                        : $" The case records no pregnancy leave: the counted days through the assessment date ({context.AsOf}) are left out as caused by the pregnancy, and the days after it are counted; while the incapacity is still caused by the pregnancy before the leave, the ban ends later than {on}."
                );
            }
            else if (HasLeave(context, on))
            {
                // The case records no cause, so this can only be said, not applied.
                sb.Append(
                    $" Incapacity caused by the pregnancy before pregnancy and birth leave does not count toward the two years either (lid 1), although it counts toward the 104 weeks (BW 7:629 lid 10): the case records no cause, so if some sickness before the leave was caused by the pregnancy, the ban ends later than {on}."
                );
            }

            if (context.Case.EmploymentEndsOn is { } end && end >= day1 && end < on)
            {
                sb.Append($" Employment ends on {end}, before that: the ban protects only while the employment lasts.");
            }
        }

        private void WriteDutch(TextBuffer sb)
        {
            var day1 = context.FirstSickDay;
            var twoYears = count.Days;
            sb.Append(
                "De werkgever kan tijdens ziekte niet opzeggen totdat de arbeidsongeschiktheid twee jaren heeft geduurd (BW 7:670 lid 1 onder a). "
            );
            if (context.Options.BanYears == BanYearsReading.FromFirstSickDay)
            {
                sb.Append(
                    $"Twee jaren vanaf {count.From}, van datum tot datum gerekend, lopen tot en met {count.From.PlusYears(2).PlusDays(-1)}: {twoYears} dagen"
                );
                if (twoYears > 730)
                {
                    sb.Append(", een 29 februari inbegrepen");
                }
            }
            else
            {
                sb.Append(
                    $"Twee jaren arbeidsongeschiktheid zijn twee jaren, van datum tot datum gerekend over de getelde ziektedagen: {twoYears} dagen, omdat er {(twoYears > 730 ? "een" : "geen")} 29 februari ligt tussen {count.From} en de datum van de 731e getelde ziektedag, {count.SpanEnd}"
                );
            }

            sb.Append(
                ". Perioden van arbeidsongeschiktheid worden samengeteld zoals de 104 weken (hersteldagen van een onderbreking korter dan vier weken en zwangerschaps- en bevallingsverlof tellen niet mee, lid 1)"
            );
            if (count.Excluded > 0)
            {
                sb.Append(
                    $", en de {count.Excluded} getelde ziektedagen van arbeidsongeschiktheid door de zwangerschap vóór het zwangerschapsverlof tellen ook niet mee (lid 1, tweede zin; de zaak vermeldt de vangnetter zwangerschap, Ziektewet art. 29a lid 1), dus het opzegverbod eindigt op getelde ziektedag {count.Excluded} + {twoYears} = {count.ClockDay} van de wachttijd: "
                );
            }
            else
            {
                sb.Append(", dus het opzegverbod eindigt op de dag die de twee jaren vol maakt: ");
            }

            if (reached)
            {
                sb.Append($"{context.CountedDay(count.ClockDay)}.");
            }
            else
            {
                sb.Append($"de ziekteperiode eindigde daarvoor door herstel, dus de dag staat als getelde ziektedag 728 ({statutory}) + ");
                CountedDayText.AppendCount(sb, count.ClockDay - WachttijdClock.WachttijdDays, "dag", "dagen");
                sb.Append($" = {baseEnd}, en het opzegverbod eindigde met het herstel.");
            }

            if (extended != 0)
            {
                sb.Append(
                    " De twee jaren worden verlengd met de duur waarmee het tijdvak van loondoorbetaling is verlengd (BW 7:670 lid 11: een te late WIA-aanvraag, een vrijwillige verlenging, een loonsanctie): "
                );
                var previous = statutory;
                var changes = context.End.Extensions;
                for (var at = 0; at < changes.Count; at++)
                {
                    if (at > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append($"{changes[at].Code} ");
                    Signed(sb, Period.DaysBetween(previous, changes[at].NewLastDay));
                    previous = changes[at].NewLastDay;
                }

                if (changes.Count > 1)
                {
                    sb.Append(", samen ");
                    Signed(sb, extended);
                }

                sb.Append($" kalenderdagen, dus {baseEnd} ");
                Signed(sb, extended);
                sb.Append($" dagen = {on}.");
            }

            sb.Append($" Controle: de laatste dag van loondoorbetaling {last} + ");
            CountedDayText.AppendCount(sb, Period.DaysBetween(last, on), "dag", "dagen");
            sb.Append(
                $" = {on}, de laatste dag van het opzegverbod; opzegging is mogelijk vanaf {on.PlusDays(1)} als de werknemer dan nog ziek is (met toestemming van UWV of met instemming van de werknemer, BW 7:669 lid 3 onder b)."
            );
            if (context.End.Extensions.Count > 0 && context.End.Extensions[context.End.Extensions.Count - 1].LeavesEndOpen)
            {
                sb.Append(" Het einde wacht op de te late WIA-aanvraag, en het opzegverbod schuift mee.");
            }

            if (context.Case.Vangnet == Cases.VangnetCodes.Zwangerschap)
            {
                if (count.LeaveFrom is { } leaveFrom)
                {
                    sb.Append(
                        $" De twee jaren tellen vanaf {count.From}: de arbeidsongeschiktheid vóór het zwangerschapsverlof van {leaveFrom} werd veroorzaakt door de zwangerschap en het verlof zelf telt niet mee."
                    );
                }
                else
                {
                    sb.Append(
                        $" De zaak vermeldt geen zwangerschapsverlof: de getelde ziektedagen tot en met de peildatum ({context.AsOf}) zijn weggelaten als veroorzaakt door de zwangerschap, en de dagen daarna zijn geteld; zolang de arbeidsongeschiktheid vóór het verlof nog door de zwangerschap wordt veroorzaakt, eindigt het opzegverbod later dan {on}."
                    );
                }
            }
            else if (HasLeave(context, on))
            {
                sb.Append(
                    $" Arbeidsongeschiktheid door de zwangerschap vóór het zwangerschaps- en bevallingsverlof telt ook niet mee voor de twee jaren (lid 1), hoewel zij wel meetelt voor de 104 weken (BW 7:629 lid 10): de zaak vermeldt geen oorzaak, dus als ziekte vóór het verlof door de zwangerschap werd veroorzaakt, eindigt het opzegverbod later dan {on}."
                );
            }

            if (context.Case.EmploymentEndsOn is { } end && end >= day1 && end < on)
            {
                sb.Append(
                    $" Het dienstverband eindigt op {end}, daarvoor: het opzegverbod beschermt alleen zolang het dienstverband duurt."
                );
            }
        }
    }

    private static void WriteDutchPastAowAge(TextBuffer text, RuleContext context, Engine.AowAgeRegime aow, LocalDate on)
    {
        text.Append(
            $"De werknemer {(aow.AtStart ? "bereikte" : "bereikt")} de AOW-leeftijd op {aow.On}: het opzegverbod loopt dan met dezelfde weken als de loondoorbetaling, binnen de 104 weken (BW 7:670 lid 1 onder a met BW 7:629 lid 2 onder b; art. VIIIa Wet werken na de AOW-gerechtigde leeftijd), dus het eindigt op de laatste dag van loondoorbetaling, {on}; opzegging is mogelijk vanaf {on.PlusDays(1)} als de werknemer dan nog ziek is. Opzegging op grond van de AOW-leeftijd zelf (BW 7:669 lid 4) valt niet onder het opzegverbod als zij geen verband houdt met de ziekte (BW 7:670a lid 2 onder e)."
        );
        if (context.Case.EmploymentEndsOn is { } end && end >= context.FirstSickDay && end < on)
        {
            text.Append($" Het dienstverband eindigt op {end}, daarvoor: het opzegverbod beschermt alleen zolang het dienstverband duurt.");
        }
    }

    private static string ExplainPastAowAge(RuleContext context, Engine.AowAgeRegime aow, LocalDate on)
    {
        var text =
            $"The employee {(aow.AtStart ? "reached" : "reaches")} the AOW age on {RuleContext.Iso(aow.On)}: the dismissal ban then runs with the same weeks as wage continuation, within the 104 weeks (BW 7:670 lid 1 onder a with BW 7:629 lid 2 onder b; art. VIIIa Wet werken na de AOW-gerechtigde leeftijd), so it ends on the last day of wage continuation, {RuleContext.Iso(on)}; notice may be given from {RuleContext.Iso(on.PlusDays(1))} if the employee is still sick then. Notice on the ground of the AOW age itself (BW 7:669 lid 4) is not barred by the ban when it is unrelated to the sickness (BW 7:670a lid 2 onder e).";
        if (context.Case.EmploymentEndsOn is { } end && end >= context.FirstSickDay && end < on)
        {
            text += $" Employment ends on {RuleContext.Iso(end)}, before that: the ban protects only while the employment lasts.";
        }

        return text;
    }

    private static void Signed(TextBuffer text, int days)
    {
        if (days >= 0)
        {
            text.Append('+');
        }

        text.AppendNumber(days);
    }

    // The text is made here, so the common path allocates nothing for it.
    private static DeferredText PastAowAgeText(RuleContext context, Engine.AowAgeRegime aow, LocalDate on) =>
        DeferredText.Of(
            (context, aow, on),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    WriteDutchPastAowAge(text, f.context, f.aow, f.on);
                    return;
                }

                text.Append(ExplainPastAowAge(f.context, f.aow, f.on));
            }
        );
}
