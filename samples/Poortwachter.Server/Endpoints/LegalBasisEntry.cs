namespace Poortwachter.Server.Endpoints;

/// <summary>A citation of the legal source of a rule.</summary>
/// <param name="Citation">The citation as one line, as in the assessment's <c>legalBasis</c>.</param>
/// <param name="Law">The law or policy text.</param>
/// <param name="Article">The article; null for a text as a whole.</param>
/// <param name="Lid">The lid (paragraph) and any further part; null when none.</param>
/// <param name="Section">The section or chapter of a policy text; null when none.</param>
public sealed record LegalBasisEntry(string Citation, string Law, string? Article, string? Lid, string? Section);
