using System;
using System.Text.Json;
using NodaTime;
using Poortwachter;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Json.Tests.Support;

/// <summary>
/// The assessment writer of Poortwachter.Json as it was before issue 28's writing work (commit 96e0fab), on the public
/// API only: the plain reference the faster writer must match byte for byte (a property test), and the "before" side of
/// the benchmark in the same run. Keep it plain: every value through the writer's string and span overloads.
/// </summary>
public static class ReferenceContractWriter
{
    private static readonly JsonEncodedText CaseId = JsonEncodedText.Encode("caseId");
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText RuleSet = JsonEncodedText.Encode("ruleSet");
    private static readonly JsonEncodedText Wachttijd = JsonEncodedText.Encode("wachttijd");
    private static readonly JsonEncodedText FirstSickDay = JsonEncodedText.Encode("firstSickDay");
    private static readonly JsonEncodedText State = JsonEncodedText.Encode("state");
    private static readonly JsonEncodedText CountedDays = JsonEncodedText.Encode("countedDays");
    private static readonly JsonEncodedText Week = JsonEncodedText.Encode("week");
    private static readonly JsonEncodedText LastDay = JsonEncodedText.Encode("lastDay");
    private static readonly JsonEncodedText WiaStart = JsonEncodedText.Encode("wiaStart");
    private static readonly JsonEncodedText StatutoryLastDay = JsonEncodedText.Encode("statutoryLastDay");
    private static readonly JsonEncodedText Extensions = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText NewLastDay = JsonEncodedText.Encode("newLastDay");
    private static readonly JsonEncodedText Days = JsonEncodedText.Encode("days");
    private static readonly JsonEncodedText ExtensionWachttijdEndsOn = JsonEncodedText.Encode("wachttijdEndsOn");
    private static readonly JsonEncodedText Obligations = JsonEncodedText.Encode("obligations");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText DueBy = JsonEncodedText.Encode("dueBy");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText FulfilledOn = JsonEncodedText.Encode("fulfilledOn");
    private static readonly JsonEncodedText LegalBasis = JsonEncodedText.Encode("legalBasis");
    private static readonly JsonEncodedText LegalCharacter = JsonEncodedText.Encode("legalCharacter");
    private static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
    private static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("sequence");
    private static readonly JsonEncodedText Milestones = JsonEncodedText.Encode("milestones");
    private static readonly JsonEncodedText On = JsonEncodedText.Encode("on");
    private static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
    private static readonly JsonEncodedText Obligation = JsonEncodedText.Encode("obligation");
    private static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Sickness = JsonEncodedText.Encode("sickness");
    private static readonly JsonEncodedText Leave = JsonEncodedText.Encode("leave");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText Until = JsonEncodedText.Encode("until");
    private static readonly JsonEncodedText EmploymentEndsOn = JsonEncodedText.Encode("employmentEndsOn");
    private static readonly JsonEncodedText LastWorkingDay = JsonEncodedText.Encode("lastWorkingDay");
    private static readonly JsonEncodedText EigenrisicodragerZw = JsonEncodedText.Encode("eigenrisicodragerZw");
    private static readonly JsonEncodedText Vangnet = JsonEncodedText.Encode("vangnet");
    private static readonly JsonEncodedText EigenrisicodragerWga = JsonEncodedText.Encode("eigenrisicodragerWga");
    private static readonly JsonEncodedText ReachesAowAgeOn = JsonEncodedText.Encode("reachesAowAgeOn");
    private static readonly JsonEncodedText LastDayOpen = JsonEncodedText.Encode("lastDayOpen");
    private static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");

    private static readonly JsonEncodedText[] StatusCodes = Table(6, i => ObligationStatuses.Code((ObligationStatus)i));
    private static readonly JsonEncodedText[] CharacterCodes = Table(3, i => LegalCharacters.Code((LegalCharacter)i));
    private static readonly JsonEncodedText[] SeverityCodes = Table(3, i => Severities.Code((Severity)i));
    private static readonly JsonEncodedText[] StateCodes = Table(4, i => WachttijdStates.Code((WachttijdState)i));

    /// <summary>
    /// One buffer per thread for the texts: each explanation is written into it and encoded to UTF-8 from there, so no
    /// string is built for it. The library core keeps no state; this layer may.
    /// </summary>
    [ThreadStatic]
    private static TextBuffer? t_text;

    /// <summary>A buffer grown past this many characters (by one long text anywhere in the assessment) is not kept.</summary>
    private const int KeptCapacity = 1 << 16;

    /// <summary>Writes an assessment as the contract's JSON, with or without texts.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="a">The assessment.</param>
    /// <param name="withText">Whether to write the texts.</param>
    /// <param name="language">The language of the texts.</param>
    public static void WriteAssessment(Utf8JsonWriter w, Assessment a, bool withText, TextLanguage language = TextLanguage.English)
    {
        var text = withText ? (t_text ??= new TextBuffer(4096)) : null;
        if (text is not null)
        {
            text.Language = language;
        }

        try
        {
            WriteAssessment(w, a, text);
        }
        finally
        {
            if (text is not null && text.Capacity > KeptCapacity)
            {
                t_text = null;
            }
        }
    }

    private static void WriteAssessment(Utf8JsonWriter w, Assessment a, TextBuffer? text)
    {
        w.WriteStartObject();
        w.WriteString(CaseId, a.CaseId);
        w.WritePropertyName(AsOf);
        WriteDate(w, a.AsOf);
        w.WriteString(RuleSet, a.RuleSet);

        var t = a.Wachttijd;
        w.WriteStartObject(Wachttijd);
        w.WritePropertyName(FirstSickDay);
        WriteDate(w, t.FirstSickDay);
        w.WriteString(State, StateCodes[(int)t.State]);
        w.WriteNumber(CountedDays, t.CountedDays);
        w.WriteNumber(Week, t.Week);
        w.WritePropertyName(LastDay);
        WriteDate(w, t.LastDay);
        w.WritePropertyName(WiaStart);
        WriteDate(w, t.WiaStart);
        w.WritePropertyName(StatutoryLastDay);
        WriteDate(w, t.StatutoryLastDay);
        WriteExtensions(w, t, text);
        w.WriteBoolean(LastDayOpen, t.IsLastDayOpen);
        w.WriteEndObject();

        w.WriteStartArray(Obligations);
        foreach (var o in a.Obligations)
        {
            w.WriteStartObject();
            w.WriteString(Kind, o.Kind);
            w.WritePropertyName(DueBy);
            WriteDate(w, o.DueBy);
            w.WriteString(Status, StatusCodes[(int)o.Status]);
            w.WritePropertyName(FulfilledOn);
            WriteDate(w, o.FulfilledOn);
            w.WriteString(LegalBasis, o.LegalBasis.Citation);
            w.WriteString(LegalCharacter, CharacterCodes[(int)o.LegalCharacter]);
            if (text is not null)
            {
                text.Clear();
                o.WriteExplanation(text);
                w.WriteString(Explanation, text.WrittenSpan);
            }

            if (o.Sequence > 0)
            {
                w.WriteNumber(Sequence, o.Sequence);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(Milestones);
        foreach (var m in a.Milestones)
        {
            w.WriteStartObject();
            w.WriteString(Kind, m.Kind);
            w.WritePropertyName(On);
            WriteDate(w, m.On);
            w.WriteString(LegalBasis, m.LegalBasis.Citation);
            if (text is not null)
            {
                text.Clear();
                m.WriteExplanation(text);
                w.WriteString(Explanation, text.WrittenSpan);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(Warnings);
        foreach (var warning in a.Warnings)
        {
            w.WriteStartObject();
            w.WriteString(Kind, warning.Kind);
            if (warning.Obligation is null)
            {
                w.WriteNull(Obligation);
            }
            else
            {
                w.WriteString(Obligation, warning.Obligation);
            }

            w.WriteString(Severity, SeverityCodes[(int)warning.Severity]);
            if (text is not null)
            {
                text.Clear();
                warning.WriteMessage(text);
                w.WriteString(Message, text.WrittenSpan);
            }

            if (warning.Sequence > 0)
            {
                w.WriteNumber(Sequence, warning.Sequence);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes the changes to the end of the wachttijd in the order applied; <c>days</c> is how far each moved the last
    /// day, counted from the last day before it (the statutory last day for the first).
    /// </summary>
    private static void WriteExtensions(Utf8JsonWriter w, WachttijdSummary t, TextBuffer? text)
    {
        w.WriteStartArray(Extensions);
        if (t.StatutoryLastDay is { } previous)
        {
            var changes = t.Extensions;
            for (var at = 0; at < changes.Count; at++)
            {
                var change = changes[at];
                w.WriteStartObject();
                w.WriteString(Code, change.Code);
                w.WritePropertyName(NewLastDay);
                WriteDate(w, change.NewLastDay);
                w.WriteNumber(Days, Period.DaysBetween(previous, change.NewLastDay));
                if (change.WachttijdEndsOn is { } shortened)
                {
                    // Only on a change that ends the wachttijd before wage continuation (a shortened wachttijd, 0.4).
                    w.WritePropertyName(ExtensionWachttijdEndsOn);
                    WriteDate(w, shortened);
                }

                w.WriteString(LegalBasis, change.LegalBasis.Citation);
                if (text is not null)
                {
                    text.Clear();
                    change.WriteExplanation(text);
                    w.WriteString(Explanation, text.WrittenSpan);
                }

                w.WriteEndObject();
                previous = change.NewLastDay;
            }
        }

        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter writer, LocalDate date)
    {
        var year = date.Year;
        if (year is < 0 or > 9999)
        {
            writer.WriteStringValue(NodaTime.Text.LocalDatePattern.Iso.Format(date));
            return;
        }

        Span<byte> buffer = stackalloc byte[10];
        Digits(buffer, 0, year, 4);
        buffer[4] = (byte)'-';
        Digits(buffer, 5, date.Month, 2);
        buffer[7] = (byte)'-';
        Digits(buffer, 8, date.Day, 2);
        writer.WriteStringValue(buffer);
    }

    private static void WriteDate(Utf8JsonWriter writer, LocalDate? date)
    {
        if (date is { } d)
        {
            WriteDate(writer, d);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void Digits(Span<byte> buffer, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            buffer[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static JsonEncodedText[] Table(int count, Func<int, string> code)
    {
        var table = new JsonEncodedText[count];
        for (var i = 0; i < count; i++)
        {
            table[i] = JsonEncodedText.Encode(code(i));
        }

        return table;
    }
}
