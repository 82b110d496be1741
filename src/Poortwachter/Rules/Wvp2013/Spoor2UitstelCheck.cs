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
        DeferredText baseDerivation,
        int term,
        LocalDate? done
    )
    {
        var clock = context.Clock;
        var decided = postponement.On;
        var prospect = postponement.Until;
        var head = new Head(baseDerivation, decided, prospect);
        CheckPostponement(context, output, decided, prospect, baseDue);

        var afterProspect = clock.CountedDaysAfter(prospect, term);
        var returned = ReturnWithin(clock, decided, prospect);
        if (done is not null || context.AsOf <= prospect)
        {
            var due = Later(baseDue, afterProspect);
            var text = new Outcome(head, Prospect.Pending, term, prospect, afterProspect, done is null, Chosen(due, baseDue));
            output.Add(Spoor2Rule.Descriptor, context.CreateObligation(Spoor2Rule.Descriptor, due, done, text));
            return;
        }

        if (returned is { } fit)
        {
            if (fit.IsOngoing || fit.Until is not { } lastFit)
            {
                output.Add(
                    Spoor2Rule.Descriptor,
                    context.CreateObligation(
                        Spoor2Rule.Descriptor,
                        null,
                        null,
                        new Outcome(head, Prospect.Held, term, fit.From, null, false, null),
                        judged: ObligationStatus.NotApplicable
                    )
                );
                return;
            }

            var relapse = lastFit.PlusDays(1);
            var afterRelapse = clock.CountedDaysAfter(relapse, term);
            var dueAfterRelapse = Later(baseDue, afterRelapse);
            var text = new Outcome(head, Prospect.Relapsed, term, relapse, afterRelapse, false, Chosen(dueAfterRelapse, baseDue))
            {
                FitFrom = fit.From,
            };
            output.Add(Spoor2Rule.Descriptor, context.CreateObligation(Spoor2Rule.Descriptor, dueAfterRelapse, done, text));
            return;
        }

        var expiredDue = Later(baseDue, afterProspect);
        var expired = new Outcome(head, Prospect.Expired, term, prospect, afterProspect, false, Chosen(expiredDue, baseDue));
        var obligation = context.CreateObligation(Spoor2Rule.Descriptor, expiredDue, done, expired);
        output.Add(Spoor2Rule.Descriptor, obligation);
        if (obligation.Status is ObligationStatus.Open or ObligationStatus.Overdue)
        {
            var late = obligation.Status == ObligationStatus.Overdue;
            output.Add(
                new Warning(
                    WarningCodes.Spoor2UitstelVerlopen,
                    late ? Severity.High : Severity.Warning,
                    DeferredText.Of((decided, prospect, expiredDue, late), static (facts, text) => WriteExpired(text, facts)),
                    Spoor2Rule.Descriptor.Code
                )
            );
        }
    }

    private static void WriteExpired(TextBuffer text, (LocalDate Decided, LocalDate Prospect, LocalDate? Due, bool Late) facts)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        if (dutch)
        {
            text.Append(
                $"Het tweede spoor is op {facts.Decided} uitgesteld voor een vooruitzicht op volledige terugkeer uiterlijk op {facts.Prospect}, en die terugkeer is uitgebleven: start het tweede spoor uiterlijk op "
            );
        }
        else
        {
            text.Append(
                $"Spoor 2 was postponed on {facts.Decided} for a prospect of full return by {facts.Prospect}, and that return has not come: start spoor 2 by "
            );
        }

        if (facts.Due is { } due)
        {
            text.AppendDate(due);
        }
        else
        {
            text.Append('-');
        }

        text.Append(
            facts.Late
                ? dutch
                    ? "; die datum is verstreken. "
                    : "; that date has passed. "
                : ". "
        );
        text.Append(Spoor2Rule.Descriptor.StakeIn(text.Language));
    }

    private static void CheckPostponement(RuleContext context, RuleOutput output, LocalDate decided, LocalDate prospect, LocalDate? baseDue)
    {
        var months = context.Options.Spoor2UitstelMaxMonths;
        var limit = decided.PlusMonths(months);
        if (prospect > limit)
        {
            output.Add(
                new Warning(
                    WarningCodes.Spoor2Uitstel,
                    Severity.Warning,
                    DeferredText.Of(
                        (decided, prospect, months, limit),
                        static (facts, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                text.Append(
                                    $"Het tweede spoor is op {facts.decided} uitgesteld voor een vooruitzicht op volledige terugkeer uiterlijk op {facts.prospect}, meer dan {facts.months} {(facts.months == 1 ? "maand" : "maanden")} vooruit ({facts.limit}): UWV aanvaardt het achterwege laten van het tweede spoor alleen bij een concreet vooruitzicht op terugkeer in het eigen werk op korte termijn (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie). "
                                );
                            }
                            else
                            {
                                text.Append(
                                    $"Spoor 2 was postponed on {facts.decided} for a prospect of full return by {facts.prospect}, more than {facts.months} months ahead ({facts.limit}): UWV accepts leaving out spoor 2 only for a concrete prospect of return in the own work on short term (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie). "
                                );
                            }

                            text.Append(Spoor2Rule.Descriptor.StakeIn(text.Language));
                        }
                    ),
                    Spoor2Rule.Descriptor.Code
                )
            );
        }

        if (baseDue is { } due && decided > due)
        {
            output.Add(
                new Warning(
                    WarningCodes.Spoor2Uitstel,
                    Severity.Warning,
                    DeferredText.Of(
                        (decided, due),
                        static (facts, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                text.Append(
                                    $"Het tweede spoor is op {facts.decided} uitgesteld, nadat het al uiterlijk op {facts.due} had moeten starten: UWV kan de weken daartussen beoordelen als een hiaat in de re-integratie-inspanningen. "
                                );
                            }
                            else
                            {
                                text.Append(
                                    $"Spoor 2 was postponed on {facts.decided}, after it was already due on {facts.due}: UWV may judge the weeks in between as a gap in the re-integration efforts. "
                                );
                            }

                            text.Append(Spoor2Rule.Descriptor.StakeIn(text.Language));
                        }
                    ),
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

    /// <summary>The date without the postponement, when it is the one that applies (said after the outcome); null otherwise.</summary>
    private static LocalDate? Chosen(LocalDate? due, LocalDate? baseDue) =>
        due is { } d && baseDue is { } b && d == b && d != default ? b : null;

    /// <summary>What became of the prospect.</summary>
    private enum Prospect
    {
        Pending,
        Held,
        Relapsed,
        Expired,
    }

    /// <summary>The derivation of spoor 2 without the postponement, and the postponement itself.</summary>
    private sealed class Head(DeferredText baseDerivation, LocalDate decided, LocalDate prospect)
    {
        public void Write(TextBuffer text)
        {
            baseDerivation.Write(text);
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append(
                    $" Het tweede spoor is op {decided} uitgesteld voor een concreet vooruitzicht op volledige terugkeer in het eigen werk uiterlijk op {prospect}."
                );
                return;
            }

            text.Append($" Spoor 2 was postponed on {decided} for a concrete prospect of full return in the own work by {prospect}.");
        }
    }

    /// <summary>
    /// The explanation of a postponed spoor 2: the head, then what became of the prospect. <paramref name="from"/> is the
    /// day the term runs from (the prospect's date, or the relapse), or the first fit day when the prospect holds.
    /// </summary>
    private sealed class Outcome(Head head, Prospect prospect, int term, LocalDate from, LocalDate? due, bool recheck, LocalDate? chosen)
        : DeferredText
    {
        /// <summary>Gets the first fully fit day, for a prospect that held before a relapse.</summary>
        public LocalDate FitFrom { get; init; }

        public override void Write(TextBuffer text)
        {
            head.Write(text);
            var dutch = text.Language == TextLanguage.Dutch;
            switch (prospect)
            {
                case Prospect.Held when dutch:
                    text.Append(
                        $" Het vooruitzicht is uitgekomen: de werknemer is sinds {from} volledig hersteld, dus het tweede spoor is niet nodig zolang dat duurt."
                    );
                    return;
                case Prospect.Held:
                    text.Append(
                        $" The prospect held: the employee is fully fit since {from}, so spoor 2 is not needed as long as that lasts."
                    );
                    return;
                case Prospect.Pending when dutch:
                    text.Append($" Blijft die terugkeer uit, dan moet het tweede spoor {term} getelde ziektedagen na {from} starten");
                    break;
                case Prospect.Pending:
                    text.Append($" If that return does not come, spoor 2 is due {term} counted days after {from}");
                    break;
                case Prospect.Relapsed when dutch:
                    text.Append(
                        $" Het vooruitzicht is uitgekomen: de werknemer was volledig hersteld vanaf {FitFrom}, maar is opnieuw ziek vanaf {from} binnen dezelfde wachttijd; het tweede spoor moet {term} getelde ziektedagen daarna starten"
                    );
                    break;
                case Prospect.Relapsed:
                    text.Append(
                        $" The prospect held: the employee was fully fit from {FitFrom}, but sick again from {from} within the same wachttijd; spoor 2 is due {term} counted days after that"
                    );
                    break;
                case Prospect.Expired when dutch:
                    text.Append(
                        $" Het vooruitzicht is verstreken zonder die terugkeer (ziek tot en met {from}): het tweede spoor moet {term} getelde ziektedagen daarna starten"
                    );
                    break;
                default:
                    text.Append(
                        $" The prospect has passed without that return (sick through {from}): spoor 2 is due {term} counted days after it"
                    );
                    break;
            }

            if (due is { } d)
            {
                text.Append(dutch ? ", op " : ", on ");
                text.AppendDate(d);
            }

            if (recheck)
            {
                text.Append(dutch ? "; Poortwachter toetst het vooruitzicht opnieuw op " : "; the engine re-checks the prospect on ");
                text.AppendDate(from);
            }

            text.Append('.');
            if (chosen is { } b)
            {
                text.Append(dutch ? " De datum zonder het uitstel, " : " The date without the postponement, ");
                text.AppendDate(b);
                text.Append(dutch ? ", is niet eerder en geldt." : ", is not earlier and applies.");
            }
        }
    }
}
