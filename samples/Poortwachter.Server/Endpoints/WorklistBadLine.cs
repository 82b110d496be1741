using System.Collections.Generic;
using Poortwachter.Cases;

namespace Poortwachter.Server.Endpoints;

/// <summary>A line that could not be assessed: its number, its case id when one could be read, its problems.</summary>
internal sealed record WorklistBadLine(long Line, string? CaseId, IReadOnlyList<CaseProblem> Problems, string? Reference = null);
