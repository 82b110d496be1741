namespace Poortwachter.Server.Http;

/// <summary>Why a body could not be read.</summary>
/// <param name="Status">The status to answer: 400, 408 (or 413 from the server); 0 when the client went away.</param>
/// <param name="Message">What happened, for the client, without a closing full stop.</param>
internal sealed record BodyFailure(int Status, string Message);
