using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The ziek-uit-dienst report (<i>ziek-uit-dienstmelding</i>): when employment ends while the employee is sick, the
/// employer reports the sickness to UWV "op de laatste werkdag voordat de dienstbetrekking eindigt" (Ziektewet art. 38
/// lid 2, first sentence). It is a report of its own: "onverminderd het eerste lid", so it is owed also when the
/// 42nd-week report (art. 38 lid 1) was already made. A report not made, or not made properly, can be fined (art. 38
/// lid 3). The last working day is the case's <see cref="Cases.SicknessCase.LastWorkingDay"/>, or else the last day of
/// employment; the explanation says which.
/// </summary>
internal sealed class ZiekUitDienstMeldingRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.ZiekUitDienstMelding,
            "Ziek-uit-dienstmelding bij UWV (report of sickness at the end of employment)",
            "the last working day before employment ends (the case's lastWorkingDay, else the last day of employment); only when employment ends while the employee is sick; not in a safety-net case (art. 38 lid 4); an eigenrisicodrager WGA makes it under WIA art. 85 lid 3",
            new LegalSource(Laws.Ziektewet, "38", "2"),
            LegalCharacter.Statute,
            "UWV can impose an administrative fine when the report is not made or not made properly (Ziektewet art. 38 lid 3; at most EUR 455 in the 2015 text).",
            Wvp2013Facts.InForceFrom
        )
        {
            DutchDoneParticiple = "gedaan",
            DutchTitle = "Ziek-uit-dienstmelding bij UWV",
            DutchDueRule =
                "de laatste werkdag voordat het dienstverband eindigt (de laatste werkdag in de zaak, veld lastWorkingDay; anders de laatste dag van het dienstverband); alleen als het dienstverband eindigt terwijl de werknemer ziek is; niet bij een vangnetter (art. 38 lid 4); een eigenrisicodrager WGA meldt op grond van WIA art. 85 lid 3",
            DutchStake =
                "UWV kan een bestuurlijke boete opleggen als de melding niet of niet naar behoren is gedaan (Ziektewet art. 38 lid 3; ten hoogste EUR 455 in de tekst van 2015).",
            LapsesWithShortenedWachttijd = false,
            ReviewedWithWiaApplication = false,
        };

    /// <summary>
    /// Gets the descriptor of the same report made by an eigenrisicodrager WGA: exempt from Ziektewet art. 38 (WIA art.
    /// 85 lid 1), it reports "op de laatste werkdag voordat de dienstbetrekking eindigt" under WIA art. 85 lid 3.
    /// </summary>
    internal static RuleDescriptor EigenrisicodragerWgaDescriptor { get; } =
        new(
            ObligationCodes.ZiekUitDienstMelding,
            "Ziek-uit-dienstmelding bij UWV door de eigenrisicodrager WGA (WIA art. 85)",
            "the last working day before employment ends (the case's lastWorkingDay, else the last day of employment); only when employment ends while the employee is sick",
            new LegalSource(Laws.Wia, "85", "3"),
            LegalCharacter.Statute,
            "WIA art. 85 sets no fine of its own (the fine of Ziektewet art. 38 lid 3 is for the report of art. 38).",
            Wvp2013Facts.InForceFrom
        )
        {
            DutchDoneParticiple = "gedaan",
            DutchTitle = "Ziek-uit-dienstmelding bij UWV door de eigenrisicodrager WGA (WIA art. 85)",
            DutchDueRule =
                "de laatste werkdag voordat het dienstverband eindigt (de laatste werkdag in de zaak, veld lastWorkingDay; anders de laatste dag van het dienstverband); alleen als het dienstverband eindigt terwijl de werknemer ziek is",
            DutchStake = "WIA art. 85 kent geen eigen boete (de boete van Ziektewet art. 38 lid 3 geldt voor de melding van art. 38).",
            LapsesWithShortenedWachttijd = false,
            ReviewedWithWiaApplication = false,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>
    /// Returns the last working day before employment ends: the case's own, or the last day of employment; null when
    /// employment does not end during the case.
    /// </summary>
    /// <param name="context">The rule context.</param>
    /// <returns>The day the ziek-uit-dienst report (and, when owed, the RIV) is due.</returns>
    internal static LocalDate? LastWorkingDay(RuleContext context) =>
        context.Case.EmploymentEndsOn is { } end && end >= context.FirstSickDay ? context.Case.LastWorkingDay ?? end : null;

    /// <summary>Says which last working day was used, for an explanation.</summary>
    /// <param name="context">The rule context.</param>
    /// <returns>The clause, such as "the last working day 2026-02-27 from the case (employment ends 2026-02-28)".</returns>
    internal static string DescribeLastWorkingDay(RuleContext context) => DescribeLastWorkingDayOf(context.Case);

    /// <summary>Says which last working day was used, for an explanation (the English clause).</summary>
    /// <param name="case">The case.</param>
    /// <returns>The clause.</returns>
    internal static string DescribeLastWorkingDayOf(Cases.SicknessCase @case)
    {
        var end = @case.EmploymentEndsOn;
        return @case.LastWorkingDay is { } day
            ? $"the last working day {RuleContext.Iso(day)} given in the case (employment ends on {RuleContext.Iso(end ?? day)})"
            : $"the last day of employment, {RuleContext.Iso(end ?? @case.FirstSickDay)}, as the case gives no last working day";
    }

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (LastWorkingDay(context) is not { } due)
        {
            return;
        }

        if (context.Case.Vangnet is { } vangnet)
        {
            // Ziektewet art. 38 lid 4: of art. 38 only the RIV at the end of employment applies to a safety-net case.
            output.Add(
                Descriptor,
                context.CreateObligation(
                    Descriptor,
                    due,
                    null,
                    SafetyNetText(context.Case, vangnet),
                    judged: ObligationStatus.NotApplicable
                )
            );
            return;
        }

        var done = context.FirstDone(ObligationCodes.ZiekUitDienstMelding)?.On;
        var rule = context.Case.EigenrisicodragerWga ? EigenrisicodragerWgaDescriptor : Descriptor;
        output.Add(rule, context.CreateObligation(rule, due, done, new Derivation(context.Case)));
    }

    /// <summary>The derivation, built when the explanation is read, from the facts it prints.</summary>
    private sealed class Derivation(Cases.SicknessCase @case) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                WriteDutch(text);
                return;
            }

            text.Append(English(@case.EigenrisicodragerWga, DescribeLastWorkingDayOf(@case), @case.EigenrisicodragerZw));
        }

        private void WriteDutch(TextBuffer text)
        {
            if (@case.EigenrisicodragerWga)
            {
                text.Append(
                    "Het dienstverband eindigt terwijl de werknemer ziek is. De werkgever is eigenrisicodrager WGA: vrijgesteld van de meldingen van Ziektewet art. 38 (WIA art. 85 lid 1), meldt hij de ongeschiktheid 'op de laatste werkdag voordat de dienstbetrekking eindigt' (WIA art. 85 lid 3), hier "
                );
                WriteDutchLastWorkingDay(text, @case);
                text.Append(
                    ", naast de melding na 42 weken ('onverminderd het tweede lid'), op dezelfde dag waarop de ziek-uit-dienstmelding van Ziektewet art. 38 lid 2 verplicht zou zijn."
                );
                return;
            }

            text.Append(
                "Het dienstverband eindigt terwijl de werknemer ziek is: de werkgever meldt de ziekte bij UWV op de laatste werkdag voordat het dienstverband eindigt (Ziektewet art. 38 lid 2), hier "
            );
            WriteDutchLastWorkingDay(text, @case);
            text.Append(
                ". Deze melding is verplicht naast de ziekmelding in de 42e week (art. 38 lid 2: 'onverminderd het eerste lid'), ook als die al is gedaan."
            );
            if (@case.EigenrisicodragerZw)
            {
                text.Append(
                    " De werkgever is eigenrisicodrager ZW: volgens de werkgeverspagina's van UWV meldt zo'n werkgever de ziekte van een voormalige werknemer niet bij UWV (hij betaalt het ziekengeld zelf), maar art. 38 lid 2, eerste zin, noemt voor hem geen uitzondering (de tweede zin stelt alleen het re-integratieverslag vrij), en art. 63a-63d evenmin; de melding blijft hier verplicht, de lezing die de werkgever niet blootstelt aan de boete van art. 38 lid 3. Controleer dit bij UWV."
                );
            }
        }

        private static string English(bool eigenrisicodragerWga, string lastWorkingDay, bool eigenrisicodragerZw) =>
            eigenrisicodragerWga
                ? $"Employment ends while the employee is sick. The employer is eigenrisicodrager WGA: exempt from the reports of Ziektewet art. 38 (WIA art. 85 lid 1), it reports the incapacity 'op de laatste werkdag voordat de dienstbetrekking eindigt' (WIA art. 85 lid 3), here {lastWorkingDay}, in addition to the report after 42 weeks ('onverminderd het tweede lid'), the same day the ziek-uit-dienst report of Ziektewet art. 38 lid 2 would be due."
                : $"Employment ends while the employee is sick: the employer reports the sickness to UWV on the last working day before employment ends (Ziektewet art. 38 lid 2), here {lastWorkingDay}. This report is owed in addition to the 42nd-week report (art. 38 lid 2: 'onverminderd het eerste lid'), also when that was made."
                    + (
                        eigenrisicodragerZw
                            ? " The employer is eigenrisicodrager ZW: UWV's employer pages say such an employer does not report a former employee's sickness to UWV (it pays the sickness benefit itself), but art. 38 lid 2, first sentence, names no exception for it (its second sentence exempts only the RIV), nor do art. 63a-63d; the engine keeps the report due, the reading that does not expose the employer to the fine of art. 38 lid 3. Check with UWV."
                            : string.Empty
                    );
    }

    /// <summary>Writes which last working day was used, in Dutch: the case's own, or the last day of employment.</summary>
    /// <param name="text">The buffer.</param>
    /// <param name="case">The case.</param>
    internal static void WriteDutchLastWorkingDay(TextBuffer text, Cases.SicknessCase @case)
    {
        var end = @case.EmploymentEndsOn;
        if (@case.LastWorkingDay is { } day)
        {
            text.Append($"de laatste werkdag {day} zoals opgegeven in de zaak (het dienstverband eindigt op {end ?? day})");
        }
        else
        {
            text.Append($"de laatste dag van het dienstverband, {end ?? @case.FirstSickDay}, omdat de zaak geen laatste werkdag opgeeft");
        }
    }

    // The text is made here, so the common path allocates nothing for it.
    private static DeferredText SafetyNetText(Cases.SicknessCase @case, string vangnet) =>
        DeferredText.Of(
            (@case, vangnet),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"Vangnetter '{f.vangnet}': van Ziektewet art. 38 gelden voor een vangnetter alleen de tweede tot en met vierde zin van lid 2 (het re-integratieverslag bij het einde van het dienstverband) (art. 38 lid 4), dus de ziek-uit-dienstmelding op "
                    );
                    WriteDutchLastWorkingDay(text, f.@case);
                    text.Append(
                        " is niet verplicht; de werkgever meldt de ziekte in plaats daarvan op grond van art. 38a (verplichting 'vangnet-ziekmelding', uiterlijk op de laatste dag van het dienstverband als die binnen de zes weken valt)."
                    );
                    return;
                }

                text.Append(SafetyNetEnglish(f.@case, f.vangnet));
            }
        );

    private static string SafetyNetEnglish(Cases.SicknessCase @case, string vangnet) =>
        $"Safety net '{vangnet}': of Ziektewet art. 38 only the second to fourth sentences of lid 2 (the RIV at the end of employment) apply to a safety-net case (art. 38 lid 4), so the ziek-uit-dienst report on {DescribeLastWorkingDayOf(@case)} is not owed; the employer reports the sickness under art. 38a instead (obligation 'vangnet-ziekmelding', due on the last day of employment when that falls within the six weeks).";
}
