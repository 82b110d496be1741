using System;

namespace Poortwachter.Server;

/// <summary>
/// The service's settings, read from the configuration section <c>Poortwachter</c> (appsettings.json, or environment
/// variables such as <c>Poortwachter__MaxCaseBytes</c>). The engine's own options are under <c>Poortwachter:Engine</c>,
/// bound to <see cref="PoortwachterOptions"/> (see <see cref="EngineSection"/>).
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "Poortwachter";

    /// <summary>
    /// The configuration section bound to <see cref="PoortwachterOptions"/>: every engine option by its property name,
    /// such as <c>Poortwachter:Engine:DueSoonDays</c>, <c>Poortwachter:Engine:EnabledRules:0</c> or
    /// <c>Poortwachter__Engine__BanYears</c> as an environment variable.
    /// </summary>
    public const string EngineSection = "Poortwachter:Engine";

    /// <summary>Gets or sets the largest body of <c>POST /v1/assessments</c>, and the longest line of a batch, in bytes (default 1 MiB, as the command's <c>--max-case-bytes</c>).</summary>
    public int MaxCaseBytes { get; set; } = 1 << 20;

    /// <summary>Gets or sets the largest body of <c>POST /v1/assessments/batch</c>, in bytes (default 256 MiB).</summary>
    public long MaxBatchBytes { get; set; } = 256L << 20;

    /// <summary>
    /// Gets or sets the longest wait for the next part of a body (default 30 seconds): a client that stops sending in the
    /// middle of its body gets a 408 then, however much it sent before.
    /// </summary>
    public TimeSpan BodyIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest a request other than a batch may take, body included (default 60 seconds).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the longest a batch may take, body and results (default 30 minutes).</summary>
    public TimeSpan BatchRequestTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets the most connections the server keeps open at once (default 1,000); one more is closed at once.</summary>
    public long MaxConcurrentConnections { get; set; } = 1000;

    /// <summary>Gets or sets the most requests to <c>/v1</c> handled at once (default 256); 0 for no limit.</summary>
    public int MaxConcurrentRequests { get; set; } = 256;

    /// <summary>Gets or sets how many requests to <c>/v1</c> wait for their turn when <see cref="MaxConcurrentRequests"/> are handled (default 512); one more gets a 503.</summary>
    public int RequestQueueLimit { get; set; } = 512;

    /// <summary>
    /// Gets or sets how long the service waits, once told to stop (SIGTERM, Ctrl+C), for the requests it is answering to
    /// finish before it ends them (default 30 seconds, as .NET's host; the host's <c>ShutdownTimeout</c>).
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
