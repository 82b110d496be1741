using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;

namespace Poortwachter.Tests.Properties;

/// <summary>An event type a host could define; the contract does not know it.</summary>
public sealed class HostEvent(LocalDate on, string type) : CaseEvent(on)
{
    public override string Type => type;
}

/// <summary>A generated, mostly invalid case and the date it is assessed on.</summary>
public sealed record AnyCase(SicknessCase Case, LocalDate AsOf)
{
    public override string ToString() =>
        $"{Case}; asOf {AsOf:uuuu-MM-dd}; sickness [{string.Join(", ", Case.Sickness)}]; leave [{string.Join(", ", Case.Leave.Select(l => $"{(int)l.Kind} {l.From:uuuu-MM-dd}..{l.Until:uuuu-MM-dd}"))}]; ends {Case.EmploymentEndsOn:uuuu-MM-dd}; events [{string.Join(", ", Case.Events.Select(Describe))}]";

    private static string Describe(CaseEvent e) =>
        e switch
        {
            Loonsanctie l => $"loonsanctie {l.On:uuuu-MM-dd} {l.Weeks}w",
            Verlenging v => $"verlenging {v.On:uuuu-MM-dd}..{v.Until:uuuu-MM-dd}",
            Afwijking a => $"afwijking {a.On:uuuu-MM-dd} '{a.Obligation}' {a.DueBy:uuuu-MM-dd} '{a.Reason}'",
            _ => $"'{e.Type}' {e.On:uuuu-MM-dd}",
        };
}

/// <summary>
/// Generators for cases the contract does not allow: periods out of order, overlapping or reversed, open
/// periods in the middle, leave outside the case or of an unknown kind, events before day 1, loonsancties of
/// zero or 60 weeks, deviations without a reason or for an obligation art. 5 does not cover, unknown event
/// types, and dates anywhere in NodaTime's range (year -9998 to 9999). Most of them are valid near misses
/// of a real case, so the validator's every branch is reached.
/// </summary>
public static class InvalidCaseGenerators
{
    private static readonly LocalDate Y2000 = new(2000, 1, 1);

    private static readonly string[] Codes = [.. RuleSets.Wvp2013.ObligationCodes, "bogus", "Plan-Van-Aanpak", " "];

    /// <summary>Any date NodaTime can hold, the extremes included.</summary>
    public static Gen<LocalDate> WildDate { get; } =
        Gen.Frequency(
            (8, Gen.Choose(-4_000_000, 2_900_000).Select(d => Y2000.PlusDays(d))),
            (1, Gen.Constant(LocalDate.MinIsoValue)),
            (1, Gen.Constant(LocalDate.MaxIsoValue)),
            (
                2,
                Gen.Elements(new LocalDate(1899, 12, 31), new LocalDate(1900, 1, 1), new LocalDate(2199, 12, 31), new LocalDate(2200, 1, 1))
            )
        );

    /// <summary>A date near day 1 (mostly), or anywhere.</summary>
    public static Gen<LocalDate> Near(LocalDate day1) =>
        Gen.Frequency((12, Gen.Choose(-60, 1200).Select(d => SafePlus(day1, d))), (1, WildDate));

    public static Gen<LocalDate> FirstSickDay { get; } =
        Gen.Frequency(
            (10, Gen.Choose(0, 8000).Select(d => CaseValidator.CurrentRegimeStart.PlusDays(d))),
            (2, Gen.Choose(-5000, -1).Select(d => CaseValidator.CurrentRegimeStart.PlusDays(d))),
            (1, WildDate)
        );

    private static Gen<SicknessPeriod> Period(LocalDate day1) =>
        from start in Near(day1)
        from length in Gen.Choose(-5, 400)
        from open in Gen.Elements(false, false, false, true)
        select new SicknessPeriod(start, open ? null : SafePlus(start, length));

    private static Gen<LeavePeriod> Leave(LocalDate day1) =>
        from start in Near(day1)
        from length in Gen.Choose(-5, 140)
        from kind in Gen.Elements(LeaveKind.ZwangerschapBevalling, LeaveKind.ZwangerschapBevalling, (LeaveKind)0, (LeaveKind)7)
        select new LeavePeriod(kind, start, SafePlus(start, length));

    private static Gen<CaseEvent> Event(LocalDate day1) =>
        from at in Near(day1)
        from other in Near(day1)
        from code in Gen.Elements(Codes)
        from weeks in Gen.Choose(-2, 60)
        from reason in Gen.Elements("", " ", "agreed with the bedrijfsarts")
        from type in Gen.Elements<string?>(null, "", " ", "contact-dag-3")
        from kind in Gen.Choose(0, 7)
        select kind switch
        {
            0 => new GeenTerugkeerEigenOrganisatie(at),
            1 => new Loonsanctie(at, weeks),
            2 => new Bekorting(at),
            3 => new Verlenging(at, other),
            4 => new Afwijking(at, code, other, reason),
            5 => new HostEvent(at, type!),
            _ => string.IsNullOrEmpty(code) ? new Bekorting(at) : (CaseEvent)new ObligationFulfilled(code, at),
        };

    private static Gen<T[]> Some<T>(Gen<T> gen, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n));

    /// <summary>Cases built straight from the public constructors, bypassing the builder's conveniences.</summary>
    public static Gen<AnyCase> Cases { get; } =
        from day1 in FirstSickDay
        from id in Gen.Elements("C-1", "", " ", "\t")
        from periods in Gen.Frequency((3, Gen.Constant(Array.Empty<SicknessPeriod>())), (5, Some(Period(day1), 4)))
        from firstIsDay1 in Gen.Elements(true, true, false)
        from leave in Some(Leave(day1), 3)
        from ends in Gen.Frequency((3, Gen.Constant<LocalDate?>(null)), (1, Near(day1).Select(d => (LocalDate?)d)))
        from events in Some(Event(day1), 8)
        from asOf in Near(day1)
        select new AnyCase(
            new SicknessCase(
                id,
                day1,
                firstIsDay1 && periods.Length > 0 ? [new SicknessPeriod(day1, periods[0].Until), .. periods.Skip(1)] : periods,
                leave,
                ends,
                events
            ),
            asOf
        );

    public static Arbitrary<AnyCase> AnyCases { get; } = Cases.ToArbitrary();

    /// <summary>Edits that break a JSON document in every way a hand or a faulty system could.</summary>
    public static Gen<string> Mangle(string json)
    {
        var fragments = new[]
        {
            "\"2025-02-30\"",
            "\"2025-2-3\"",
            "\"10000-01-01\"",
            "\"-0001-01-01\"",
            "null",
            "true",
            "12",
            "1e400",
            "[]",
            "{}",
            "\"\"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"x\":1,",
            ",",
            "}",
            "]",
            "\"",
            "{\"type\":\"loonsanctie\"}",
        };
        return Gen.Frequency(
            (2, Gen.Choose(0, json.Length).Select(i => json[..i])),
            (
                3,
                from i in Gen.Choose(0, json.Length - 1)
                from c in Gen.Elements("{}[]\":,-0123456789 eaz\\".ToCharArray())
                select json[..i] + c + json[(i + 1)..]
            ),
            (3, from i in Gen.Choose(0, json.Length) from f in Gen.Elements(fragments) select json[..i] + f + json[i..]),
            (
                2,
                from i in Gen.Choose(0, json.Length - 1)
                from n in Gen.Choose(1, 12)
                select json[..i] + json[Math.Min(json.Length, i + n)..]
            ),
            (2, ReplaceValue(json, fragments)),
            (1, Gen.Elements("", " ", "null", "[]", "0", "\"case\"", "{", "{\"caseId\":\"C\"}", "\uFEFF{}"))
        );
    }

    /// <summary>Random bytes, mostly not UTF-8.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));

    private static Gen<string> ReplaceValue(string json, string[] fragments)
    {
        // Replace the value after one of the document's colons (a date, a string, an object) by a fragment.
        var colons = Enumerable.Range(0, json.Length).Where(i => json[i] == ':').ToArray();
        if (colons.Length == 0)
        {
            return Gen.Constant(json);
        }

        return from c in Gen.Elements(colons)
            from f in Gen.Elements(fragments)
            select Splice(json, c + 1, f);
    }

    private static string Splice(string json, int start, string fragment)
    {
        var end = start;
        while (end < json.Length && json[end] == ' ')
        {
            end++;
        }

        if (end < json.Length && json[end] == '"')
        {
            end = json.IndexOf('"', end + 1);
            end = end < 0 ? json.Length : end + 1;
        }
        else
        {
            while (end < json.Length && json[end] is not (',' or '}' or ']'))
            {
                end++;
            }
        }

        return new StringBuilder(json.Length + fragment.Length)
            .Append(json, 0, start)
            .Append(fragment)
            .Append(json, end, json.Length - end)
            .ToString();
    }

    private static LocalDate SafePlus(LocalDate date, int days)
    {
        try
        {
            return date.PlusDays(days);
        }
        catch (OverflowException)
        {
            return date;
        }
        catch (ArgumentOutOfRangeException)
        {
            return date;
        }
    }
}
