using System;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Spoor 2 postponed (event <c>spoor-2-uitstel</c>) for a concrete prospect of full return in the own work on short
/// term. Until the prospect's date the start stays due as without the postponement or a term after the prospect,
/// whichever is later; after it the engine re-checks the prospect: held (the employee was fully fit by then), held and
/// sick again (due a term after the relapse), or expired (due a term after the prospect's date, with a warning).
/// Part of <see cref="Spoor2Rule"/>.
/// </summary>
internal static class Spoor2UitstelCheck
{
    /// <summary>Adds spoor 2 for a case where it was postponed, re-checking the prospect once its date has passed.</summary>
    internal static void Evaluate(
        RuleContext context,
        RuleOutput output,
        Spoor2Uitstel postponement,
        LocalDate? baseDue,
        Func<string> baseDerivation,
        int term,
        LocalDate? done
    )
    {
        var clock = context.Clock;
        var decided = postponement.On;
        var prospect = postponement.Until;
        var head =
            $"{baseDerivation()} Spoor 2 was postponed on {RuleContext.Iso(decided)} for a concrete prospect of full return in the own work by {RuleContext.Iso(prospect)}.";
        CheckPostponement(context, output, decided, prospect, baseDue);

        var afterProspect = clock.CountedDaysAfter(prospect, term);
        var returned = ReturnWithin(clock, decided, prospect);
        if (done is not null || context.AsOf <= prospect)
        {
            var due = Later(baseDue, afterProspect);
            var text =
                head
                + $" If that return does not come, spoor 2 is due {term} counted days after {RuleContext.Iso(prospect)}"
                + (afterProspect is { } ap ? $", on {RuleContext.Iso(ap)}" : string.Empty)
                + (done is null ? $"; the engine re-checks the prospect on {RuleContext.Iso(prospect)}." : ".")
                + Chosen(due, baseDue);
            output.Add(Spoor2Rule.Descriptor, context.CreateObligation(Spoor2Rule.Descriptor, due, done, new ConstantText(text)));
            return;
        }

        if (returned is { } fit)
        {
            if (fit.IsOngoing || fit.Until is not { } lastFit)
            {
                var held =
                    head
                    + $" The prospect held: the employee is fully fit since {RuleContext.Iso(fit.From)}, so spoor 2 is not needed as long as that lasts.";
                output.Add(
                    Spoor2Rule.Descriptor,
                    context.CreateObligation(
                        Spoor2Rule.Descriptor,
                        null,
                        null,
                        new ConstantText(held),
                        judged: ObligationStatus.NotApplicable
                    )
                );
                return;
            }

            var relapse = lastFit.PlusDays(1);
            var afterRelapse = clock.CountedDaysAfter(relapse, term);
            var dueAfterRelapse = Later(baseDue, afterRelapse);
            var text =
                head
                + $" The prospect held: the employee was fully fit from {RuleContext.Iso(fit.From)}, but sick again from {RuleContext.Iso(relapse)} within the same wachttijd; spoor 2 is due {term} counted days after that"
                + (afterRelapse is { } ar ? $", on {RuleContext.Iso(ar)}" : string.Empty)
                + "."
                + Chosen(dueAfterRelapse, baseDue);
            output.Add(
                Spoor2Rule.Descriptor,
                context.CreateObligation(Spoor2Rule.Descriptor, dueAfterRelapse, done, new ConstantText(text))
            );
            return;
        }

        var expiredDue = Later(baseDue, afterProspect);
        var expired =
            head
            + $" The prospect has passed without that return (sick through {RuleContext.Iso(prospect)}): spoor 2 is due {term} counted days after it"
            + (afterProspect is { } ap2 ? $", on {RuleContext.Iso(ap2)}" : string.Empty)
            + "."
            + Chosen(expiredDue, baseDue);
        var obligation = context.CreateObligation(Spoor2Rule.Descriptor, expiredDue, done, new ConstantText(expired));
        output.Add(Spoor2Rule.Descriptor, obligation);
        if (obligation.Status is ObligationStatus.Open or ObligationStatus.Overdue)
        {
            var late = obligation.Status == ObligationStatus.Overdue;
            output.Add(
                new Warning(
                    WarningKinds.Spoor2UitstelVerlopen,
                    late ? Severity.High : Severity.Warning,
                    $"Spoor 2 was postponed on {RuleContext.Iso(decided)} for a prospect of full return by {RuleContext.Iso(prospect)}, and that return has not come: start spoor 2 by {(expiredDue is { } ed ? RuleContext.Iso(ed) : "-")}"
                        + (late ? "; that date has passed. " : ". ")
                        + Spoor2Rule.Descriptor.Stake,
                    Spoor2Rule.Descriptor.Code
                )
            );
        }
    }

    private static void CheckPostponement(RuleContext context, RuleOutput output, LocalDate decided, LocalDate prospect, LocalDate? baseDue)
    {
        var months = context.Options.Spoor2UitstelMaxMonths;
        var limit = decided.PlusMonths(months);
        if (prospect > limit)
        {
            output.Add(
                new Warning(
                    WarningKinds.Spoor2Uitstel,
                    Severity.Warning,
                    $"Spoor 2 was postponed on {RuleContext.Iso(decided)} for a prospect of full return by {RuleContext.Iso(prospect)}, more than {months} months ahead ({RuleContext.Iso(limit)}): UWV accepts leaving out spoor 2 only for a concrete prospect of return in the own work on short term (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie). "
                        + Spoor2Rule.Descriptor.Stake,
                    Spoor2Rule.Descriptor.Code
                )
            );
        }

        if (baseDue is { } due && decided > due)
        {
            output.Add(
                new Warning(
                    WarningKinds.Spoor2Uitstel,
                    Severity.Warning,
                    $"Spoor 2 was postponed on {RuleContext.Iso(decided)}, after it was already due on {RuleContext.Iso(due)}: UWV may judge the weeks in between as a gap in the re-integration efforts. "
                        + Spoor2Rule.Descriptor.Stake,
                    Spoor2Rule.Descriptor.Code
                )
            );
        }
    }

    private static Interruption? ReturnWithin(WachttijdClock clock, LocalDate decided, LocalDate prospect)
    {
        for (var at = 0; at < clock.Interruptions.Count; at++)
        {
            var interruption = clock.Interruptions[at];
            if (interruption.From > decided && interruption.From <= prospect)
            {
                return interruption;
            }
        }

        return null;
    }

    private static LocalDate? Later(LocalDate? a, LocalDate? b) =>
        a is not { } x ? b
        : b is not { } y ? a
        : x >= y ? x
        : y;

    private static string Chosen(LocalDate? due, LocalDate? baseDue) =>
        due is { } d && baseDue is { } b && d == b && d != default
            ? $" The date without the postponement, {RuleContext.Iso(b)}, is not earlier and applies."
            : string.Empty;
}
