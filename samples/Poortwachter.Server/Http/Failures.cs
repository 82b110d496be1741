using System;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Poortwachter.Server.Http;

/// <summary>
/// Unexpected failures and unreadable bodies in the service's log. An unexpected failure gets a reference, written both
/// in the log (with the exception) and in the answer, so the one can be found from the other; the answer never holds
/// the exception itself.
/// </summary>
internal static partial class Failures
{
    /// <summary>The log category of the service's own entries.</summary>
    public const string Category = "Poortwachter.Server";

    /// <summary>Returns a new reference for an unexpected failure: 16 hexadecimal digits, random.</summary>
    /// <returns>The reference.</returns>
    public static string NewReference() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>Logs an unexpected failure of a request, with its reference.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="exception">The failure.</param>
    /// <param name="reference">Its reference.</param>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path.</param>
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unexpected failure, reference {Reference}: {Method} {Path}")]
    public static partial void Request(ILogger logger, Exception exception, string reference, string method, string path);

    /// <summary>Logs an unexpected failure on one line of a batch, with its reference; the batch goes on.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="exception">The failure.</param>
    /// <param name="reference">Its reference.</param>
    /// <param name="line">The line's number.</param>
    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Error,
        Message = "Unexpected failure, reference {Reference}: line {Line} of a batch (the batch goes on)"
    )]
    public static partial void Line(ILogger logger, Exception exception, string reference, long line);

    /// <summary>Logs a body that could not be read to its end (a client's fault, so no stack trace).</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="status">The status answered.</param>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path.</param>
    /// <param name="reason">Why.</param>
    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Body not read ({Status}): {Method} {Path}: {Reason}")]
    public static partial void BodyNotRead(ILogger logger, int status, string method, string path, string reason);
}
