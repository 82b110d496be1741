using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The first-year evaluation (<i>eerstejaarsevaluatie</i>, "opschudmoment"): at the end of the first sick year,
/// by counted day 364 (Regeling procesgang art. 4 lid 2 onder b); practice holds it in weeks 46 to 52, and an
/// earlier one is reported as early.
/// </summary>
public sealed class EerstejaarsevaluatieRule : IRule
{
    /// <summary>The counted day by which the evaluation is due: the end of week 52.</summary>
    public const int DueDay = 364;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Rule { get; } =
        new(
            ObligationCodes.Eerstejaarsevaluatie,
            "Eerstejaarsevaluatie (first-year evaluation)",
            "counted day 364, the end of the first sick year; practice window weeks 46-52 (configurable)",
            new LegalSource(Laws.RegelingProcesgang, "4", "2 onder b"),
            LegalCharacter.Statute,
            Wvp2013Facts.LoonsanctieStake + " The outcome belongs in the re-integratieverslag (Regeling procesgang art. 6 lid 1 onder h).",
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var due = context.Clock.DateOfCountedDay(DueDay);
        var windowWeek = context.Options.EerstejaarsevaluatieWindowStartWeek;
        var windowDay = ((windowWeek - 1) * 7) + 1;
        var windowStart = context.Clock.DateOfCountedDay(windowDay);
        var done = context.FirstDone(ObligationCodes.Eerstejaarsevaluatie)?.On;
        var applied = context.ApplyDeviation(ObligationCodes.Eerstejaarsevaluatie, due, Derivation);
        output.Add(Rule, context.CreateObligation(Rule, applied.DueBy, done, applied.Derivation));
        if (done is { } d && windowStart is { } w && d < w && applied.Deviation is null)
        {
            output.Add(
                new Warning(
                    WarningKinds.Early,
                    Severity.Info,
                    () =>
                        $"The first-year evaluation was held on {RuleContext.Iso(d)}, before week {windowWeek} ({RuleContext.Iso(w)}): UWV expects it to look back on the whole first sick year; consider evaluating again near the end of week 52 (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie).",
                    Rule.Code
                )
            );
        }
    }

    // Built when the explanation is read.
    private static string Derivation(RuleContext context)
    {
        var windowWeek = context.Options.EerstejaarsevaluatieWindowStartWeek;
        var windowDay = ((windowWeek - 1) * 7) + 1;
        var windowStart = context.Clock.DateOfCountedDay(windowDay);
        return $"At the end of the first sick year (Regeling procesgang art. 4 lid 2 onder b): {context.ExplainCountedDay(DueDay)}. Practice holds it from week {windowWeek} (counted day {windowDay}"
            + (windowStart is { } ws ? $", {RuleContext.Iso(ws)}" : string.Empty)
            + ").";
    }
}
