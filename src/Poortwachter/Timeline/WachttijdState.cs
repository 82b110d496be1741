namespace Poortwachter.Timeline;

/// <summary>The state of a wachttijd on the assessment date, as the contract defines it.</summary>
public enum WachttijdState
{
    /// <summary>The employee is sick on the assessment date (code <c>running</c>); leave days count as running.</summary>
    Running = 0,

    /// <summary>The employee is fit on the assessment date, for fewer than 28 days so far (code <c>interrupted</c>).</summary>
    Interrupted = 1,

    /// <summary>The employee has been fit for 28 days or more: the case is over (code <c>ended-recovered</c>).</summary>
    EndedRecovered = 2,

    /// <summary>The assessment date lies past the last day of wage continuation (code <c>ended</c>).</summary>
    Ended = 3,
}

/// <summary>The stable contract codes of <see cref="WachttijdState"/> values.</summary>
public static class WachttijdStates
{
    /// <summary>Returns the contract code of a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns><c>running</c>, <c>interrupted</c>, <c>ended-recovered</c> or <c>ended</c>.</returns>
    public static string Code(WachttijdState state) =>
        state switch
        {
            WachttijdState.Running => "running",
            WachttijdState.Interrupted => "interrupted",
            WachttijdState.EndedRecovered => "ended-recovered",
            _ => "ended",
        };
}
