using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Json;

/// <summary>Writes assessments and cases in the contract's shape and field order, straight to a <see cref="Utf8JsonWriter"/>.</summary>
internal static class ContractWriter
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

    /// <summary>
    /// The codes and citations written before, encoded once, keyed by the string instance (the engine's codes and
    /// citations are the same instances in every assessment). Only for a writer with the contract's encoder, which they
    /// were encoded with.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, JsonEncodedText>? t_encoded;

    /// <summary>At most this many strings are kept encoded per thread: past that (a host that builds a new string per assessment) they are written as before.</summary>
    internal const int MaxEncoded = 256;

    /// <summary>A string longer than this is never kept encoded.</summary>
    private const int MaxEncodedLength = 512;

    /// <summary>The number of strings kept encoded on this thread (for the tests).</summary>
    internal static int EncodedCount => t_encoded?.Count ?? 0;

    private static void WriteAssessment(Utf8JsonWriter w, Assessment a, TextBuffer? text)
    {
        // The pre-encoded codes and the dates written raw are what the writer would write only with the contract's encoder.
        var known = ReferenceEquals(w.Options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        w.WriteStartObject();
        w.WriteString(CaseId, a.CaseId);
        WriteDate(w, AsOf, a.AsOf, known);
        WriteCode(w, RuleSet, a.RuleSet, known);

        var t = a.Wachttijd;
        w.WriteStartObject(Wachttijd);
        WriteDate(w, FirstSickDay, t.FirstSickDay, known);
        w.WriteString(State, StateCodes[(int)t.State]);
        w.WriteNumber(CountedDays, t.CountedDays);
        w.WriteNumber(Week, t.Week);
        WriteDate(w, LastDay, t.LastDay, known);
        WriteDate(w, WiaStart, t.WiaStart, known);
        WriteDate(w, StatutoryLastDay, t.StatutoryLastDay, known);
        WriteExtensions(w, t, text, known);
        w.WriteBoolean(LastDayOpen, t.IsLastDayOpen);
        w.WriteEndObject();

        w.WriteStartArray(Obligations);
        // Indexed, not foreach: a foreach over an IReadOnlyList allocates its enumerator.
        var obligations = a.Obligations;
        for (var at = 0; at < obligations.Count; at++)
        {
            var o = obligations[at];
            w.WriteStartObject();
            WriteCode(w, Kind, o.Kind, known);
            WriteDate(w, DueBy, o.DueBy, known);
            w.WriteString(Status, StatusCodes[(int)o.Status]);
            WriteDate(w, FulfilledOn, o.FulfilledOn, known);
            WriteCode(w, LegalBasis, o.LegalBasis.Citation, known);
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
        var milestones = a.Milestones;
        for (var at = 0; at < milestones.Count; at++)
        {
            var m = milestones[at];
            w.WriteStartObject();
            WriteCode(w, Kind, m.Kind, known);
            WriteDate(w, On, m.On, known);
            WriteCode(w, LegalBasis, m.LegalBasis.Citation, known);
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
        var warnings = a.Warnings;
        for (var at = 0; at < warnings.Count; at++)
        {
            var warning = warnings[at];
            w.WriteStartObject();
            WriteCode(w, Kind, warning.Kind, known);
            WriteCode(w, Obligation, warning.Obligation, known);

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
    private static void WriteExtensions(Utf8JsonWriter w, WachttijdSummary t, TextBuffer? text, bool known)
    {
        w.WriteStartArray(Extensions);
        if (t.StatutoryLastDay is { } previous)
        {
            var changes = t.Extensions;
            for (var at = 0; at < changes.Count; at++)
            {
                var change = changes[at];
                w.WriteStartObject();
                WriteCode(w, Code, change.Code, known);
                WriteDate(w, NewLastDay, change.NewLastDay, known);
                w.WriteNumber(Days, Period.DaysBetween(previous, change.NewLastDay));
                if (change.WachttijdEndsOn is { } shortened)
                {
                    // Only on a change that ends the wachttijd before wage continuation (a shortened wachttijd, 0.4).
                    WriteDate(w, ExtensionWachttijdEndsOn, shortened, known);
                }

                WriteCode(w, LegalBasis, change.LegalBasis.Citation, known);
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

    /// <summary>
    /// Writes a code or citation (null as JSON null): pre-encoded from <see cref="t_encoded"/> when the writer has the
    /// contract's encoder (<paramref name="known"/>), else as a string.
    /// </summary>
    private static void WriteCode(Utf8JsonWriter w, JsonEncodedText name, string? value, bool known)
    {
        if (value is null)
        {
            w.WriteNull(name);
            return;
        }

        if (known)
        {
            var encoded = t_encoded ??= new Dictionary<string, JsonEncodedText>(MaxEncoded, ByReference.Instance);
            if (encoded.TryGetValue(value, out var text))
            {
                w.WriteString(name, text);
                return;
            }

            if (encoded.Count < MaxEncoded && value.Length <= MaxEncodedLength && TryEncode(value, out text))
            {
                encoded.Add(value, text);
                w.WriteString(name, text);
                return;
            }
        }

        w.WriteString(name, value);
    }

    private static bool TryEncode(string value, out JsonEncodedText text)
    {
        try
        {
            text = JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            return true;
        }
        catch (ArgumentException)
        {
            // Not valid UTF-16 (a lone surrogate): left to the writer, which decides as before.
            text = default;
            return false;
        }
    }

    /// <summary>
    /// Writes a date property (null as JSON null). With the contract's encoder (<paramref name="known"/>) the value,
    /// quotes and all, is written raw: ten digits and dashes need no escaping or validation. Only after a property name,
    /// where the indented writer adds nothing before a value.
    /// </summary>
    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, LocalDate? date, bool known)
    {
        if (date is not { } d)
        {
            w.WriteNull(name);
            return;
        }

        w.WritePropertyName(name);
        var year = d.Year;
        if (!known || year is < 0 or > 9999)
        {
            IsoDate.Write(w, d);
            return;
        }

        Span<byte> quoted = stackalloc byte[12];
        quoted[0] = (byte)'"';
        IsoDate.Digits(quoted, 1, year, 4);
        quoted[5] = (byte)'-';
        IsoDate.Digits(quoted, 6, d.Month, 2);
        quoted[8] = (byte)'-';
        IsoDate.Digits(quoted, 9, d.Day, 2);
        quoted[11] = (byte)'"';
        w.WriteRawValue(quoted, skipInputValidation: true);
    }

    /// <summary>Compares strings by instance, not by content: looking one up costs no pass over its characters.</summary>
    private sealed class ByReference : IEqualityComparer<string>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
    }

    public static void WriteCase(Utf8JsonWriter w, SicknessCase c)
    {
        w.WriteStartObject();
        w.WriteString(CaseId, c.CaseId);
        w.WritePropertyName(FirstSickDay);
        IsoDate.Write(w, c.FirstSickDay);

        w.WriteStartArray(Sickness);
        foreach (var p in c.Sickness)
        {
            w.WriteStartObject();
            w.WritePropertyName(From);
            IsoDate.Write(w, p.From);
            if (p.Until is { } until)
            {
                w.WritePropertyName(Until);
                IsoDate.Write(w, until);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(Leave);
        foreach (var l in c.Leave)
        {
            w.WriteStartObject();
            w.WriteString(Kind, LeaveKinds.Code(l.Kind));
            w.WritePropertyName(From);
            IsoDate.Write(w, l.From);
            w.WritePropertyName(Until);
            IsoDate.Write(w, l.Until);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName(EmploymentEndsOn);
        IsoDate.Write(w, c.EmploymentEndsOn);
        if (c.LastWorkingDay is { } lastWorkingDay)
        {
            w.WritePropertyName(LastWorkingDay);
            IsoDate.Write(w, lastWorkingDay);
        }

        if (c.EigenrisicodragerZw)
        {
            w.WriteBoolean(EigenrisicodragerZw, true);
        }

        if (c.Vangnet is { } vangnet)
        {
            w.WriteString(Vangnet, vangnet);
        }

        if (c.EigenrisicodragerWga)
        {
            w.WriteBoolean(EigenrisicodragerWga, true);
        }

        if (c.ReachesAowAgeOn is { } reachesAowAgeOn)
        {
            w.WritePropertyName(ReachesAowAgeOn);
            IsoDate.Write(w, reachesAowAgeOn);
        }

        w.WriteStartArray(Events);
        foreach (var e in c.Events)
        {
            WriteEvent(w, e);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, CaseEvent e)
    {
        w.WriteStartObject();
        w.WriteString(EventSchema.Type.Encoded, e.Type);
        EventSchema.On.Write(w, e.On);
        var entry =
            EventSchema.ForEvent(e)
            ?? throw new NotSupportedException(
                $"Event type {e.GetType().FullName} ('{e.Type}') is not part of the contract; write host events as ObligationFulfilled with the host's obligation code."
            );
        if (entry.WritesFields)
        {
            entry.WriteFields(w, e);
        }

        w.WriteEndObject();
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
