using System;
using System.Collections.Generic;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Settings for reading case documents. By default only the event types of the contract are accepted; a host that
/// adds rules of its own (a company protocol that wants contact on day 3, say) registers the codes of its own
/// obligations here, so that events of those types are read as <see cref="ObligationFulfilled"/>.
/// </summary>
/// <remarks>Mutable and not thread-safe: set it up, then pass it to the reads; do not change it while one runs.</remarks>
public sealed class CaseReaderOptions
{
    /// <summary>
    /// Gets the codes of host obligations accepted as event types, in addition to the shipped ones
    /// (the <see cref="Rules.RuleSet.ObligationCodes"/> of <see cref="Rules.RuleSets.All"/>) and the facts (<see cref="EventCodes"/>). Each is read as an
    /// <see cref="ObligationFulfilled"/> with only <c>type</c> and <c>on</c>. Codes are case-sensitive.
    /// </summary>
    public ISet<string> AdditionalObligationCodes { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Adds the code of a host obligation that events may name as their <c>type</c>.</summary>
    /// <param name="code">The kebab-case code, such as <c>contact-dag-3</c>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null, empty, or the code of a fact event.</exception>
    public CaseReaderOptions AddObligationCode(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("An obligation code is required, such as 'contact-dag-3'.", nameof(code));
        }

        if (EventSchema.IsFact(code))
        {
            throw new ArgumentException($"'{code}' is the code of a fact event of the contract, not an obligation.", nameof(code));
        }

        AdditionalObligationCodes.Add(code);
        return this;
    }
}
