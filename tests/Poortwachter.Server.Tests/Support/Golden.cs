using System;
using System.IO;
using Xunit.Sdk;

namespace Poortwachter.Server.Tests.Support;

/// <summary>
/// A golden-file check like the repository's others: the approved text is a committed file; on a difference the actual
/// text is written beside it as <c>NAME.received.EXT</c> (also for a committed <c>NAME.verified.EXT</c>) and the test fails. To approve, review the received file and
/// let it replace the committed one. A missing committed file fails too, so nothing is approved silently.
/// </summary>
public static class Golden
{
    public static void Verify(string committedPath, string actual)
    {
        // NAME.EXT gets NAME.received.EXT beside it; NAME.verified.EXT (a golden file of the tests) NAME.received.EXT.
        var name = Path.GetFileNameWithoutExtension(committedPath);
        var received = Path.Combine(
            Path.GetDirectoryName(committedPath)!,
            (name.EndsWith(".verified", StringComparison.Ordinal) ? name[..^".verified".Length] : name)
                + ".received"
                + Path.GetExtension(committedPath)
        );
        var normalized = Normalize(actual);
        if (File.Exists(committedPath) && string.Equals(Normalize(File.ReadAllText(committedPath)), normalized, StringComparison.Ordinal))
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, normalized);
        throw new XunitException(
            File.Exists(committedPath)
                ? $"The output differs from {committedPath}. Compare it with {received}; if the change is right, replace the committed file with it. To regenerate every derived file at once, run eng/generate (it runs the tests and accepts each received file), then review git diff."
                : $"No approved file yet. Review {received} and rename it to {Path.GetFileName(committedPath)} to approve it. To regenerate every derived file at once, run eng/generate (it runs the tests and accepts each received file), then review git diff."
        );
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
