using System;
using System.Collections.Generic;
using System.IO;

namespace Poortwachter.Cli.Files;

/// <summary>Paths as the file system sees them.</summary>
internal static class Paths
{
    private const int MaxLinks = 40;

    /// <summary>
    /// Returns the absolute path with every symlink along it resolved (like <c>realpath</c>), as far as the parts
    /// exist; the parts that do not exist yet are kept as given.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <returns>The resolved path.</returns>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hop = 0; hop < MaxLinks; hop++)
        {
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var parts = full.Substring(root.Length).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? relinked = null;
            for (var i = 0; i < parts.Length && relinked is null; i++)
            {
                var next = Path.Combine(current, parts[i]);
                var target = LinkTarget(next);
                if (target is null)
                {
                    current = next;
                    continue;
                }

                if (!Path.IsPathRooted(target) && target.Contains(':', StringComparison.Ordinal))
                {
                    // A /proc magic link such as "pipe:[1234]" names no path.
                    return full;
                }

                var rest = new List<string> { Path.GetFullPath(Path.Combine(current, target)) };
                for (var j = i + 1; j < parts.Length; j++)
                {
                    rest.Add(parts[j]);
                }

                relinked = Path.Combine([.. rest]);
            }

            if (relinked is null)
            {
                return full;
            }

            full = Path.GetFullPath(relinked);
        }

        return full;
    }

    /// <summary>The directory a file would be created in, resolved.</summary>
    /// <param name="resolvedFile">A resolved file path.</param>
    /// <returns>Its directory.</returns>
    public static string DirectoryOf(string resolvedFile) =>
        Path.GetDirectoryName(resolvedFile) is { Length: > 0 } dir ? dir : Directory.GetCurrentDirectory();

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
