using System.Globalization;
using System.IO;
using System.Text;
using Poortwachter.Assessments;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The open work of an assessment as an iCalendar file (RFC 5545): one all-day event per open, overdue or suspended
/// obligation on its due date. CRLF line endings, lines folded at 75 octets, text escaped. The events carry the
/// case id, the obligation, its due rule and legal basis: process facts only, nothing medical.
/// </summary>
internal static class IcsRenderer
{
    private const int MaxOctets = 75;

    public static void Render(TextWriter writer, Assessment a, RuleTitles titles)
    {
        var stamp = Dates.Basic(a.AsOf) + "T000000Z";
        Line(writer, "BEGIN:VCALENDAR");
        Line(writer, "VERSION:2.0");
        Line(writer, $"PRODID:-//Poortwachter//poortwachter {CliApp.Version}//EN");
        Line(writer, "CALSCALE:GREGORIAN");
        Line(writer, "METHOD:PUBLISH");
        Line(writer, "X-WR-CALNAME:" + Text($"Poortwachter {a.CaseId}"));
        foreach (var o in a.Obligations)
        {
            if (o.DueBy is not { } due || o.Status is not (ObligationStatus.Open or ObligationStatus.Overdue or ObligationStatus.Suspended))
            {
                continue;
            }

            var status = ObligationStatuses.Code(o.Status);
            var description = new StringBuilder()
                .Append("Obligation: ")
                .Append(titles.Title(o))
                .Append(" (")
                .Append(o.Kind)
                .Append(")\n")
                .Append("Due by: ")
                .Append(Dates.Iso(due))
                .Append(" - status on ")
                .Append(Dates.Iso(a.AsOf))
                .Append(": ")
                .Append(status)
                .Append('\n');
            var rule = titles.DueRule(o.Kind);
            if (rule.Length > 0)
            {
                description.Append("Due rule: ").Append(rule).Append('\n');
            }

            description
                .Append("Legal basis: ")
                .Append(o.LegalBasis.Citation)
                .Append(" (")
                .Append(LegalCharacters.Code(o.LegalCharacter))
                .Append(")\n")
                .Append("Derivation: ")
                .Append(o.Explanation);

            Line(writer, "BEGIN:VEVENT");
            Line(writer, "UID:" + Text($"{a.CaseId}-{o.Kind}-{o.Sequence.ToString(CultureInfo.InvariantCulture)}@poortwachter"));
            Line(writer, "DTSTAMP:" + stamp);
            Line(writer, "DTSTART;VALUE=DATE:" + Dates.Basic(due));
            Line(writer, "DTEND;VALUE=DATE:" + Dates.Basic(due.PlusDays(1)));
            Line(
                writer,
                "SUMMARY:"
                    + Text($"{a.CaseId}: {titles.ShortTitle(o)}{(o.Status == ObligationStatus.Open ? string.Empty : " (" + status + ")")}")
            );
            Line(writer, "DESCRIPTION:" + Text(description.ToString()));
            Line(writer, "CATEGORIES:Poortwachter," + Text(status));
            Line(writer, "TRANSP:TRANSPARENT");
            Line(writer, "END:VEVENT");
        }

        Line(writer, "END:VCALENDAR");
    }

    /// <summary>Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.</summary>
    internal static string Text(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    sb.Append("\\\\");
                    break;
                case ';':
                    sb.Append("\\;");
                    break;
                case ',':
                    sb.Append("\\,");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
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
