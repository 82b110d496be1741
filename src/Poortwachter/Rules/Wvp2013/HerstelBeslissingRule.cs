using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Milestone: UWV decides on the employer's herstelmelding (the report that the shortfall behind a loonsanctie is
/// repaired) "binnen drie weken na de ontvangst van de melding" (WIA art. 25 lid 13); a later decision ends the
/// sanction that much earlier (lid 14). One milestone per herstelmelding after the loonsanctie decision.
/// </summary>
internal sealed class HerstelBeslissingRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.HerstelBeslissing,
            "UWV's decision on a herstelmelding (milestone)",
            "3 weeks after UWV received the herstelmelding; a later decision shortens the loonsanctie by its delay",
            new LegalSource(Laws.Wia, "25", "13"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            DutchTitle = "Beslissing van UWV op een herstelmelding (mijlpaal)",
            DutchDueRule =
                "3 weken nadat UWV de herstelmelding heeft ontvangen; een latere beslissing bekort de loonsanctie met de vertraging",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        // Past the AOW age a loonsanctie on record changes nothing (event-ignored), and neither does its repair.
        var sanction = context.Last<Loonsanctie>();
        // After a shortened wachttijd a loonsanctie is ignored (WIA art. 66 lid 6), and a repair of it with it; past the AOW
        // age there is no loonsanctie either.
        if (sanction is null || context.VervroegdeIva is not null || context.Aow is not null)
        {
            return;
        }

        var events = context.Events;
        for (var at = 0; at < events.Count; at++)
        {
            // A herstelmelding follows the decision it repairs (the validator sees to it for the first decision).
            if (events[at] is Herstelmelding melding && melding.On > sanction.On)
            {
                var received = melding.On;
                var due = received.PlusDays(LoonsanctieExtension.HerstelDecisionDays);
                var decided = DecisionAfter(events, at);
                output.Add(new Milestone(Descriptor.Code, due, Descriptor.LegalBasis, ExplainLater(context, received, due, decided)));
            }
        }
    }

    private static LocalDate? DecisionAfter(System.Collections.Generic.IReadOnlyList<CaseEvent> events, int at)
    {
        for (var i = at + 1; i < events.Count; i++)
        {
            switch (events[i])
            {
                case Bekorting or HerstelAfgewezen:
                    return events[i].On;
                case Herstelmelding:
                    return null;
            }
        }

        return null;
    }

    private static string Explain(LocalDate asOf, LocalDate received, LocalDate due, LocalDate? decided)
    {
        var text =
            $"UWV received the herstelmelding on {RuleContext.Iso(received)} and decides within three weeks, by {RuleContext.Iso(due)} (WIA art. 25 lid 13)";
        if (decided is { } d)
        {
            var late = Period.DaysBetween(due, d);
            return text
                + (
                    late > 0
                        ? $"; it decided on {RuleContext.Iso(d)}, {late} day(s) late, so the loonsanctie ends {late} day(s) earlier (lid 14)."
                        : $"; it decided on {RuleContext.Iso(d)}, on time."
                );
        }

        var overdue = Period.DaysBetween(due, asOf);
        return text
            + (
                overdue > 0
                    ? $"; no decision is recorded on {RuleContext.Iso(asOf)}, {overdue} day(s) past that date: when it comes, the loonsanctie ends as many days earlier as it is late (lid 14), and a finding that the repair is sufficient ends it six weeks after that finding. The end shown does not guess the outcome."
                    : "."
            );
    }

    private static void WriteDutch(TextBuffer text, LocalDate asOf, LocalDate received, LocalDate due, LocalDate? decided)
    {
        text.Append(
            $"UWV heeft de herstelmelding ontvangen op {received} en beslist binnen drie weken, uiterlijk op {due} (WIA art. 25 lid 13)"
        );
        if (decided is { } d)
        {
            var late = Period.DaysBetween(due, d);
            if (late > 0)
            {
                text.Append($"; UWV besliste op {d}, ");
                CountedDayText.AppendCount(text, late, "dag", "dagen");
                text.Append(" te laat, dus de loonsanctie eindigt ");
                CountedDayText.AppendCount(text, late, "dag", "dagen");
                text.Append(" eerder (lid 14).");
            }
            else
            {
                text.Append($"; UWV besliste op {d}, op tijd.");
            }

            return;
        }

        var overdue = Period.DaysBetween(due, asOf);
        if (overdue > 0)
        {
            text.Append($"; op {asOf} staat geen beslissing geregistreerd, ");
            CountedDayText.AppendCount(text, overdue, "dag", "dagen");
            text.Append(
                " na die datum: als de beslissing komt, eindigt de loonsanctie zoveel dagen eerder als zij te laat is (lid 14), en een oordeel dat het herstel voldoende is, beëindigt haar zes weken na dat oordeel. Het getoonde einde loopt niet vooruit op de uitkomst."
            );
        }
        else
        {
            text.Append('.');
        }
    }

    // The text is made here, so a case without a herstelmelding allocates nothing for it; it holds only the dates it prints.
    private static DeferredText ExplainLater(RuleContext context, LocalDate received, LocalDate due, LocalDate? decided) =>
        DeferredText.Of(
            (context.AsOf, received, due, decided),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    WriteDutch(text, f.AsOf, f.received, f.due, f.decided);
                    return;
                }

                text.Append(Explain(f.AsOf, f.received, f.due, f.decided));
            }
        );
}
