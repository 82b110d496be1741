namespace Poortwachter.Rules;

/// <summary>
/// A rule of the engine: it reads the case through the clock (<see cref="RuleContext"/>) and yields
/// obligations, milestones and warnings (<see cref="RuleOutput"/>). Shipped rules and host rules implement
/// this same interface and get the same treatment.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe: one instance serves every assessment.</remarks>
public interface IRule
{
    /// <summary>Gets what the rule is: its code, legal source, legal character and the period it is in force.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Evaluates the rule for one case.</summary>
    /// <param name="context">The case, the clock, the end of the wachttijd and the options.</param>
    /// <param name="output">Where the rule writes its obligations, milestones and warnings.</param>
    void Evaluate(RuleContext context, RuleOutput output);
}
