using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The ziek-uit-dienst report (<i>ziek-uit-dienstmelding</i>): when employment ends while the employee is sick, the
/// employer reports the sickness to UWV "op de laatste werkdag voordat de dienstbetrekking eindigt" (Ziektewet art. 38
/// lid 2, first sentence). It is a report of its own: "onverminderd het eerste lid", so it is owed also when the
/// 42nd-week report (art. 38 lid 1) was already made. A report not made, or not made properly, can be fined (art. 38
/// lid 3). The last working day is the case's <see cref="Cases.SicknessCase.LastWorkingDay"/>, or else the last day of
/// employment; the explanation says which.
/// </summary>
internal sealed class ZiekUitDienstMeldingRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.ZiekUitDienstMelding,
            "Ziek-uit-dienstmelding bij UWV (report of sickness at the end of employment)",
            "the last working day before employment ends (the case's lastWorkingDay, else the last day of employment); only when employment ends while the employee is sick; not in a safety-net case (art. 38 lid 4); an eigenrisicodrager WGA makes it under WIA art. 85 lid 3",
            new LegalSource(Laws.Ziektewet, "38", "2"),
            LegalCharacter.Statute,
            "UWV can impose an administrative fine when the report is not made or not made properly (Ziektewet art. 38 lid 3; at most EUR 455 in the 2015 text).",
            Wvp2013Facts.InForceFrom
        )
        {
            LapsesWithShortenedWachttijd = false,
            ReviewedWithWiaApplication = false,
        };

    /// <summary>
    /// Gets the descriptor of the same report made by an eigenrisicodrager WGA: exempt from Ziektewet art. 38 (WIA art.
    /// 85 lid 1), it reports "op de laatste werkdag voordat de dienstbetrekking eindigt" under WIA art. 85 lid 3.
    /// </summary>
    internal static RuleDescriptor EigenrisicodragerWgaDescriptor { get; } =
        new(
            ObligationCodes.ZiekUitDienstMelding,
            "Ziek-uit-dienstmelding bij UWV door de eigenrisicodrager WGA (WIA art. 85)",
            "the last working day before employment ends (the case's lastWorkingDay, else the last day of employment); only when employment ends while the employee is sick",
            new LegalSource(Laws.Wia, "85", "3"),
            LegalCharacter.Statute,
            "WIA art. 85 sets no fine of its own (the fine of Ziektewet art. 38 lid 3 is for the report of art. 38).",
            Wvp2013Facts.InForceFrom
        )
        {
            LapsesWithShortenedWachttijd = false,
            ReviewedWithWiaApplication = false,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>
    /// Returns the last working day before employment ends: the case's own, or the last day of employment; null when
    /// employment does not end during the case.
    /// </summary>
    /// <param name="context">The rule context.</param>
    /// <returns>The day the ziek-uit-dienst report (and, when owed, the RIV) is due.</returns>
    internal static LocalDate? LastWorkingDay(RuleContext context) =>
        context.Case.EmploymentEndsOn is { } end && end >= context.FirstSickDay ? context.Case.LastWorkingDay ?? end : null;

    /// <summary>Says which last working day was used, for an explanation.</summary>
    /// <param name="context">The rule context.</param>
    /// <returns>The clause, such as "the last working day 2026-02-27 from the case (employment ends 2026-02-28)".</returns>
    internal static string DescribeLastWorkingDay(RuleContext context)
    {
        var end = context.Case.EmploymentEndsOn;
        return context.Case.LastWorkingDay is { } day
            ? $"the last working day {RuleContext.Iso(day)} given in the case (employment ends on {RuleContext.Iso(end ?? day)})"
            : $"the last day of employment, {RuleContext.Iso(end ?? context.FirstSickDay)}, as the case gives no last working day";
    }

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (LastWorkingDay(context) is not { } due)
        {
            return;
        }

        if (context.Case.Vangnet is { } vangnet)
        {
            // Ziektewet art. 38 lid 4: of art. 38 only the RIV at the end of employment applies to a safety-net case.
            output.Add(Descriptor, VangnetZiekmeldingRule.NotOwedInSafetyNet(context, Descriptor, due, SafetyNetText(context, vangnet)));
            return;
        }

        var done = context.FirstDone(ObligationCodes.ZiekUitDienstMelding)?.On;
        var rule = context.Case.EigenrisicodragerWga ? EigenrisicodragerWgaDescriptor : Descriptor;
        output.Add(
            rule,
            context.CreateObligation(
                rule,
                due,
                done,
                new Derivation(context.Case.EigenrisicodragerWga, DescribeLastWorkingDay(context), context.Case.EigenrisicodragerZw)
            )
        );
    }

    /// <summary>The derivation, built when the explanation is read, from the facts it prints.</summary>
    private sealed class Derivation(bool eigenrisicodragerWga, string lastWorkingDay, bool eigenrisicodragerZw) : DeferredText
    {
        public override string Build(TextLanguage language) =>
            eigenrisicodragerWga
                ? $"Employment ends while the employee is sick. The employer is eigenrisicodrager WGA: exempt from the reports of Ziektewet art. 38 (WIA art. 85 lid 1), it reports the incapacity 'op de laatste werkdag voordat de dienstbetrekking eindigt' (WIA art. 85 lid 3), here {lastWorkingDay}, in addition to the report after 42 weeks ('onverminderd het tweede lid'), the same day the ziek-uit-dienst report of Ziektewet art. 38 lid 2 would be due."
                : $"Employment ends while the employee is sick: the employer reports the sickness to UWV on the last working day before employment ends (Ziektewet art. 38 lid 2), here {lastWorkingDay}. This report is owed in addition to the 42nd-week report (art. 38 lid 2: 'onverminderd het eerste lid'), also when that was made."
                    + (
                        eigenrisicodragerZw
                            ? " The employer is eigenrisicodrager ZW: UWV's employer pages say such an employer does not report a former employee's sickness to UWV (it pays the sickness benefit itself), but art. 38 lid 2, first sentence, names no exception for it (its second sentence exempts only the RIV), nor do art. 63a-63d; the engine keeps the report due, the reading that does not expose the employer to the fine of art. 38 lid 3. Check with UWV."
                            : string.Empty
                    );
    }

    // The text's delegate is made here, so the common path allocates no closure for it.
    private static System.Func<string> SafetyNetText(RuleContext context, string vangnet) =>
        () =>
            $"Safety net '{vangnet}': of Ziektewet art. 38 only the second to fourth sentences of lid 2 (the RIV at the end of employment) apply to a safety-net case (art. 38 lid 4), so the ziek-uit-dienst report on {DescribeLastWorkingDay(context)} is not owed; the employer reports the sickness under art. 38a instead (obligation 'vangnet-ziekmelding', due on the last day of employment when that falls within the six weeks).";
}
