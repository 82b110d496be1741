namespace Poortwachter.Server.Endpoints;

/// <summary>A versioned set of rules, chosen by the case's first sick day.</summary>
/// <param name="Code">The stable code, such as <c>wvp-2013</c> (the assessment's <c>ruleSet</c>).</param>
/// <param name="Description">What regime the set implements.</param>
/// <param name="InForceFrom">The first first sick day the set applies to.</param>
/// <param name="InForceUntil">The last first sick day it applies to; null while current.</param>
public sealed record RuleSetEntry(string Code, string Description, string InForceFrom, string? InForceUntil);
