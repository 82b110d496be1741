using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace Poortwachter.Cli.Tests.Support;

/// <summary>
/// Golden files as the repository's other test projects keep them: the approved text is <c>Verified/NAME.verified.EXT</c>
/// beside the test source (<c>NAME</c> ends in the language, such as <c>demo-table.nl</c>); on a difference the actual
/// text is written beside it as <c>NAME.received.EXT</c> and the test fails. To approve, review the received file and
/// let it replace the verified one. A missing verified file fails too, so nothing is approved silently.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string extension, string actual, [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Verified");
        Directory.CreateDirectory(directory);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        if (
            File.Exists(verified)
            && string.Equals(
                File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n",
                normalized,
                StringComparison.Ordinal
            )
        )
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        throw new XunitException(
            File.Exists(verified)
                ? $"{name}: the output differs from {verified}. Compare it with {received}; if the change is right, replace the verified file with it. To regenerate every derived file at once, run eng/generate (it runs the tests and accepts each received file), then review git diff."
                : $"{name}: no approved file yet. Review {received} and rename it to {Path.GetFileName(verified)} to approve it. To regenerate every derived file at once, run eng/generate (it runs the tests and accepts each received file), then review git diff."
        );
    }
}
