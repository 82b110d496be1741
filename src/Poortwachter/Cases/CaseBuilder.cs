using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Cases;

/// <summary>
/// Builds a <see cref="SicknessCase"/> in the order things happen, so a case reads like its story:
/// <code>
/// var @case = SicknessCase.Builder("C-1042", new LocalDate(2025, 1, 6))
///     .SickUntil(new LocalDate(2025, 2, 20))
///     .SickAgainFrom(new LocalDate(2025, 3, 10))
///     .Probleemanalyse(new LocalDate(2025, 2, 10))
///     .PlanVanAanpak(new LocalDate(2025, 2, 20))
///     .Build();
/// </code>
/// </summary>
/// <remarks>A builder is not thread-safe; the case it builds is immutable.</remarks>
public sealed class CaseBuilder
{
    private readonly string _caseId;
    private readonly LocalDate _firstSickDay;
    private readonly List<SicknessPeriod> _periods = [];
    private readonly List<LeavePeriod> _leave = [];
    private readonly List<CaseEvent> _events = [];
    private LocalDate _currentFrom;
    private LocalDate? _currentUntil;
    private LocalDate? _employmentEndsOn;
    private LocalDate? _lastWorkingDay;
    private bool _eigenrisicodragerZw;
    private string? _vangnet;
    private bool _eigenrisicodragerWga;
    private LocalDate? _reachesAowAgeOn;

    internal CaseBuilder(string caseId, LocalDate firstSickDay)
    {
        _caseId = caseId ?? throw new ArgumentNullException(nameof(caseId));
        _firstSickDay = firstSickDay;
        _currentFrom = firstSickDay;
    }

    /// <summary>Ends the current sickness period: <paramref name="lastSickDay"/> is its last sick day (inclusive).</summary>
    /// <param name="lastSickDay">The last sick day before the employee was fully fit again.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder SickUntil(LocalDate lastSickDay)
    {
        _currentUntil = lastSickDay;
        return this;
    }

    /// <summary>Starts a new sickness period after an interruption.</summary>
    /// <param name="from">The first sick day of the new period.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder SickAgainFrom(LocalDate from)
    {
        _periods.Add(new SicknessPeriod(_currentFrom, _currentUntil));
        _currentFrom = from;
        _currentUntil = null;
        return this;
    }

    /// <summary>Adds pregnancy and birth leave (Wazo), whose days do not count.</summary>
    /// <param name="from">The first day of leave.</param>
    /// <param name="until">The last day of leave (inclusive).</param>
    /// <returns>This builder.</returns>
    public CaseBuilder ZwangerschapsBevallingsverlof(LocalDate from, LocalDate until)
    {
        _leave.Add(new LeavePeriod(LeaveKind.ZwangerschapBevalling, from, until));
        return this;
    }

    /// <summary>Records that employment ends while the employee is sick (<i>ziek uit dienst</i>).</summary>
    /// <param name="lastDayOfEmployment">The last day of employment.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder EmploymentEndsOn(LocalDate lastDayOfEmployment)
    {
        _employmentEndsOn = lastDayOfEmployment;
        return this;
    }

    /// <summary>
    /// Records the last working day before employment ends, when it is not the last day of employment itself: the
    /// ziek-uit-dienst report and RIV are due on it (Ziektewet art. 38 lid 2).
    /// </summary>
    /// <param name="lastWorkingDay">The last working day before employment ends.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder LastWorkingDay(LocalDate lastWorkingDay)
    {
        _lastWorkingDay = lastWorkingDay;
        return this;
    }

    /// <summary>Records that the employer bears its own Ziektewet risk (<i>eigenrisicodrager ZW</i>): no RIV at the end of employment (Ziektewet art. 38 lid 2).</summary>
    /// <returns>This builder.</returns>
    public CaseBuilder EigenrisicodragerZw()
    {
        _eigenrisicodragerZw = true;
        return this;
    }

    /// <summary>
    /// Records the safety net under which the employee claims sickness benefit (<i>vangnet</i>, Ziektewet art. 29 lid 2
    /// onder e, 29a, 29b): a code of <see cref="VangnetCodes"/>.
    /// </summary>
    /// <param name="code">The code, such as <c>no-riskpolis</c>.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Vangnet(string code)
    {
        _vangnet = code;
        return this;
    }

    /// <summary>Records that the employer bears its own WGA risk (<i>eigenrisicodrager WGA</i>): the reports to UWV are made under WIA art. 85.</summary>
    /// <returns>This builder.</returns>
    public CaseBuilder EigenrisicodragerWga()
    {
        _eigenrisicodragerWga = true;
        return this;
    }

    /// <summary>
    /// Records the date the employee reaches the AOW age (BW 7:629 lid 2 onder b): wage continuation, the dismissal ban
    /// and the re-integration duties follow the rules for employees past that age.
    /// </summary>
    /// <param name="on">The date the employee reaches the AOW age.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder ReachesAowAgeOn(LocalDate on)
    {
        _reachesAowAgeOn = on;
        return this;
    }

    /// <summary>Adds any event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder With(CaseEvent @event)
    {
        _events.Add(@event ?? throw new ArgumentNullException(nameof(@event)));
        return this;
    }

    /// <summary>Records that an obligation was done on a date.</summary>
    /// <param name="obligation">The obligation code, see <see cref="ObligationCodes"/>.</param>
    /// <param name="on">The date it was done.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Done(string obligation, LocalDate on) => With(new ObligationFulfilled(obligation, on));

    /// <summary>Records the bedrijfsarts' problem analysis.</summary>
    /// <param name="on">The date of the analysis.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Probleemanalyse(LocalDate on) => Done(ObligationCodes.Probleemanalyse, on);

    /// <summary>Records the agreed plan van aanpak; called again, a bijstelling of it (Regeling procesgang art. 4 lid 5).</summary>
    /// <param name="on">The date the plan (or its bijstelling) was agreed.</param>
    /// <param name="visieWerkgever">Whether it holds the employer's view on the re-integration; <see langword="null"/> when not recorded.</param>
    /// <param name="visieWerknemer">Whether it holds the employee's view on the re-integration; <see langword="null"/> when not recorded.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder PlanVanAanpak(LocalDate on, bool? visieWerkgever = null, bool? visieWerknemer = null) =>
        With(new PlanVanAanpak(on, visieWerkgever, visieWerknemer));

    /// <summary>Records a periodic evaluation of the plan.</summary>
    /// <param name="on">The date of the evaluation.</param>
    /// <param name="visieWerkgever">Whether it holds the employer's view on the re-integration; <see langword="null"/> when not recorded.</param>
    /// <param name="visieWerknemer">Whether it holds the employee's view on the re-integration; <see langword="null"/> when not recorded.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Evaluatie(LocalDate on, bool? visieWerkgever = null, bool? visieWerknemer = null) =>
        With(new Evaluatie(on, visieWerkgever, visieWerknemer));

    /// <summary>Records the sickness report to UWV (42e-weeksmelding).</summary>
    /// <param name="on">The date of the report.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder UwvZiekmelding(LocalDate on) => Done(ObligationCodes.UwvZiekmelding, on);

    /// <summary>Records the report of a safety-net case to UWV (Ziektewet art. 38a lid 2-3).</summary>
    /// <param name="on">The date of the report.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder VangnetZiekmelding(LocalDate on) => Done(ObligationCodes.VangnetZiekmelding, on);

    /// <summary>Records the first-year evaluation.</summary>
    /// <param name="on">The date of the evaluation.</param>
    /// <param name="visieWerkgever">Whether it holds the employer's view on the re-integration; <see langword="null"/> when not recorded.</param>
    /// <param name="visieWerknemer">Whether it holds the employee's view on the re-integration; <see langword="null"/> when not recorded.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Eerstejaarsevaluatie(LocalDate on, bool? visieWerkgever = null, bool? visieWerknemer = null) =>
        With(new Eerstejaarsevaluatie(on, visieWerkgever, visieWerknemer));

    /// <summary>Records the arbeidsdeskundig onderzoek.</summary>
    /// <param name="on">The date of the report.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder ArbeidsdeskundigOnderzoek(LocalDate on) => Done(ObligationCodes.ArbeidsdeskundigOnderzoek, on);

    /// <summary>Records the conclusion that return within the own organisation is not feasible.</summary>
    /// <param name="on">The date of the conclusion.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder GeenTerugkeerEigenOrganisatie(LocalDate on) => With(new GeenTerugkeerEigenOrganisatie(on));

    /// <summary>Records the bedrijfsarts' conclusion that return to the own job is not expected.</summary>
    /// <param name="on">The date of the conclusion.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder GeenTerugkeerEigenFunctie(LocalDate on) => With(new GeenTerugkeerEigenFunctie(on));

    /// <summary>Records that spoor 2 is postponed for a concrete prospect of full return in the own work.</summary>
    /// <param name="on">The date of the decision.</param>
    /// <param name="until">The date by which full return is expected (about three months at most).</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Spoor2Uitstel(LocalDate on, LocalDate until) => With(new Spoor2Uitstel(on, until));

    /// <summary>Records the spoor-2 trajectory plan.</summary>
    /// <param name="on">The date of the plan.</param>
    /// <param name="plannedMonths">The planned length in months (6, 9 or 12 in practice), if given.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Spoor2Trajectplan(LocalDate on, int? plannedMonths = null) => With(new Spoor2Trajectplan(on, plannedMonths));

    /// <summary>Records a progress report on the spoor-2 trajectory.</summary>
    /// <param name="on">The date of the report.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Spoor2Voortgangsrapportage(LocalDate on) => Done(ObligationCodes.Spoor2Voortgangsrapportage, on);

    /// <summary>Records the final report of the spoor-2 trajectory.</summary>
    /// <param name="on">The date of the report.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Spoor2Eindrapportage(LocalDate on) => Done(ObligationCodes.Spoor2Eindrapportage, on);

    /// <summary>Records the placement of the employee with another employer in spoor 2.</summary>
    /// <param name="on">The first day of the placement.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Spoor2Plaatsing(LocalDate on) => With(new Spoor2Plaatsing(on));

    /// <summary>Records the start of spoor 2.</summary>
    /// <param name="on">The start date.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Spoor2(LocalDate on) => Done(ObligationCodes.Spoor2, on);

    /// <summary>Records the completed re-integratieverslag.</summary>
    /// <param name="on">The date it was completed.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder ReIntegratieverslag(LocalDate on) => Done(ObligationCodes.ReIntegratieverslag, on);

    /// <summary>Records the WIA application.</summary>
    /// <param name="on">The date it was made.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder WiaAanvraag(LocalDate on) => Done(ObligationCodes.WiaAanvraag, on);

    /// <summary>Records UWV's loonsanctie decision.</summary>
    /// <param name="on">The date of the decision.</param>
    /// <param name="weeks">The length in weeks (1 to 52).</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Loonsanctie(LocalDate on, int weeks) => With(new Loonsanctie(on, weeks));

    /// <summary>Records UWV's finding that the repair is sufficient (bekorting of the loonsanctie).</summary>
    /// <param name="on">The date of the finding.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Bekorting(LocalDate on) => With(new Bekorting(on));

    /// <summary>Records that UWV received the employer's herstelmelding (WIA art. 25 lid 12).</summary>
    /// <param name="receivedOn">The day UWV received it.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Herstelmelding(LocalDate receivedOn) => With(new Herstelmelding(receivedOn));

    /// <summary>Records UWV's decision that the shortfall is not repaired (WIA art. 25 lid 14).</summary>
    /// <param name="on">The date of the decision.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder HerstelAfgewezen(LocalDate on) => With(new HerstelAfgewezen(on));

    /// <summary>Records the day the employee received UWV's letter about the WIA application (WIA art. 64 lid 2 and 6).</summary>
    /// <param name="receivedOn">The day of receipt.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder UwvWiaBrief(LocalDate receivedOn) => With(new UwvWiaBrief(receivedOn));

    /// <summary>Records the supplement of the RIV after a voluntary extension (WIA art. 25 lid 4 onder b).</summary>
    /// <param name="on">The date of the supplement.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder RivAanvulling(LocalDate on) => With(new RivAanvulling(on));

    /// <summary>Records the employee's application for a shortened wachttijd, the early IVA (WIA art. 23 lid 6).</summary>
    /// <param name="on">The day the employee applied.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder VervroegdeIvaAanvraag(LocalDate on) => With(new VervroegdeIvaAanvraag(on));

    /// <summary>Records UWV's decision granting a shortened wachttijd (WIA art. 23 lid 6).</summary>
    /// <param name="on">The date of the decision.</param>
    /// <param name="wachttijdEndsOn">The last day of the shortened wachttijd as UWV fixed it.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder VervroegdeIvaToegekend(LocalDate on, LocalDate wachttijdEndsOn) =>
        With(new VervroegdeIvaBesluit(on, granted: true, wachttijdEndsOn));

    /// <summary>Records UWV's decision refusing a shortened wachttijd (WIA art. 23 lid 6).</summary>
    /// <param name="on">The date of the decision.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder VervroegdeIvaAfgewezen(LocalDate on) => With(new VervroegdeIvaBesluit(on, granted: false, wachttijdEndsOn: null));

    /// <summary>Marks the ziek-uit-dienst report to UWV as made (Ziektewet art. 38 lid 2).</summary>
    /// <param name="on">The date it was made.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder ZiekUitDienstMelding(LocalDate on) => Done(ObligationCodes.ZiekUitDienstMelding, on);

    /// <summary>Records a voluntary extension granted by UWV.</summary>
    /// <param name="on">The date it was granted.</param>
    /// <param name="until">The new last day of wage continuation.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Verlenging(LocalDate on, LocalDate until) => With(new Verlenging(on, until));

    /// <summary>Records the joint request of employer and employee for a voluntary extension (WIA art. 24 lid 1).</summary>
    /// <param name="on">The day the request was made.</param>
    /// <returns>This builder.</returns>
    public CaseBuilder VerlengingVerzoek(LocalDate on) => With(new VerlengingVerzoek(on));

    /// <summary>Records a reasoned deviation from a term of the Regeling procesgang (art. 5).</summary>
    /// <param name="on">The date it was agreed.</param>
    /// <param name="obligation">The obligation code.</param>
    /// <param name="dueBy">The new due date.</param>
    /// <param name="reason">The reason (no medical data).</param>
    /// <returns>This builder.</returns>
    public CaseBuilder Afwijking(LocalDate on, string obligation, LocalDate dueBy, string reason) =>
        With(new Afwijking(on, obligation, dueBy, reason));

    /// <summary>Builds the case without validating it.</summary>
    /// <returns>The case, which may be invalid.</returns>
    public SicknessCase BuildUnvalidated()
    {
        var periods = new List<SicknessPeriod>(_periods) { new(_currentFrom, _currentUntil) };
        var simple = periods.Count == 1 && periods[0].From == _firstSickDay && periods[0].IsOpen;
        return new SicknessCase(_caseId, _firstSickDay, simple ? null : periods, _leave, _employmentEndsOn, _events)
        {
            LastWorkingDay = _lastWorkingDay,
            EigenrisicodragerZw = _eigenrisicodragerZw,
            Vangnet = _vangnet,
            EigenrisicodragerWga = _eigenrisicodragerWga,
            ReachesAowAgeOn = _reachesAowAgeOn,
        };
    }

    /// <summary>Builds and validates the case.</summary>
    /// <returns>The valid case.</returns>
    /// <exception cref="InvalidCaseException">The case has problems; every one is listed with its JSON path.</exception>
    public SicknessCase Build()
    {
        var result = BuildUnvalidated();
        CaseValidator.ThrowIfInvalid(result);
        return result;
    }
}
