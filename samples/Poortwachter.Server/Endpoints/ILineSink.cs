using System.Buffers;

namespace Poortwachter.Server.Endpoints;

/// <summary>Takes the lines a <see cref="LineSplitter"/> hands out.</summary>
internal interface ILineSink
{
    /// <summary>Takes a line.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="line">The line without its ending.</param>
    /// <returns><see langword="false"/> to pause the splitter after this line.</returns>
    bool Line(long number, ReadOnlySequence<byte> line);

    /// <summary>Takes the place of a line longer than the maximum, which was skipped.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="size">Its length in bytes.</param>
    /// <returns><see langword="false"/> to pause the splitter after this line.</returns>
    bool Oversize(long number, long size);
}
