using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Cases.Validation;

namespace Poortwachter.Cases;

/// <summary>
/// Checks a case against the contract and reports every problem at once, each with the JSON path of the
/// offending value and a message a person understands. It never throws for a bad case.
/// </summary>
public static class CaseValidator
{
    /// <summary>The earliest date the engine accepts anywhere in a case.</summary>
    public static readonly LocalDate MinSupportedDate = new(1900, 1, 1);

    /// <summary>The latest date the engine accepts anywhere in a case.</summary>
    public static readonly LocalDate MaxSupportedDate = new(2199, 12, 31);

    /// <summary>
    /// The first day of the current regime: first sick days from 1 July 2013 on (the WIA application due 11
    /// weeks and the re-integratieverslag 13 weeks before the end of the wachttijd).
    /// </summary>
    public static readonly LocalDate CurrentRegimeStart = new(2013, 7, 1);

    /// <summary>
    /// The first first-sick-day of the rules for an employee past the AOW age (1 January 2016, Wet werken na de
    /// AOW-gerechtigde leeftijd): a case with an AOW date and an earlier first sick day is refused.
    /// </summary>
    internal static readonly LocalDate AowAgeRulesStart = new(2016, 1, 1);

    /// <summary>Validates a case.</summary>
    /// <param name="case">The case to check.</param>
    /// <returns>Every problem found, in the order of the case; empty when the case is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static IReadOnlyList<CaseProblem> Validate(SicknessCase @case) => Validate(@case, meter: null);

    /// <summary>Validates a case, counting each item of the case read when a meter is given (tests bound the count).</summary>
    internal static IReadOnlyList<CaseProblem> Validate(SicknessCase @case, WorkMeter? meter)
    {
        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        var problems = new Problems();
        CaseFieldChecks.CheckStart(@case, problems);
        SicknessChecks.Check(@case, Metered(@case.Sickness, meter), problems);
        LeaveChecks.Check(@case, Metered(@case.Leave, meter), problems);
        CaseFieldChecks.CheckEmployment(@case, problems);
        CaseFieldChecks.CheckVangnet(@case, problems);
        CaseFieldChecks.CheckAow(@case, problems);
        EventChecks.Check(@case, Metered(@case.Events, meter), problems);
        return problems.Found;
    }

    private static IReadOnlyList<T> Metered<T>(IReadOnlyList<T> items, WorkMeter? meter) => meter is null ? items : meter.Counting(items);

    /// <summary>Validates a case and throws when it has problems.</summary>
    /// <param name="case">The case to check.</param>
    /// <exception cref="InvalidCaseException">The case has one or more problems; all are listed.</exception>
    public static void ThrowIfInvalid(SicknessCase @case)
    {
        var problems = Validate(@case);
        if (problems.Count > 0)
        {
            throw new InvalidCaseException(problems);
        }
    }
}
