namespace Poortwachter.Portfolio;

/// <summary>The section of a worklist item, in the order the worklist lists them.</summary>
public enum WorklistSection
{
    /// <summary>An obligation past its due date and not done (code <c>overdue</c>).</summary>
    Overdue = 0,

    /// <summary>An open obligation due within the worklist's window (code <c>due-soon</c>).</summary>
    DueSoon = 1,

    /// <summary>Another sanction risk a warning names, of severity warning or high (code <c>risk</c>).</summary>
    Risk = 2,

    /// <summary>The end of the wage continuation (the wachttijd's last day) or of the dismissal ban within 13 weeks (code <c>end</c>).</summary>
    End = 3,
}

/// <summary>The stable contract codes of <see cref="WorklistSection"/> values.</summary>
public static class WorklistSections
{
    /// <summary>Returns the contract code of a section.</summary>
    /// <param name="section">The section.</param>
    /// <returns><c>overdue</c>, <c>due-soon</c>, <c>risk</c> or <c>end</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="section"/> is not a defined section.</exception>
    public static string Code(WorklistSection section) =>
        section switch
        {
            WorklistSection.Overdue => "overdue",
            WorklistSection.DueSoon => "due-soon",
            WorklistSection.Risk => "risk",
            WorklistSection.End => "end",
            _ => throw new System.ArgumentOutOfRangeException(nameof(section), section, "Unknown worklist section."),
        };
}
