using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The final report of the spoor-2 trajectory (<i>eindrapportage</i>), around week 90 of the wachttijd so the
/// employer has it for the re-integratieverslag of week 91. Bureau practice, on by default since version 0.4 and given
/// only once spoor 2 has started (the RIV must describe the spoor-2 efforts, and this report is where they are);
/// counted back from the end the RIV counts back from, so it moves with a voluntary extension
/// (<see cref="PoortwachterOptions.Spoor2EindrapportageWeek"/>). The other trajectory rules stay off by default.
/// </summary>
internal sealed class Spoor2EindrapportageRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.Spoor2Eindrapportage,
            "Spoor-2 eindrapportage (final report of the trajectory)",
            "once spoor 2 has started: the end of week 90, counted day 630, 14 weeks before the end of the wachttijd; after a voluntary extension, 14 weeks before the new end; a start on or after that date: one reporting interval after the start (practice, configurable)",
            new LegalSource(Laws.Spoor2Praktijk, section: "eindrapportage omstreeks week 90"),
            LegalCharacter.Practice,
            "The re-integratieverslag must describe the spoor-2 efforts; without the bureau's final report it is incomplete, and UWV imposes a loonsanctie until the file is complete (WIA art. 25 lid 3, 9).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.NeverArises,
            PastAowAgeReason =
                ", before the wachttijd could end: no WIA benefit can start (WIA art. 43 onder g), so there is no re-integratieverslag for the bureau's final report to serve, and spoor 2 is not required past the AOW age. Not required.",
            DutchDoneParticiple = "opgesteld",
            DutchTitle = "Eindrapportage tweede spoor (van het traject)",
            DutchDueRule =
                "zodra het tweede spoor is gestart: het einde van week 90, getelde ziektedag 630, 14 weken vóór het einde van de wachttijd; na een vrijwillige verlenging 14 weken vóór het nieuwe einde; bij een start vanaf die datum: één rapportagetermijn na de start (praktijk, instelbaar)",
            DutchStake =
                "Het re-integratieverslag moet de inspanningen in het tweede spoor beschrijven; zonder de eindrapportage van het re-integratiebureau is het onvolledig, en UWV legt een loonsanctie op totdat het dossier compleet is (WIA art. 25 lid 3, 9).",
            DutchPastAowAgeReason =
                ", voordat de wachttijd kon eindigen: er kan geen WIA-uitkering ingaan (WIA art. 43 onder g), dus er is geen re-integratieverslag waarvoor de eindrapportage van het re-integratiebureau nodig is, en het tweede spoor is na de AOW-leeftijd niet vereist. Niet vereist.",
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

        var (weekDue, derivation) = DueDate(context);
        var week = context.Options.Spoor2EindrapportageWeek;
        var interval = context.Options.Spoor2VoortgangsrapportageIntervalDays;
        var due = weekDue;
        var afterStart = weekDue is { } w && w <= started;
        if (afterStart)
        {
            due = context.Clock.CountedDaysAfter(started, interval);
        }

        var done = context.FirstDone(ObligationCodes.Spoor2Eindrapportage)?.On;
        var obligation = context.CreateObligation(
            Descriptor,
            due,
            done,
            new FinalReportText(week, derivation, afterStart ? started : null, interval, due)
        );
        output.Add(Descriptor, obligation);
        // Not applicable (past the AOW age there is no re-integratieverslag for it to serve): nothing is missing.
        if (
            done is not null
            || due is not { } dueDate
            || context.AsOf <= dueDate
            || obligation.Status == ObligationStatus.NotApplicable
            || context.VervroegdeIva is not null
        )
        {
            return;
        }

        if (context.FirstDone(ObligationCodes.ReIntegratieverslag) is not null)
        {
            return;
        }

        var (rivDue, _) = ReIntegratieverslagRule.CountBack(
            context,
            ReIntegratieverslagRule.WeeksBeforeEnd,
            ReIntegratieverslagRule.Citation.Same("WIA art. 25 lid 3"),
            ReIntegratieverslagRule.Citation.Same("WIA art. 25 lid 4 onder a")
        );
        output.Add(
            new Warning(
                WarningCodes.Spoor2EindrapportageOntbreekt,
                rivDue is { } late && context.AsOf > late ? Severity.High : Severity.Warning,
                DeferredText.Of((dueDate, rivDue, context.AsOf), static (facts, text) => WriteMissing(text, facts)),
                Descriptor.Code
            )
        );
    }

    private static void WriteMissing(TextBuffer text, (LocalDate Due, LocalDate? RivDue, LocalDate AsOf) facts)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        if (dutch)
        {
            text.Append(
                $"De eindrapportage van het tweede spoor werd uiterlijk op {facts.Due} verwacht en is niet in het dossier, terwijl "
            );
        }
        else
        {
            text.Append($"The final spoor-2 report was expected by {facts.Due} and is not on record, while ");
        }

        if (facts.RivDue is not { } r)
        {
            text.Append(
                dutch
                    ? "het re-integratieverslag vóór het einde van de wachttijd klaar moet zijn"
                    : "the re-integratieverslag is due before the end of the wachttijd"
            );
        }
        else if (facts.AsOf > r)
        {
            if (dutch)
            {
                text.Append($"het re-integratieverslag uiterlijk op {r} klaar moest zijn en niet is opgesteld");
            }
            else
            {
                text.Append($"the re-integratieverslag was due on {r} and is not made");
            }
        }
        else
        {
            var left = Period.DaysBetween(facts.AsOf, r);
            if (dutch)
            {
                text.Append(
                    $"het re-integratieverslag uiterlijk op {r} klaar moet zijn, over {left} {VangnetZiekmeldingRule.DutchDays(left)}"
                );
            }
            else
            {
                text.Append($"the re-integratieverslag is due on {r}, in {left} day(s)");
            }
        }

        text.Append(". ");
        text.Append(Descriptor.StakeIn(text.Language));
    }

    /// <summary>Computes the due date of the final report: the end of the configured week, counted back from the end.</summary>
    /// <param name="context">The rule context.</param>
    /// <returns>The due date and its derivation.</returns>
    internal static (LocalDate? Due, DeferredText Derivation) DueDate(RuleContext context)
    {
        var weeksBefore = (Timeline.WachttijdClock.WachttijdDays / 7) - context.Options.Spoor2EindrapportageWeek;
        return ReIntegratieverslagRule.CountBack(
            context,
            weeksBefore,
            new ReIntegratieverslagRule.Citation("bureau practice", "praktijk van re-integratiebureaus"),
            new ReIntegratieverslagRule.Citation(
                "bureau practice, after the voluntary extension",
                "praktijk van re-integratiebureaus, na de vrijwillige verlenging"
            )
        );
    }

    /// <summary>How the final report falls due, written when read.</summary>
    private sealed class FinalReportText(int week, DeferredText derivation, LocalDate? startedAfter, int interval, LocalDate? due)
        : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append($"Praktijk van re-integratiebureaus: de eindrapportage hoort bij week {week}, ");
                derivation.Write(text);
                if (startedAfter is { } on)
                {
                    text.Append(
                        $" Het tweede spoor is gestart op {on}, niet vóór die datum: de rapportage van het re-integratiebureau moet uiterlijk één rapportagetermijn ({interval} getelde ziektedagen) na de start klaar zijn"
                    );
                    if (due is { } dutchDue)
                    {
                        text.Append($", {dutchDue}");
                    }

                    text.Append(", en het re-integratieverslag moet de late start verklaren.");
                }

                return;
            }

            text.Append($"Bureau practice: the final report comes with week {week}, ");
            derivation.Write(text);
            if (startedAfter is { } started)
            {
                text.Append(
                    $" Spoor 2 started on {started}, on or after that date: the bureau's report is due one reporting interval ({interval} counted days) after the start"
                );
                if (due is { } reportDue)
                {
                    text.Append($", {reportDue}");
                }

                text.Append(", and the re-integratieverslag must explain the late start.");
            }
        }
    }
}
