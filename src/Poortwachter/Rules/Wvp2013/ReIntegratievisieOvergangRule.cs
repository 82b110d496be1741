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
    private static string? Reason(
        RuleContext context,
        ReIntegratievisieCheck.Documents documents,
        ReIntegratieDocument document,
        ObligationFulfilled? trigger
    )
    {
        if (context.FirstSickDay >= ReIntegratievisieCheck.AmendedFrom)
        {
            return $"this wachttijd started on {RuleContext.Iso(context.FirstSickDay)}, after 28 fit days, so its first sick day is not before 1 July 2023 and the transition of art. 7b does not cover it";
        }

        if (document.On >= ReIntegratievisieCheck.TransitionLapsesOn)
        {
            return "the sickness began before 1 July 2023, but the transition of art. 7b, which kept the old text for it, lapsed on 1 July 2025 (art. 7b lid 2)";
        }

        if (trigger is not null && trigger.On <= document.On)
        {
            var what =
                string.Equals(trigger.Obligation, ObligationCodes.Eerstejaarsevaluatie, StringComparison.Ordinal)
                    ? "the first-year evaluation"
                : ReferenceEquals(documents.Plan, trigger) ? "the plan van aanpak"
                : "a bijstelling of the plan van aanpak";
            return $"the sickness began before 1 July 2023, but {what} was drawn up on {RuleContext.Iso(trigger.On)}, after 1 July 2023, so art. 7b lid 1 no longer keeps the old text";
        }

        return null;
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
