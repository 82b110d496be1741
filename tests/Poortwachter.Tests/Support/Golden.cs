using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace Poortwachter.Tests.Support;

/// <summary>
/// Golden-file checks following Verify's convention: the approved text lives in
/// <c>NAME.verified.txt</c> beside the test source; on a mismatch the actual text is written to
/// <c>NAME.received.txt</c> and the test fails. To approve, review the received file and rename it.
/// A missing verified file fails too (with the received file written), so nothing is approved silently.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Verified");
        Directory.CreateDirectory(directory);
        var verified = Path.Combine(directory, name + ".verified.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        var normalized = Normalize(actual);
        if (File.Exists(verified) && string.Equals(Normalize(File.ReadAllText(verified)), normalized, StringComparison.Ordinal))
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, normalized);
        throw new XunitException(
            File.Exists(verified)
                ? $"{name}: the output differs from {verified}. Compare it with {received}; if the change is right, replace the verified file with it. To regenerate every derived file at once, run eng/generate (it runs the tests and accepts each received file), then review git diff."
                : $"{name}: no approved file yet. Review {received} and rename it to {Path.GetFileName(verified)} to approve it. To regenerate every derived file at once, run eng/generate (it runs the tests and accepts each received file), then review git diff."
        );
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
