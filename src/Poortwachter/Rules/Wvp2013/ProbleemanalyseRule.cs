using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The bedrijfsarts' problem analysis (<i>probleemanalyse</i>): by counted day 42, the end of week 6, when long
/// absence threatens (Regeling procesgang art. 2 lid 2). A reasoned deviation (art. 5) moves it.
/// </summary>
internal sealed class ProbleemanalyseRule : IRule
{
    /// <summary>The counted day by which the analysis is due: six weeks.</summary>
    public const int DueDay = 42;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.Probleemanalyse,
            "Probleemanalyse (problem analysis by the bedrijfsarts)",
            "counted day 42 (end of week 6); if long absence only becomes likely later: without delay (art. 2 lid 3)",
            new LegalSource(Laws.RegelingProcesgang, "2", "2"),
            LegalCharacter.Statute,
            Wvp2013Facts.LoonsanctieStake,
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason =
                ": the Regeling procesgang binds for a verzekerde (art. 1 onder e; WIA art. 25 lid 1), and an employee past the AOW age is none (Ziektewet art. 3 lid 1). Not required; the employer still promotes return to suitable work in the own company (BW 7:658a lid 1).",
            DutchDoneParticiple = "opgesteld",
            DutchTitle = "Probleemanalyse door de bedrijfsarts",
            DutchDueRule = "getelde ziektedag 42 (einde van week 6); dreigt langdurig verzuim pas later: onverwijld (art. 2 lid 3)",
            DutchStake = Wvp2013Facts.LoonsanctieStakeDutch,
            DutchPastAowAgeReason =
                ": de Regeling procesgang geldt voor een verzekerde (art. 1 onder e; WIA art. 25 lid 1), en een werknemer die de AOW-leeftijd heeft bereikt, is dat niet (Ziektewet art. 3 lid 1). Niet vereist; de werkgever bevordert nog wel de terugkeer in passende arbeid in het eigen bedrijf (BW 7:658a lid 1).",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var due = context.Clock.DateOfCountedDay(DueDay);
        var done = context.FirstDone(ObligationCodes.Probleemanalyse)?.On;
        var deviation = context.AfwijkingFor(ObligationCodes.Probleemanalyse);
        output.Add(Descriptor, context.CreateObligation(Descriptor, due, done, new Derivation(context.CountedDay(DueDay)), deviation));
    }

    /// <summary>The derivation, written when the explanation is.</summary>
    private sealed class Derivation(Timeline.CountedDayPart due) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append($"Binnen zes weken na de eerste ziektedag (Regeling procesgang art. 2 lid 2): {due}.");
                return;
            }

            text.Append($"Within six weeks of the first day of sickness (Regeling procesgang art. 2 lid 2): {due}.");
        }
    }
}
