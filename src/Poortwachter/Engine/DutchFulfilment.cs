using Poortwachter.Rules;

namespace Poortwachter.Engine;

/// <summary>
/// The verb a Dutch text uses for an obligation that is done: the rule's own
/// (<see cref="RuleDescriptor.DutchDoneParticiple"/>), or <c>uitgevoerd</c> for a rule that names none.
/// </summary>
internal static class DutchFulfilment
{
    /// <summary>The word for a step whose rule names no verb of its own.</summary>
    public const string General = "uitgevoerd";

    /// <summary>The past participle for a rule's obligation: <c>opgesteld</c>, <c>gehouden</c>, <c>gedaan</c>, ...</summary>
    /// <param name="rule">The rule; <see langword="null"/> gives the general word.</param>
    /// <returns>The participle, lower case.</returns>
    public static string Participle(RuleDescriptor? rule) => rule?.DutchDoneParticiple is { Length: > 0 } own ? own : General;

    /// <summary>The participle with a capital first letter, to open a sentence: <c>Opgesteld</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The participle, capitalised.</returns>
    public static string Capitalised(RuleDescriptor? rule)
    {
        var word = Participle(rule);
        return char.ToUpperInvariant(word[0]) + word.Substring(1);
    }
}
