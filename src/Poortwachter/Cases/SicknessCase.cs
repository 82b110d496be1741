using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Poortwachter.Cases;

/// <summary>
/// A sickness case (<i>verzuimdossier</i>) as the engine sees it: the first sick day, the sickness periods,
/// leave, the end of employment and what has happened. It holds dates and process facts only: no name,
/// no BSN and no medical data (AVG).
/// </summary>
/// <remarks>
/// <para>The value is immutable. It is not validated on construction, so that a host can build it from any
/// source and get every problem reported at once by <see cref="CaseValidator.Validate(SicknessCase)"/>;
/// <see cref="CaseBuilder.Build"/> and the engine validate for you.</para>
/// <para>When <see cref="Sickness"/> is empty the case is one continuous, open period from <see cref="FirstSickDay"/>.</para>
/// </remarks>
public sealed class SicknessCase
{
    /// <summary>Initializes a new case.</summary>
    /// <param name="caseId">The host's opaque identifier of the case.</param>
    /// <param name="firstSickDay">Day 1 of the wachttijd (WIA art. 23 lid 2).</param>
    /// <param name="sickness">The sickness periods in date order; empty for one open period from <paramref name="firstSickDay"/>.</param>
    /// <param name="leave">Pregnancy and birth leave periods, whose days do not count.</param>
    /// <param name="employmentEndsOn">The last day of employment when it ends while the employee is sick.</param>
    /// <param name="events">What has happened, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/> is null.</exception>
    public SicknessCase(
        string caseId,
        LocalDate firstSickDay,
        IEnumerable<SicknessPeriod>? sickness = null,
        IEnumerable<LeavePeriod>? leave = null,
        LocalDate? employmentEndsOn = null,
        IEnumerable<CaseEvent>? events = null
    )
    {
        CaseId = caseId ?? throw new ArgumentNullException(nameof(caseId));
        FirstSickDay = firstSickDay;
        Sickness = Freeze(sickness);
        Leave = Freeze(leave);
        EmploymentEndsOn = employmentEndsOn;
        Events = Freeze(events);
        _effectiveSickness = Sickness.Count > 0 ? Sickness : [new SicknessPeriod(firstSickDay)];
    }

    private readonly IReadOnlyList<SicknessPeriod> _effectiveSickness;

    /// <summary>Gets the host's opaque identifier of the case.</summary>
    public string CaseId { get; }

    /// <summary>Gets day 1 of the wachttijd: the first day not worked, or on which work stopped, because of illness.</summary>
    public LocalDate FirstSickDay { get; }

    /// <summary>Gets the sickness periods as given, in date order; empty means one open period from <see cref="FirstSickDay"/>.</summary>
    public IReadOnlyList<SicknessPeriod> Sickness { get; }

    /// <summary>Gets the leave periods (days that do not count).</summary>
    public IReadOnlyList<LeavePeriod> Leave { get; }

    /// <summary>Gets the last day of employment, when it ends while the employee is sick (<i>ziek uit dienst</i>).</summary>
    public LocalDate? EmploymentEndsOn { get; }

    /// <summary>
    /// Gets the last working day before employment ends (<i>laatste werkdag</i>), when the case gives one: the
    /// ziek-uit-dienst report and RIV are due on it (Ziektewet art. 38 lid 2). Without it, the last day of employment
    /// (<see cref="EmploymentEndsOn"/>) is used, and the explanations say so. Requires <see cref="EmploymentEndsOn"/>.
    /// </summary>
    public LocalDate? LastWorkingDay { get; init; }

    /// <summary>
    /// Gets a value indicating whether the employer bears its own Ziektewet risk (<i>eigenrisicodrager ZW</i>, Ziektewet
    /// art. 1 lid 1 onder h): such an employer owes no RIV at the end of employment (art. 38 lid 2, second sentence).
    /// </summary>
    public bool EigenrisicodragerZw { get; init; }

    /// <summary>
    /// Gets the safety net (<i>vangnet</i>) under which the employee claims sickness benefit from UWV while the employer
    /// goes on paying wage, as a code of <see cref="VangnetCodes"/>, or <see langword="null"/> for an ordinary case. It
    /// replaces the 42nd-week and ziek-uit-dienst reports by the report of Ziektewet art. 38a (art. 38 lid 4); the
    /// re-integration duties stay.
    /// </summary>
    public string? Vangnet { get; init; }

    /// <summary>
    /// Gets a value indicating whether the employer bears its own WGA risk (<i>eigenrisicodrager WGA</i>, WIA art. 82):
    /// it is exempt from the reports of Ziektewet art. 38 and makes the same two reports under WIA art. 85 instead, on
    /// the same days. Nothing else changes within the wachttijd.
    /// </summary>
    public bool EigenrisicodragerWga { get; init; }

    /// <summary>
    /// Gets the date the employee reaches the AOW age (the pensionable age, Algemene Ouderdomswet art. 7 onder a), when
    /// the case gives it; the case carries no birth date. On or before the end of the 104 weeks it shortens wage
    /// continuation to 13 weeks (first sick day 1 January 2016 to 30 June 2023) or 6 weeks (from 1 July 2023), counted
    /// from day 1 or from this date, within the 104 weeks (BW 7:629 lid 2 onder b), and no WIA benefit can follow.
    /// <see langword="null"/>: not given, the ordinary rules apply.
    /// </summary>
    public LocalDate? ReachesAowAgeOn { get; init; }

    /// <summary>Gets the events as given.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>
    /// Gets the sickness periods the clock uses: <see cref="Sickness"/>, or one open period from
    /// <see cref="FirstSickDay"/> when none are given.
    /// </summary>
    public IReadOnlyList<SicknessPeriod> EffectiveSickness => _effectiveSickness;

    /// <summary>Starts a builder for a case, the readable way to write one in code and tests.</summary>
    /// <param name="caseId">The host's opaque identifier of the case.</param>
    /// <param name="firstSickDay">Day 1 of the wachttijd.</param>
    /// <returns>A builder whose first sickness period starts on <paramref name="firstSickDay"/> and is open.</returns>
    public static CaseBuilder Builder(string caseId, LocalDate firstSickDay) => new(caseId, firstSickDay);

    /// <summary>Returns a copy of this case with other events.</summary>
    /// <param name="events">The events of the copy.</param>
    /// <returns>A new case.</returns>
    public SicknessCase WithEvents(IEnumerable<CaseEvent> events) =>
        new(CaseId, FirstSickDay, Sickness, Leave, EmploymentEndsOn, events)
        {
            LastWorkingDay = LastWorkingDay,
            EigenrisicodragerZw = EigenrisicodragerZw,
            Vangnet = Vangnet,
            EigenrisicodragerWga = EigenrisicodragerWga,
            ReachesAowAgeOn = ReachesAowAgeOn,
        };

    /// <inheritdoc/>
    public override string ToString() =>
        $"case {CaseId}: first sick day {FirstSickDay:uuuu-MM-dd}, {EffectiveSickness.Count} sickness period(s), {Leave.Count} leave, {Events.Count} event(s)";

    private static T[] Freeze<T>(IEnumerable<T>? items)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        var array = items.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Item {i} is null.", nameof(items));
            }
        }

        return array;
    }
}
