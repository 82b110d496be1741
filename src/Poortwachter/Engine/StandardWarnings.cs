using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// The warnings the engine gives for every rule alike, from what the rules produced: overdue, due soon, done late
/// (by the obligation's status, legal character and the rule's <see cref="RuleDescriptor.OverdueSeverity"/>), a
/// reasoned deviation applied, events not known on the assessment date and a new wachttijd.
/// </summary>
internal static class StandardWarnings
{
    /// <summary>
    /// Puts the assessment's warnings together in the order they are given: what was known of the events, the end of
    /// the wachttijd, each obligation's standard warning, each deviation applied, then the rules' own warnings.
    /// </summary>
    /// <param name="known">The known events.</param>
    /// <param name="day1">Day 1 of the wachttijd assessed.</param>
    /// <param name="restarted">Whether an earlier case ended and this wachttijd is a new one.</param>
    /// <param name="endWarnings">The warnings of the end of the wachttijd.</param>
    /// <param name="output">What the rules produced.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <param name="dueSoonDays">How many days ahead an open obligation is due soon.</param>
    /// <param name="aow">The rules for an employee past the AOW age, when they govern the case; a missed step then carries no loonsanctie.</param>
    /// <returns>The warnings, not yet ordered by severity.</returns>
    public static List<Warning> Collect(
        KnownEvents known,
        LocalDate day1,
        bool restarted,
        List<Warning>? endWarnings,
        RuleOutput output,
        LocalDate asOf,
        int dueSoonDays,
        AowAgeRegime? aow = null
    )
    {
        var warnings = new List<Warning>();
        if (known.Future > 0)
        {
            warnings.Add(new Warning(WarningCodes.EventAfterAsOf, Severity.Info, EngineTexts.FutureEvents(known.Future, asOf)));
        }

        if (restarted)
        {
            warnings.Add(new Warning(WarningCodes.NewWachttijd, Severity.Warning, EngineTexts.NewWachttijd(day1, known.Earlier)));
        }

        if (endWarnings is not null)
        {
            warnings.AddRange(endWarnings);
        }
        // After a shortened wachttijd UWV reviews no re-integration file, so a missed step carries no loonsanctie.
        var shortened = ShortenedWachttijd.Grant(known.Events);
        for (var at = 0; at < output.Obligations.Count; at++)
        {
            var (obligation, rule) = output.Obligations[at];
            if (For(obligation, rule, asOf, dueSoonDays, shortened, aow) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        for (var at = 0; at < output.Obligations.Count; at++)
        {
            var obligation = output.Obligations[at].Obligation;
            if (obligation.Deviation is { } deviation)
            {
                warnings.Add(
                    new Warning(
                        WarningCodes.DeviationApplied,
                        Severity.Info,
                        EngineTexts.DeviationApplied(obligation.Kind, deviation, obligation.DueWithoutDeviation),
                        obligation.Kind,
                        obligation.Sequence
                    )
                );
            }
        }

        warnings.AddRange(output.Warnings);
        return warnings;
    }

    /// <summary>The standard warning of one obligation, if its status calls for one.</summary>
    private static Warning? For(
        Obligation obligation,
        RuleDescriptor rule,
        LocalDate asOf,
        int dueSoonDays,
        Cases.VervroegdeIvaBesluit? shortened,
        AowAgeRegime? aow
    )
    {
        var statute = rule.Character == LegalCharacter.Statute;
        if (
            aow is not null
            && rule.ReviewedWithWiaApplication
            && obligation.DueBy is { } stepDue
            && obligation.Status is ObligationStatus.Overdue or ObligationStatus.FulfilledLate
        )
        {
            // Past the AOW age no WIA follows, so UWV never checks the file: a missed step puts no loonsanctie at stake.
            return new Warning(
                obligation.Status == ObligationStatus.Overdue ? WarningCodes.Overdue : WarningCodes.FulfilledLate,
                obligation.Status == ObligationStatus.Overdue ? Severity.Warning : Severity.Info,
                EngineTexts.MissedPastAowAge(obligation, rule, stepDue, asOf, aow.On),
                obligation.Kind,
                obligation.Sequence
            );
        }

        if (
            shortened is not null
            && rule.ReviewedWithWiaApplication
            && obligation.DueBy is { } missed
            && obligation.Status is ObligationStatus.Overdue or ObligationStatus.FulfilledLate
        )
        {
            // A re-integration step missed before UWV shortened the wachttijd: a fact on record, with nothing at stake.
            return new Warning(
                obligation.Status == ObligationStatus.Overdue ? WarningCodes.Overdue : WarningCodes.FulfilledLate,
                Severity.Info,
                EngineTexts.MissedBeforeShortened(obligation, rule, missed, shortened),
                obligation.Kind,
                obligation.Sequence
            );
        }

        switch (obligation.Status)
        {
            case ObligationStatus.Overdue when obligation.DueBy is { } due:
                var severity =
                    rule.OverdueSeverity is { } chosen ? chosen
                    : statute ? Severity.High
                    : rule.Character == LegalCharacter.Policy ? Severity.Warning
                    : Severity.Info;
                return new Warning(
                    WarningCodes.Overdue,
                    severity,
                    EngineTexts.Overdue(obligation, rule, due, asOf),
                    obligation.Kind,
                    obligation.Sequence
                );
            case ObligationStatus.Open when obligation.DueBy is { } due && Period.DaysBetween(asOf, due) <= dueSoonDays:
                return new Warning(
                    WarningCodes.DueSoon,
                    statute ? Severity.Warning : Severity.Info,
                    EngineTexts.DueSoon(obligation, rule, due, asOf),
                    obligation.Kind,
                    obligation.Sequence
                );
            case ObligationStatus.FulfilledLate when obligation.DueBy is { } due && obligation.FulfilledOn is { } done:
                return new Warning(
                    WarningCodes.FulfilledLate,
                    statute || rule.OverdueSeverity == Severity.High ? Severity.Warning : Severity.Info,
                    EngineTexts.FulfilledLate(obligation, rule, due, done),
                    obligation.Kind,
                    obligation.Sequence
                );
            default:
                return null;
        }
    }
}
