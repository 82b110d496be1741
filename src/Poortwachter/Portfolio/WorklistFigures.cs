using System.Collections.Generic;

namespace Poortwachter.Portfolio;

/// <summary>
/// The portfolio's figures on the worklist's date: the cases, the on-time rate per obligation kind, the open loonsanctie
/// risks, and the cases per quarter of the wachttijd. Immutable.
/// </summary>
public sealed class WorklistFigures
{
    internal WorklistFigures(int cases, IReadOnlyList<OnTimeFigure> onTime, int loonsanctieRisks, int[] quarters)
    {
        Cases = cases;
        OnTime = onTime;
        LoonsanctieRisks = loonsanctieRisks;
        Weeks1To26 = quarters[0];
        Weeks27To52 = quarters[1];
        Weeks53To78 = quarters[2];
        Weeks79To104 = quarters[3];
        Ended = quarters[4];
    }

    /// <summary>Gets the number of cases in the worklist.</summary>
    public int Cases { get; }

    /// <summary>
    /// Gets, per obligation kind (in ordinal order of the kind), how many of the obligations that were due are done on
    /// time, done late, or overdue; a kind none of whose obligations was due yet is left out.
    /// </summary>
    public IReadOnlyList<OnTimeFigure> OnTime { get; }

    /// <summary>
    /// Gets the open loonsanctie risks: the overdue obligations of statutory character (<see cref="Assessments.LegalCharacter.Statute"/>),
    /// each of which UWV can sanction with a longer wage payment (WIA art. 25 lid 9).
    /// </summary>
    public int LoonsanctieRisks { get; }

    /// <summary>Gets the cases in weeks 1 to 26 of the wachttijd (a case in week 0, not sick yet on the date, counts here too).</summary>
    public int Weeks1To26 { get; }

    /// <summary>Gets the cases in weeks 27 to 52 of the wachttijd.</summary>
    public int Weeks27To52 { get; }

    /// <summary>Gets the cases in weeks 53 to 78 of the wachttijd.</summary>
    public int Weeks53To78 { get; }

    /// <summary>Gets the cases in week 79 or later of the wachttijd (up to week 104, and on in an extension).</summary>
    public int Weeks79To104 { get; }

    /// <summary>Gets the cases whose wachttijd has ended (at its end or by recovery).</summary>
    public int Ended { get; }
}

/// <summary>How the obligations of one kind that were due fared: done on time, done late, or overdue. Immutable.</summary>
public sealed class OnTimeFigure
{
    internal OnTimeFigure(string kind, int onTime, int late, int overdue)
    {
        Kind = kind;
        OnTime = onTime;
        Late = late;
        Overdue = overdue;
    }

    /// <summary>Gets the obligation kind, such as <c>plan-van-aanpak</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the obligations of the kind done on time (status <c>fulfilled</c>).</summary>
    public int OnTime { get; }

    /// <summary>Gets the obligations of the kind done late (status <c>fulfilled-late</c>).</summary>
    public int Late { get; }

    /// <summary>Gets the obligations of the kind past their due date and not done (status <c>overdue</c>).</summary>
    public int Overdue { get; }

    /// <summary>Gets the obligations of the kind that were due: on time, late and overdue together (never 0).</summary>
    public int Due => OnTime + Late + Overdue;

    /// <summary>Gets the share done on time of those due, from 0 to 1.</summary>
    public double Rate => (double)OnTime / Due;

    /// <inheritdoc/>
    public override string ToString() => System.FormattableString.Invariant($"{Kind}: {OnTime} on time, {Late} late, {Overdue} overdue");
}
