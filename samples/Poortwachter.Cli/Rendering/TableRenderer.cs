using System;
using System.Globalization;
using System.IO;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Timeline;
using Spectre.Console;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The assessment as a readable timeline in the terminal: the wachttijd, the obligations in date order, the
/// milestones and the warnings. Every status has a text marker as well as a colour, so it reads without colour.
/// Every text goes through <see cref="Plain(string?, int)"/>: nothing from the case reaches the terminal raw.
/// </summary>
internal static class TableRenderer
{
    /// <summary>
    /// The most characters of a warning message shown: the longest message of the rules is about 500 characters, so
    /// only a message that quotes a very long input text (an afwijking's reason) is shortened; the JSON has it whole.
    /// </summary>
    internal const int MessageMaxLength = 1000;

    /// <summary>The most characters of a case id in the heading, so that the heading stays one line of a 132-column terminal.</summary>
    internal const int CaseIdMaxLength = 40;

    public static void Render(TextWriter writer, bool colour, Assessment a, RuleTitles titles, int dueSoonDays)
    {
        var console = CreateConsole(writer, colour);
        var t = a.Wachttijd;

        console.Write(
            new Rule($"[bold]Poortwachter[/] case [bold]{Plain(a.CaseId, CaseIdMaxLength)}[/] as of {Dates.Iso(a.AsOf)}").LeftJustified()
        );
        var summary = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        summary.AddRow("Rule set", Plain(a.RuleSet));
        summary.AddRow("First sick day", Dates.Iso(t.FirstSickDay));
        summary.AddRow("State", StateMarkup(t.State));
        summary.AddRow("Counted sick days", Plain(Weeks.CountedDays(t), maxLength: 0));
        summary.AddRow(LastDayText.Label(a), Plain(LastDayText.Value(a), maxLength: 0));
        if (t.WachttijdEndsOn is { } shortened)
        {
            summary.AddRow(LastDayText.ShortenedLabel, Dates.Iso(shortened));
        }

        summary.AddRow("WIA can start", Plain(LastDayText.WiaStart(a), maxLength: 0));
        if (t.Interruptions.Count > 0)
        {
            summary.AddRow("Interruptions", Plain(string.Join("; ", Interruptions(t)), maxLength: 0));
        }

        console.Write(summary);
        console.WriteLine();

        var obligations = new Table().Border(TableBorder.Rounded).Title("[bold]Obligations[/] (by due date)");
        obligations.AddColumn(new TableColumn("Due by").NoWrap());
        obligations.AddColumn(new TableColumn("Obligation"));
        obligations.AddColumn(new TableColumn("Status").NoWrap());
        obligations.AddColumn(new TableColumn("Done on").NoWrap());
        obligations.AddColumn(new TableColumn("Legal basis"));
        foreach (var o in a.Obligations)
        {
            obligations.AddRow(
                Dates.Iso(o.DueBy),
                $"{Plain(titles.ShortTitle(o))}\n[grey]{Plain(o.Kind)}[/]",
                StatusMarkup(o, a.AsOf, dueSoonDays),
                Dates.Iso(o.FulfilledOn),
                $"[grey]{Plain(o.LegalBasis.Citation, maxLength: 0)} ({Plain(LegalCharacters.Code(o.LegalCharacter))})[/]"
            );
        }

        console.Write(obligations);

        if (a.Milestones.Count > 0)
        {
            var milestones = new Table().Border(TableBorder.Rounded).Title("[bold]Milestones[/]");
            milestones.AddColumn(new TableColumn("Date").NoWrap());
            milestones.AddColumn(new TableColumn("Milestone"));
            milestones.AddColumn(new TableColumn("Legal basis"));
            foreach (var m in a.Milestones)
            {
                milestones.AddRow(
                    Dates.Iso(m.On),
                    Plain(RuleTitles.Milestone(m.Kind)),
                    $"[grey]{Plain(m.LegalBasis.Citation, maxLength: 0)}[/]"
                );
            }

            console.Write(milestones);
        }

        console.WriteLine();
        if (a.Warnings.Count == 0)
        {
            console.MarkupLine("[green]No warnings.[/]");
        }
        else
        {
            console.MarkupLine("[bold]Warnings[/] (most severe first)");
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
            foreach (var w in a.Warnings)
            {
                var tag = w.Severity switch
                {
                    Severity.High => "[red bold][[HIGH]][/]",
                    Severity.Warning => "[yellow][[WARN]][/]",
                    _ => "[grey][[INFO]][/]",
                };
                var about = w.Obligation is null ? string.Empty : $"[bold]{Plain(w.Obligation)}[/]: ";
                grid.AddRow(tag, about + Plain(w.Message, MessageMaxLength));
            }

            console.Write(grid);
        }

        console.WriteLine();
        console.MarkupLine(
            "[grey]Markers: !! overdue, ! due soon, || suspended (interrupted), ok done on time, late done after the due date.[/]"
        );
        console.MarkupLine("[grey]Each date's derivation: poortwachter assess CASE.json --format json (field explanation).[/]");
    }

    internal static IAnsiConsole CreateConsole(TextWriter writer, bool colour)
    {
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(writer),
            }
        );
        if (!colour)
        {
            console.Profile.Width = 132;
        }

        return console;
    }

    /// <summary>
    /// A text as Spectre markup that shows exactly that text: control, bidi and invisible characters made visible and
    /// a long text shortened (<see cref="SafeText.Visible(string?, int)"/>), square brackets escaped, and each colon set
    /// apart in its own markup run so that a <c>:name:</c> in a case id is not turned into an emoji.
    /// </summary>
    /// <param name="text">The text, from the case or from the engine.</param>
    /// <param name="maxLength">The most characters shown; 0 for no limit.</param>
    /// <returns>Markup.</returns>
    internal static string Plain(string? text, int maxLength = SafeText.DefaultMaxLength)
    {
        var escaped = Markup.Escape(SafeText.Visible(text, maxLength));
        return escaped.Contains(':', StringComparison.Ordinal) ? escaped.Replace(":", "[default]:[/]", StringComparison.Ordinal) : escaped;
    }

    private static string[] Interruptions(WachttijdSummary t)
    {
        var list = new string[t.Interruptions.Count];
        for (var i = 0; i < list.Length; i++)
        {
            var x = t.Interruptions[i];
            list[i] = x.Until is { } u
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"fit {Dates.Iso(x.From)}..{Dates.Iso(u)} ({x.FitDays} fit days{(x.IsOngoing ? ", ongoing" : string.Empty)})"
                )
                : string.Create(CultureInfo.InvariantCulture, $"fit from {Dates.Iso(x.From)} ({x.FitDays} fit days)");
        }

        return list;
    }

    private static string StateMarkup(WachttijdState state) =>
        state switch
        {
            WachttijdState.Running => "[bold]running[/] (sick on the assessment date)",
            WachttijdState.Interrupted => "[yellow]interrupted[/] (fit for fewer than 28 days)",
            WachttijdState.EndedRecovered => "[green]ended-recovered[/] (fit for 28 days or more)",
            _ => "[grey]ended[/] (past the last day of wage continuation)",
        };

    internal static string StatusMarkup(Obligation o, LocalDate asOf, int dueSoonDays)
    {
        switch (o.Status)
        {
            case ObligationStatus.Fulfilled:
                return "[green]ok fulfilled[/]";
            case ObligationStatus.FulfilledLate:
                return "[darkorange]late fulfilled-late[/]";
            case ObligationStatus.Overdue:
                var overdue = o.DueBy is { } due
                    ? string.Create(CultureInfo.InvariantCulture, $" ({Period.DaysBetween(due, asOf)} d)")
                    : string.Empty;
                return $"[red bold]!! OVERDUE{overdue}[/]";
            case ObligationStatus.Suspended:
                return "[yellow]|| suspended[/]";
            case ObligationStatus.NotApplicable:
                return "[grey]n/a not-applicable[/]";
            default:
                if (o.DueBy is { } d && Period.DaysBetween(asOf, d) <= dueSoonDays)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"[yellow bold]! DUE SOON (in {Period.DaysBetween(asOf, d)} d)[/]");
                }

                return "[blue]open[/]";
        }
    }
}
