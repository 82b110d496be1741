using System;
using System.Collections.Generic;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The milestones of a spoor-2 trajectory as re-integration bureaus run it: the start (phase 1, diagnose and
/// orientation), the trajectory plan (phase 2, guidance and mediation), the planned end (start plus the planned
/// months), the placement with another employer (phase 3, placement and aftercare) and the end of the aftercare.
/// Bureau practice, off by default.
/// </summary>
internal sealed class Spoor2TrajectRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.Spoor2Start,
            "Spoor-2 trajectory phases (milestones)",
            "the start of spoor 2 (diagnose and orientation), the trajectory plan (guidance and mediation), the planned end, the placement (placement and aftercare) and 13 weeks of aftercare (practice, configurable)",
            new LegalSource(Laws.Spoor2Praktijk, section: "fasen: diagnose en orientatie, begeleiding en bemiddeling, plaatsing en nazorg"),
            LegalCharacter.Practice,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            EnabledByDefault = false,
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.Spoor2Start] = "Spoor 2 starts: diagnose and orientation",
                [MilestoneCodes.Spoor2Begeleiding] = "Spoor 2: guidance and mediation (trajectory plan)",
                [MilestoneCodes.Spoor2TrajectEinde] = "Spoor 2: planned end of the trajectory",
                [MilestoneCodes.Spoor2Plaatsing] = "Spoor 2: placed with another employer (aftercare)",
                [MilestoneCodes.Spoor2NazorgEinde] = "Spoor 2: end of the aftercare",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.FirstDone(ObligationCodes.Spoor2)?.On is not { } started)
        {
            return;
        }

        var source = Descriptor.LegalBasis;
        output.Add(
            new Milestone(
                MilestoneCodes.Spoor2Start,
                started,
                source,
                $"Spoor 2 started on {RuleContext.Iso(started)}: phase 1, diagnose and orientation (intake, what the employee can and wants, the search profile)."
            )
        );
        var plan = context.First<Spoor2Trajectplan>();
        if (plan is not null)
        {
            output.Add(
                new Milestone(
                    MilestoneCodes.Spoor2Begeleiding,
                    plan.On,
                    source,
                    $"The trajectory plan of {RuleContext.Iso(plan.On)} opens phase 2, guidance and mediation (applications, work-experience places)."
                )
            );
            if (plan.PlannedMonths is { } months)
            {
                var plannedEnd = started.PlusMonths(months);
                var text =
                    $"The plan foresees {months} months from the start on {RuleContext.Iso(started)}: {RuleContext.Iso(plannedEnd)} (calendar months).";
                if (context.End.LastDay is { } last && plannedEnd > last)
                {
                    text += $" That is after the last day of the wachttijd, {RuleContext.Iso(last)}.";
                }

                output.Add(new Milestone(MilestoneCodes.Spoor2TrajectEinde, plannedEnd, source, text));
            }
        }

        if (context.First<Spoor2Plaatsing>() is { } placement)
        {
            output.Add(
                new Milestone(
                    MilestoneCodes.Spoor2Plaatsing,
                    placement.On,
                    source,
                    $"Placed with another employer on {RuleContext.Iso(placement.On)}: phase 3, placement and aftercare."
                )
            );
            var days = context.Options.Spoor2NazorgDays;
            var aftercareEnd = context.Clock.CountedDaysAfter(placement.On, days);
            var text = $"Aftercare runs {days} counted days after the placement";
            if (context.End.LastDay is { } before && before < placement.On)
            {
                aftercareEnd = null; // placed after the wachttijd ended: no aftercare within it
            }
            else if (context.End.LastDay is { } last && (aftercareEnd is not { } a || a > last))
            {
                aftercareEnd = last;
                text += $", but not past the last day of the wachttijd: {RuleContext.Iso(last)}.";
            }
            else if (aftercareEnd is { } ae)
            {
                text += $": {RuleContext.Iso(ae)}.";
            }

            if (aftercareEnd is { } on)
            {
                output.Add(new Milestone(MilestoneCodes.Spoor2NazorgEinde, on, source, text));
            }
        }
    }
}
