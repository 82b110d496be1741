using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Cases;

/// <summary>
/// A document of the plan van aanpak marked as done: the plan (a later <c>plan-van-aanpak</c> event is a
/// <i>bijstelling</i>, Regeling procesgang art. 4 lid 5), an evaluation, or the first-year evaluation. For documents
/// drawn up from 1 July 2023 the Regeling (art. 4 lid 2 onder a and b, as amended by Stcrt. 2023, 13931) asks that
/// each holds the view of the employer and of the employee on the re-integration (<i>re-integratievisie</i>); the
/// event may record whether each view is in. <see langword="null"/> means not recorded: no check.
/// </summary>
public abstract class ReIntegratieDocument : ObligationFulfilled
{
    private protected ReIntegratieDocument(string obligation, LocalDate on, bool? visieWerkgever, bool? visieWerknemer)
        : base(obligation, on)
    {
        VisieWerkgever = visieWerkgever;
        VisieWerknemer = visieWerknemer;
    }

    /// <summary>
    /// Gets whether the document holds the employer's view on the re-integration: <see langword="true"/> it does,
    /// <see langword="false"/> it does not, <see langword="null"/> not recorded.
    /// </summary>
    public bool? VisieWerkgever { get; }

    /// <summary>
    /// Gets whether the document holds the employee's view on the re-integration: <see langword="true"/> it does,
    /// <see langword="false"/> it does not, <see langword="null"/> not recorded.
    /// </summary>
    public bool? VisieWerknemer { get; }
}

/// <summary>
/// The plan van aanpak agreed (code <c>plan-van-aanpak</c>, WIA art. 25 lid 2; Regeling procesgang art. 4), or, when a
/// plan is already on record, a <i>bijstelling</i> of it (art. 4 lid 5), with whether it holds the views of employer
/// and employee (art. 4 lid 2 onder a as amended in 2023).
/// </summary>
public sealed class PlanVanAanpak : ReIntegratieDocument
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date the plan (or its bijstelling) was agreed.</param>
    /// <param name="visieWerkgever">Whether it holds the employer's view; <see langword="null"/> when not recorded.</param>
    /// <param name="visieWerknemer">Whether it holds the employee's view; <see langword="null"/> when not recorded.</param>
    public PlanVanAanpak(LocalDate on, bool? visieWerkgever = null, bool? visieWerknemer = null)
        : base(ObligationCodes.PlanVanAanpak, on, visieWerkgever, visieWerknemer) { }
}

/// <summary>
/// A periodic evaluation of the plan van aanpak (code <c>evaluatie</c>, Regeling procesgang art. 4 lid 2 onder b), with
/// whether it holds the views of employer and employee (as amended in 2023).
/// </summary>
public sealed class Evaluatie : ReIntegratieDocument
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of the evaluation.</param>
    /// <param name="visieWerkgever">Whether it holds the employer's view; <see langword="null"/> when not recorded.</param>
    /// <param name="visieWerknemer">Whether it holds the employee's view; <see langword="null"/> when not recorded.</param>
    public Evaluatie(LocalDate on, bool? visieWerkgever = null, bool? visieWerknemer = null)
        : base(ObligationCodes.Evaluatie, on, visieWerkgever, visieWerknemer) { }
}

/// <summary>
/// The first-year evaluation (code <c>eerstejaarsevaluatie</c>, Regeling procesgang art. 4 lid 2 onder b), with whether it
/// holds the views of employer and employee (as amended in 2023).
/// </summary>
public sealed class Eerstejaarsevaluatie : ReIntegratieDocument
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of the evaluation.</param>
    /// <param name="visieWerkgever">Whether it holds the employer's view; <see langword="null"/> when not recorded.</param>
    /// <param name="visieWerknemer">Whether it holds the employee's view; <see langword="null"/> when not recorded.</param>
    public Eerstejaarsevaluatie(LocalDate on, bool? visieWerkgever = null, bool? visieWerknemer = null)
        : base(ObligationCodes.Eerstejaarsevaluatie, on, visieWerkgever, visieWerknemer) { }
}
