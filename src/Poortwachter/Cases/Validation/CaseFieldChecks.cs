namespace Poortwachter.Cases.Validation;

/// <summary>The case's own fields: its id, the first sick day, the end of employment, the last working day and the AOW date.</summary>
internal static class CaseFieldChecks
{
    /// <summary>Checks the id and the first sick day.</summary>
    public static void CheckStart(SicknessCase @case, Problems problems)
    {
        var day1 = @case.FirstSickDay;
        if (string.IsNullOrWhiteSpace(@case.CaseId))
        {
            problems.Add("$.caseId", "caseId is required: give the host's identifier of the case (no name, no BSN).");
        }

        if (problems.CheckRange("$.firstSickDay", day1) && day1 < CaseValidator.CurrentRegimeStart)
        {
            problems.Add(
                "$.firstSickDay",
                $"first sick day {IsoDates.Format(day1)} is before {IsoDates.Format(CaseValidator.CurrentRegimeStart)}: cases of earlier regimes (RIV due 15 weeks and WIA application 13 weeks before the end) are not supported."
            );
        }
    }

    /// <summary>Checks the end of employment and the last working day before it.</summary>
    public static void CheckEmployment(SicknessCase @case, Problems problems)
    {
        var day1 = @case.FirstSickDay;
        if (@case.EmploymentEndsOn is { } end && problems.CheckRange("$.employmentEndsOn", end) && end < day1)
        {
            problems.Add(
                "$.employmentEndsOn",
                $"employment ends on {IsoDates.Format(end)}, before the first sick day {IsoDates.Format(day1)}: the case would not be sickness during employment."
            );
        }

        if (@case.LastWorkingDay is not { } lastWorkingDay || !problems.CheckRange("$.lastWorkingDay", lastWorkingDay))
        {
            return;
        }

        if (@case.EmploymentEndsOn is not { } ends)
        {
            problems.Add(
                "$.lastWorkingDay",
                "lastWorkingDay is the last working day before employment ends (Ziektewet art. 38 lid 2): give employmentEndsOn as well, or leave lastWorkingDay out."
            );
        }
        else if (lastWorkingDay > ends)
        {
            problems.Add(
                "$.lastWorkingDay",
                $"the last working day {IsoDates.Format(lastWorkingDay)} is after the end of employment {IsoDates.Format(ends)}: it is the last working day before employment ends."
            );
        }
        else if (lastWorkingDay < day1)
        {
            problems.Add(
                "$.lastWorkingDay",
                $"the last working day {IsoDates.Format(lastWorkingDay)} is before the first sick day {IsoDates.Format(day1)}: employment must end while the employee is sick for the ziek-uit-dienst rules to apply."
            );
        }
    }

    /// <summary>Checks the safety net: a known code (Ziektewet art. 29 lid 2 onder e, 29a, 29b), or none.</summary>
    public static void CheckVangnet(SicknessCase @case, Problems problems)
    {
        if (@case.Vangnet is { } code && !VangnetCodes.IsKnown(code))
        {
            problems.Add(
                "$.vangnet",
                $"vangnet '{Shorten(code)}' is not a known safety net: use one of {string.Join(", ", VangnetCodes.All)} (Ziektewet art. 29 lid 2 onder e, 29a lid 1, 29a lid 4, 29b), or leave vangnet out (or null) for an ordinary case.{Suggestions.Hint(code, VangnetCodes.All)}"
            );
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.Substring(0, 37), "...");

    /// <summary>
    /// Checks the date the employee reaches the AOW age: the engine applies the rules for employees past that age to
    /// first sick days from 1 January 2016 (Wet werken na de AOW-gerechtigde leeftijd); for sickness that began earlier
    /// the transitional rule of its art. VIIIa applies, which the engine does not model, so such a case is refused.
    /// </summary>
    public static void CheckAow(SicknessCase @case, Problems problems)
    {
        if (@case.ReachesAowAgeOn is not { } aow || !problems.CheckRange("$.reachesAowAgeOn", aow))
        {
            return;
        }

        var from = CaseValidator.AowAgeRulesStart;
        if (@case.FirstSickDay < from)
        {
            problems.Add(
                "$.reachesAowAgeOn",
                $"the employee reaches the AOW age on {IsoDates.Format(aow)}, and the first sick day {IsoDates.Format(@case.FirstSickDay)} is before {IsoDates.Format(from)}: for sickness that began before the Wet werken na de AOW-gerechtigde leeftijd took effect its transitional rule applies (art. VIIIa, Stb. 2015, 376), which the engine does not model. Leave reachesAowAgeOn out only when the employee reaches the AOW age after the wage period has ended."
            );
        }
    }
}
