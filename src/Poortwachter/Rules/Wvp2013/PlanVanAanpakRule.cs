using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The plan van aanpak, with a casemanager named: within two weeks (14 calendar days) of the probleemanalyse;
/// without an analysis on record, by counted day 56, the end of week 8 (WIA art. 25 lid 2; Regeling procesgang
/// art. 4 lid 1), or 14 days after the analysis' own due date when a reasoned deviation (art. 5) moved it: "binnen
/// twee weken na het oordeel", so the plan follows the analysis it depends on. A deviation for the plan itself
/// (art. 5) moves it too, and wins.
/// </summary>
internal sealed class PlanVanAanpakRule : IRule
{
    /// <summary>The calendar days after the probleemanalyse by which the plan is due.</summary>
    public const int DaysAfterAnalysis = 14;

    /// <summary>The counted day by which the plan is due when no analysis is on record: 42 + 14.</summary>
    public const int DueDayWithoutAnalysis = 56;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.PlanVanAanpak,
            "Plan van aanpak (action plan, with a casemanager named)",
            "14 calendar days after the probleemanalyse; without one on record, counted day 56 (end of week 8), or 14 days after the analysis' due date when a deviation moved it",
            new LegalSource(Laws.RegelingProcesgang, "4", "1"),
            LegalCharacter.Statute,
            Wvp2013Facts.LoonsanctieStake + " An employee who refuses to cooperate risks a wage stop (BW 7:629 lid 3 onder e).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason = Wvp2013Facts.NoPlanPastAowAge,
            DutchDoneParticiple = "opgesteld",
            DutchTitle = "Plan van aanpak (met aanwijzing van een casemanager)",
            DutchDueRule =
                "14 kalenderdagen na de probleemanalyse; zonder probleemanalyse in het dossier: getelde ziektedag 56 (einde van week 8), of 14 dagen na de uiterste datum van de probleemanalyse als een afwijking die datum heeft verschoven",
            DutchStake =
                Wvp2013Facts.LoonsanctieStakeDutch
                + " Een werknemer die weigert mee te werken, riskeert een loonstop (BW 7:629 lid 3 onder e).",
            DutchPastAowAgeReason = Wvp2013Facts.NoPlanPastAowAgeDutch,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var analysis = context.FirstDone(ObligationCodes.Probleemanalyse);
        var due =
            analysis is not null ? analysis.On.PlusDays(DaysAfterAnalysis)
            : context.AfwijkingFor(ObligationCodes.Probleemanalyse) is { } moved ? moved.DueBy.PlusDays(DaysAfterAnalysis)
            : context.Clock.DateOfCountedDay(DueDayWithoutAnalysis);

        var done = context.FirstDone(ObligationCodes.PlanVanAanpak)?.On;
        var deviation = context.AfwijkingFor(ObligationCodes.PlanVanAanpak);
        output.Add(
            Descriptor,
            context.CreateObligation(
                Descriptor,
                due,
                done,
                new Derivation(
                    analysis?.On,
                    context.AfwijkingFor(ObligationCodes.Probleemanalyse),
                    context.CountedDay(DueDayWithoutAnalysis),
                    analysis is not null ? InterruptionWithin(context, analysis.On, due, done) : null
                ),
                deviation
            )
        );
    }

    /// <summary>
    /// The first interruption with fit days inside the plan's two calendar weeks after the analysis: the term runs on
    /// through it (a casemanager asks whether a plan was due while the employee was fit). Only one that began before
    /// the plan was made: a fit spell after it changes nothing.
    /// </summary>
    private static Timeline.Interruption? InterruptionWithin(
        RuleContext context,
        NodaTime.LocalDate analysedOn,
        NodaTime.LocalDate? due,
        NodaTime.LocalDate? done
    )
    {
        if (due is not { } d)
        {
            return null;
        }

        if (done is { } made && made < d)
        {
            d = made;
        }

        foreach (var i in context.Clock.Interruptions)
        {
            // 28 fit days end the case (BW 7:629 lid 10): then no term runs on.
            if (i.FitDays is > 0 and < 28 && i.From <= d && (i.Until is not { } until || until > analysedOn))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The derivation, written when the explanation is, from the facts it prints.</summary>
    private sealed class Derivation(
        NodaTime.LocalDate? analysed,
        Cases.Afwijking? moved,
        Timeline.CountedDayPart withoutAnalysis,
        Timeline.Interruption? fitWithin
    ) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                WriteDutch(text);
                return;
            }

            if (analysed is { } analysisOn)
            {
                text.Append(
                    $"Within two weeks of the probleemanalyse (WIA art. 25 lid 2; Regeling procesgang art. 4 lid 1): analysis on {analysisOn} + 14 calendar days = {analysisOn.PlusDays(DaysAfterAnalysis)}."
                );
                if (fitWithin is { } fit)
                {
                    if (fit.Until is { } until)
                    {
                        text.Append(
                            $" The two weeks are calendar days: the term ran on while the employee was fit from {fit.From} to {until}."
                        );
                    }
                    else
                    {
                        text.Append($" The two weeks are calendar days: the term runs on while the employee is fit from {fit.From}.");
                    }
                }
            }
            else if (moved is not null)
            {
                text.Append(
                    $"No probleemanalyse on record; a reasoned deviation agreed on {moved.On} moved it to {moved.DueBy} (Regeling procesgang art. 5), so the plan is due two weeks after that (art. 4 lid 1: 'binnen twee weken na het oordeel'): {moved.DueBy} + 14 calendar days = {moved.DueBy.PlusDays(DaysAfterAnalysis)}. Once the analysis is made, the plan is due 14 days after it."
                );
            }
            else
            {
                text.Append(
                    $"No probleemanalyse on record, so the plan is due two weeks after the analysis should have been made (day 42 + 14): {withoutAnalysis}. Once the analysis is made, the plan is due 14 days after it."
                );
            }
        }

        private void WriteDutch(TextBuffer text)
        {
            if (analysed is { } analysisOn)
            {
                text.Append(
                    $"Binnen twee weken na de probleemanalyse (WIA art. 25 lid 2; Regeling procesgang art. 4 lid 1): probleemanalyse op {analysisOn} + 14 kalenderdagen = {analysisOn.PlusDays(DaysAfterAnalysis)}."
                );
                if (fitWithin is { } fit)
                {
                    if (fit.Until is { } until)
                    {
                        text.Append(
                            $" De twee weken zijn kalenderdagen: de termijn liep door tijdens de onderbreking van {fit.From} tot en met {until}."
                        );
                    }
                    else
                    {
                        text.Append($" De twee weken zijn kalenderdagen: de termijn loopt door tijdens de onderbreking vanaf {fit.From}.");
                    }
                }
            }
            else if (moved is not null)
            {
                text.Append(
                    $"Geen probleemanalyse in het dossier; een gemotiveerde afwijking, overeengekomen op {moved.On}, heeft de probleemanalyse verschoven naar {moved.DueBy} (Regeling procesgang art. 5), dus het plan moet uiterlijk twee weken daarna zijn opgesteld (art. 4 lid 1: 'binnen twee weken na het oordeel'): {moved.DueBy} + 14 kalenderdagen = {moved.DueBy.PlusDays(DaysAfterAnalysis)}. Zodra de probleemanalyse er is, moet het plan uiterlijk 14 dagen daarna zijn opgesteld."
                );
            }
            else
            {
                text.Append(
                    $"Geen probleemanalyse in het dossier, dus het plan moet uiterlijk twee weken na de dag zijn opgesteld waarop de probleemanalyse er had moeten zijn (dag 42 + 14): {withoutAnalysis}. Zodra de probleemanalyse er is, moet het plan uiterlijk 14 dagen daarna zijn opgesteld."
                );
            }
        }
    }
}
