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
public class ObligationFulfilled : CaseEvent
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
    public override string Type => EventCodes.Afwijking;
}
