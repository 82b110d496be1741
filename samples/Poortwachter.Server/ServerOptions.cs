using System.Collections.Generic;

namespace Poortwachter.Server;

/// <summary>
/// The service's settings, read from the configuration section <c>Poortwachter</c> (appsettings.json, or environment
/// variables such as <c>Poortwachter__MaxCaseBytes</c>).
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "Poortwachter";

    /// <summary>Gets or sets the largest body of <c>POST /v1/assessments</c>, and the longest line of a batch, in bytes (default 1 MiB, as the command's <c>--max-case-bytes</c>).</summary>
    public int MaxCaseBytes { get; set; } = 1 << 20;

    /// <summary>Gets or sets the largest body of <c>POST /v1/assessments/batch</c>, in bytes (default 256 MiB).</summary>
    public long MaxBatchBytes { get; set; } = 256L << 20;

    /// <summary>Gets the codes of rules that are off by default to switch on, such as <c>spoor-2-traject</c> (as the command's <c>--enable</c>).</summary>
    public IList<string> Enable { get; } = new List<string>();
}
