using System;

namespace Poortwachter.Assessments;

/// <summary>The status of an obligation, judged on the assessment date, as the contract defines it.</summary>
public enum ObligationStatus
{
    /// <summary>Done on or before the due date (code <c>fulfilled</c>).</summary>
    Fulfilled = 0,

    /// <summary>Done after the due date (code <c>fulfilled-late</c>).</summary>
    FulfilledLate = 1,

    /// <summary>Not done; the assessment date is on or before the due date (code <c>open</c>).</summary>
    Open = 2,

    /// <summary>Not done; the assessment date is after the due date (code <c>overdue</c>).</summary>
    Overdue = 3,

    /// <summary>The obligation does not arise in this case; the explanation says why (code <c>not-applicable</c>).</summary>
    NotApplicable = 4,

    /// <summary>The case is interrupted on the assessment date and the deadline lies ahead (code <c>suspended</c>).</summary>
    Suspended = 5,
}

/// <summary>The stable contract codes of <see cref="ObligationStatus"/> values.</summary>
public static class ObligationStatuses
{
    /// <summary>Returns the contract code of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The kebab-case code, such as <c>fulfilled-late</c>.</returns>
    public static string Code(ObligationStatus status) =>
        status switch
        {
            ObligationStatus.Fulfilled => "fulfilled",
            ObligationStatus.FulfilledLate => "fulfilled-late",
            ObligationStatus.Open => "open",
            ObligationStatus.Overdue => "overdue",
            ObligationStatus.NotApplicable => "not-applicable",
            ObligationStatus.Suspended => "suspended",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
        };
}
