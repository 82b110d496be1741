using System.Collections.Generic;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Engine;

/// <summary>The checks before an assessment: the case is valid, and the assessment date lies within it and the supported range.</summary>
internal static class AssessmentInput
{
    /// <summary>Throws when the case or the assessment date cannot be assessed.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <param name="meter">Counts the work when given.</param>
    /// <exception cref="InvalidCaseException">Every problem, each with its path (<c>asOf</c> for the date).</exception>
    public static void Check(SicknessCase @case, LocalDate asOf, WorkMeter? meter)
    {
        var problems = CaseValidator.Validate(@case, meter);
        if (problems.Count == 0 && asOf < @case.FirstSickDay)
        {
            problems = [new CaseProblem("asOf", EngineTexts.AsOfBeforeDay1(asOf, @case.FirstSickDay))];
        }
        else if (problems.Count == 0 && asOf > CaseValidator.MaxSupportedDate)
        {
            problems = [new CaseProblem("asOf", EngineTexts.AsOfAfterSupported(asOf))];
        }

        if (problems.Count > 0)
        {
            throw new InvalidCaseException(problems);
        }
    }
}
