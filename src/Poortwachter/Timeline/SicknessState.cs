namespace Poortwachter.Timeline;

/// <summary>Whether the employee is sick on the assessment date, as the clock sees it.</summary>
public enum SicknessState
{
    /// <summary>Sick (or on leave during the case) on the assessment date.</summary>
    Sick = 0,

    /// <summary>Fit on the assessment date, for fewer than 28 fit days so far: the case may still continue.</summary>
    Interrupted = 1,

    /// <summary>Fit for 28 days or more: the case ended by recovery.</summary>
    Recovered = 2,
}
