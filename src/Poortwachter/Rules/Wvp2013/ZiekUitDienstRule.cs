using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Sick at the end of employment (<i>ziek uit dienst</i>): the employer reports to UWV on the last working day
/// before employment ends and, if that is six weeks or more after day 1 and the employer is not an
/// eigenrisicodrager ZW, makes the RIV by then (Ziektewet art. 38 lid 2). UWV then takes over; the wachttijd goes on.
/// This rule adds the milestone and a warning; <see cref="ZiekUitDienstMeldingRule"/> and the RIV rule give the
/// obligations.
/// </summary>
public sealed class ZiekUitDienstRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.EindeDienstverband,
            "Ziek uit dienst: end of employment while sick (milestone)",
            "the last day of employment; the ziek-uit-dienst report and, six weeks or more after day 1 and not for an eigenrisicodrager ZW, the RIV are due on the last working day before it",
            new LegalSource(Laws.Ziektewet, "38", "2"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.Case.EmploymentEndsOn is not { } end || end < context.FirstSickDay)
        {
            return;
        }

        output.Add(
            new Milestone(
                Descriptor.Code,
                end,
                Descriptor.LegalBasis,
                context,
                static c =>
                    $"Employment ends on {RuleContext.Iso(c.Case.EmploymentEndsOn!.Value)} while the employee is sick: the employer reports to UWV on {ZiekUitDienstMeldingRule.DescribeLastWorkingDay(c)} and, when that is six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW, hands over a re-integratieverslag; then UWV takes over and the wachttijd goes on (Ziektewet art. 38 lid 2)."
            )
        );
        output.Add(
            new Warning(
                WarningKinds.ZiekUitDienst,
                context.AsOf <= end ? Severity.Warning : Severity.Info,
                () =>
                    $"Employment ends on {RuleContext.Iso(end)}: the employer's obligations due after that lapse, UWV takes over the re-integration, and a missing ziek-uit-dienst report to UWV costs an administrative fine (Ziektewet art. 38 lid 2-3). The last day shown is the end of the wachttijd, not of the employer's wage continuation."
            )
        );
    }
}
