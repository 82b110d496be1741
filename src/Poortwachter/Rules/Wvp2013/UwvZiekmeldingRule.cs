using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Engine;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The sickness report to UWV (<i>42e-weeksmelding</i>): "uiterlijk op de eerste dag nadat de ongeschiktheid 42
/// weken heeft geduurd", counted day 295 (Ziektewet art. 38 lid 1). The duty rests on the employer who owes wage
/// (BW 7:629): when employment ends before day 295 it does not arise, and the ziek-uit-dienst report of art. 38 lid 2
/// (<see cref="ZiekUitDienstMeldingRule"/>) is the report owed; when it ends later, both reports are owed. An application
/// for a shortened wachttijd made before any report counts as the report (art. 38 lid 8).
/// </summary>
internal sealed class UwvZiekmeldingRule : IRule
{
    /// <summary>The counted day by which the report is due: the first day after 42 weeks.</summary>
    public const int DueDay = 295;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.UwvZiekmelding,
            "Ziekmelding bij UWV (42e-weeksmelding, sickness report to UWV)",
            "counted day 295, the first day after 42 weeks; not owed when employment ends before it (the ziek-uit-dienst report is owed instead), nor in a safety-net case (art. 38 lid 4); an eigenrisicodrager WGA makes it on the same day under WIA art. 85 lid 2",
            new LegalSource(Laws.Ziektewet, "38", "1"),
            LegalCharacter.Statute,
            "UWV can impose an administrative fine (Ziektewet art. 38 lid 3; at most EUR 455 in the 2015 text); a report made after week 81 also takes away the employee's protection against a late WIA application (WIA art. 64 lid 6).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason =
                ": the 42nd-week report is owed by the employer of a verzekerde (Ziektewet art. 38 lid 1), and an employee past the AOW age is none (art. 3 lid 1: a werknemer has not reached the pensionable age). Not required.",
            ReviewedWithWiaApplication = false,
            DutchDoneParticiple = "gedaan",
            DutchTitle = "Ziekmelding bij UWV (42e-weeksmelding)",
            DutchDueRule =
                "getelde ziektedag 295, de eerste dag na 42 weken; niet verplicht als het dienstverband eerder eindigt (dan is de ziek-uit-dienstmelding verplicht), en niet bij een vangnetter (art. 38 lid 4); een eigenrisicodrager WGA doet de melding op dezelfde dag op grond van WIA art. 85 lid 2",
            DutchStake =
                "UWV kan een bestuurlijke boete opleggen (Ziektewet art. 38 lid 3; ten hoogste EUR 455 in de tekst van 2015); een melding na week 81 ontneemt de werknemer bovendien de bescherming tegen een te late WIA-aanvraag (WIA art. 64 lid 6).",
            DutchPastAowAgeReason = DutchPastAowAge,
        };

    private const string DutchPastAowAge =
        ": de 42e-weeksmelding moet worden gedaan door de werkgever van een verzekerde (Ziektewet art. 38 lid 1), en een werknemer die de AOW-leeftijd heeft bereikt, is dat niet (art. 3 lid 1: een werknemer heeft de pensioengerechtigde leeftijd niet bereikt). Niet vereist.";

    /// <summary>
    /// Gets the descriptor of the same report made by an eigenrisicodrager WGA, which is exempt from Ziektewet art. 38
    /// (WIA art. 85 lid 1) and reports "uiterlijk 42 weken nadat de ongeschiktheid ... zijn verstreken" instead (lid 2),
    /// on the same counted day.
    /// </summary>
    internal static RuleDescriptor EigenrisicodragerWgaDescriptor { get; } =
        new(
            ObligationCodes.UwvZiekmelding,
            "Ziekmelding bij UWV door de eigenrisicodrager WGA (42nd-week report, WIA art. 85)",
            "counted day 295, when 42 weeks of incapacity have passed; not owed when employment ends before it (the report on the last working day is owed instead)",
            new LegalSource(Laws.Wia, "85", "2"),
            LegalCharacter.Statute,
            "WIA art. 85 sets no fine of its own (the fine of Ziektewet art. 38 lid 3 is for the report of art. 38); a report made after week 81 takes away the employee's protection against a late WIA application (WIA art. 64 lid 6).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason =
                ": the 42nd-week report is owed by the employer of a verzekerde (Ziektewet art. 38 lid 1), and an employee past the AOW age is none (art. 3 lid 1: a werknemer has not reached the pensionable age). Not required.",
            ReviewedWithWiaApplication = false,
            DutchDoneParticiple = "gedaan",
            DutchTitle = "Ziekmelding bij UWV door de eigenrisicodrager WGA (42e-weeksmelding, WIA art. 85)",
            DutchDueRule =
                "getelde ziektedag 295, wanneer 42 weken ongeschiktheid zijn verstreken; niet verplicht als het dienstverband eerder eindigt (dan is de melding op de laatste werkdag verplicht)",
            DutchStake =
                "WIA art. 85 kent geen eigen boete (de boete van Ziektewet art. 38 lid 3 geldt voor de melding van art. 38); een melding na week 81 ontneemt de werknemer de bescherming tegen een te late WIA-aanvraag (WIA art. 64 lid 6).",
            DutchPastAowAgeReason = DutchPastAowAge,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var due = context.Clock.DateOfCountedDay(DueDay);
        if (context.Case.Vangnet is { } vangnet)
        {
            // Ziektewet art. 38 lid 4: art. 38 does not apply to a safety-net case; the report of art. 38a takes its place.
            output.Add(Descriptor, VangnetZiekmeldingRule.NotOwedInSafetyNet(context, Descriptor, due, SafetyNetText(vangnet, due)));
            return;
        }

        var done = ApplicationAsReport(context) ?? context.FirstDone(ObligationCodes.UwvZiekmelding)?.On;
        var rule = context.Case.EigenrisicodragerWga ? EigenrisicodragerWgaDescriptor : Descriptor;
        if (
            done is null
            && EmployerDuties.ContinueAfterEmployment(context.Case)
            && context.Case.EmploymentEndsOn is { } end
            && due is { } dueDate
            && end < dueDate
        )
        {
            // The eigenrisicodrager ZW keeps the re-integration duties after employment ends, but not this report: it is
            // owed by the employer who owes wage on day 295 (not-applicable, as for any employer).
            output.Add(
                rule,
                context.CreateObligation(rule, due, null, ErdAfterEmploymentText(context), judged: ObligationStatus.NotApplicable)
            );
            return;
        }

        // An employer's obligation: when employment ends before day 295 it does not arise (not-applicable).
        output.Add(rule, context.CreateObligation(rule, due, done, new Derivation(context)));
    }

    /// <summary>
    /// The day of an application for a shortened wachttijd or a request for a voluntary extension made before any report:
    /// "wordt deze aanvraag, respectievelijk dit verzoek, beschouwd als een aangifte" (Ziektewet art. 38 lid 8); null when
    /// a report came first or there is neither.
    /// </summary>
    private static LocalDate? ApplicationAsReport(RuleContext context) => DeemedReport.Of(context.Events)?.On;

    /// <summary>The derivation, written when the explanation is, from the facts it prints.</summary>
    private sealed class Derivation(RuleContext context) : DeferredText
    {
        private readonly bool _eigenrisicodragerWga = context.Case.EigenrisicodragerWga;
        private readonly Timeline.CountedDayPart _due = context.CountedDay(DueDay);
        private readonly LocalDate? _endsEarlier =
            context.Case.EmploymentEndsOn is { } end && context.Clock.DateOfCountedDay(DueDay) is { } d && end < d ? end : null;
        private readonly Cases.CaseEvent? _deemed = DeemedReport.Of(context.Events);
        private readonly LocalDate? _reportDue = context.Clock.DateOfCountedDay(DueDay);

        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                WriteDutch(text);
                return;
            }

            if (_eigenrisicodragerWga)
            {
                text.Append(
                    $"The employer is eigenrisicodrager WGA: it is exempt from the reports of Ziektewet art. 38 (WIA art. 85 lid 1) and reports the incapacity 'uiterlijk 42 weken nadat de ongeschiktheid ... zijn verstreken' (WIA art. 85 lid 2), on the same day as the 42nd-week report: {_due}."
                );
            }
            else
            {
                text.Append($"On the first day after the incapacity has lasted 42 weeks (Ziektewet art. 38 lid 1): {_due}.");
            }

            if (_endsEarlier is { } end)
            {
                text.Append(
                    $" Employment ends on {end}, earlier: this report is owed by the employer who owes wage on day 295, so the ziek-uit-dienst report ({(_eigenrisicodragerWga ? "WIA art. 85 lid 3" : "Ziektewet art. 38 lid 2")}) is the report owed instead."
                );
            }

            if (_deemed is { } deemed)
            {
                text.Append(
                    deemed is Cases.VerlengingVerzoek
                        ? $" Employer and employee asked UWV for a voluntary extension of wage continuation on {RuleContext.Iso(deemed.On)} (WIA art. 24 lid 1) before any report was made: that request counts as the report, made on that day (Ziektewet art. 38 lid 8: 'wordt ... dit verzoek, beschouwd als een aangifte op grond van het eerste lid')."
                        : $" The employee applied for a shortened wachttijd on {RuleContext.Iso(deemed.On)} before any report was made: that application counts as the report (Ziektewet art. 38 lid 8)."
                );
                if (_reportDue is { } reportDue && deemed.On > reportDue)
                {
                    text.Append(
                        $" Lid 8 makes it a report on its own day, not one made by {RuleContext.Iso(reportDue)}: the report counts as made {Period.DaysBetween(reportDue, deemed.On)} day(s) late."
                    );
                }
            }
        }

        private void WriteDutch(TextBuffer text)
        {
            if (_eigenrisicodragerWga)
            {
                text.Append(
                    $"De werkgever is eigenrisicodrager WGA: hij is vrijgesteld van de meldingen van Ziektewet art. 38 (WIA art. 85 lid 1) en meldt de ongeschiktheid 'uiterlijk 42 weken nadat de ongeschiktheid ... zijn verstreken' (WIA art. 85 lid 2), op dezelfde dag als de 42e-weeksmelding: {_due}."
                );
            }
            else
            {
                text.Append($"Op de eerste dag nadat de arbeidsongeschiktheid 42 weken heeft geduurd (Ziektewet art. 38 lid 1): {_due}.");
            }

            if (_endsEarlier is { } end)
            {
                text.Append(
                    $" Het dienstverband eindigt eerder, op {end}: deze melding moet worden gedaan door de werkgever die op dag 295 loon verschuldigd is, dus in plaats daarvan is de ziek-uit-dienstmelding ({(_eigenrisicodragerWga ? "WIA art. 85 lid 3" : "Ziektewet art. 38 lid 2")}) verplicht."
                );
            }

            if (_deemed is not { } deemed)
            {
                return;
            }

            if (deemed is Cases.VerlengingVerzoek)
            {
                text.Append(
                    $" Werkgever en werknemer hebben op {deemed.On} bij UWV om vrijwillige verlenging van de loondoorbetaling verzocht (WIA art. 24 lid 1) voordat er een melding was gedaan: dat verzoek geldt als de melding, gedaan op die dag (Ziektewet art. 38 lid 8: 'wordt ... dit verzoek, beschouwd als een aangifte op grond van het eerste lid')."
                );
            }
            else
            {
                text.Append(
                    $" De werknemer heeft op {deemed.On} een verkorte wachttijd aangevraagd voordat er een melding was gedaan: die aanvraag geldt als de melding (Ziektewet art. 38 lid 8)."
                );
            }

            if (_reportDue is { } reportDue && deemed.On > reportDue)
            {
                var late = Period.DaysBetween(reportDue, deemed.On);
                text.Append(
                    $" Lid 8 maakt er een melding op de eigen dag van, niet een melding uiterlijk op {reportDue}: de melding geldt als {late} {(late == 1 ? "dag" : "dagen")} te laat gedaan."
                );
            }
        }
    }

    private static DeferredText SafetyNetText(string vangnet, LocalDate? due) =>
        DeferredText.Of(
            (vangnet, due),
            static (facts, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"Vangnet '{facts.vangnet}': Ziektewet art. 38 'is ... niet van toepassing op de verzekerde, die aanspraak maakt op ziekengeld op grond van artikel 29, tweede lid, onderdeel e, f of g, en de werkgever van die verzekerde' (art. 38 lid 4), dus de 42e-weeksmelding (getelde ziektedag {DueDay}"
                    );
                }
                else
                {
                    text.Append(
                        $"Safety net '{facts.vangnet}': Ziektewet art. 38 'is ... niet van toepassing op de verzekerde, die aanspraak maakt op ziekengeld op grond van artikel 29, tweede lid, onderdeel e, f of g, en de werkgever van die verzekerde' (art. 38 lid 4), so the 42nd-week report (counted day {DueDay}"
                    );
                }

                if (facts.due is { } d)
                {
                    text.Append($", {d}");
                }

                text.Append(
                    text.Language == TextLanguage.Dutch
                        ? ") is niet verplicht; de werkgever meldt de ziekte in plaats daarvan op grond van art. 38a (verplichting 'vangnet-ziekmelding')."
                        : ") is not owed; the employer reports the sickness under art. 38a instead (obligation 'vangnet-ziekmelding')."
                );
            }
        );

    private static DeferredText ErdAfterEmploymentText(RuleContext context) =>
        DeferredText.Of(
            new Derivation(context),
            static (derivation, text) =>
            {
                derivation.Write(text);
                text.Append(
                    text.Language == TextLanguage.Dutch
                        ? " De eigenrisicodrager ZW houdt zijn re-integratieverplichtingen na het einde van het dienstverband (WIA art. 26 lid 2), maar deze melding hoort daar niet bij, dus zij wordt niet verplicht."
                        : " The eigenrisicodrager ZW keeps its re-integration duties after employment ends (WIA art. 26 lid 2), but this report is not one of them, so it does not fall due."
                );
            }
        );
}
