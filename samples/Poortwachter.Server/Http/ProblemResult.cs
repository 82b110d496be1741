using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Poortwachter.Cases;

namespace Poortwachter.Server.Http;

/// <summary>A problem response as an endpoint result.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong, for a person.</param>
/// <param name="Errors">Every problem, with its path.</param>
internal sealed record ProblemResult(int Status, string Detail, IReadOnlyList<CaseProblem> Errors) : IResult
{
    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext) => Problems.Write(httpContext, Status, Detail, Errors);
}
