using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

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

    private static string Explain(RuleContext context, LocalDate received, LocalDate due, LocalDate? decided)
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

        var overdue = Period.DaysBetween(due, context.AsOf);
        return text
            + (
                overdue > 0
                    ? $"; no decision is recorded on {RuleContext.Iso(context.AsOf)}, {overdue} day(s) past that date: when it comes, the loonsanctie ends as many days earlier as it is late (lid 14), and a finding that the repair is sufficient ends it six weeks after that finding. The end shown does not guess the outcome."
                    : "."
            );
    }

    // The text's delegate is made here, so a case without a herstelmelding allocates no closure.
    private static System.Func<string> ExplainLater(RuleContext context, LocalDate received, LocalDate due, LocalDate? decided) =>
        () => Explain(context, received, due, decided);
}
