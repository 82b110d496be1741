using System.Globalization;
using System.Linq;
using System.Text;

namespace Poortwachter.Cli.Tests.Support;

/// <summary>JSON Lines inputs made in the test: distinct, valid, small cases.</summary>
public static class Batches
{
    /// <summary>One valid case on one line, with the id C-{n:00000}.</summary>
    public static string Case(int n) =>
        "{\"caseId\":\"C-" + n.ToString("00000", CultureInfo.InvariantCulture) + "\",\"firstSickDay\":\"2025-01-06\"}";

    /// <summary>Cases 1..count, one per line, each line ended by LF.</summary>
    public static string Lines(int count) => string.Concat(Enumerable.Range(1, count).Select(n => Case(n) + "\n"));

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
