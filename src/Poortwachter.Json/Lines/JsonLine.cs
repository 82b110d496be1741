using System.Buffers;

namespace Poortwachter.Json.Lines;

/// <summary>
/// One line of a JSON Lines input, as <see cref="JsonLinesSplitter"/> and <see cref="JsonLinesReader"/> hand it out:
/// its number, and its bytes without the line ending, or, for a line longer than the maximum, only its length.
/// </summary>
public readonly struct JsonLine
{
    internal JsonLine(long number, ReadOnlySequence<byte> bytes, long length, bool isOversize)
    {
        Number = number;
        Bytes = bytes;
        Length = length;
        IsOversize = isOversize;
    }

    /// <summary>Gets the line's number, from 1; every line counts, blank and oversize lines too.</summary>
    public long Number { get; }

    /// <summary>
    /// Gets the line's bytes without its ending (a UTF-8 byte-order mark, when there is one, is left in: the case
    /// reader skips it); empty for an oversize line. They belong to the buffer they were read from: valid until the
    /// next read, or until the caller gives the buffer back.
    /// </summary>
    public ReadOnlySequence<byte> Bytes { get; }

    /// <summary>Gets the line's length in bytes, its ending not counted; for an oversize line, the length it had.</summary>
    public long Length { get; }

    /// <summary>
    /// Gets a value indicating whether the line is longer than the maximum: it was skipped to its end, not kept, and
    /// <see cref="Bytes"/> is empty.
    /// </summary>
    public bool IsOversize { get; }

    /// <summary>Gets a value indicating whether the line holds nothing but spaces and tabs (an empty line is blank).</summary>
    public bool IsBlank
    {
        get
        {
            if (IsOversize)
            {
                return false;
            }

            foreach (var segment in Bytes)
            {
                foreach (var b in segment.Span)
                {
                    if (b is not ((byte)' ' or (byte)'\t'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
