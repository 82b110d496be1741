using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cli.Batch;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Input;
using Poortwachter.Cli.Rendering;
using Poortwachter.Json;
using Poortwachter.Portfolio;
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
    private static readonly string[] Formats = ["table", "csv", "json", "html"];

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
            DefaultValueFactory = _ => WorklistBuilder.DefaultWithinDays,
        };
        within.Validators.Add(r =>
        {
            if (
                r.Tokens.Count == 1
                && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days)
                && days is < 0 or > WorklistBuilder.MaxWithinDays
            )
            {
                r.AddError($"--within must be between 0 and {WorklistBuilder.MaxWithinDays} days, not {days}.");
            }
        });
        var format = new Option<string?>("--format", "-f")
        {
            Description =
                "Output format: table (default), csv (for spreadsheets), json, or html (a page to print, A4, each section on its own page).",
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

    private static int Run(CliContext context, string path, LocalDate asOf, int within, string format, string? outputPath)
    {
        var engine = context.CreateEngine();
        var builder = new WorklistBuilder(asOf, within);
        var bad = 0;
        using var progress = RunProgress.Start(context);
        using (var input = CaseInput.Open(context, path))
        {
            OutputTarget.RefuseInput(context, outputPath, input.Identity, input.Name);
            input.Prepare(path, batch: true, CliApp.DefaultMaxCaseBytes);
            bad = CaseLines.Read(
                context,
                null,
                input.TakeLines(),
                (c, _) =>
                {
                    // The texts are read now, in the output's language: a text that fails makes this line bad, not the run.
                    builder.Add(engine.Assess(c, asOf), context.Language);
                    return null;
                },
                progress
            );
        }

        var worklist = builder.Build();
        using var target = OutputTarget.Open(context, outputPath, null, path);
        switch (format)
        {
            case "csv":
                target.WriteText((w, _) => WriteCsv(w, worklist, context.Language));
                break;
            case "json":
                var stream = target.OpenStream();
                using (var json = new Utf8JsonWriter(stream, PoortwachterJson.IndentedWriterOptions))
                {
                    WorklistJson.Write(json, worklist, context.Language);
                }

                stream.WriteByte((byte)'\n');
                stream.Flush();
                break;
            case "html":
                target.WriteText((w, _) => WorklistHtmlRenderer.Render(w, worklist, context.Language));
                break;
            default:
                target.WriteText((w, colour) => WriteTable(w, colour, worklist));
                break;
        }

        target.Commit();
        if (bad > 0)
        {
            context.Error.WriteLine(
                $"poortwachter: {worklist.Figures.Cases} case(s) in the worklist, {bad} line(s) with problems; the worklist holds the good cases only."
            );
            progress.Finish(worklist.Figures.Cases, bad);
            return CliApp.InvalidInput;
        }

        progress.Finish(worklist.Figures.Cases, bad);
        return CliApp.Ok;
    }

    private static void WriteCsv(TextWriter w, Worklist worklist, TextLanguage language)
    {
        w.Write("section,caseId,kind,sequence,date,status,severity,text\n");
        foreach (var i in worklist.Items)
        {
            w.Write(
                string.Join(
                    ",",
                    WorklistSections.Code(i.Section),
                    Csv(i.CaseId),
                    Csv(i.Kind),
                    i.Sequence > 0 ? i.Sequence.ToString(CultureInfo.InvariantCulture) : string.Empty,
                    i.Date is { } d ? Dates.Iso(d) : string.Empty,
                    i.Status,
                    i.Severity is { } s ? Severities.Code(s) : string.Empty,
                    Csv(i.TextIn(language))
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

    private static void WriteTable(TextWriter writer, bool colour, Worklist worklist)
    {
        var (asOf, within, figures) = (worklist.AsOf, worklist.Within, worklist.Figures);
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

        foreach (var i in worklist.Items)
        {
            table.AddRow(
                WorklistSections.Code(i.Section),
                TableRenderer.Plain(i.CaseId, TableRenderer.CaseIdMaxLength),
                TableRenderer.Plain(i.Sequence > 0 ? $"{i.Kind} #{i.Sequence.ToString(CultureInfo.InvariantCulture)}" : i.Kind),
                i.Date is { } d ? Dates.Iso(d) : "-",
                TableRenderer.Plain(
                    i.Severity is { } s && i.Section == WorklistSection.Overdue ? $"{i.Status} ({Severities.Code(s)})" : i.Status
                )
            );
        }

        console.Write(table);
        var rates = new Table().Border(TableBorder.Rounded).Title("On time per obligation kind (of those due)");
        foreach (var column in new[] { "Obligation", "On time", "Late", "Overdue", "Rate" })
        {
            rates.AddColumn(new TableColumn(column).NoWrap());
        }

        foreach (var kind in figures.OnTime)
        {
            rates.AddRow(
                TableRenderer.Plain(kind.Kind),
                kind.OnTime.ToString(CultureInfo.InvariantCulture),
                kind.Late.ToString(CultureInfo.InvariantCulture),
                kind.Overdue.ToString(CultureInfo.InvariantCulture),
                kind.Rate.ToString("P0", CultureInfo.InvariantCulture)
            );
        }

        console.Write(rates);
        console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Open loonsanctie risks (statutory obligations overdue): {figures.LoonsanctieRisks}. Cases per quarter of the wachttijd: weeks 1-26 {figures.Weeks1To26}, 27-52 {figures.Weeks27To52}, 53-78 {figures.Weeks53To78}, 79-104 {figures.Weeks79To104}, ended {figures.Ended}."
            )
        );
    }
}
