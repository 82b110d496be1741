using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// What the two re-integratievisie rules share: the dates of the amendment and of its transition, which documents record
/// a missing view, and the warning. Which documents must hold the views is each rule's own: every one for a first sick day
/// from 1 July 2023 (<see cref="ReIntegratievisieRule"/>), the transition of art. 7b for an earlier one
/// (<see cref="ReIntegratievisieOvergangRule"/>).
/// </summary>
internal static class ReIntegratievisieCheck
{
    /// <summary>1 July 2023: the amended art. 4 lid 2 (Stcrt. 2023, 13931, art. I onder A) is in force.</summary>
    public static readonly LocalDate AmendedFrom = new(2023, 7, 1);

    /// <summary>1 July 2025: the transition of art. 7b lapses ("vervalt met ingang van 1 juli 2025", lid 2).</summary>
    public static readonly LocalDate TransitionLapsesOn = new(2025, 7, 1);

    /// <summary>The publication of the amending regulation.</summary>
    public const string Amendment = "Stcrt. 2023, 13931";

    /// <summary>The regulation's consolidated text (BWBR0013540).</summary>
    public const string Link = "https://wetten.overheid.nl/BWBR0013540";

    /// <summary>The amending regulation as published.</summary>
    public const string AmendmentLink = "https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html";

    /// <summary>Whether an event of the case records a document without one of the views; most cases have none, and then the rules stop here.</summary>
    /// <param name="context">The case.</param>
    /// <returns>Whether any document has <c>false</c> for a view.</returns>
    public static bool AnyViewMissing(RuleContext context)
    {
        for (var at = 0; at < context.Events.Count; at++)
        {
            if (context.Events[at] is ReIntegratieDocument d && IsViewMissing(d))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the document records a view as not in it (<c>false</c>; <c>null</c> is not recorded and not missing).</summary>
    /// <param name="document">The document.</param>
    /// <returns>Whether a view is missing.</returns>
    public static bool IsViewMissing(ReIntegratieDocument document) => document.VisieWerkgever == false || document.VisieWerknemer == false;

    /// <summary>Adds the warning for a document that must hold both views and records one missing.</summary>
    /// <param name="documents">The case's documents, as one evaluation of the rule reads them.</param>
    /// <param name="output">Where the warning goes.</param>
    /// <param name="document">The document.</param>
    /// <param name="reason">Why the document must hold the views, a clause that completes "they are required: ...".</param>
    /// <param name="transition">Whether art. 7b decided it (cited beside art. 4).</param>
    public static void Warn(Documents documents, RuleOutput output, ReIntegratieDocument document, DeferredText reason, bool transition)
    {
        var bijstelling = documents.IsBijstelling(document);
        output.Add(
            new Warning(
                WarningCodes.ReIntegratievisieOntbreekt,
                Severity.Warning,
                DeferredText.Of(
                    (document, bijstelling, reason, transition),
                    static (facts, text) => WriteMessage(text, facts.document, facts.bijstelling, facts.reason, facts.transition)
                ),
                document.Obligation,
                documents.Sequence(document)
            )
        );
    }

    /// <summary>
    /// What the warnings of one evaluation of a rule read about the case, found once: the first plan van aanpak and the
    /// evaluations held after it. A look-up per document (the plan, then every evaluation, for each document without a
    /// view) cost documents x events: 50,000 such documents took 80 seconds.
    /// </summary>
    internal sealed class Documents(RuleContext context)
    {
        private readonly ObligationFulfilled? _plan = context.FirstDone(ObligationCodes.PlanVanAanpak);
        private List<(LocalDate On, string Kind)>? _evaluations;

        /// <summary>Gets the first plan van aanpak on record, if any.</summary>
        public ObligationFulfilled? Plan => _plan;

        /// <summary>Whether a <c>plan-van-aanpak</c> event is a bijstelling: a plan is already on record before it.</summary>
        /// <param name="document">The document.</param>
        /// <returns>Whether it adjusts an earlier plan.</returns>
        public bool IsBijstelling(ReIntegratieDocument document) =>
            string.Equals(document.Obligation, ObligationCodes.PlanVanAanpak, StringComparison.Ordinal)
            && !ReferenceEquals(_plan, document);

        /// <summary>The number of the evaluation obligation the document fulfils (as <see cref="EvaluatieRule"/> counts them); 0 for the other documents.</summary>
        /// <param name="document">The document.</param>
        /// <returns>The number.</returns>
        public int Sequence(ReIntegratieDocument document)
        {
            if (!string.Equals(document.Obligation, ObligationCodes.Evaluatie, StringComparison.Ordinal) || _plan is null)
            {
                return 0;
            }

            // The evaluations are in date order, one a day: evaluation number n is the n-th, found by bisection.
            var held = _evaluations ??= EvaluatieRule.Evaluations(context, _plan.On);
            int lo = 0,
                hi = held.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (held[mid].On == document.On)
                {
                    return mid + 1;
                }

                if (held[mid].On < document.On)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return 0;
        }
    }

    private static void WriteMessage(TextBuffer text, ReIntegratieDocument document, bool bijstelling, DeferredText reason, bool transition)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            WriteDutchMessage(text, document, bijstelling, reason, transition);
            return;
        }

        var (what, part) = document.Obligation switch
        {
            ObligationCodes.PlanVanAanpak when bijstelling => ("The bijstelling of the plan van aanpak", "art. 4 lid 5 with lid 2 onder a"),
            ObligationCodes.PlanVanAanpak => ("The plan van aanpak", "art. 4 lid 2 onder a"),
            ObligationCodes.Evaluatie => ("The evaluation", "art. 4 lid 2 onder b"),
            _ => ("The first-year evaluation", "art. 4 lid 2 onder b"),
        };
        var missing = (document.VisieWerkgever, document.VisieWerknemer) switch
        {
            (false, false) =>
                "neither the employer's nor the employee's view on the re-integration (visieWerkgever and visieWerknemer false)",
            (false, _) => "the employer's view on the re-integration (visieWerkgever false)",
            _ => "the employee's view on the re-integration (visieWerknemer false)",
        };
        var verb = document.VisieWerkgever == false && document.VisieWerknemer == false ? "holds" : "does not hold";
        text.Append($"{what} of {document.On} {verb} {missing}. It must hold the views of both employer and employee: ");
        reason.Write(text);
        text.Append(
            $" (Regeling procesgang eerste en tweede ziektejaar, BWBR0013540, {part} as amended by {Amendment}, in force 1 July 2023{(transition ? ", and art. 7b as inserted by it" : string.Empty)}; {Link}; {AmendmentLink}). Add the missing view to the document; UWV reads the plan and its evaluations in the re-integratieverslag (art. 6 lid 1 onder g and h)."
        );
    }

    private static void WriteDutchMessage(
        TextBuffer text,
        ReIntegratieDocument document,
        bool bijstelling,
        DeferredText reason,
        bool transition
    )
    {
        var (what, part) = document.Obligation switch
        {
            ObligationCodes.PlanVanAanpak when bijstelling => ("De bijstelling van het plan van aanpak", "art. 4 lid 5 met lid 2 onder a"),
            ObligationCodes.PlanVanAanpak => ("Het plan van aanpak", "art. 4 lid 2 onder a"),
            ObligationCodes.Evaluatie => ("De evaluatie", "art. 4 lid 2 onder b"),
            _ => ("De eerstejaarsevaluatie", "art. 4 lid 2 onder b"),
        };
        var missing = (document.VisieWerkgever, document.VisieWerknemer) switch
        {
            (false, false) =>
                "bevat noch de visie van de werkgever noch die van de werknemer op de re-integratie (visieWerkgever en visieWerknemer false)",
            (false, _) => "bevat niet de visie van de werkgever op de re-integratie (visieWerkgever false)",
            _ => "bevat niet de visie van de werknemer op de re-integratie (visieWerknemer false)",
        };
        text.Append($"{what} van {document.On} {missing}. Het document moet de visie van zowel de werkgever als de werknemer bevatten: ");
        reason.Write(text);
        text.Append(
            $" (Regeling procesgang eerste en tweede ziektejaar, BWBR0013540, {part} zoals gewijzigd bij {Amendment}, in werking sinds 1 juli 2023{(transition ? ", en art. 7b zoals daarbij ingevoegd" : string.Empty)}; {Link}; {AmendmentLink}). Vul de ontbrekende visie aan in het document; UWV leest het plan en de evaluaties ervan in het re-integratieverslag (art. 6 lid 1 onder g en h)."
        );
    }
}
