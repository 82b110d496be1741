using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Engine;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Sick at the end of employment (<i>ziek uit dienst</i>): the employer reports to UWV on the last working day
/// before employment ends and, if that is six weeks or more after day 1 and the employer is not an
/// eigenrisicodrager ZW, makes the RIV by then (Ziektewet art. 38 lid 2). UWV then takes over; the wachttijd goes on.
/// This rule adds the milestone and a warning; <see cref="ZiekUitDienstMeldingRule"/> and the RIV rule give the
/// obligations.
/// </summary>
internal sealed class ZiekUitDienstRule : IRule
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
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeDienstverband] = "Einde dienstverband (employment ends)",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.Case.EmploymentEndsOn is not { } end || end < context.FirstSickDay)
        {
            return;
        }

        output.Add(new Milestone(Descriptor.Code, end, Descriptor.LegalBasis, new FuncText(() => MilestoneText(context))));
        output.Add(
            new Warning(WarningKinds.ZiekUitDienst, context.AsOf <= end ? Severity.Warning : Severity.Info, WarningLater(context, end))
        );
    }

    private static string MilestoneText(RuleContext c)
    {
        var ends = RuleContext.Iso(c.Case.EmploymentEndsOn!.Value);
        var last = ZiekUitDienstMeldingRule.DescribeLastWorkingDay(c);
        if (c.Case.Vangnet is { } vangnet)
        {
            return $"Employment ends on {ends} while the employee is sick. Safety net '{vangnet}': no ziek-uit-dienst report is owed (Ziektewet art. 38 lid 4; the report of art. 38a is due on the last day of employment when that falls within its six weeks), but when {last} is six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW, it hands over a re-integratieverslag on that day (art. 38 lid 2, second sentence, kept by lid 4); then UWV takes over and the wachttijd goes on.";
        }

        var reporting = c.Case.EigenrisicodragerWga ? " (as eigenrisicodrager WGA under WIA art. 85 lid 3)" : string.Empty;
        return EmployerDuties.ContinueAfterEmployment(c.Case)
            ? $"Employment ends on {ends} while the employee is sick: the employer reports to UWV on {last}{reporting}; as an eigenrisicodrager ZW it owes no re-integratieverslag on that day (Ziektewet art. 38 lid 2), but it keeps guiding its former employee as if still employed, with the plan van aanpak, its evaluations and the re-integratieverslag 13 weeks before the end (Ziektewet art. 63a lid 1; WIA art. 26 lid 2). The wachttijd goes on."
            : $"Employment ends on {ends} while the employee is sick: the employer reports to UWV on {last}{reporting} and, when that is six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW, hands over a re-integratieverslag; then UWV takes over and the wachttijd goes on (Ziektewet art. 38 lid 2).";
    }

    private static string WarningText(RuleContext c, LocalDate end)
    {
        const string LastDay = " The last day shown is the end of the wachttijd, not of the employer's wage continuation.";
        if (c.Case.Vangnet is not null)
        {
            return $"Employment ends on {RuleContext.Iso(end)}: the employer's obligations due after that lapse and UWV takes over the re-integration; in this safety-net case no ziek-uit-dienst report is owed (Ziektewet art. 38 lid 4), and a missing report of art. 38a costs an administrative fine (art. 38a lid 8)."
                + LastDay;
        }

        return EmployerDuties.ContinueAfterEmployment(c.Case)
            ? $"Employment ends on {RuleContext.Iso(end)}: as an eigenrisicodrager ZW the employer keeps its re-integration duties for its former employee (Ziektewet art. 63a lid 1; WIA art. 26 lid 2), so its obligations after that day stay due, and {Fine(c)}."
                + LastDay
            : $"Employment ends on {RuleContext.Iso(end)}: the employer's obligations due after that lapse, UWV takes over the re-integration, and {Fine(c)}."
                + LastDay;
    }

    private static string Fine(RuleContext c) =>
        c.Case.EigenrisicodragerWga
            ? "the ziek-uit-dienst report is owed under WIA art. 85 lid 3 (the eigenrisicodrager WGA is exempt from Ziektewet art. 38, WIA art. 85 lid 1)"
            : "a missing ziek-uit-dienst report to UWV costs an administrative fine (Ziektewet art. 38 lid 2-3)";

    // The text's delegate is made here, so a case without an end of employment allocates no closure.
    private static System.Func<string> WarningLater(RuleContext context, LocalDate end) => () => WarningText(context, end);
}
