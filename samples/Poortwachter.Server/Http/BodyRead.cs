using System.IO.Pipelines;

namespace Poortwachter.Server.Http;

/// <summary>A piece of a body, or why none came.</summary>
/// <param name="Result">The piece, when <paramref name="Failure"/> is null.</param>
/// <param name="Failure">Why no piece came, or null.</param>
internal readonly record struct BodyRead(ReadResult Result, BodyFailure? Failure);
