using System;

namespace Poortwachter.Json;

/// <summary>
/// The byte-level checks of a case document before and around parsing: a byte-order mark, text that is UTF-16 or
/// UTF-32 rather than UTF-8, the first byte that is not valid UTF-8, a document of only whitespace, and the line of a
/// byte. It finds facts; <see cref="ReaderTexts"/> words them.
/// </summary>
internal static class Utf8Input
{
    /// <summary>Returns the document without its leading UTF-8 byte-order mark, when it has one.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The document from its first byte after the mark.</returns>
    public static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? utf8.Slice(3) : utf8;

    /// <summary>Whether the first bytes of a document show it is UTF-16 or UTF-32 text rather than UTF-8.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="utf32">Whether it is UTF-32 rather than UTF-16.</param>
    /// <param name="byteOrderMark">Whether it starts with a byte-order mark (else every other byte is zero).</param>
    /// <returns><see langword="true"/> when the document is UTF-16 or UTF-32.</returns>
    public static bool IsWide(ReadOnlySpan<byte> utf8, out bool utf32, out bool byteOrderMark)
    {
        utf32 = false;
        byteOrderMark = false;
        if (utf8.Length < 2)
        {
            return false;
        }

        var bom = (utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0xFE && utf8[1] == 0xFF);
        var zeros = (utf8[0] == 0) != (utf8[1] == 0);
        if (!bom && !zeros)
        {
            return false;
        }

        byteOrderMark = bom;
        utf32 = utf8.Length >= 4 && ((utf8[2] == 0 && utf8[3] == 0 && utf8[0] == 0xFF) || (utf8[0] == 0 && utf8[1] == 0));
        return true;
    }

    /// <summary>Finds where a document stops being valid UTF-8 (a Windows-1252 or Latin-1 export, say).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="line">The line of the first invalid byte, from 1.</param>
    /// <param name="column">Its column, from 1, counted in characters.</param>
    /// <param name="offset">Its offset in <paramref name="utf8"/>.</param>
    /// <returns><see langword="true"/> when the document holds an invalid byte; <see langword="false"/> when it is valid.</returns>
    public static bool TryFindInvalid(ReadOnlySpan<byte> utf8, out int line, out int column, out int offset)
    {
        line = 1;
        column = 1;
        offset = 0;
        while (offset < utf8.Length)
        {
            var length = SequenceLength(utf8, offset);
            if (length == 0)
            {
                return true;
            }

            if (utf8[offset] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            offset += length;
        }

        return false;
    }

    /// <summary>Whether a document holds nothing but JSON whitespace.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns><see langword="true"/> when it is empty or only spaces, tabs and line breaks.</returns>
    public static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The line, from 1, of the byte at <paramref name="index"/>.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="index">The offset of the byte.</param>
    /// <returns>One more than the number of line feeds before it.</returns>
    public static int LineOf(ReadOnlySpan<byte> utf8, long index)
    {
        var line = 1;
        for (var i = 0; i < index && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>
    /// The length of the well-formed UTF-8 sequence that starts at <paramref name="i"/>; 0 when it is not one (a stray
    /// continuation byte, an overlong form, a surrogate, a code point beyond U+10FFFF or a sequence cut short).
    /// </summary>
    /// <param name="utf8">The document.</param>
    /// <param name="i">The offset of the sequence's first byte.</param>
    /// <returns>1 to 4, or 0.</returns>
    private static int SequenceLength(ReadOnlySpan<byte> utf8, int i)
    {
        var b = utf8[i];
        var length =
            b < 0x80 ? 1
            : b is >= 0xC2 and <= 0xDF ? 2
            : b is >= 0xE0 and <= 0xEF ? 3
            : b is >= 0xF0 and <= 0xF4 ? 4
            : 0;
        var valid = length > 0 && i + length <= utf8.Length;
        for (var k = 1; valid && k < length; k++)
        {
            valid = (utf8[i + k] & 0xC0) == 0x80;
        }

        if (valid && length == 3)
        {
            var c1 = utf8[i + 1];
            valid = !(b == 0xE0 && c1 < 0xA0) && !(b == 0xED && c1 >= 0xA0);
        }
        else if (valid && length == 4)
        {
            var c1 = utf8[i + 1];
            valid = !(b == 0xF0 && c1 < 0x90) && !(b == 0xF4 && c1 >= 0x90);
        }

        return valid ? length : 0;
    }
}
