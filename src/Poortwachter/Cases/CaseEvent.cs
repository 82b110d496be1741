using System;
using NodaTime;

namespace Poortwachter.Cases;

/// <summary>
/// Something that happened in a sickness case, on a calendar date: an obligation done, or a fact such as
/// a UWV decision. Events carry process facts only, never medical data.
/// </summary>
public abstract class CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date on which it happened.</param>
    protected CaseEvent(LocalDate on) => On = on;

    /// <summary>Gets the date on which the event happened.</summary>
    public LocalDate On { get; }

    /// <summary>Gets the stable contract code of the event type, such as <c>plan-van-aanpak</c> or <c>loonsanctie</c>.</summary>
    public abstract string Type { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Type} on {On:uuuu-MM-dd}";
}

/// <summary>
/// Marks an obligation as done on a date: the probleemanalyse was made, the plan van aanpak agreed, an
/// evaluation held, and so on. The type is the obligation's code (see <see cref="Assessments.ObligationCodes"/>);
/// a host rule may define codes of its own.
/// </summary>
public sealed class ObligationFulfilled : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="obligation">The code of the obligation done, such as <c>plan-van-aanpak</c>.</param>
    /// <param name="on">The date on which it was done.</param>
    /// <exception cref="ArgumentException"><paramref name="obligation"/> is null or empty.</exception>
    public ObligationFulfilled(string obligation, LocalDate on)
        : base(on)
    {
        if (string.IsNullOrEmpty(obligation))
        {
            throw new ArgumentException("An obligation code is required, such as 'plan-van-aanpak'.", nameof(obligation));
        }

        Obligation = obligation;
    }

    /// <summary>Gets the code of the obligation done.</summary>
    public string Obligation { get; }

    /// <inheritdoc/>
    public override string Type => Obligation;
}

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
    public override string Type => EventTypes.GeenTerugkeerEigenOrganisatie;
}

/// <summary>
/// UWV's decision to extend wage continuation because the re-integration efforts fell short
/// (<i>loonsanctie</i>, WIA art. 25 lid 9), code <c>loonsanctie</c>.
/// </summary>
public sealed class Loonsanctie : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of UWV's decision.</param>
    /// <param name="weeks">The length of the extension in weeks (1 to 52).</param>
    public Loonsanctie(LocalDate on, int weeks)
        : base(on) => Weeks = weeks;

    /// <summary>Gets the length of the extension in weeks; the statute allows 1 to 52.</summary>
    public int Weeks { get; }

    /// <inheritdoc/>
    public override string Type => EventTypes.Loonsanctie;
}

/// <summary>
/// UWV found the employer's repair sufficient (<i>bekorting</i> of a loonsanctie, WIA art. 25 lid 12-14),
/// code <c>bekorting</c>: the sanction ends six weeks later.
/// </summary>
public sealed class Bekorting : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of UWV's finding.</param>
    public Bekorting(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventTypes.Bekorting;
}

/// <summary>
/// A voluntary extension of wage continuation granted by UWV at the joint request of employer and
/// employee (<i>vrijwillige verlenging</i>, WIA art. 24), code <c>verlenging</c>.
/// </summary>
public sealed class Verlenging : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date on which UWV granted the extension.</param>
    /// <param name="until">The new last day of wage continuation set by UWV.</param>
    public Verlenging(LocalDate on, LocalDate until)
        : base(on) => Until = until;

    /// <summary>Gets the new last day of wage continuation.</summary>
    public LocalDate Until { get; }

    /// <inheritdoc/>
    public override string Type => EventTypes.Verlenging;
}

/// <summary>
/// A reasoned deviation from a term of the Regeling procesgang (<i>afwijking</i>, art. 5), code <c>afwijking</c>:
/// employer and employee agreed a new due date for the probleemanalyse, plan van aanpak or an evaluation.
/// </summary>
public sealed class Afwijking : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date on which the deviation was agreed.</param>
    /// <param name="obligation">The code of the obligation whose term is changed.</param>
    /// <param name="dueBy">The new last day on which the obligation is on time.</param>
    /// <param name="reason">The recorded reason (process facts only, no medical data).</param>
    public Afwijking(LocalDate on, string obligation, LocalDate dueBy, string reason)
        : base(on)
    {
        Obligation = obligation ?? string.Empty;
        DueBy = dueBy;
        Reason = reason ?? string.Empty;
    }

    /// <summary>Gets the code of the obligation whose term is changed.</summary>
    public string Obligation { get; }

    /// <summary>Gets the new last day on which the obligation is on time.</summary>
    public LocalDate DueBy { get; }

    /// <summary>Gets the recorded reason.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string Type => EventTypes.Afwijking;
}
