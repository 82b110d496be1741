using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Cli.Batch;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Input;
using Poortwachter.Cli.Rendering;
using Poortwachter.Json;
using Poortwachter.Timeline;
using Spectre.Console;

namespace Poortwachter.Cli.Commands;

/// <summary>
/// <c>poortwachter worklist CASES --as-of DATE [--within DAYS]</c>: the portfolio on one date, what a casemanager does
/// first: overdue obligations (most severe first, then the oldest), obligations due within the window, the other sanction
/// risks the warnings name, and cases whose wage continuation or dismissal ban ends within 13 weeks; with the portfolio's
/// figures (on-time rate per obligation kind, open loonsanctie risks, cases per quarter of the wachttijd).
/// </summary>
internal static class WorklistCommand
{
    /// <summary>The window in which the end of the wage period or of the dismissal ban is listed: 13 weeks, the RIV's lead.</summary>
    public const int EndWindowDays = 91;

    private static readonly string[] Formats = ["table", "csv", "json"];

    /// <summary>Builds the command.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="shared">The shared options.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var path = new Argument<string>("CASES") { Description = "The cases, JSON Lines (one case per line); - reads standard input." };
        var asOf = SharedOptions.AsOf("The date of the worklist, yyyy-mm-dd. Default: today in Europe/Amsterdam.");
        var within = new Option<int>("--within")
        {
            Description = "List open obligations due within this many days of --as-of, 0 to 365. Default: 14.",
            HelpName = "DAYS",
            DefaultValueFactory = _ => 14,
        };
        within.Validators.Add(r =>
        {
            if (
                r.Tokens.Count == 1
                && int.TryParse(r.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                && days > 365
            )
            {
                r.AddError($"--within must be between 0 and 365 days, not {days}.");
            }
        });
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (default), csv (for spreadsheets) or json.",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = SharedOptions.Output("Write to this file instead of standard output (replaced only when the run succeeds).");
        var command = new Command(
            "worklist",
            "The portfolio on one date: overdue first, then what falls due soon, sanction risks, and cases near their end."
        )
        {
            path,
            asOf,
            within,
            format,
            output,
        };
        command.SetAction(r =>
            CommandGuard.Run(
                context,
                () =>
                {
                    shared.Apply(context, r, calendar: false);
                    return Run(
                        context,
                        r.GetValue(path)!,
                        SharedOptions.ParseDate(r.GetValue(asOf), "--as-of") ?? context.Today(),
                        r.GetValue(within),
                        r.GetValue(format) ?? "table",
                        r.GetValue(output)
                    );
                }
            )
        );
        return command;
    }

    /// <summary>What a row is: its section, in the order the list shows them.</summary>
    internal enum Section
    {
        Overdue = 0,
        DueSoon = 1,
        Risk = 2,
        End = 3,
    }

    /// <summary>One row of the worklist.</summary>
    internal sealed record Item(
        Section Section,
        string CaseId,
        string Kind,
        int Sequence,
        LocalDate? Date,
        string Status,
        Severity? Severity,
        string Text
    );

    /// <summary>The portfolio's figures.</summary>
    internal sealed class Figures
    {
        public int Cases { get; set; }

        public SortedDictionary<string, (int OnTime, int Late, int Overdue)> OnTime { get; } = new(StringComparer.Ordinal);

        public int LoonsanctieRisks { get; set; }

        public int[] Quarters { get; } = new int[5];
    }

    private static int Run(CliContext context, string path, LocalDate asOf, int within, string format, string? outputPath)
    {
        var engine = context.CreateEngine();
        var items = new List<Item>();
        var figures = new Figures();
        var bad = 0;
        using (var input = CaseInput.Open(context, path))
        {
            input.Prepare(path, batch: true, CliApp.DefaultMaxCaseBytes);
            bad = CaseLines.Read(
                context,
                null,
                input.TakeLines(),
                (c, _) =>
                {
                    Collect(engine.Assess(c, asOf), within, items, figures, context.Language);
                    return null;
                }
            );
        }

        var ordered = Order(items);
        using var target = OutputTarget.Open(context, outputPath, null, path);
        switch (format)
        {
            case "csv":
                target.WriteText((w, _) => WriteCsv(w, ordered));
                break;
            case "json":
                var stream = target.OpenStream();
                using (var json = new Utf8JsonWriter(stream, PoortwachterJson.IndentedWriterOptions))
                {
                    WriteJson(json, asOf, within, ordered, figures);
                }

                stream.WriteByte((byte)'\n');
                stream.Flush();
                break;
            default:
                target.WriteText((w, colour) => WriteTable(w, colour, asOf, within, ordered, figures));
                break;
        }

        target.Commit();
        if (bad > 0)
        {
            context.Error.WriteLine(
                $"poortwachter: {figures.Cases} case(s) in the worklist, {bad} line(s) with problems; the worklist holds the good cases only."
            );
            return CliApp.InvalidInput;
        }

        return CliApp.Ok;
    }

    /// <summary>The rows of one case, and its share of the figures.</summary>
    internal static void Collect(Assessment a, int within, List<Item> items, Figures figures, TextLanguage language)
    {
        figures.Cases++;
        var t = a.Wachttijd;
        figures.Quarters[
            t.State is WachttijdState.Ended or WachttijdState.EndedRecovered ? 4 : Math.Min(3, Math.Max(0, (t.Week - 1) / 26))
        ]++;
        foreach (var o in a.Obligations)
        {
            if (o.Status is ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Overdue)
            {
                var (onTime, late, overdue) = figures.OnTime.TryGetValue(o.Kind, out var f) ? f : default;
                figures.OnTime[o.Kind] = o.Status switch
                {
                    ObligationStatus.Fulfilled => (onTime + 1, late, overdue),
                    ObligationStatus.FulfilledLate => (onTime, late + 1, overdue),
                    _ => (onTime, late, overdue + 1),
                };
            }

            if (o.Status == ObligationStatus.Overdue)
            {
                var severity = WarningFor(a, o) ?? Severity.Warning;
                if (o.LegalCharacter == LegalCharacter.Statute)
                {
                    figures.LoonsanctieRisks++;
                }

                items.Add(new Item(Section.Overdue, a.CaseId, o.Kind, o.Sequence, o.DueBy, "overdue", severity, o.ExplanationIn(language)));
            }
            else if (o.Status == ObligationStatus.Open && o.DueBy is { } due && due >= a.AsOf && due <= a.AsOf.PlusDays(within))
            {
                items.Add(new Item(Section.DueSoon, a.CaseId, o.Kind, o.Sequence, due, "open", null, o.ExplanationIn(language)));
            }
        }

        foreach (var w in a.Warnings)
        {
            if (w.Kind is not (WarningCodes.Overdue or WarningCodes.DueSoon or WarningCodes.FulfilledLate) && w.Severity != Severity.Info)
            {
                items.Add(
                    new Item(
                        Section.Risk,
                        a.CaseId,
                        w.Kind,
                        w.Sequence,
                        null,
                        Severities.Code(w.Severity),
                        w.Severity,
                        w.MessageIn(language)
                    )
                );
            }
        }

        var horizon = a.AsOf.PlusDays(EndWindowDays);
        if (
            t.LastDay is { } last
            && last >= a.AsOf
            && last <= horizon
            && t.State is not (WachttijdState.Ended or WachttijdState.EndedRecovered)
        )
        {
            var text = a.TryGetMilestone(MilestoneCodes.EindeWachttijd, out var m) ? m.ExplanationIn(language) : string.Empty;
            items.Add(new Item(Section.End, a.CaseId, "last-day", 0, last, WachttijdStates.Code(t.State), null, text));
        }

        if (a.TryGetMilestone(MilestoneCodes.EindeOpzegverbod, out var ban) && ban.On >= a.AsOf && ban.On <= horizon)
        {
            items.Add(
                new Item(Section.End, a.CaseId, "ban-end", 0, ban.On, WachttijdStates.Code(t.State), null, ban.ExplanationIn(language))
            );
        }
    }

    private static Severity? WarningFor(Assessment a, Obligation o)
    {
        foreach (var w in a.Warnings)
        {
            if (w.Kind == WarningCodes.Overdue && w.Obligation == o.Kind && (w.Sequence == o.Sequence || o.Sequence == 0))
            {
                return w.Severity;
            }
        }

        return null;
    }

    /// <summary>Overdue first, most severe then longest overdue; then due soon by date; then risks by severity; then ends by date.</summary>
    internal static List<Item> Order(List<Item> items) =>
        items
            .OrderBy(i => i.Section)
            .ThenByDescending(i => i.Severity ?? Severity.Info)
            .ThenBy(i => i.Date ?? LocalDate.MaxIsoValue)
            .ThenBy(i => i.CaseId, StringComparer.Ordinal)
            .ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.Sequence)
            .ToList();

    private static string SectionCode(Section s) =>
        s switch
        {
            Section.Overdue => "overdue",
            Section.DueSoon => "due-soon",
            Section.Risk => "risk",
            _ => "end",
        };

    private static void WriteCsv(TextWriter w, List<Item> items)
    {
        w.Write("section,caseId,kind,sequence,date,status,severity,text\n");
        foreach (var i in items)
        {
            w.Write(
                string.Join(
                    ",",
                    SectionCode(i.Section),
                    Csv(i.CaseId),
                    Csv(i.Kind),
                    i.Sequence > 0 ? i.Sequence.ToString(CultureInfo.InvariantCulture) : string.Empty,
                    i.Date is { } d ? Dates.Iso(d) : string.Empty,
                    i.Status,
                    i.Severity is { } s ? Severities.Code(s) : string.Empty,
                    Csv(i.Text)
                )
            );
            w.Write('\n');
        }
    }

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula.</summary>
    internal static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void WriteJson(Utf8JsonWriter w, LocalDate asOf, int within, List<Item> items, Figures figures)
    {
        w.WriteStartObject();
        w.WriteString("asOf", Dates.Iso(asOf));
        w.WriteNumber("within", within);
        w.WriteStartArray("items");
        foreach (var i in items)
        {
            w.WriteStartObject();
            w.WriteString("section", SectionCode(i.Section));
            w.WriteString("caseId", i.CaseId);
            w.WriteString("kind", i.Kind);
            if (i.Sequence > 0)
            {
                w.WriteNumber("sequence", i.Sequence);
            }

            w.WriteString("date", i.Date is { } d ? Dates.Iso(d) : null);
            w.WriteString("status", i.Status);
            w.WriteString("severity", i.Severity is { } s ? Severities.Code(s) : null);
            w.WriteString("text", i.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("figures");
        w.WriteNumber("cases", figures.Cases);
        w.WriteNumber("loonsanctieRisks", figures.LoonsanctieRisks);
        w.WriteStartObject("onTime");
        foreach (var (kind, (onTime, late, overdue)) in figures.OnTime)
        {
            w.WriteStartObject(kind);
            w.WriteNumber("onTime", onTime);
            w.WriteNumber("late", late);
            w.WriteNumber("overdue", overdue);
            w.WriteNumber("rate", Math.Round((double)onTime / (onTime + late + overdue), 4));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("casesPerQuarter");
        w.WriteNumber("weeks-1-26", figures.Quarters[0]);
        w.WriteNumber("weeks-27-52", figures.Quarters[1]);
        w.WriteNumber("weeks-53-78", figures.Quarters[2]);
        w.WriteNumber("weeks-79-104", figures.Quarters[3]);
        w.WriteNumber("ended", figures.Quarters[4]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTable(TextWriter writer, bool colour, LocalDate asOf, int within, List<Item> items, Figures figures)
    {
        var console = TableRenderer.CreateConsole(writer, colour);
        console.Write(
            new Rule(
                $"[bold]Poortwachter[/] worklist on {Dates.Iso(asOf)} ({figures.Cases} case(s), due within {within} days)"
            ).LeftJustified()
        );
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Section", "Case", "Item", "Date", "Status" })
        {
            table.AddColumn(new TableColumn(column).NoWrap());
        }

        foreach (var i in items)
        {
            table.AddRow(
                SectionCode(i.Section),
                TableRenderer.Plain(i.CaseId, TableRenderer.CaseIdMaxLength),
                TableRenderer.Plain(i.Sequence > 0 ? $"{i.Kind} #{i.Sequence.ToString(CultureInfo.InvariantCulture)}" : i.Kind),
                i.Date is { } d ? Dates.Iso(d) : "-",
                TableRenderer.Plain(i.Severity is { } s && i.Section == Section.Overdue ? $"{i.Status} ({Severities.Code(s)})" : i.Status)
            );
        }

        console.Write(table);
        var rates = new Table().Border(TableBorder.Rounded).Title("On time per obligation kind (of those due)");
        foreach (var column in new[] { "Obligation", "On time", "Late", "Overdue", "Rate" })
        {
            rates.AddColumn(new TableColumn(column).NoWrap());
        }

        foreach (var (kind, (onTime, late, overdue)) in figures.OnTime)
        {
            rates.AddRow(
                TableRenderer.Plain(kind),
                onTime.ToString(CultureInfo.InvariantCulture),
                late.ToString(CultureInfo.InvariantCulture),
                overdue.ToString(CultureInfo.InvariantCulture),
                ((double)onTime / (onTime + late + overdue)).ToString("P0", CultureInfo.InvariantCulture)
            );
        }

        console.Write(rates);
        var q = figures.Quarters;
        console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Open loonsanctie risks (statutory obligations overdue): {figures.LoonsanctieRisks}. Cases per quarter of the wachttijd: weeks 1-26 {q[0]}, 27-52 {q[1]}, 53-78 {q[2]}, 79-104 {q[3]}, ended {q[4]}."
            )
        );
    }
}
