using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The sickness report to UWV (<i>42e-weeksmelding</i>): "uiterlijk op de eerste dag nadat de ongeschiktheid 42
/// weken heeft geduurd", counted day 295 (Ziektewet art. 38 lid 1). The duty rests on the employer who owes wage
/// (BW 7:629): when employment ends before day 295 it does not arise, and the ziek-uit-dienst report of art. 38 lid 2
/// (<see cref="ZiekUitDienstMeldingRule"/>) is the report owed; when it ends later, both reports are owed. An application
/// for a shortened wachttijd made before any report counts as the report (art. 38 lid 8).
/// </summary>
public sealed class UwvZiekmeldingRule : IRule
{
    /// <summary>The counted day by which the report is due: the first day after 42 weeks.</summary>
    public const int DueDay = 295;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.UwvZiekmelding,
            "Ziekmelding bij UWV (42e-weeksmelding, sickness report to UWV)",
            "counted day 295, the first day after 42 weeks; not owed when employment ends before it (the ziek-uit-dienst report is owed instead)",
            new LegalSource(Laws.Ziektewet, "38", "1"),
            LegalCharacter.Statute,
            "UWV can impose an administrative fine (Ziektewet art. 38 lid 3; at most EUR 455 in the 2015 text); a report made after week 81 also takes away the employee's protection against a late WIA application (WIA art. 64 lid 6).",
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var due = context.Clock.DateOfCountedDay(DueDay);
        var done = ApplicationAsReport(context) ?? context.FirstDone(ObligationCodes.UwvZiekmelding)?.On;
        // An employer's obligation: when employment ends before day 295 it does not arise (not-applicable).
        output.Add(Descriptor, context.CreateObligation(Descriptor, due, done, Derivation));
    }

    /// <summary>
    /// The day of an application for a shortened wachttijd made before any report: "wordt deze aanvraag [...] beschouwd
    /// als een aangifte" (Ziektewet art. 38 lid 8); null when a report came first or there is no application.
    /// </summary>
    private static LocalDate? ApplicationAsReport(RuleContext context) =>
        Timeline.ShortenedWachttijd.Application(context.Events) is { } a
        && (context.FirstDone(ObligationCodes.UwvZiekmelding) is not { } report || a.On < report.On)
            ? a.On
            : null;

    // Built when the explanation is read.
    private static string Derivation(RuleContext context) =>
        $"On the first day after the incapacity has lasted 42 weeks (Ziektewet art. 38 lid 1): {context.ExplainCountedDay(DueDay)}."
        + (
            context.Case.EmploymentEndsOn is { } end && context.Clock.DateOfCountedDay(DueDay) is { } d && end < d
                ? $" Employment ends on {RuleContext.Iso(end)}, earlier: this report is owed by the employer who owes wage on day 295, so the ziek-uit-dienst report (Ziektewet art. 38 lid 2) is the report owed instead."
                : string.Empty
        )
        + (
            ApplicationAsReport(context) is { } applied
                ? $" The employee applied for a shortened wachttijd on {RuleContext.Iso(applied)} before any report was made: that application counts as the report (Ziektewet art. 38 lid 8)."
                : string.Empty
        );
}
