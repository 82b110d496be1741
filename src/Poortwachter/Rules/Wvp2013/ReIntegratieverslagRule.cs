using System;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The re-integratieverslag (RIV), with the eindevaluatie and a current view of the bedrijfsarts: at the latest
/// 13 weeks before the end of the wachttijd, counted day 637 (WIA art. 25 lid 3; Regeling procesgang art. 6).
/// After a voluntary extension it counts back from the new end (WIA art. 25 lid 4). When employment ends while
/// the employee is sick and at least six weeks lie between day 1 and the last working day, it is due on that last
/// working day, unless the employer is an eigenrisicodrager ZW (Ziektewet art. 38 lid 2). After UWV granted a shortened
/// wachttijd it is not due: that application goes without a RIV (WIA art. 66 lid 6).
/// </summary>
internal sealed class ReIntegratieverslagRule : IRule
{
    /// <summary>The weeks before the end of the wachttijd by which the report is due.</summary>
    public const int WeeksBeforeEnd = 13;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.ReIntegratieverslag,
            "Re-integratieverslag (re-integration report, RIV)",
            "13 weeks before the end of the wachttijd: counted day 637; after a voluntary extension, 13 weeks before the new end; ziek uit dienst: the last working day, when six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW",
            new LegalSource(Laws.Wia, "25", "3"),
            LegalCharacter.Statute,
            "Without a complete RIV UWV does not process the WIA application and sets a term to complete it; an incomplete file leads to an administrative loonsanctie until it is complete (WIA art. 25 lid 8-9).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.NeverArises,
            PastAowAgeReason =
                ", before the wachttijd could end: no WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so there is no WIA application for a re-integratieverslag to go with (WIA art. 25 lid 3, art. 65) and no loonsanctie (art. 25 lid 9). Not required.",
            DutchDoneParticiple = "opgesteld",
            DutchTitle = "Re-integratieverslag (RIV)",
            DutchDueRule =
                "13 weken vóór het einde van de wachttijd: getelde ziektedag 637; na een vrijwillige verlenging 13 weken vóór het nieuwe einde; ziek uit dienst: de laatste werkdag, als die ten minste zes weken na dag 1 ligt en de werkgever geen eigenrisicodrager ZW is",
            DutchStake =
                "Zonder volledig re-integratieverslag neemt UWV de WIA-aanvraag niet in behandeling en stelt het een termijn om het aan te vullen; een onvolledig dossier leidt tot een administratieve loonsanctie totdat het compleet is (WIA art. 25 lid 8-9).",
            DutchPastAowAgeReason =
                ", voordat de wachttijd kon eindigen: voor een werknemer die de AOW-leeftijd heeft bereikt, kan geen WIA-uitkering ingaan (WIA art. 43 onder g, art. 47 lid 1 onder c), dus er is geen WIA-aanvraag waarbij een re-integratieverslag hoort (WIA art. 25 lid 3, art. 65) en geen loonsanctie (art. 25 lid 9). Niet vereist.",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.VervroegdeIva is { } grant)
        {
            output.Add(Descriptor, Lapsed(Descriptor, grant, context.End.WachttijdEndsOn!.Value, NoRivText));
            return;
        }

        var done = context.FirstDone(ObligationCodes.ReIntegratieverslag)?.On;
        var (due, derivation) = CountBack(
            context,
            WeeksBeforeEnd,
            Citation.Same("WIA art. 25 lid 3"),
            Citation.Same("WIA art. 25 lid 4 onder a")
        );
        var verlenging = context.End.ReferenceEnd != context.End.StatutoryLastDay ? context.Last<Verlenging>() : null;
        if (verlenging is not null && done is { } d && d <= verlenging.On && context.End.StatutoryLastDay is { } statutoryEnd)
        {
            // Made before the extension: judged against the original term; it must be supplemented before the new one.
            var supplementBy = due;
            var (originalDue, originalDerivation) = CountBackFrom(
                context,
                statutoryEnd,
                WeeksBeforeEnd,
                Citation.Same("WIA art. 25 lid 3")
            );
            due = originalDue;
            derivation = originalDerivation;
            if (supplementBy is { } s)
            {
                var supplemented = SupplementAfter(context, verlenging.On);
                if (supplemented is not { } on || on > s)
                {
                    output.Add(
                        new Warning(
                            WarningCodes.RivSupplement,
                            supplemented is not null ? Severity.Warning
                                : context.AsOf <= s ? Severity.Warning
                                : Severity.High,
                            SupplementText(verlenging, d, s, supplemented),
                            Descriptor.Code
                        )
                    );
                }
            }
        }

        // Ziek uit dienst (Ziektewet art. 38 lid 2, second sentence): the RIV on the last working day, when at least six
        // weeks lie between day 1 and that day and the employer is not an eigenrisicodrager ZW.
        if (ZiekUitDienstMeldingRule.LastWorkingDay(context) is { } last && (due is not { } dd || last < dd))
        {
            var calendarDays = Period.DaysBetween(context.FirstSickDay, last) + 1;
            var before = derivation;
            if (calendarDays >= 42 && !context.Case.EigenrisicodragerZw)
            {
                output.Add(
                    Descriptor,
                    context.CreateObligation(Descriptor, last, done, AtEmploymentEndText(context, before, calendarDays))
                );
                return;
            }

            derivation = NoRivAtEmploymentEndText(context, before, calendarDays);
        }

        output.Add(Descriptor, context.CreateObligation(Descriptor, due, done, derivation));
    }

    private static readonly DeferredText NoRivText = DeferredText.Of(
        0,
        static (_, text) =>
            text.Append(
                text.Language == TextLanguage.Dutch
                    ? "Bij een aanvraag voor een verkorte wachttijd hoort geen re-integratieverslag, en UWV toetst de re-integratie-inspanningen daarbij niet (WIA art. 66 lid 6: art. 65 is niet van toepassing), dus er is geen re-integratieverslag vereist."
                    : "An application for a shortened wachttijd is not accompanied by a RIV, and UWV does not review the re-integration efforts on it (WIA art. 66 lid 6: art. 65 does not apply), so no RIV is due."
            )
    );

    /// <summary>
    /// The obligation of a rule that counts back from the end of the wachttijd of 104 weeks, when UWV granted a shortened
    /// wachttijd (WIA art. 23 lid 6): it does not arise.
    /// </summary>
    internal static Obligation Lapsed(RuleDescriptor rule, Cases.VervroegdeIvaBesluit grant, LocalDate end, DeferredText why) =>
        new(
            rule,
            null,
            ObligationStatus.NotApplicable,
            null,
            DeferredText.Of(
                (grant.On, end, why),
                static (facts, text) =>
                {
                    if (text.Language == TextLanguage.Dutch)
                    {
                        text.Append(
                            $"UWV heeft op {facts.On} een verkorte wachttijd toegekend (WIA art. 23 lid 6): de wachttijd eindigt op {facts.end}, en de IVA-uitkering gaat de volgende dag in. "
                        );
                    }
                    else
                    {
                        text.Append(
                            $"UWV granted a shortened wachttijd on {facts.On} (WIA art. 23 lid 6): the wachttijd ends on {facts.end}, and the IVA benefit starts the next day. "
                        );
                    }

                    facts.why.Write(text);
                }
            ),
            0,
            null,
            null
        );

    /// <summary>A citation in a derivation, in both languages (the same where it is only an article).</summary>
    /// <param name="English">The English form.</param>
    /// <param name="Dutch">The Dutch form.</param>
    internal sealed record Citation(string English, string Dutch)
    {
        /// <summary>A citation that is the same in both languages, such as <c>WIA art. 25 lid 3</c>.</summary>
        public static Citation Same(string citation) => new(citation, citation);

        /// <summary>The form for a buffer's language.</summary>
        public string In(TextLanguage language) => language == TextLanguage.Dutch ? Dutch : English;
    }

    /// <summary>The first supplement of the RIV (event <c>riv-aanvulling</c>) recorded after the extension was granted.</summary>
    private static LocalDate? SupplementAfter(RuleContext context, LocalDate granted)
    {
        var events = context.Events;
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is RivAanvulling supplement && supplement.On >= granted)
            {
                return supplement.On;
            }
        }

        return null;
    }

    internal static (LocalDate? Due, DeferredText Derivation) CountBack(
        RuleContext context,
        int weeks,
        Citation citation,
        Citation extendedCitation
    )
    {
        if (context.End.ReferenceEnd is not { } end)
        {
            return (null, RecoveredBeforeText(weeks, citation));
        }

        var extended = end != context.End.StatutoryLastDay;
        return CountBackFrom(context, end, weeks, extended ? extendedCitation : citation, extended);
    }

    internal static (LocalDate? Due, DeferredText Derivation) CountBackFrom(
        RuleContext context,
        LocalDate end,
        int weeks,
        Citation citation,
        bool extended = false
    )
    {
        var endDay = context.Clock.CountedDaysThrough(end);
        var day = endDay - (weeks * 7);
        var due = day >= 1 ? context.Clock.DateOfCountedDay(day) : context.FirstSickDay;
        return (due, new CountBackText(context, end, endDay, day, weeks, citation, extended));
    }

    /// <summary>How a date counted back from the end was found, written when read.</summary>
    private sealed class CountBackText(RuleContext context, LocalDate end, int endDay, int day, int weeks, Citation citation, bool extended)
        : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append($"{weeks} weken vóór ");
                if (extended)
                {
                    // One pair of brackets: "(getelde ziektedag 728, 28 februari 2027; WIA art. 25 lid 3)".
                    text.Append($"het verlengde einde {end} (getelde ziektedag {endDay}; {citation.Dutch})");
                }
                else
                {
                    text.Append($"het einde van de wachttijd (getelde ziektedag {endDay}, {end}; {citation.Dutch})");
                }

                if (day >= 1)
                {
                    text.Append($": {context.CountedDay(day)}.");
                }
                else
                {
                    text.Append(": dag 1.");
                }

                return;
            }

            text.Append($"{weeks} weeks before ");
            if (extended)
            {
                text.Append($"the extended end {end} (counted day {endDay})");
            }
            else
            {
                text.Append($"the end of the wachttijd, counted day {endDay} ({end})");
            }

            if (day >= 1)
            {
                text.Append($" ({citation.English}): {context.CountedDay(day)}.");
            }
            else
            {
                text.Append($" ({citation.English}): day 1.");
            }
        }
    }

    private static DeferredText SupplementText(Verlenging verlenging, LocalDate made, LocalDate by, LocalDate? supplemented) =>
        DeferredText.Of(
            (verlenging.Until, made, by, supplemented),
            static (facts, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"De loondoorbetaling is verlengd tot {facts.Until} nadat het re-integratieverslag op {facts.made} was opgesteld: vul het re-integratieverslag uiterlijk op {facts.by} aan, 13 weken vóór het nieuwe einde (WIA art. 25 lid 4 onder b)."
                    );
                    if (facts.supplemented is { } dutchLate)
                    {
                        var days = Period.DaysBetween(facts.by, dutchLate);
                        text.Append($" Het is aangevuld op {dutchLate}, {days} {VangnetZiekmeldingRule.DutchDays(days)} te laat.");
                    }

                    return;
                }

                text.Append(
                    $"The wage period was extended to {facts.Until} after the RIV was made on {facts.made}: supplement the RIV by {facts.by}, 13 weeks before the new end (WIA art. 25 lid 4 onder b)."
                );
                if (facts.supplemented is { } late)
                {
                    text.Append($" It was supplemented on {late}, {Period.DaysBetween(facts.by, late)} day(s) late.");
                }
            }
        );

    /// <summary>The last working day used, in Dutch (<see cref="ZiekUitDienstMeldingRule.DescribeLastWorkingDay"/> in English).</summary>
    private static void WriteLastWorkingDay(TextBuffer text, RuleContext context)
    {
        if (text.Language != TextLanguage.Dutch)
        {
            text.Append(ZiekUitDienstMeldingRule.DescribeLastWorkingDay(context));
            return;
        }

        var end = context.Case.EmploymentEndsOn;
        if (context.Case.LastWorkingDay is { } day)
        {
            text.Append($"de laatste werkdag {day} zoals opgegeven in de zaak (het dienstverband eindigt op {end ?? day})");
        }
        else
        {
            text.Append($"de laatste dag van het dienstverband, {end ?? context.FirstSickDay}, omdat de zaak geen laatste werkdag opgeeft");
        }
    }

    private static DeferredText AtEmploymentEndText(RuleContext context, DeferredText before, int calendarDays) =>
        DeferredText.Of(
            (context, before, calendarDays),
            static (facts, text) =>
            {
                facts.before.Write(text);
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(" Het dienstverband eindigt terwijl de werknemer ziek is: op ");
                    WriteLastWorkingDay(text, facts.context);
                    text.Append(
                        $", {facts.calendarDays} kalenderdagen vanaf dag 1, beide dagen meegeteld (ten minste zes weken), dus het re-integratieverslag van de werkgever moet uiterlijk op die dag klaar zijn (Ziektewet art. 38 lid 2). 'Indien tussen de eerste dag van de ongeschiktheid tot werken en de laatste werkdag ... ten minste zes weken is gelegen' wordt gelezen met beide dagen meegeteld, een keuze: zo is het re-integratieverslag in de meeste gevallen verplicht; een lezing die een van beide dagen of beide dagen niet meetelt, maakt het niet verplicht als de laatste werkdag de 42e kalenderdag is."
                    );
                    return;
                }

                text.Append(" Employment ends while the employee is sick: on ");
                WriteLastWorkingDay(text, facts.context);
                text.Append(
                    $", {facts.calendarDays} calendar days from day 1, both included (six weeks or more), so the employer's RIV is due on that day (Ziektewet art. 38 lid 2). 'Indien tussen de eerste dag van de ongeschiktheid tot werken en de laatste werkdag ... ten minste zes weken is gelegen' is read with both days counted, a choice: it owes the RIV in the most cases; a reading that leaves out one or both days owes none when the last working day is the 42nd calendar day."
                );
            }
        );

    private static DeferredText NoRivAtEmploymentEndText(RuleContext context, DeferredText before, int calendarDays) =>
        DeferredText.Of(
            (context, before, calendarDays),
            static (facts, text) =>
            {
                facts.before.Write(text);
                var dutch = text.Language == TextLanguage.Dutch;
                if (facts.context.Case.EigenrisicodragerZw)
                {
                    text.Append(
                        dutch
                            ? " Het dienstverband eindigt terwijl de werknemer ziek is ("
                            : " Employment ends while the employee is sick ("
                    );
                    WriteLastWorkingDay(text, facts.context);
                    text.Append(
                        dutch
                            ? "), maar de werkgever is eigenrisicodrager voor de Ziektewet, dus bij het einde van het dienstverband is geen re-integratieverslag verplicht ('de werkgever, die geen eigenrisicodrager is', Ziektewet art. 38 lid 2)."
                            : "), but the employer is eigenrisicodrager for the Ziektewet, so no RIV is owed at the end of employment ('de werkgever, die geen eigenrisicodrager is', Ziektewet art. 38 lid 2)."
                    );
                    if (Engine.EmployerDuties.ContinueAfterEmployment(facts.context.Case))
                    {
                        text.Append(
                            dutch
                                ? " Hij houdt zijn re-integratieverplichtingen voor zijn voormalige werknemer (WIA art. 26 lid 2 verklaart art. 25 lid 3 op hem van toepassing; Ziektewet art. 63a lid 1), dus het re-integratieverslag blijft verplicht 13 weken vóór het einde."
                                : " It keeps its re-integration duties for its former employee (WIA art. 26 lid 2 applies art. 25 lid 3 to it; Ziektewet art. 63a lid 1), so the RIV stays due 13 weeks before the end."
                        );
                    }

                    return;
                }

                text.Append(
                    dutch
                        ? " Het dienstverband eindigt terwijl de werknemer ziek is, op "
                        : " Employment ends while the employee is sick, on "
                );
                WriteLastWorkingDay(text, facts.context);
                if (dutch)
                {
                    text.Append(
                        $": {facts.calendarDays} {(facts.calendarDays == 1 ? "kalenderdag" : "kalenderdagen")} vanaf dag 1, minder dan zes weken, dus bij het einde van het dienstverband is geen re-integratieverslag verplicht (Ziektewet art. 38 lid 2)."
                    );
                }
                else
                {
                    text.Append(
                        $": {facts.calendarDays} calendar day(s) from day 1, fewer than six weeks, so no RIV is owed at the end of employment (Ziektewet art. 38 lid 2)."
                    );
                }
            }
        );

    private static DeferredText RecoveredBeforeText(int weeks, Citation citation) =>
        DeferredText.Of(
            (weeks, citation),
            static (facts, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"{facts.weeks} weken vóór het einde van de wachttijd ({facts.citation.Dutch}); de zaak is vóór die dag geëindigd door herstel."
                    );
                    return;
                }

                text.Append(
                    $"{facts.weeks} weeks before the end of the wachttijd ({facts.citation.English}); the case ended by recovery before that."
                );
            }
        );
}
