using System;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The re-integratievisie for first sick days before 1 July 2023, by the transition of Regeling procesgang art. 7b
/// (Stcrt. 2023, 13931, art. I onder B): the old art. 4 lid 2 "blijft van toepassing voor werknemers van wie de eerste
/// ziektedag is gelegen voor 1 juli 2023, indien het plan van aanpak en de eerstejaarsevaluatie niet na deze datum zijn
/// opgesteld of bijgesteld" (lid 1), and "Dit artikel vervalt met ingang van 1 juli 2025" (lid 2). So a document needs
/// the views of employer and employee when it is dated on or after a plan van aanpak, bijstelling or first-year
/// evaluation drawn up strictly after 1 July 2023 ("na deze datum"; a periodic evaluation does not trigger this, the
/// article names only the plan and the first-year evaluation), or when it is dated from 1 July 2025 on. Documents before
/// the trigger keep the old text. A wachttijd that itself starts on or after 1 July 2023 (after 28 fit days) is not
/// covered by art. 7b: its documents need the views. The rule warns like <see cref="ReIntegratievisieRule"/>.
/// </summary>
internal sealed class ReIntegratievisieOvergangRule : IRule
{
    /// <summary>The code of the rule.</summary>
    public const string Code = "re-integratievisie-overgang";

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            Code,
            "Re-integratievisie, transition for first sick days before 1 July 2023 (check)",
            "no term of its own: documents need both views once a plan van aanpak, bijstelling or eerstejaarsevaluatie is drawn up after 1 July 2023 (from that document on), and every document from 1 July 2025, when the transition lapsed; a warning when an event records a view as missing",
            new LegalSource(Laws.RegelingProcesgang, "7b", null, "as inserted by " + ReIntegratievisieCheck.Amendment),
            LegalCharacter.Statute,
            ReIntegratievisieRule.Descriptor.Stake,
            Wvp2013Facts.InForceFrom,
            ReIntegratievisieCheck.AmendedFrom.PlusDays(-1)
        )
        {
            YieldsObligations = false,
            DutchTitle = "Re-integratievisie, overgangsrecht voor eerste ziektedagen vóór 1 juli 2023 (controle)",
            DutchDueRule =
                "geen eigen termijn: documenten bevatten beide visies zodra een plan van aanpak, bijstelling of eerstejaarsevaluatie na 1 juli 2023 is opgesteld (vanaf dat document), en elk document vanaf 1 juli 2025, toen het overgangsrecht verviel; een waarschuwing als een gebeurtenis een visie als ontbrekend vastlegt",
            DutchStake = ReIntegratievisieRule.Descriptor.DutchStake,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (!ReIntegratievisieCheck.AnyViewMissing(context))
        {
            return;
        }

        var trigger = Trigger(context);
        var documents = new ReIntegratievisieCheck.Documents(context);
        for (var at = 0; at < context.Events.Count; at++)
        {
            if (
                context.Events[at] is ReIntegratieDocument d
                && ReIntegratievisieCheck.IsViewMissing(d)
                && Reason(context, documents, d, trigger) is { } reason
            )
            {
                ReIntegratievisieCheck.Warn(documents, output, d, reason, transition: true);
            }
        }
    }

    /// <summary>Why the document needs both views, or null when art. 7b keeps the old text for it.</summary>
    private static DeferredText? Reason(
        RuleContext context,
        ReIntegratievisieCheck.Documents documents,
        ReIntegratieDocument document,
        ObligationFulfilled? trigger
    )
    {
        if (context.FirstSickDay >= ReIntegratievisieCheck.AmendedFrom)
        {
            return DeferredText.Of(
                context.FirstSickDay,
                static (day, text) =>
                {
                    if (text.Language == TextLanguage.Dutch)
                    {
                        text.Append(
                            $"deze wachttijd is begonnen op {day}, na 28 hersteldagen, dus de eerste ziektedag ligt niet vóór 1 juli 2023 en het overgangsrecht van art. 7b geldt er niet voor"
                        );
                        return;
                    }

                    text.Append(
                        $"this wachttijd started on {day}, after 28 fit days, so its first sick day is not before 1 July 2023 and the transition of art. 7b does not cover it"
                    );
                }
            );
        }

        if (document.On >= ReIntegratievisieCheck.TransitionLapsesOn)
        {
            return Lapsed;
        }

        if (trigger is not null && trigger.On <= document.On)
        {
            var what =
                string.Equals(trigger.Obligation, ObligationCodes.Eerstejaarsevaluatie, StringComparison.Ordinal) ? 0
                : ReferenceEquals(documents.Plan, trigger) ? 1
                : 2;
            return DeferredText.Of((what, trigger.On), static (facts, text) => WriteTriggered(text, facts.what, facts.On));
        }

        return null;
    }

    private static readonly DeferredText Lapsed = DeferredText.Of(
        0,
        static (_, text) =>
            text.Append(
                text.Language == TextLanguage.Dutch
                    ? "de ziekte is vóór 1 juli 2023 begonnen, maar het overgangsrecht van art. 7b, dat de oude tekst ervoor in stand hield, is op 1 juli 2025 vervallen (art. 7b lid 2)"
                    : "the sickness began before 1 July 2023, but the transition of art. 7b, which kept the old text for it, lapsed on 1 July 2025 (art. 7b lid 2)"
            )
    );

    /// <summary>Why a document after the trigger needs the views: <paramref name="what"/> 0 first-year evaluation, 1 plan, 2 bijstelling.</summary>
    private static void WriteTriggered(TextBuffer text, int what, NodaTime.LocalDate on)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            var dutch =
                what == 0 ? "de eerstejaarsevaluatie"
                : what == 1 ? "het plan van aanpak"
                : "een bijstelling van het plan van aanpak";
            text.Append(
                $"de ziekte is vóór 1 juli 2023 begonnen, maar {dutch} is opgesteld op {on}, na 1 juli 2023, dus art. 7b lid 1 houdt de oude tekst niet meer in stand"
            );
            return;
        }

        var english =
            what == 0 ? "the first-year evaluation"
            : what == 1 ? "the plan van aanpak"
            : "a bijstelling of the plan van aanpak";
        text.Append(
            $"the sickness began before 1 July 2023, but {english} was drawn up on {on}, after 1 July 2023, so art. 7b lid 1 no longer keeps the old text"
        );
    }

    /// <summary>The first plan van aanpak, bijstelling or first-year evaluation drawn up after ("na") 1 July 2023, if any.</summary>
    private static ObligationFulfilled? Trigger(RuleContext context)
    {
        for (var at = 0; at < context.Events.Count; at++)
        {
            if (
                context.Events[at] is ObligationFulfilled f
                && f.On > ReIntegratievisieCheck.AmendedFrom
                && (
                    string.Equals(f.Obligation, ObligationCodes.PlanVanAanpak, StringComparison.Ordinal)
                    || string.Equals(f.Obligation, ObligationCodes.Eerstejaarsevaluatie, StringComparison.Ordinal)
                )
            )
            {
                return f;
            }
        }

        return null;
    }
}
