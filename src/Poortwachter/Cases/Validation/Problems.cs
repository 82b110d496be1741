using System.Collections.Generic;
using NodaTime;

namespace Poortwachter.Cases.Validation;

/// <summary>
/// The problems found in a case so far, with the one range check every date of a case goes through. Each check
/// adds to it and never throws.
/// </summary>
internal sealed class Problems
{
    private readonly List<CaseProblem> _found = [];

    /// <summary>The problems found, in the order they were added.</summary>
    public List<CaseProblem> Found => _found;

    /// <summary>Adds a problem at a JSON path.</summary>
    public void Add(string path, string message) => _found.Add(new CaseProblem(path, message));

    /// <summary>Whether a date lies in the range the engine supports.</summary>
    public static bool InRange(LocalDate date) => date >= CaseValidator.MinSupportedDate && date <= CaseValidator.MaxSupportedDate;

    /// <summary>Whether a date of an array item is in range; reports it at the item's path when it is not.</summary>
    public bool CheckRange(ItemPath path, string suffix, LocalDate date) => InRange(date) || OutOfRange(path.With(suffix), date);

    /// <summary>Whether a date is in range; reports it at the path when it is not.</summary>
    public bool CheckRange(string path, LocalDate date) => InRange(date) || OutOfRange(path, date);

    private bool OutOfRange(string path, LocalDate date)
    {
        Add(
            path,
            $"{IsoDates.Format(date)} is out of the supported range {IsoDates.Format(CaseValidator.MinSupportedDate)}..{IsoDates.Format(CaseValidator.MaxSupportedDate)}."
        );
        return false;
    }
}

/// <summary>The JSON path of an array item, made into text only when a problem is reported.</summary>
internal readonly struct ItemPath(string array, int index)
{
    /// <summary>The path of the item itself, such as <c>$.events[3]</c>.</summary>
    public string Text => $"{array}[{index}]";

    /// <summary>The path of a member of the item, such as <c>$.events[3].on</c>.</summary>
    public string With(string suffix) => $"{array}[{index}]{suffix}";
}
