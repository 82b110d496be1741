using System.Collections.Generic;

namespace Poortwachter.Server.Endpoints;

/// <summary>The rule catalogue of the rule set that applies to a first sick day.</summary>
/// <param name="FirstSickDay">The first sick day the catalogue is for.</param>
/// <param name="RuleSet">The rule set that applies to it.</param>
/// <param name="Rules">Every rule of the set in catalogue order, with the host's own rules after them.</param>
public sealed record RuleCatalogue(string FirstSickDay, RuleSetEntry RuleSet, IReadOnlyList<RuleEntry> Rules);
