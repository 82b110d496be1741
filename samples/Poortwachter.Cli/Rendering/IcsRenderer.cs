using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Json;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The open work of an assessment as an iCalendar file (RFC 5545), written with Ical.Net: one all-day event per open,
/// overdue or suspended obligation on its due date, each with a reminder ahead of it, and the end of the wachttijd
/// and the WIA start as all-day events.
/// </summary>
/// <remarks>
/// <para>
/// Calendar files travel: they are imported into Outlook and Google and shared. By default an event says only what
/// is due (the obligation's title and code), by when, its legal basis and the case id. The derivations, which quote a
/// deviation's reason and name the bedrijfsarts' conclusions, go in only with <see cref="IcsOptions.Details"/>. Every
/// text is made visible first (<see cref="SafeText"/>): no control or bidi character from the case reaches a calendar.
/// </para>
/// <para>
/// RFC 5545 3.4 and 3.6 require at least one component in a calendar (<c>icalbody = calprops component</c>); an empty
/// VCALENDAR, which is what Ical.Net writes for a calendar without components, is not valid. A case with a last day
/// always has the two end-of-wachttijd events; a case that ended by recovery has neither a last day nor open work, and
/// gets one VJOURNAL entry dated the assessment date that says so. A journal entry takes no time on a calendar
/// (RFC 5545 3.6.3), so importing it adds nothing to anyone's agenda, and the file stays valid.
/// </para>
/// <para>
/// UIDs are stable across runs, so a calendar that imports the file again updates its events instead of duplicating
/// them: <c>&lt;case&gt;-&lt;code&gt;[-&lt;sequence&gt;]@poortwachter.invalid</c>, where &lt;case&gt; is the first 128 bits of
/// the SHA-256 of the case id (UTF-8) in hex: a fixed length and character set whatever the id holds, and the id itself
/// not repeated in a field that calendar servers log. The domain is under <c>.invalid</c> (RFC 2606): the program has
/// no domain of its own, and this one can never clash with a real host's UIDs.
/// </para>
/// <para>
/// An overdue obligation is an event on the assessment date, not on its due date: a past date is where nobody looks,
/// and its reminder's moment has passed. Its summary says overdue with the due date, its description the due date and
/// why it is shown today; it has no reminder, as clients treat an alarm whose moment has passed differently (one shows
/// it at once, another drops it).
/// </para>
/// <para>
/// With the calendar written last time (<see cref="IcsOptions.Previous"/>) the file updates it: each event keeps its
/// UID and SEQUENCE, one higher when its date, summary or description changed (RFC 5545 3.8.7.4: a client applies a
/// component whose SEQUENCE is higher than the one it holds); an event that is gone is written once more with its UID,
/// STATUS:CANCELLED and a higher SEQUENCE, its summary starting with <c>Cancelled:</c> (<c>Vervallen:</c>) for a client
/// that shows cancelled events. The file stays METHOD:PUBLISH: one calendar object has one METHOD, and METHOD:CANCEL
/// (RFC 5546 3.2.5) cancels a whole scheduling message between an ORGANIZER and attendees, which this file is not;
/// RFC 5546 3.2.1 allows STATUS:CANCELLED in a PUBLISH.
/// </para>
/// </remarks>
internal static class IcsRenderer
{
    /// <summary>The domain part of every UID.</summary>
    public const string UidDomain = "poortwachter.invalid";

    private const int MaxOctets = 75;

    public static void Render(TextWriter writer, Assessment a, RuleTitles titles, IcsOptions options, Instant stamp)
    {
        var l = titles.Language;
        var calendar = new Ical.Net.Calendar
        {
            // The last part of the identifier is the language of its text (ISO 9070): the events are in that language.
            ProductId = $"-//Poortwachter//poortwachter {CliApp.Version}//{l.Say("EN", "NL")}",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        var caseId = SafeText.Visible(a.CaseId);
        calendar.AddProperty("X-WR-CALNAME", "Poortwachter " + caseId);
        var dtStamp = new CalDateTime(stamp.ToDateTimeUtc(), CalDateTime.UtcTzId);
        var casePart = CaseHash(a.CaseId);
        var previous = options.Previous?.Of(casePart, a.CaseId);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var o in a.Obligations)
        {
            if (o.DueBy is not { } due || o.Status is not (ObligationStatus.Open or ObligationStatus.Overdue or ObligationStatus.Suspended))
            {
                continue;
            }

            var status = ObligationStatuses.Code(o.Status);
            // Overdue work is shown on the calendar's own date, not on its past due date, where nobody looks and whose
            // reminder went off (or never did) long ago; the due date stays in the summary and the description.
            var overdue = o.Status == ObligationStatus.Overdue;
            var title = SafeText.Visible(titles.Title(o), maxLength: 0);
            var kind = SafeText.Visible(o.Kind);
            var description = new StringBuilder()
                .Append(l.Say("Due: ", "Te doen: "))
                .Append(title)
                .Append(" (")
                .Append(kind)
                .Append(l.Say(")\nBy: ", ")\nUiterlijk: "))
                .Append(Dates.Show(due, l))
                .Append(
                    overdue
                        ? l.Say(
                            $"\nOverdue: shown on {Dates.Show(a.AsOf, l)}, the date of this calendar; it was due by {Dates.Show(due, l)}.",
                            $"\nTe laat: staat op {Dates.Show(a.AsOf, l)}, de datum van deze agenda; het moest uiterlijk {Dates.Show(due, l)}."
                        )
                        : string.Empty
                )
                .Append(l.Say("\nLegal basis: ", "\nGrondslag: "))
                .Append(SafeText.Visible(o.LegalBasis.Citation, maxLength: 0))
                .Append(l.Say("\nCase: ", "\nZaak: "))
                .Append(caseId);
            if (options.Details)
            {
                description
                    .Append(l.Say("\nStatus on ", "\nStatus op "))
                    .Append(Dates.Show(a.AsOf, l))
                    .Append(": ")
                    .Append(l.Status(o.Status));
                var rule = titles.DueRule(o.Kind);
                if (rule.Length > 0)
                {
                    description.Append(l.Say("\nDue rule: ", "\nTermijn: ")).Append(SafeText.Visible(rule, maxLength: 0));
                }

                description
                    .Append(l.Say("\nLegal character: ", "\nJuridisch karakter: "))
                    .Append(l.Character(o.LegalCharacter))
                    .Append(l.Say("\nDerivation: ", "\nAfleiding: "))
                    .Append(SafeText.Visible(o.ExplanationIn(l), maxLength: 0));
            }

            var marker =
                o.Status == ObligationStatus.Open ? string.Empty
                : overdue ? $" ({l.Status(o.Status)}, {l.Say("due by", "uiterlijk")} {Dates.Show(due, l)})"
                : " (" + l.Status(o.Status) + ")";
            var summary = $"{caseId}: {SafeText.Visible(titles.ShortTitle(o), maxLength: 0)}{marker}";
            var e = AllDay(
                string.Create(CultureInfo.InvariantCulture, $"{casePart}-{o.Kind}-{o.Sequence}@{UidDomain}"),
                dtStamp,
                overdue ? a.AsOf : due,
                summary,
                description.ToString()
            );
            e.Categories = ["Poortwachter", status];
            if (options.AlarmDays > 0 && !overdue)
            {
                e.Alarms.Add(
                    new Alarm
                    {
                        Action = Ical.Net.AlarmAction.Display,
                        Description =
                            $"{caseId}: {SafeText.Visible(titles.ShortTitle(o), maxLength: 0)} {l.Say("due by", "uiterlijk")} {Dates.Show(due, l)}",
                        Trigger = new Trigger(Ical.Net.DataTypes.Duration.FromDays(-options.AlarmDays)),
                    }
                );
            }

            Sequence(e, previous, seen);
            calendar.Events.Add(e);
        }

        foreach (var m in a.Milestones)
        {
            if (
                m.Kind
                is not (
                    MilestoneCodes.EindeWachttijd
                    or MilestoneCodes.WiaStart
                    or MilestoneCodes.EindeWachttijdVervroegd
                    or MilestoneCodes.EindeOpzegverbod
                )
            )
            {
                continue;
            }

            var name = titles.MilestoneTitle(m.Kind);
            var description = new StringBuilder()
                .Append(l.Say("Milestone: ", "Mijlpaal: "))
                .Append(name)
                .Append(" (")
                .Append(m.Kind)
                .Append(l.Say(")\nOn: ", ")\nOp: "))
                .Append(Dates.Show(m.On, l))
                .Append(l.Say("\nLegal basis: ", "\nGrondslag: "))
                .Append(SafeText.Visible(m.LegalBasis.Citation, maxLength: 0))
                .Append(l.Say("\nCase: ", "\nZaak: "))
                .Append(caseId);
            if (options.Details)
            {
                description.Append(l.Say("\nDerivation: ", "\nAfleiding: ")).Append(SafeText.Visible(m.ExplanationIn(l), maxLength: 0));
            }

            var e = AllDay($"{casePart}-{m.Kind}@{UidDomain}", dtStamp, m.On, $"{caseId}: {name}", description.ToString());
            e.Categories = ["Poortwachter", "milestone"];
            Sequence(e, previous, seen);
            calendar.Events.Add(e);
        }

        var live = calendar.Children.Count;
        if (previous is not null)
        {
            Cancel(calendar, options.Previous!, seen, dtStamp, a.AsOf, l);
        }

        if (live == 0)
        {
            var state = l.State(a.Wachttijd.State);
            var asOf = Dates.Show(a.AsOf, l);
            calendar.Journals.Add(
                new Journal
                {
                    Uid = $"{casePart}-no-open-deadlines@{UidDomain}",
                    DtStamp = dtStamp,
                    DtStart = new CalDateTime(a.AsOf.ToDateOnly()),
                    Summary = l.Say($"{caseId}: no open deadlines on {asOf}", $"{caseId}: geen openstaande termijnen op {asOf}"),
                    Description = l.Say(
                        $"No obligation is open and the wachttijd has no last day (state on {asOf}: {state}).\nCase: {caseId}",
                        $"Er staat geen verplichting open en de wachttijd heeft geen laatste dag (stand op {asOf}: {state}).\nZaak: {caseId}"
                    ),
                    Status = Ical.Net.JournalStatus.Final,
                }
            );
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        Refold(writer, text);
    }

    /// <summary>
    /// The event's SEQUENCE (RFC 5545 3.8.7.4): that of the previous calendar's event of the same UID, one higher when
    /// its date, summary or description differ or it was cancelled; 0 for an event the previous calendar did not have.
    /// </summary>
    private static void Sequence(CalendarEvent e, Dictionary<string, IcsPrevious.Event>? previous, HashSet<string> seen)
    {
        seen.Add(e.Uid!);
        if (previous is null || !previous.TryGetValue(e.Uid!, out var before))
        {
            return;
        }

        var changed =
            before.Cancelled
            || before.Start != e.DtStart!.Date
            || !string.Equals(before.Summary, e.Summary, StringComparison.Ordinal)
            || !string.Equals(before.Description, e.Description, StringComparison.Ordinal);
        e.Sequence = before.Sequence + (changed ? 1 : 0);
    }

    /// <summary>
    /// The events of the previous calendar that this one no longer has, each again with its UID and date, STATUS:CANCELLED
    /// and a higher SEQUENCE (the same when it was cancelled already, so a calendar that has seen it sees no change), its
    /// summary marked as cancelled for a client that shows cancelled events rather than removing them. No reminder.
    /// </summary>
    private static void Cancel(
        Ical.Net.Calendar calendar,
        IcsPrevious file,
        HashSet<string> seen,
        CalDateTime stamp,
        LocalDate asOf,
        TextLanguage l
    )
    {
        foreach (var before in file.Events)
        {
            if (!seen.Add(before.Uid))
            {
                continue;
            }

            var on = LocalDate.FromDateOnly(before.Start);
            var e = AllDay(
                before.Uid,
                stamp,
                on,
                before.Cancelled ? before.Summary : l.Say("Cancelled: ", "Vervallen: ") + before.Summary,
                before.Cancelled
                    ? before.Description
                    : l.Say(
                        $"Cancelled: no longer in the assessment of {Dates.Show(asOf, l)}.\n",
                        $"Vervallen: staat niet meer in de beoordeling van {Dates.Show(asOf, l)}.\n"
                    ) + before.Description
            );
            e.Status = Ical.Net.EventStatus.Cancelled;
            e.Sequence = before.Sequence + (before.Cancelled ? 0 : 1);
            e.Categories = before.Categories.Length > 0 ? [.. before.Categories] : ["Poortwachter"];
            calendar.Events.Add(e);
        }
    }

    /// <summary>The case part of a UID: the first 128 bits of the SHA-256 of the case id in UTF-8, as lower-case hex.</summary>
    /// <param name="caseId">The case id.</param>
    /// <returns>32 hex digits.</returns>
    internal static string CaseHash(string caseId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(caseId), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private static CalendarEvent AllDay(string uid, CalDateTime stamp, LocalDate on, string summary, string description) =>
        new()
        {
            Uid = uid,
            DtStamp = stamp,
            DtStart = new CalDateTime(on.ToDateOnly()),
            DtEnd = new CalDateTime(on.PlusDays(1).ToDateOnly()),
            Summary = summary,
            Description = description,
            Transparency = Ical.Net.TransparencyType.Transparent,
        };

    /// <summary>
    /// Writes the serialized calendar with every content line folded again by <see cref="Line(TextWriter, string)"/>:
    /// Ical.Net folds at 75 octets counting each UTF-16 unit on its own, which can put a fold between the two halves of
    /// a character outside the BMP (an emoji in a case id) and so corrupt it. The serializer folds only by CRLF and a
    /// space, and escapes every newline inside a value, so unfolding restores its content lines exactly.
    /// </summary>
    private static void Refold(TextWriter writer, string serialized)
    {
        var unfolded = serialized.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        foreach (var line in unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            Line(writer, line);
        }
    }

    /// <summary>Writes one content line, folded so no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1), ending in CRLF.</summary>
    internal static void Line(TextWriter writer, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var isPair = char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]);
            var size =
                isPair ? 4
                : c < 0x80 ? 1
                : c < 0x800 ? 2
                : 3;
            if (octets + size > limit)
            {
                writer.Write("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            writer.Write(c);
            if (isPair)
            {
                writer.Write(line[++i]);
            }

            octets += size;
        }

        writer.Write("\r\n");
    }
}
