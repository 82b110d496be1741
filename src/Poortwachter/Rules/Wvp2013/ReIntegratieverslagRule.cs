using System;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The re-integratieverslag (RIV), with the eindevaluatie and a current view of the bedrijfsarts: at the latest
/// 13 weeks before the end of the wachttijd, counted day 637 (WIA art. 25 lid 3; Regeling procesgang art. 6).
/// After a voluntary extension it counts back from the new end (WIA art. 25 lid 4). When employment ends while
/// the employee is sick and at least six weeks lie between day 1 and the last working day, it is due on that last
/// working day, unless the employer is an eigenrisicodrager ZW (Ziektewet art. 38 lid 2). After UWV granted a shortened
/// wachttijd it is not due: that application goes without a RIV (WIA art. 66 lid 6).
/// </summary>
internal sealed class ReIntegratieverslagRule : IRule
{
    /// <summary>The weeks before the end of the wachttijd by which the report is due.</summary>
    public const int WeeksBeforeEnd = 13;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.ReIntegratieverslag,
            "Re-integratieverslag (re-integration report, RIV)",
            "13 weeks before the end of the wachttijd: counted day 637; after a voluntary extension, 13 weeks before the new end; ziek uit dienst: the last working day, when six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW",
            new LegalSource(Laws.Wia, "25", "3"),
            LegalCharacter.Statute,
            "Without a complete RIV UWV does not process the WIA application and sets a term to complete it; an incomplete file leads to an administrative loonsanctie until it is complete (WIA art. 25 lid 8-9).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.NeverArises,
            PastAowAgeReason =
                ", before the wachttijd could end: no WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so there is no WIA application for a re-integratieverslag to go with (WIA art. 25 lid 3, art. 65) and no loonsanctie (art. 25 lid 9). Not required.",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.VervroegdeIva is { } grant)
        {
            output.Add(Descriptor, Lapsed(Descriptor, grant, context.End.WachttijdEndsOn!.Value, NoRivText));
            return;
        }

        var done = context.FirstDone(ObligationCodes.ReIntegratieverslag)?.On;
        var (due, derivation) = CountBack(context, WeeksBeforeEnd, "WIA art. 25 lid 3", "WIA art. 25 lid 4 onder a");
        var verlenging = context.End.ReferenceEnd != context.End.StatutoryLastDay ? context.Last<Verlenging>() : null;
        if (verlenging is not null && done is { } d && d <= verlenging.On && context.End.StatutoryLastDay is { } statutoryEnd)
        {
            // Made before the extension: judged against the original term; it must be supplemented before the new one.
            var supplementBy = due;
            var (originalDue, originalDerivation) = CountBackFrom(context, statutoryEnd, WeeksBeforeEnd, "WIA art. 25 lid 3");
            due = originalDue;
            derivation = originalDerivation;
            if (supplementBy is { } s)
            {
                var supplemented = SupplementAfter(context, verlenging.On);
                if (supplemented is not { } on || on > s)
                {
                    output.Add(
                        new Warning(
                            WarningKinds.RivSupplement,
                            supplemented is not null ? Severity.Warning
                                : context.AsOf <= s ? Severity.Warning
                                : Severity.High,
                            SupplementText(verlenging, d, s, supplemented),
                            Descriptor.Code
                        )
                    );
                }
            }
        }

        // Ziek uit dienst (Ziektewet art. 38 lid 2, second sentence): the RIV on the last working day, when at least six
        // weeks lie between day 1 and that day and the employer is not an eigenrisicodrager ZW.
        if (ZiekUitDienstMeldingRule.LastWorkingDay(context) is { } last && (due is not { } dd || last < dd))
        {
            var calendarDays = Period.DaysBetween(context.FirstSickDay, last) + 1;
            var before = derivation;
            if (calendarDays >= 42 && !context.Case.EigenrisicodragerZw)
            {
                output.Add(
                    Descriptor,
                    context.CreateObligation(Descriptor, last, done, AtEmploymentEndText(context, before, calendarDays))
                );
                return;
            }

            derivation = NoRivAtEmploymentEndText(context, before, calendarDays);
        }

        output.Add(Descriptor, context.CreateObligation(Descriptor, due, done, derivation));
    }

    private const string NoRivText =
        "An application for a shortened wachttijd is not accompanied by a RIV, and UWV does not review the re-integration efforts on it (WIA art. 66 lid 6: art. 65 does not apply), so no RIV is due.";

    /// <summary>
    /// The obligation of a rule that counts back from the end of the wachttijd of 104 weeks, when UWV granted a shortened
    /// wachttijd (WIA art. 23 lid 6): it does not arise.
    /// </summary>
    internal static Obligation Lapsed(RuleDescriptor rule, Cases.VervroegdeIvaBesluit grant, LocalDate end, string why) =>
        new(
            rule.Code,
            null,
            ObligationStatus.NotApplicable,
            null,
            rule.LegalBasis,
            rule.Character,
            () =>
                $"UWV granted a shortened wachttijd on {RuleContext.Iso(grant.On)} (WIA art. 23 lid 6): the wachttijd ends on {RuleContext.Iso(end)}, and the IVA benefit starts the next day. {why}"
        );

    /// <summary>The first supplement of the RIV (event <c>riv-aanvulling</c>) recorded after the extension was granted.</summary>
    private static LocalDate? SupplementAfter(RuleContext context, LocalDate granted)
    {
        var events = context.Events;
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is RivAanvulling supplement && supplement.On >= granted)
            {
                return supplement.On;
            }
        }

        return null;
    }

    internal static (LocalDate? Due, DeferredText Derivation) CountBack(
        RuleContext context,
        int weeks,
        string citation,
        string extendedCitation
    )
    {
        if (context.End.ReferenceEnd is not { } end)
        {
            return (
                null,
                new FuncText(() => $"{weeks} weeks before the end of the wachttijd ({citation}); the case ended by recovery before that.")
            );
        }

        var extended = end != context.End.StatutoryLastDay;
        return CountBackFrom(context, end, weeks, extended ? extendedCitation : citation, extended);
    }

    internal static (LocalDate? Due, DeferredText Derivation) CountBackFrom(
        RuleContext context,
        LocalDate end,
        int weeks,
        string citation,
        bool extended = false
    )
    {
        var endDay = context.Clock.CountedDaysThrough(end);
        var day = endDay - (weeks * 7);
        var due = day >= 1 ? context.Clock.DateOfCountedDay(day) : context.FirstSickDay;
        return (due, new CountBackText(context, end, endDay, day, weeks, citation, extended));
    }

    /// <summary>How a date counted back from the end was found, written when read.</summary>
    private sealed class CountBackText(RuleContext context, LocalDate end, int endDay, int day, int weeks, string citation, bool extended)
        : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            text.Append($"{weeks} weeks before ");
            if (extended)
            {
                text.Append($"the extended end {end} (counted day {endDay})");
            }
            else
            {
                text.Append($"the end of the wachttijd, counted day {endDay} ({end})");
            }

            if (day >= 1)
            {
                text.Append($" ({citation}): {context.CountedDay(day)}.");
            }
            else
            {
                text.Append($" ({citation}): day 1.");
            }
        }
    }

    // The texts' delegates are made in these methods, so the common path allocates no closure for them.
    private static Func<string> SupplementText(Verlenging verlenging, LocalDate made, LocalDate by, LocalDate? supplemented) =>
        () =>
            $"The wage period was extended to {RuleContext.Iso(verlenging.Until)} after the RIV was made on {RuleContext.Iso(made)}: supplement the RIV by {RuleContext.Iso(by)}, 13 weeks before the new end (WIA art. 25 lid 4 onder b)."
            + (
                supplemented is { } late
                    ? $" It was supplemented on {RuleContext.Iso(late)}, {Period.DaysBetween(by, late)} day(s) late."
                    : string.Empty
            );

    private static Func<string> AtEmploymentEndText(RuleContext context, DeferredText before, int calendarDays) =>
        () =>
            before.Build(TextLanguage.English)
            + $" Employment ends while the employee is sick: on {ZiekUitDienstMeldingRule.DescribeLastWorkingDay(context)}, {calendarDays} calendar days from day 1, both included (six weeks or more), so the employer's RIV is due on that day (Ziektewet art. 38 lid 2). 'Indien tussen de eerste dag van de ongeschiktheid tot werken en de laatste werkdag ... ten minste zes weken is gelegen' is read with both days counted, a choice: it owes the RIV in the most cases; a reading that leaves out one or both days owes none when the last working day is the 42nd calendar day.";

    private static FuncText NoRivAtEmploymentEndText(RuleContext context, DeferredText before, int calendarDays) =>
        context.Case.EigenrisicodragerZw
            ? new FuncText(() =>
                before.Build(TextLanguage.English)
                + $" Employment ends while the employee is sick ({ZiekUitDienstMeldingRule.DescribeLastWorkingDay(context)}), but the employer is eigenrisicodrager for the Ziektewet, so no RIV is owed at the end of employment ('de werkgever, die geen eigenrisicodrager is', Ziektewet art. 38 lid 2)."
                + (
                    Engine.EmployerDuties.ContinueAfterEmployment(context.Case)
                        ? " It keeps its re-integration duties for its former employee (WIA art. 26 lid 2 applies art. 25 lid 3 to it; Ziektewet art. 63a lid 1), so the RIV stays due 13 weeks before the end."
                        : string.Empty
                )
            )
            : new FuncText(() =>
                before.Build(TextLanguage.English)
                + $" Employment ends while the employee is sick, on {ZiekUitDienstMeldingRule.DescribeLastWorkingDay(context)}: {calendarDays} calendar day(s) from day 1, fewer than six weeks, so no RIV is owed at the end of employment (Ziektewet art. 38 lid 2)."
            );

    private static FuncText RecoveredBeforeText(int weeks, string citation) =>
        new FuncText(() => $"{weeks} weeks before the end of the wachttijd ({citation}); the case ended by recovery before that.");
}
