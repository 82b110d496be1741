using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Input;
using Poortwachter.Json;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The calendar file written last time for a case (<c>--ics-previous</c>): its events by UID, each with the
/// SEQUENCE, date and texts it had, so the new file updates them (same UID, higher SEQUENCE for what changed) and
/// cancels those that vanished (STATUS:CANCELLED). The file is read, never written.
/// </summary>
internal sealed class IcsPrevious
{
    /// <summary>The largest previous calendar read: one case's calendar is a few kilobytes.</summary>
    public const long MaxBytes = 4 << 20;

    /// <summary>The highest SEQUENCE taken from a previous file, far above any a case reaches, so one more never overflows.</summary>
    public const int MaxSequence = 1_000_000_000;

    private IcsPrevious(string name, IReadOnlyList<Event> events)
    {
        Name = name;
        Events = events;
    }

    /// <summary>Gets the file's name as the user gave it, for messages.</summary>
    public string Name { get; }

    /// <summary>Gets the events of the file that this program wrote, in file order.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Reads a calendar file this program wrote.</summary>
    /// <param name="path">The path.</param>
    /// <param name="stop">Stops an open or a read that waits (a FIFO, a pipe) when a signal comes.</param>
    /// <returns>The previous calendar.</returns>
    /// <exception cref="CliInputException">The file cannot be read, is too large, or is not an iCalendar file.</exception>
    public static IcsPrevious Read(string path, CancellationToken stop = default)
    {
        var name = SafeText.Quote(path, 120);
        string text;
        try
        {
            // At most MaxBytes + 1 bytes are read, whatever the file says its length is: /dev/zero, a pipe or a file
            // that grows says 0 or too little.
            using var file = StoppableOpen.Open(
                () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16),
                stop
            );
            using Stream stream = file.CanSeek || !stop.CanBeCanceled ? file : new StoppableStream(file, stop);
            var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while (buffer.Length <= MaxBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            if (buffer.Length > MaxBytes)
            {
                throw new CliInputException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"poortwachter: --ics-previous {name}: the file is larger than {MaxBytes:N0} bytes; give the calendar file written for this case."
                    )
                );
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException(
                $"poortwachter: --ics-previous {name}: the file cannot be read ({SafeText.Visible(ex.Message, 200)}).",
                ex
            );
        }

        Ical.Net.Calendar? calendar;
        try
        {
            calendar = Ical.Net.Calendar.Load(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            calendar = null;
        }

        if (calendar is null || !text.TrimStart().StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliInputException(
                $"poortwachter: --ics-previous {name}: not an iCalendar file (RFC 5545); give the file that assess --format ics wrote last time for this case."
            );
        }

        var events = new List<Event>();
        foreach (var e in calendar.Events)
        {
            if (e.Uid is not { } uid || !uid.EndsWith("@" + IcsRenderer.UidDomain, StringComparison.Ordinal) || e.DtStart is not { } start)
            {
                continue;
            }

            events.Add(
                new Event(
                    uid,
                    // A SEQUENCE this program did not write (negative, or so high that the next one overflows) counts as 0
                    // or stays at the cap: the new file still updates the event.
                    Math.Clamp(e.Sequence, 0, MaxSequence),
                    start.Date,
                    e.Summary ?? string.Empty,
                    e.Description ?? string.Empty,
                    string.Equals(e.Status, Ical.Net.EventStatus.Cancelled, StringComparison.OrdinalIgnoreCase),
                    [.. e.Categories]
                )
            );
        }

        return new IcsPrevious(name, events);
    }

    /// <summary>Checks that the file is of the case (its UIDs start with the case's hash); a file of another case would cancel nothing of this one and is refused.</summary>
    /// <param name="casePart">The case part of this case's UIDs.</param>
    /// <param name="caseId">The case id, for the message.</param>
    /// <returns>The events of the case, by UID.</returns>
    /// <exception cref="CliInputException">The file holds events of another case.</exception>
    public Dictionary<string, Event> Of(string casePart, string caseId)
    {
        var other = Events.FirstOrDefault(e => !e.Uid.StartsWith(casePart + "-", StringComparison.Ordinal));
        if (other is not null)
        {
            throw new CliInputException(
                $"poortwachter: --ics-previous {Name} holds events of another case than {SafeText.Quote(caseId, 60)}: give the calendar file written for this case."
            );
        }

        var byUid = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var e in Events)
        {
            byUid.TryAdd(e.Uid, e);
        }

        return byUid;
    }

    /// <summary>One event of the previous calendar.</summary>
    /// <param name="Uid">Its UID.</param>
    /// <param name="Sequence">Its SEQUENCE (0 when it had none).</param>
    /// <param name="Start">Its date.</param>
    /// <param name="Summary">Its SUMMARY.</param>
    /// <param name="Description">Its DESCRIPTION.</param>
    /// <param name="Cancelled">Whether it was already cancelled (STATUS:CANCELLED).</param>
    /// <param name="Categories">Its CATEGORIES.</param>
    internal sealed record Event(
        string Uid,
        int Sequence,
        DateOnly Start,
        string Summary,
        string Description,
        bool Cancelled,
        string[] Categories
    );
}
