using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Timeline;

namespace Poortwachter.Benchmarks;

/// <summary>
/// Issue 27's nightly run: a portfolio as known on one night (<c>portfolio COUNT DATE PATH [SEED]</c>: every case began
/// on or before DATE, every period and event is dated on or before it), and the next night's file made from it
/// (<c>next-day PATH DATE OUT [CHANGES] [SEED]</c>, DATE the day after): a few hundred realistic changes, each dated on or
/// shortly before DATE, on as many cases; the other cases written back unchanged. Deterministic for a seed.
/// </summary>
/// <remarks>
/// The kinds of change, in about these shares: a duty done (one of the case's obligations overdue or due within four weeks, recorded
/// today, sometimes a few days late in the file); a recovery (the open period ends yesterday or a few days before); a
/// relapse within four weeks entered late (the open period split by 3 to 20 fit days in the past: samentelling); pregnancy
/// and birth leave recorded ahead; a loonsanctie or a voluntary verlenging near the end; an early-IVA application and
/// grant; a new case (first sick day today); a vanished case (left out). Each changed case is assessed on DATE and a change
/// that would make it invalid is not made (another case gets one).
/// </remarks>
public static class NightlyCases
{
    /// <summary>Writes the portfolio as known on <paramref name="asOf"/>.</summary>
    /// <param name="count">How many cases.</param>
    /// <param name="asOf">The night the file is of.</param>
    /// <param name="path">The JSON Lines file to write.</param>
    /// <param name="seed">The seed.</param>
    public static void WritePortfolio(int count, LocalDate asOf, string path, int seed)
    {
        var random = new Random(seed);
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        for (var i = 0; i < count; i++)
        {
            file.Write(PoortwachterJson.WriteCase(One(random, $"G-{i:D7}", asOf)));
            file.Write('\n');
        }
    }

    /// <summary>Reads a portfolio and writes the next night's file with <paramref name="changes"/> changed cases.</summary>
    /// <param name="input">Yesterday's file.</param>
    /// <param name="today">Today's date (the changes are dated on or before it).</param>
    /// <param name="output">Today's file.</param>
    /// <param name="changes">How many cases change (new and vanished cases included).</param>
    /// <param name="seed">The seed.</param>
    public static void WriteNextDay(string input, LocalDate today, string output, int changes, int seed)
    {
        var cases = File.ReadLines(input).Where(l => l.Length > 0).Select(l => PoortwachterJson.ReadCaseOrThrow(l)).ToList();
        var result = NextDay(cases, today, changes, seed, out var tally);
        using (var file = new StreamWriter(output, append: false, new UTF8Encoding(false), 1 << 16))
        {
            foreach (var c in result)
            {
                file.Write(PoortwachterJson.WriteCase(c));
                file.Write('\n');
            }
        }

        Console.Error.WriteLine(
            $"{cases.Count} cases read, {result.Count} written; changed: "
                + string.Join(", ", tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value}"))
        );
    }

    /// <summary>The next night's cases: <paramref name="changes"/> of them changed, the others as they were.</summary>
    /// <param name="yesterday">Yesterday's cases.</param>
    /// <param name="today">Today's date.</param>
    /// <param name="changes">How many cases change.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="tally">How many of each kind of change were made.</param>
    /// <returns>Today's cases, in yesterday's order, vanished cases left out and new cases at the end.</returns>
    internal static List<SicknessCase> NextDay(
        IReadOnlyList<SicknessCase> yesterday,
        LocalDate today,
        int changes,
        int seed,
        out SortedDictionary<string, int> tally
    )
    {
        var random = new Random(seed);
        var engine = PoortwachterEngine.CreateDefault();
        var result = new List<SicknessCase?>(yesterday);
        var touched = new HashSet<int>();
        tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var newCases = new List<SicknessCase>();
        var made = 0;
        var attempts = 0;
        while (made < changes && attempts++ < changes * 50)
        {
            var roll = random.Next(100);
            if (roll < 8)
            {
                newCases.Add(SicknessCase.Builder($"N-{today:yyyyMMdd}-{newCases.Count:D5}", today).Build());
                Count(tally, "new case");
                made++;
                continue;
            }

            var index = random.Next(yesterday.Count);
            if (!touched.Add(index))
            {
                continue;
            }

            var before = yesterday[index];
            if (roll < 11)
            {
                result[index] = null;
                Count(tally, "vanished");
                made++;
                continue;
            }

            Assessment a;
            try
            {
                a = engine.Assess(before, today);
            }
            catch (InvalidCaseException)
            {
                continue;
            }

            var (kind, after) = Change(random, before, a, today, roll);
            if (after is null || !Valid(engine, after, today))
            {
                touched.Remove(index);
                continue;
            }

            result[index] = after;
            Count(tally, kind);
            made++;
        }

        var list = result.Where(c => c is not null).Select(c => c!).ToList();
        list.AddRange(newCases);
        return list;
    }

    private static void Count(SortedDictionary<string, int> tally, string kind) =>
        tally[kind] = tally.TryGetValue(kind, out var n) ? n + 1 : 1;

    private static bool Valid(PoortwachterEngine engine, SicknessCase c, LocalDate today)
    {
        try
        {
            _ = engine.Assess(c, today);
            return true;
        }
        catch (InvalidCaseException)
        {
            return false;
        }
    }

    private static (string Kind, SicknessCase? After) Change(Random random, SicknessCase c, Assessment a, LocalDate today, int roll)
    {
        var running = a.Wachttijd.State == WachttijdState.Running;
        var open = c.EffectiveSickness[^1];
        if (roll < 50)
        {
            // A duty done: one of the obligations overdue or due within four weeks, recorded today or up to 3 days ago.
            var due = a
                .Obligations.Where(o =>
                    (o.Status == ObligationStatus.Overdue || (o.Status == ObligationStatus.Open && o.DueBy <= today.PlusDays(28)))
                    && o.DueBy is not null
                    && IsDoable(o.Kind)
                )
                .ToList();
            if (due.Count > 0)
            {
                var o = due[random.Next(due.Count)];
                var on = today.PlusDays(-random.Next(0, 4));
                return ("duty done: " + o.Kind, c.WithEvents([.. c.Events, new ObligationFulfilled(o.Kind, on)]));
            }

            return ("", null);
        }

        if (roll < 64)
        {
            // A recovery: the open period ends yesterday or up to 5 days before.
            var until = today.PlusDays(-1 - random.Next(0, 6));
            if (open.Until is not null || until <= open.From)
            {
                return ("", null);
            }

            return (
                "recovery",
                WithSickness(c, [.. c.Sickness.Take(Math.Max(0, c.Sickness.Count - 1)), new SicknessPeriod(open.From, until)])
            );
        }

        if (roll < 76)
        {
            // A relapse within four weeks entered late: the open period was split by 3 to 20 fit days in the past.
            var gap = random.Next(3, 21);
            var span = Period.Between(open.From, today, PeriodUnits.Days).Days;
            if (open.Until is not null || span < gap + 10)
            {
                return ("", null);
            }

            var fitFrom = open.From.PlusDays(random.Next(3, span - gap - 3));
            var periods = c.Sickness.Take(Math.Max(0, c.Sickness.Count - 1)).ToList();
            periods.Add(new SicknessPeriod(open.From, fitFrom.PlusDays(-1)));
            periods.Add(new SicknessPeriod(fitFrom.PlusDays(gap)));
            return ("relapse within four weeks", WithSickness(c, periods));
        }

        if (roll < 82)
        {
            // Pregnancy and birth leave recorded ahead: 16 weeks from 2 to 8 weeks from now.
            if (!running || c.Leave.Count > 0)
            {
                return ("", null);
            }

            var from = today.PlusDays(random.Next(14, 57));
            return (
                "leave recorded",
                new SicknessCase(
                    c.CaseId,
                    c.FirstSickDay,
                    c.Sickness,
                    [new LeavePeriod(LeaveKind.ZwangerschapBevalling, from, from.PlusDays(111))],
                    c.EmploymentEndsOn,
                    c.Events
                )
            );
        }

        if (roll < 91)
        {
            // Near the end: UWV's loonsanctie (from week 88 on) or a voluntary verlenging (from week 80 on).
            if (!running || a.Wachttijd.LastDay is not { } last || a.Wachttijd.CountedDays < 560)
            {
                return ("", null);
            }

            if (random.Next(2) == 0 && a.Wachttijd.CountedDays >= 616 && last > today)
            {
                return ("loonsanctie", c.WithEvents([.. c.Events, new Loonsanctie(today, random.Next(4, 53))]));
            }

            return ("verlenging", c.WithEvents([.. c.Events, new Verlenging(today, last.PlusDays(7 * random.Next(13, 53)))]));
        }

        // An early-IVA application ten weeks ago and UWV's grant today, the wachttijd ending 30 days from now.
        if (!running || a.Wachttijd.CountedDays is < 100 or > 480)
        {
            return ("", null);
        }

        return (
            "early IVA granted",
            c.WithEvents([
                .. c.Events,
                new VervroegdeIvaAanvraag(today.PlusDays(-70)),
                new VervroegdeIvaBesluit(today, granted: true, wachttijdEndsOn: today.PlusDays(30)),
            ])
        );
    }

    private static bool IsDoable(string kind) =>
        kind
            is ObligationCodes.Probleemanalyse
                or ObligationCodes.PlanVanAanpak
                or ObligationCodes.Evaluatie
                or ObligationCodes.UwvZiekmelding
                or ObligationCodes.ArbeidsdeskundigOnderzoek
                or ObligationCodes.Eerstejaarsevaluatie
                or ObligationCodes.ReIntegratieverslag
                or ObligationCodes.WiaAanvraag;

    private static SicknessCase WithSickness(SicknessCase c, IEnumerable<SicknessPeriod> sickness) =>
        new(c.CaseId, c.FirstSickDay, sickness, c.Leave, c.EmploymentEndsOn, c.Events);

    /// <summary>One case as known on <paramref name="asOf"/>: begun 0 to 760 days before, one to three periods, leave now and then, the duties done so far.</summary>
    private static SicknessCase One(Random random, string id, LocalDate asOf)
    {
        var day1 = asOf.PlusDays(-random.Next(0, 761));
        var builder = SicknessCase.Builder(id, day1);
        var cursor = day1;
        var periods = random.Next(1, 4);
        for (var p = 1; p < periods; p++)
        {
            var until = cursor.PlusDays(random.Next(10, 80));
            var again = until.PlusDays(random.Next(2, 27));
            if (again > asOf)
            {
                break;
            }

            builder.SickUntil(until);
            builder.SickAgainFrom(again);
            cursor = again;
        }

        if (random.Next(0, 8) == 0)
        {
            var from = cursor.PlusDays(random.Next(5, 60));
            if (from <= asOf)
            {
                builder.ZwangerschapsBevallingsverlof(from, from.PlusDays(111));
            }
        }

        var steps = new List<(string Code, int Day)>
        {
            (ObligationCodes.Probleemanalyse, random.Next(30, 50)),
            (ObligationCodes.PlanVanAanpak, random.Next(50, 70)),
        };
        for (var e = 0; e < random.Next(0, 8); e++)
        {
            steps.Add((ObligationCodes.Evaluatie, 70 + (e * 42) + random.Next(0, 10)));
        }

        steps.Add((ObligationCodes.UwvZiekmelding, random.Next(280, 300)));
        steps.Add((ObligationCodes.Eerstejaarsevaluatie, random.Next(330, 370)));
        if (random.Next(0, 4) > 0)
        {
            steps.Add((ObligationCodes.ReIntegratieverslag, random.Next(600, 660)));
            steps.Add((ObligationCodes.WiaAanvraag, random.Next(630, 665)));
        }

        foreach (var (code, day) in steps)
        {
            var on = day1.PlusDays(day);
            if (on <= asOf)
            {
                builder.Done(code, on);
            }
        }

        return builder.Build();
    }
}
