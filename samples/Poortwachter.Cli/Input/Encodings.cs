using System;

namespace Poortwachter.Cli.Input;

/// <summary>Recognises inputs that are not UTF-8 text, so they get one clear message instead of a JSON error per line.</summary>
internal static class Encodings
{
    /// <summary>Says what the input is when its first bytes show it is not UTF-8 JSON; null when they do not.</summary>
    /// <param name="head">The first bytes of the input.</param>
    /// <returns>The end of a sentence that starts with the input's name, or null.</returns>
    public static string? NotUtf8(ReadOnlySpan<byte> head)
    {
        const string Convert = "the contract's JSON is UTF-8: save the file as UTF-8 (for example: iconv -f {0} -t UTF-8).";
        if (head.Length >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0)
        {
            return "is UTF-32 text (it starts with a UTF-32 byte-order mark); " + string.Format(null, Convert, "UTF-32");
        }

        if (head.Length >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF)
        {
            return "is UTF-32 text (it starts with a UTF-32 byte-order mark); " + string.Format(null, Convert, "UTF-32");
        }

        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return "is UTF-16 text (it starts with a UTF-16 byte-order mark); " + string.Format(null, Convert, "UTF-16");
        }

        if (head.Length >= 2 && ((head[0] != 0 && head[1] == 0) || (head[0] == 0 && head[1] != 0)))
        {
            return "looks like UTF-16 text (every other byte is zero); " + string.Format(null, Convert, "UTF-16");
        }

        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return "is compressed (gzip); decompress it first (for example: gunzip -c FILE | poortwachter assess -).";
        }

        return null;
    }
}
