using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The sickness report to UWV (<i>42e-weeksmelding</i>): "uiterlijk op de eerste dag nadat de ongeschiktheid 42
/// weken heeft geduurd", counted day 295 (Ziektewet art. 38 lid 1). When employment ends while the employee is
/// sick, the report is due on the last day of employment if that is earlier (art. 38 lid 2).
/// </summary>
public sealed class UwvZiekmeldingRule : IRule
{
    /// <summary>The counted day by which the report is due: the first day after 42 weeks.</summary>
    public const int DueDay = 295;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Rule { get; } =
        new(
            ObligationCodes.UwvZiekmelding,
            "Ziekmelding bij UWV (42e-weeksmelding, sickness report to UWV)",
            "counted day 295, the first day after 42 weeks; ziek uit dienst: the last day of employment if earlier",
            new LegalSource(Laws.Ziektewet, "38", "1"),
            LegalCharacter.Statute,
            "UWV can impose an administrative fine (Ziektewet art. 38 lid 3; at most EUR 455 in the 2015 text); a report made after week 81 also takes away the employee's protection against a late WIA application (WIA art. 64 lid 6).",
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var due = EarlierEnd(context) ?? context.Clock.DateOfCountedDay(DueDay);

        var done = context.FirstDone(ObligationCodes.UwvZiekmelding)?.On;
        output.Add(Rule, context.CreateObligation(Rule, due, done, Derivation, employerObligation: false));
    }

    /// <summary>The last day of employment when it comes before counted day 295 (ziek uit dienst).</summary>
    private static LocalDate? EarlierEnd(RuleContext context) =>
        context.Case.EmploymentEndsOn is { } end && (context.Clock.DateOfCountedDay(DueDay) is not { } d || end < d) ? end : null;

    // Built when the explanation is read.
    private static string Derivation(RuleContext context) =>
        $"On the first day after the incapacity has lasted 42 weeks (Ziektewet art. 38 lid 1): {context.ExplainCountedDay(DueDay)}."
        + (
            EarlierEnd(context) is { } e
                ? $" Employment ends on {RuleContext.Iso(e)}, earlier, so the report is due on the last day of employment (Ziektewet art. 38 lid 2)."
                : string.Empty
        );
}
