using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The WIA application by the employee: at the latest 11 weeks before the end of the wachttijd, counted day 651,
/// the end of week 93 (WIA art. 64 lid 3); after a voluntary extension, 11 weeks before the new end. When UWV's
/// letter reached the employee late, an application within four weeks of its receipt counts as on time, unless the
/// 42nd-week report was made in week 81 or later (art. 64 lid 6); the case records the receipt as event
/// <c>uwv-wia-brief</c>. After UWV granted a shortened wachttijd it is not due: the application for it was the WIA
/// application (art. 66 lid 1).
/// </summary>
internal sealed class WiaAanvraagRule : IRule
{
    /// <summary>The weeks before the end of the wachttijd by which the application is due.</summary>
    public const int WeeksBeforeEnd = 11;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.WiaAanvraag,
            "WIA-aanvraag (WIA application, by the employee with the employer's RIV)",
            "11 weeks before the end of the wachttijd: counted day 651 (end of week 93); after a voluntary extension, 11 weeks before the new end; after a late UWV letter, four weeks from its receipt if later (art. 64 lid 6)",
            new LegalSource(Laws.Wia, "64", "3"),
            LegalCharacter.Statute,
            "Wage continuation is extended by the delay (BW 7:629 lid 11 onder a), and the employee may lose wages for it (BW 7:629 lid 3 onder f).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.NeverArises,
            PastAowAgeReason =
                ", before the wachttijd could end: no WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so no WIA application is due (art. 64). Not required.",
            IsWiaApplication = true,
            DutchDoneParticiple = "ingediend",
            DutchTitle = "WIA-aanvraag (door de werknemer, met het re-integratieverslag van de werkgever)",
            DutchDueRule =
                "11 weken vóór het einde van de wachttijd: getelde ziektedag 651 (einde van week 93); na een vrijwillige verlenging 11 weken vóór het nieuwe einde; na een te late brief van UWV: vier weken na ontvangst daarvan, als dat later is (art. 64 lid 6)",
            DutchStake =
                "De loondoorbetaling wordt verlengd met de vertraging (BW 7:629 lid 11 onder a), en de werknemer kan daarvoor zijn loon verliezen (BW 7:629 lid 3 onder f).",
            DutchPastAowAgeReason =
                ", voordat de wachttijd kon eindigen: voor een werknemer die de AOW-leeftijd heeft bereikt, kan geen WIA-uitkering ingaan (WIA art. 43 onder g, art. 47 lid 1 onder c), dus er is geen WIA-aanvraag vereist (art. 64). Niet vereist.",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.VervroegdeIva is { } grant)
        {
            var applied = Timeline.ShortenedWachttijd.Application(context.Events)?.On ?? grant.On;
            output.Add(
                Descriptor,
                ReIntegratieverslagRule.Lapsed(
                    Descriptor,
                    grant,
                    context.End.WachttijdEndsOn!.Value,
                    DeferredText.Of(
                        applied,
                        static (on, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                text.Append(
                                    $"De aanvraag daarvoor, van {on}, geldt als de WIA-aanvraag ('wordt tevens aangemerkt als aanvraag, bedoeld in artikel 64, eerste lid', WIA art. 66 lid 1), dus er is geen andere aanvraag vereist."
                                );
                                return;
                            }

                            text.Append(
                                $"The application for it, of {on}, counts as the WIA application ('wordt tevens aangemerkt als aanvraag, bedoeld in artikel 64, eerste lid', WIA art. 66 lid 1), so no other application is due."
                            );
                        }
                    )
                )
            );
            return;
        }

        var (due, derivation) = ReIntegratieverslagRule.CountBack(
            context,
            WeeksBeforeEnd,
            ReIntegratieverslagRule.Citation.Same("WIA art. 64 lid 3"),
            new ReIntegratieverslagRule.Citation(
                "WIA art. 64 lid 3, after art. 24: a choice, the 2015 text names the further extension of art. 24 lid 3 only, and applying 11 weeks before the original end is on time on both readings",
                "WIA art. 64 lid 3, na art. 24: een keuze, de tekst van 2015 noemt alleen de verdere verlenging van art. 24 lid 3, en een aanvraag 11 weken vóór het oorspronkelijke einde is in beide lezingen tijdig"
            )
        );
        if (
            LateLetterProtection.For(context.Clock, context.Events, context.Case.Vangnet is not null) is { } protection
            && (due is not { } d || protection.Until > d)
        )
        {
            var before = derivation;
            due = protection.Until;
            derivation = DeferredText.Of(
                (before, protection),
                static (facts, text) =>
                {
                    facts.before.Write(text);
                    text.Append(' ');
                    facts.protection.Write(text);
                }
            );
        }

        var done = context.FirstDone(ObligationCodes.WiaAanvraag)?.On;
        if (
            context.First<Cases.UwvWiaBrief>() is null
            && context.First<Cases.Verlenging>() is null
            && context.Clock.DateOfCountedDay(LateLetterProtection.LetterDay) is { } letterDue
            && context.AsOf > letterDue
            && (done is null || due is not { } onTime || done > onTime)
        )
        {
            // WIA art. 64 lid 6, first limb: "Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de
            // kennisgeving als bedoeld in het tweede lid niet heeft gedaan". The case cannot show a letter that never came,
            // so the due date stays; the explanation says what the term becomes if none came. After a voluntary extension the
            // letter comes with UWV's decision (lid 2, second sentence), so no note.
            var before = derivation;
            derivation = DeferredText.Of(
                (before, letterDue),
                static (facts, text) =>
                {
                    facts.before.Write(text);
                    text.Append(' ');
                    WriteNoLetter(text, facts.letterDue);
                }
            );
        }

        output.Add(Descriptor, context.CreateObligation(Descriptor, due, done, derivation, employerObligation: false));
    }

    /// <summary>Writes what WIA art. 64 lid 6 makes of the term when no letter is on record after it was due.</summary>
    internal static void WriteNoLetter(TextBuffer text, NodaTime.LocalDate letterDue)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            text.Append(
                $"Er is geen brief van UWV over de WIA-aanvraag (WIA art. 64 lid 2, uiterlijk op {letterDue}, getelde ziektedag {LateLetterProtection.LetterDay}) in het dossier: als UWV die niet heeft verstuurd, 'Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving als bedoeld in het tweede lid niet heeft gedaan' (WIA art. 64 lid 6), dus de aanvraag geldt als tijdig, wanneer zij ook wordt gedaan, en verlengt de loondoorbetaling niet (BW 7:629 lid 11 onder a), tenzij de 42e-weeksmelding niet vóór 81 weken is gedaan (lid 6, tweede zin). Poortwachter houdt de uiterste datum en de verlenging aan, de veilige lezing zolang de zaak niet kan aantonen dat de brief nooit is gekomen; leg de brief vast (gebeurtenis uwv-wia-brief) op de dag van ontvangst."
            );
            return;
        }

        text.Append(
            $"No UWV letter about the WIA application (WIA art. 64 lid 2, due by {letterDue}, counted day {LateLetterProtection.LetterDay}) is on record: if UWV has not sent it, 'Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving als bedoeld in het tweede lid niet heeft gedaan' (WIA art. 64 lid 6), so the application counts as on time whenever it is made and does not extend wage continuation (BW 7:629 lid 11 onder a), unless the 42nd-week report was not made before 81 weeks (lid 6, second sentence). The engine keeps the due date and its extension, the safe reading while the case cannot show that the letter never came; record the letter (event uwv-wia-brief) on the day it is received."
        );
    }
}
