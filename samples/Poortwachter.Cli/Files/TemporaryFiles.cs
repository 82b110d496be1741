using System;
using System.Collections.Generic;
using System.IO;

namespace Poortwachter.Cli.Files;

/// <summary>
/// The temporary files a run has open beside its <c>--output</c> (<c>.NAME.GUID.tmp</c>). A run removes its own when
/// it ends; this list is for a signal that ends the process before the run can: the handler removes them first.
/// </summary>
internal sealed class TemporaryFiles
{
    private readonly System.Threading.Lock _lock = new();
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    /// <summary>Adds a temporary file.</summary>
    /// <param name="path">Its full path.</param>
    public void Add(string path)
    {
        lock (_lock)
        {
            _paths.Add(path);
        }
    }

    /// <summary>Forgets a temporary file that was renamed into place or removed.</summary>
    /// <param name="path">Its full path.</param>
    public void Remove(string path)
    {
        lock (_lock)
        {
            _paths.Remove(path);
        }
    }

    /// <summary>Gets the temporary files still there, for tests.</summary>
    public IReadOnlyCollection<string> Paths
    {
        get
        {
            lock (_lock)
            {
                return [.. _paths];
            }
        }
    }

    /// <summary>Removes every temporary file still listed; an error is ignored (the process is about to end).</summary>
    public void DeleteAll()
    {
        lock (_lock)
        {
            foreach (var path in _paths)
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException)
                {
                    // Best effort: the process is ending.
                }
                catch (UnauthorizedAccessException)
                {
                    // As above.
                }
            }

            _paths.Clear();
        }
    }
}
