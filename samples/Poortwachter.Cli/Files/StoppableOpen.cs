using System;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Poortwachter.Cli.Files;

/// <summary>
/// Opens a file that may wait to be opened (a FIFO waits for its other end: a reader for a writer, a writer for a
/// reader) so that a signal stops the wait: the open runs on a thread of its own and the caller waits for it or for
/// the stop, whichever comes first. An open that was given up is left to its thread (the process is about to end);
/// should it still succeed, its stream is closed there.
/// </summary>
internal static class StoppableOpen
{
    /// <summary>Opens <paramref name="open"/>'s file, giving way to <paramref name="stop"/>.</summary>
    /// <param name="open">Opens the file (may block).</param>
    /// <param name="stop">The command's stop; one that cannot be cancelled opens on the calling thread.</param>
    /// <returns>The opened stream.</returns>
    /// <exception cref="OperationCanceledException">A signal came while the open waited.</exception>
    public static FileStream Open(Func<FileStream> open, CancellationToken stop)
    {
        if (!stop.CanBeCanceled)
        {
            return open();
        }

        stop.ThrowIfCancellationRequested();
        var opening = Task.Factory.StartNew(open, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            opening.Wait(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            _ = opening.ContinueWith(
                static t =>
                {
                    if (t.Status == TaskStatus.RanToCompletion)
                    {
                        t.Result.Dispose();
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default
            );
            throw;
        }
        catch (AggregateException ex) when (ex.InnerException is { } inner)
        {
            ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }

        return opening.Result;
    }
}
