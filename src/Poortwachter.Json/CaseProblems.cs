using System.Collections.Generic;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// The problems of one case document, in the order in which the readers find them: the one collector the document
/// checks, the root, period and event readers share. Besides adding a problem it reports the three that every object
/// of the contract can have: a property given twice, a property the object does not have, and a required one missing.
/// </summary>
internal sealed class CaseProblems
{
    private readonly List<CaseProblem> _items = [];

    /// <summary>Gets the number of problems found so far.</summary>
    public int Count => _items.Count;

    /// <summary>Gets the problems found, in the order found.</summary>
    public IReadOnlyList<CaseProblem> Items => _items;

    /// <summary>Adds a problem.</summary>
    /// <param name="path">Where it is, such as <c>$.events[3].on</c>.</param>
    /// <param name="message">What is wrong.</param>
    public void Add(string path, string message) => _items.Add(new CaseProblem(path, message));

    /// <summary>Forgets every problem found so far, for one that says all there is to say about the document.</summary>
    public void Clear() => _items.Clear();

    /// <summary>
    /// Marks a property of an object as seen, and reports it when it was seen before: its <paramref name="bit"/> is set
    /// in <paramref name="seen"/> already.
    /// </summary>
    /// <param name="seen">The properties of the object seen so far, one bit each.</param>
    /// <param name="bit">The property's bit.</param>
    /// <param name="parent">The path of the object.</param>
    /// <param name="name">The property's name.</param>
    /// <returns><see langword="true"/> when the property is a duplicate, whose value is then not read.</returns>
    public bool Duplicate(ref int seen, int bit, string parent, string name)
    {
        if ((seen & bit) != 0)
        {
            Add(JsonPath.Child(parent, name), ReaderTexts.Duplicate(name));
            return true;
        }

        seen |= bit;
        return false;
    }

    /// <summary>Reports a property that an object does not have.</summary>
    /// <param name="parent">The path of the object.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="allowed">The names the object has.</param>
    /// <param name="what">What the object is, such as <see cref="ReaderTexts.ASicknessPeriod"/>.</param>
    public void Unknown(string parent, string name, string[] allowed, string what) =>
        Add(JsonPath.Child(parent, name), ReaderTexts.UnknownProperty(name, allowed, what));

    /// <summary>Reports a required property that an object does not give.</summary>
    /// <param name="parent">The path of the object.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="what">What to give.</param>
    public void Missing(string parent, string name, string what) => Add(JsonPath.Child(parent, name), ReaderTexts.Missing(name, what));
}
