using System;
using System.Threading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Whether the host is stopping (set when <see cref="IHostApplicationLifetime.ApplicationStopping"/> fires), and when a
/// running batch must stop reading so it ends cleanly before the host's <c>ShutdownTimeout</c> cuts it: at 80% of it.
/// </summary>
internal sealed class ShutdownState : IDisposable
{
    private readonly CancellationTokenSource _batchEnd = new();
    private readonly TimeSpan _batchEndAfter;

    /// <summary>Watches the host's lifetime.</summary>
    /// <param name="lifetime">The host's lifetime.</param>
    /// <param name="host">The host's options, with the shutdown timeout.</param>
    public ShutdownState(IHostApplicationLifetime lifetime, IOptions<HostOptions> host)
    {
        var timeout = host.Value.ShutdownTimeout;
        _batchEndAfter = timeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : timeout * 0.8;
        lifetime.ApplicationStopping.Register(Stop);
    }

    /// <summary>Gets a value indicating whether the host is stopping.</summary>
    public bool Stopping { get; private set; }

    /// <summary>Gets the token that fires when running batches must stop reading (<see cref="BatchDrain"/>).</summary>
    public CancellationToken BatchEnd => _batchEnd.Token;

    /// <summary>Marks the host as stopping and starts the batches' clock (the host calls it; tests too).</summary>
    public void Stop()
    {
        Stopping = true;
        try
        {
            if (_batchEndAfter == TimeSpan.Zero)
            {
                _batchEnd.Cancel(); // at once, not on a timer's thread later
            }
            else
            {
                _batchEnd.CancelAfter(_batchEndAfter);
            }
        }
        catch (ObjectDisposedException)
        {
            // The container is gone already: no batch runs.
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _batchEnd.Dispose();
}
