using System;
using NodaTime;

namespace Poortwachter.Cases;

/// <summary>
/// The bedrijfsarts or arbeidsdeskundige concluded that return within the own organisation is not feasible
/// (code <c>geen-terugkeer-eigen-organisatie</c>): from here spoor 2 is due.
/// </summary>
public sealed class GeenTerugkeerEigenOrganisatie : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of the conclusion.</param>
    public GeenTerugkeerEigenOrganisatie(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.GeenTerugkeerEigenOrganisatie;
}

/// <summary>
/// Records the bedrijfsarts' conclusion that return to the own job is not expected (<i>geen terugkeer in eigen
/// functie</i>). It starts the arbeidsdeskundig onderzoek (UWV Werkwijzer Poortwachter). A functional conclusion,
/// never a diagnosis.
/// </summary>
public sealed class GeenTerugkeerEigenFunctie : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of the conclusion.</param>
    public GeenTerugkeerEigenFunctie(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.GeenTerugkeerEigenFunctie;
}

/// <summary>
/// Records that spoor 2 is postponed (<i>uitstel spoor 2</i>) because there is a concrete prospect of full return
/// in the own work by <see cref="Until"/>. UWV accepts this only for a prospect on short term, about three months
/// (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie); the engine re-checks the prospect once that
/// date has passed.
/// </summary>
public sealed class Spoor2Uitstel : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of the decision to postpone.</param>
    /// <param name="until">The date by which full return in the own work is expected.</param>
    public Spoor2Uitstel(LocalDate on, LocalDate until)
        : base(on) => Until = until;

    /// <summary>Gets the date by which full return in the own work is expected.</summary>
    public LocalDate Until { get; }

    /// <inheritdoc/>
    public override string Type => EventCodes.Spoor2Uitstel;
}

/// <summary>
/// Marks the spoor-2 trajectory plan as made (<i>trajectplan</i>: person and search profile, planned activities),
/// optionally with the planned length of the trajectory in months (6, 9 or 12 in practice). Bureau practice, not law.
/// </summary>
public sealed class Spoor2Trajectplan : ObligationFulfilled
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of the plan.</param>
    /// <param name="plannedMonths">The planned length of the trajectory in calendar months, if the plan gives one.</param>
    public Spoor2Trajectplan(LocalDate on, int? plannedMonths = null)
        : base(Assessments.ObligationCodes.Spoor2Trajectplan, on) => PlannedMonths = plannedMonths;

    /// <summary>Gets the planned length of the trajectory in calendar months, if the plan gives one.</summary>
    public int? PlannedMonths { get; }
}

/// <summary>
/// Records the placement of the employee with another employer (<i>plaatsing</i>) in spoor 2; aftercare
/// (<i>nazorg</i>) follows. A process fact.
/// </summary>
public sealed class Spoor2Plaatsing : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The first day of the placement.</param>
    public Spoor2Plaatsing(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.Spoor2Plaatsing;
}
