namespace Poortwachter.Server.Endpoints;

/// <summary>One rule: an obligation, a milestone or a check, as the command's <c>rules</c> lists it.</summary>
/// <param name="Code">The stable kebab-case code; for an obligation rule, the obligation code of the assessment.</param>
/// <param name="Title">What the rule is about.</param>
/// <param name="DueRule">The due rule in words.</param>
/// <param name="LegalBasis">The legal source.</param>
/// <param name="LegalCharacter">statute, policy or practice.</param>
/// <param name="Stake">What is at stake when the obligation is missed, with its source; empty for milestones.</param>
/// <param name="InForceFrom">The first first sick day the rule applies to.</param>
/// <param name="InForceUntil">The last first sick day the rule applies to; null while in force.</param>
/// <param name="EnabledByDefault">Whether the engine applies the rule unless a host switches it off (the spoor-2 trajectory is off by default).</param>
/// <param name="Applied">Whether this service applies the rule to a case with this first sick day (setting Poortwachter:Engine:EnabledRules switches rules on, Poortwachter:Engine:DisabledRules off).</param>
public sealed record RuleEntry(
    string Code,
    string Title,
    string DueRule,
    LegalBasisEntry LegalBasis,
    string LegalCharacter,
    string Stake,
    string InForceFrom,
    string? InForceUntil,
    bool EnabledByDefault,
    bool Applied
);
