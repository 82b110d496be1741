using Microsoft.Extensions.Hosting;

namespace Poortwachter.Server.Operations;

/// <summary>Whether the host is stopping: set when <see cref="IHostApplicationLifetime.ApplicationStopping"/> fires.</summary>
internal sealed class ShutdownState
{
    /// <summary>Watches the host's lifetime.</summary>
    /// <param name="lifetime">The host's lifetime.</param>
    public ShutdownState(IHostApplicationLifetime lifetime) => lifetime.ApplicationStopping.Register(() => Stopping = true);

    /// <summary>Gets or sets a value indicating whether the host is stopping (set by the host; tests set it too).</summary>
    public bool Stopping { get; set; }
}
