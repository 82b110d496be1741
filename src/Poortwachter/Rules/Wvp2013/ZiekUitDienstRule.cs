using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Sick at the end of employment (<i>ziek uit dienst</i>): the employer reports to UWV on the last day of
/// employment and, if that is six weeks or more after day 1, makes the RIV by then (Ziektewet art. 38 lid 2).
/// UWV then takes over; the wachttijd goes on. This rule adds the milestone and a warning; the report and the
/// RIV rules move their due dates.
/// </summary>
public sealed class ZiekUitDienstRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Rule { get; } =
        new(
            MilestoneCodes.EindeDienstverband,
            "Ziek uit dienst: end of employment while sick (milestone)",
            "the last day of employment; report to UWV and, six weeks or more after day 1, the RIV by then",
            new LegalSource(Laws.Ziektewet, "38", "2"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.Case.EmploymentEndsOn is not { } end || end < context.FirstSickDay)
        {
            return;
        }

        output.Add(
            new Milestone(
                Rule.Code,
                end,
                Rule.Source,
                context,
                static c =>
                    $"Employment ends on {RuleContext.Iso(c.Case.EmploymentEndsOn!.Value)} while the employee is sick: the employer reports to UWV on the last day of employment and, when that is six weeks or more after day 1, hands over a re-integratieverslag; then UWV takes over and the wachttijd goes on (Ziektewet art. 38 lid 2)."
            )
        );
        output.Add(
            new Warning(
                WarningKinds.ZiekUitDienst,
                context.AsOf <= end ? Severity.Warning : Severity.Info,
                () =>
                    $"Employment ends on {RuleContext.Iso(end)}: the employer's obligations due after that lapse, UWV takes over the re-integration, and a missing report to UWV costs an administrative fine (Ziektewet art. 38 lid 2-3)."
            )
        );
    }
}
