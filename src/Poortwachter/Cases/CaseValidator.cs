using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;

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

        var problems = new List<CaseProblem>();
        var day1 = @case.FirstSickDay;

        if (string.IsNullOrWhiteSpace(@case.CaseId))
        {
            problems.Add(new CaseProblem("$.caseId", "caseId is required: give the host's identifier of the case (no name, no BSN)."));
        }

        var day1InRange = CheckRange(problems, "$.firstSickDay", day1);
        if (day1InRange && day1 < CurrentRegimeStart)
        {
            problems.Add(
                new CaseProblem(
                    "$.firstSickDay",
                    $"first sick day {IsoDates.Format(day1)} is before {IsoDates.Format(CurrentRegimeStart)}: cases of earlier regimes (RIV due 15 weeks and WIA application 13 weeks before the end) are not supported."
                )
            );
        }

        ValidateSickness(@case, Metered(@case.Sickness, meter), problems);
        ValidateLeave(@case, Metered(@case.Leave, meter), problems);

        if (@case.EmploymentEndsOn is { } end && CheckRange(problems, "$.employmentEndsOn", end) && end < day1)
        {
            problems.Add(
                new CaseProblem(
                    "$.employmentEndsOn",
                    $"employment ends on {IsoDates.Format(end)}, before the first sick day {IsoDates.Format(day1)}: the case would not be sickness during employment."
                )
            );
        }

        if (@case.LastWorkingDay is { } lastWorkingDay && CheckRange(problems, "$.lastWorkingDay", lastWorkingDay))
        {
            if (@case.EmploymentEndsOn is not { } ends)
            {
                problems.Add(
                    new CaseProblem(
                        "$.lastWorkingDay",
                        "lastWorkingDay is the last working day before employment ends (Ziektewet art. 38 lid 2): give employmentEndsOn as well, or leave lastWorkingDay out."
                    )
                );
            }
            else if (lastWorkingDay > ends)
            {
                problems.Add(
                    new CaseProblem(
                        "$.lastWorkingDay",
                        $"the last working day {IsoDates.Format(lastWorkingDay)} is after the end of employment {IsoDates.Format(ends)}: it is the last working day before employment ends."
                    )
                );
            }
            else if (lastWorkingDay < day1)
            {
                problems.Add(
                    new CaseProblem(
                        "$.lastWorkingDay",
                        $"the last working day {IsoDates.Format(lastWorkingDay)} is before the first sick day {IsoDates.Format(day1)}: employment must end while the employee is sick for the ziek-uit-dienst rules to apply."
                    )
                );
            }
        }

        ValidateEvents(@case, Metered(@case.Events, meter), problems);
        return problems;
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

    private static void ValidateSickness(SicknessCase @case, IReadOnlyList<SicknessPeriod> periods, List<CaseProblem> problems)
    {
        if (periods.Count == 0)
        {
            return;
        }

        if (periods[0].From != @case.FirstSickDay)
        {
            problems.Add(
                new CaseProblem(
                    "$.sickness[0].from",
                    $"the first sickness period starts on {IsoDates.Format(periods[0].From)}, but firstSickDay is {IsoDates.Format(@case.FirstSickDay)}: they must be the same day."
                )
            );
        }

        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var path = new ItemPath("$.sickness", i);
            var fromOk = CheckRange(problems, path, ".from", p.From);
            var untilOk = p.Until is not { } u || CheckRange(problems, path, ".until", u);
            if (!fromOk || !untilOk)
            {
                continue;
            }

            if (p.Until is { } until && until < p.From)
            {
                problems.Add(
                    new CaseProblem(
                        path.With(".until"),
                        $"until ({IsoDates.Format(until)}) is before from ({IsoDates.Format(p.From)}): a period ends on or after the day it starts."
                    )
                );
            }

            if (p.Until is null && i < periods.Count - 1)
            {
                problems.Add(
                    new CaseProblem(
                        path.With(".until"),
                        $"period {i} has no until, but only the last sickness period may be open: give the last sick day before the employee was fit again."
                    )
                );
            }

            if (i > 0)
            {
                var prev = periods[i - 1];
                if (p.From <= prev.From)
                {
                    problems.Add(
                        new CaseProblem(
                            path.With(".from"),
                            $"period {i} starts on {IsoDates.Format(p.From)}, not after period {i - 1} ({IsoDates.Format(prev.From)}): list the periods in date order."
                        )
                    );
                }
                else if (prev.Until is { } prevUntil && p.From <= prevUntil)
                {
                    problems.Add(
                        new CaseProblem(
                            path.With(".from"),
                            $"period {i} starts on {IsoDates.Format(p.From)}, but period {i - 1} runs until {IsoDates.Format(prevUntil)}: sickness periods must not overlap."
                        )
                    );
                }
            }
        }
    }

    private static void ValidateLeave(SicknessCase @case, IReadOnlyList<LeavePeriod> leave, List<CaseProblem> problems)
    {
        var sickness = @case.EffectiveSickness;
        var caseStart = @case.FirstSickDay;
        // An out-of-range last day is reported with the sickness; leave is then checked as if the case were open.
        var lastUntil = sickness[sickness.Count - 1].Until is { } u && InRange(u) ? u : (LocalDate?)null;

        for (var i = 0; i < leave.Count; i++)
        {
            var l = leave[i];
            var path = new ItemPath("$.leave", i);
            if (!Enum.IsDefined(typeof(LeaveKind), l.Kind))
            {
                problems.Add(
                    new CaseProblem(
                        path.With(".kind"),
                        $"unknown leave kind {(int)l.Kind}: the only kind is '{LeaveKinds.ZwangerschapBevalling}'."
                    )
                );
            }

            if (!CheckRange(problems, path, ".from", l.From) | !CheckRange(problems, path, ".until", l.Until))
            {
                continue;
            }

            if (l.Until < l.From)
            {
                problems.Add(
                    new CaseProblem(
                        path.With(".until"),
                        $"until ({IsoDates.Format(l.Until)}) is before from ({IsoDates.Format(l.From)}): leave ends on or after the day it starts."
                    )
                );
                continue;
            }

            // Leave may follow the last sick day directly or within the 28 fit days that could still join a case.
            if (l.Until < caseStart || (lastUntil is { } end && l.From > end.PlusDays(Timeline.WachttijdClock.RecoveryDaysThatEndACase)))
            {
                var span = lastUntil is { } e ? $"{IsoDates.Format(caseStart)}..{IsoDates.Format(e)}" : $"{IsoDates.Format(caseStart)} on";
                problems.Add(
                    new CaseProblem(
                        path.Text,
                        $"leave {IsoDates.Format(l.From)}..{IsoDates.Format(l.Until)} lies outside the sickness ({span}): only leave during the case affects the wachttijd."
                    )
                );
            }
            else if (l.From < caseStart)
            {
                problems.Add(
                    new CaseProblem(
                        path.With(".from"),
                        $"leave starts on {IsoDates.Format(l.From)}, before the first sick day {IsoDates.Format(caseStart)}: give only the part during the case, or correct the first sick day."
                    )
                );
            }

            if (i > 0)
            {
                var prev = leave[i - 1];
                if (l.From <= prev.Until && prev.From <= prev.Until)
                {
                    problems.Add(
                        new CaseProblem(
                            path.With(".from"),
                            $"leave {i} starts on {IsoDates.Format(l.From)}, not after leave {i - 1} ends ({IsoDates.Format(prev.Until)}): list leave in date order without overlap."
                        )
                    );
                }
            }
        }
    }

    private static void ValidateEvents(SicknessCase @case, IReadOnlyList<CaseEvent> events, List<CaseProblem> problems)
    {
        var day1 = @case.FirstSickDay;
        // A bekorting needs a loonsanctie before its day, a placement a start of spoor 2 on or before it: the earliest of
        // each, found in one pass, answers that for every event (a scan per event cost n^2 on hostile input).
        LocalDate? firstSanction = null;
        LocalDate? firstStart = null;
        LocalDate? firstMelding = null;
        LocalDate? firstVerlenging = null;
        for (var at = 0; at < events.Count; at++)
        {
            var e = events[at];
            if (e is Loonsanctie s && (firstSanction is not { } fs || s.On < fs))
            {
                firstSanction = s.On;
            }
            else if (e is ObligationFulfilled { Obligation: ObligationCodes.Spoor2 } start && (firstStart is not { } ft || start.On < ft))
            {
                firstStart = start.On;
            }
            else if (e is Herstelmelding m && (firstMelding is not { } fm || m.On < fm))
            {
                firstMelding = m.On;
            }
            else if (e is Verlenging v && (firstVerlenging is not { } fv || v.On < fv))
            {
                firstVerlenging = v.On;
            }
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var path = new ItemPath("$.events", i);
            if (string.IsNullOrWhiteSpace(e.Type))
            {
                problems.Add(new CaseProblem(path.With(".type"), "type is required."));
            }

            if (CheckRange(problems, path, ".on", e.On) && e.On < day1)
            {
                problems.Add(
                    new CaseProblem(
                        path.With(".on"),
                        $"{e.Type} on {IsoDates.Format(e.On)} is before the first sick day {IsoDates.Format(day1)}: events of a case happen on or after day 1."
                    )
                );
            }

            switch (e)
            {
                case Loonsanctie l:
                    if (l.Weeks is < 1 or > 52)
                    {
                        problems.Add(
                            new CaseProblem(path.With(".weeks"), $"a loonsanctie lasts 1 to 52 weeks (WIA art. 25 lid 9), not {l.Weeks}.")
                        );
                    }

                    break;
                case Bekorting b:
                    if (firstSanction is not { } sanction || sanction >= b.On)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.Text,
                                $"bekorting on {IsoDates.Format(b.On)} without a loonsanctie before that day: a bekorting is UWV's finding that the employer repaired the shortcoming, which the employer reports after the loonsanctie and UWV judges within three weeks of that report (WIA art. 25 lid 12-14), so it comes after the decision, never on its day."
                            )
                        );
                    }

                    break;
                case Herstelmelding m:
                    if (firstSanction is not { } sanctioned || sanctioned >= m.On)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.Text,
                                $"herstelmelding on {IsoDates.Format(m.On)} without a loonsanctie before that day: the employer reports the repair of the shortcoming behind a loonsanctie (WIA art. 25 lid 12), so it comes after UWV's decision."
                            )
                        );
                    }

                    break;
                case HerstelAfgewezen n:
                    if (firstMelding is not { } reported || reported >= n.On)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.Text,
                                $"herstel-afgewezen on {IsoDates.Format(n.On)} without a herstelmelding before that day: UWV decides on the employer's report of the repair (WIA art. 25 lid 13-14), so it comes after that report."
                            )
                        );
                    }

                    break;
                case RivAanvulling r:
                    if (firstVerlenging is not { } granted || granted > r.On)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.Text,
                                $"riv-aanvulling on {IsoDates.Format(r.On)} without a voluntary extension (event 'verlenging') on or before that day: the RIV is supplemented after an extension (WIA art. 25 lid 4 onder b)."
                            )
                        );
                    }

                    break;
                case Verlenging v:
                    if (CheckRange(problems, path, ".until", v.Until) && v.Until <= e.On)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.With(".until"),
                                $"the extended wage period must end after the day it was granted ({IsoDates.Format(v.On)}), not on {IsoDates.Format(v.Until)}."
                            )
                        );
                    }

                    break;
                case Afwijking a:
                    if (string.IsNullOrEmpty(a.Obligation))
                    {
                        problems.Add(
                            new CaseProblem(
                                path.With(".obligation"),
                                "obligation is required: the code of the obligation whose term is changed."
                            )
                        );
                    }
                    else if (!EventTypes.DeviableObligations.Contains(a.Obligation, StringComparer.Ordinal))
                    {
                        problems.Add(
                            new CaseProblem(
                                path.With(".obligation"),
                                $"'{a.Obligation}' is not a term of art. 2 or 4 of the Regeling procesgang: art. 5 allows a reasoned deviation only for {string.Join(", ", ObligationCodes.All.Where(c => EventTypes.DeviableObligations.Contains(c, StringComparer.Ordinal)))}."
                            )
                        );
                    }

                    if (CheckRange(problems, path, ".dueBy", a.DueBy) && a.DueBy < day1)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.With(".dueBy"),
                                $"dueBy {IsoDates.Format(a.DueBy)} is before the first sick day {IsoDates.Format(day1)}."
                            )
                        );
                    }

                    if (string.IsNullOrWhiteSpace(a.Reason))
                    {
                        problems.Add(
                            new CaseProblem(
                                path.With(".reason"),
                                "a deviation needs its reason (Regeling procesgang art. 5: 'gemotiveerd')."
                            )
                        );
                    }

                    break;
                case Spoor2Uitstel u:
                    if (CheckRange(problems, path, ".until", u.Until) && u.Until <= e.On)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.With(".until"),
                                $"the prospect of full return ({IsoDates.Format(u.Until)}) must lie after the day spoor 2 was postponed ({IsoDates.Format(u.On)})."
                            )
                        );
                    }

                    break;
                case Spoor2Trajectplan t:
                    if (t.PlannedMonths is { } months && months is < 1 or > 24)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.With(".months"),
                                $"a spoor-2 trajectory is planned for 1 to 24 months (6, 9 or 12 in practice), not {months}."
                            )
                        );
                    }

                    break;
                case Spoor2Plaatsing p:
                    if (firstStart is not { } started || started > p.On)
                    {
                        problems.Add(
                            new CaseProblem(
                                path.Text,
                                $"spoor-2-plaatsing on {IsoDates.Format(p.On)} without the start of spoor 2 (event 'spoor-2') on or before that day: a placement with another employer is the result of spoor 2."
                            )
                        );
                    }

                    break;
                case ObligationFulfilled:
                case GeenTerugkeerEigenOrganisatie:
                case GeenTerugkeerEigenFunctie:
                case UwvWiaBrief:
                    break;
            }
        }
    }

    private static bool InRange(LocalDate date) => date >= MinSupportedDate && date <= MaxSupportedDate;

    private static bool CheckRange(List<CaseProblem> problems, ItemPath path, string suffix, LocalDate date) =>
        InRange(date) || OutOfRange(problems, path.With(suffix), date);

    private static bool CheckRange(List<CaseProblem> problems, string path, LocalDate date) =>
        InRange(date) || OutOfRange(problems, path, date);

    private static bool OutOfRange(List<CaseProblem> problems, string path, LocalDate date)
    {
        problems.Add(
            new CaseProblem(
                path,
                $"{IsoDates.Format(date)} is out of the supported range {IsoDates.Format(MinSupportedDate)}..{IsoDates.Format(MaxSupportedDate)}."
            )
        );
        return false;
    }

    /// <summary>The JSON path of an array item, made into text only when a problem is reported.</summary>
    private readonly struct ItemPath(string array, int index)
    {
        public string Text => $"{array}[{index}]";

        public string With(string suffix) => $"{array}[{index}]{suffix}";
    }
}
