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
        var l = titles.Language;

        console.Write(
            new Rule(
                $"[bold]Poortwachter[/] {l.Say("case", "zaak")} [bold]{Plain(a.CaseId, CaseIdMaxLength)}[/] {l.Say("as of", "op")} {Plain(Dates.Show(a.AsOf, l))}"
            ).LeftJustified()
        );
        var summary = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        summary.AddRow(l.Say("Rule set", "Regelset"), Plain(a.RuleSet));
        summary.AddRow(l.Say("First sick day", "Eerste ziektedag"), Plain(Dates.Show(t.FirstSickDay, l)));
        summary.AddRow(l.Say("State", "Stand"), StateMarkup(t.State, l));
        summary.AddRow(l.Say("Counted sick days", "Getelde ziektedagen"), Plain(Weeks.CountedDays(t, l), maxLength: 0));
        summary.AddRow(LastDayText.Label(a, l), Plain(LastDayText.Value(a, l), maxLength: 0));
        if (t.WachttijdEndsOn is { } shortened)
        {
            summary.AddRow(LastDayText.Shortened(l), Plain(Dates.Show(shortened, l)));
        }

        summary.AddRow(l.Say("WIA can start", "WIA kan ingaan"), Plain(LastDayText.WiaStart(a, l), maxLength: 0));
        if (t.Interruptions.Count > 0)
        {
            summary.AddRow(l.Say("Interruptions", "Onderbrekingen"), Plain(string.Join("; ", Interruptions(t, l)), maxLength: 0));
        }

        console.Write(summary);
        console.WriteLine();

        var obligations = new Table()
            .Border(TableBorder.Rounded)
            .Title(l.Say("[bold]Obligations[/] (by due date)", "[bold]Verplichtingen[/] (op volgorde van uiterste datum)"));
        obligations.AddColumn(new TableColumn(l.Say("Due by", "Uiterlijk")).NoWrap());
        obligations.AddColumn(new TableColumn(l.Say("Obligation", "Verplichting")));
        obligations.AddColumn(new TableColumn("Status").NoWrap());
        obligations.AddColumn(new TableColumn(l.Say("Done on", "Uitgevoerd op")).NoWrap());
        obligations.AddColumn(new TableColumn(l.Say("Legal basis", "Grondslag")));
        foreach (var o in a.Obligations)
        {
            obligations.AddRow(
                Plain(Dates.Show(o.DueBy, l)),
                $"{Plain(titles.ShortTitle(o), maxLength: 0)}\n[grey]{Plain(o.Kind)}[/]",
                StatusMarkup(o, a.AsOf, dueSoonDays, l),
                Plain(Dates.Show(o.FulfilledOn, l)),
                $"[grey]{Plain(o.LegalBasis.CitationIn(l), maxLength: 0)} ({Plain(l.Character(o.LegalCharacter))})[/]"
            );
        }

        console.Write(obligations);

        if (a.Milestones.Count > 0)
        {
            var milestones = new Table().Border(TableBorder.Rounded).Title(l.Say("[bold]Milestones[/]", "[bold]Mijlpalen[/]"));
            milestones.AddColumn(new TableColumn(l.Say("Date", "Datum")).NoWrap());
            milestones.AddColumn(new TableColumn(l.Say("Milestone", "Mijlpaal")));
            milestones.AddColumn(new TableColumn(l.Say("Legal basis", "Grondslag")));
            foreach (var m in a.Milestones)
            {
                milestones.AddRow(
                    Plain(Dates.Show(m.On, l)),
                    Plain(titles.MilestoneTitle(m.Kind), maxLength: 0),
                    $"[grey]{Plain(m.LegalBasis.CitationIn(l), maxLength: 0)}[/]"
                );
            }

            console.Write(milestones);
        }

        console.WriteLine();
        if (a.Warnings.Count == 0)
        {
            console.MarkupLine(l.Say("[green]No warnings.[/]", "[green]Geen waarschuwingen.[/]"));
        }
        else
        {
            console.MarkupLine(l.Say("[bold]Warnings[/] (most severe first)", "[bold]Waarschuwingen[/] (de ernstigste eerst)"));
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
            foreach (var w in a.Warnings)
            {
                var tag = w.Severity switch
                {
                    Severity.High => l.Say("[red bold][[HIGH]][/]", "[red bold][[HOOG]][/]"),
                    Severity.Warning => l.Say("[yellow][[WARN]][/]", "[yellow][[MIDDEL]][/]"),
                    _ => "[grey][[INFO]][/]",
                };
                var about = w.Obligation is null ? string.Empty : $"[bold]{Plain(w.Obligation)}[/]: ";
                grid.AddRow(tag, about + Plain(w.MessageIn(l), MessageMaxLength));
            }

            console.Write(grid);
        }

        console.WriteLine();
        console.MarkupLine(
            l.Say(
                "[grey]Markers: !! overdue, ! due soon, || suspended (interrupted), ok done on time, late done after the due date.[/]",
                "[grey]Legenda: !! te laat, ! uiterste datum nadert, || opgeschort (onderbroken); op tijd: uitgevoerd op of vóór de uiterste datum; te laat uitgevoerd: uitgevoerd na de uiterste datum.[/]"
            )
        );
        console.MarkupLine(
            l.Say(
                "[grey]Each date's derivation: poortwachter assess CASE.json --format json (field explanation).[/]",
                "[grey]De afleiding van elke datum: poortwachter assess ZAAK.json --format json --language nl (veld explanation).[/]"
            )
        );
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

    private static string[] Interruptions(WachttijdSummary t, TextLanguage l)
    {
        var list = new string[t.Interruptions.Count];
        for (var i = 0; i < list.Length; i++)
        {
            var x = t.Interruptions[i];
            if (l == TextLanguage.Dutch)
            {
                // "hersteld van 3 maart 2025 tot en met 20 maart 2025 (18 hersteldagen, loopt nog)"
                var days = x.FitDays == 1 ? "1 hersteldag" : string.Create(CultureInfo.InvariantCulture, $"{x.FitDays} hersteldagen");
                list[i] = x.Until is { } until
                    ? $"hersteld van {Dates.Show(x.From, l)} tot en met {Dates.Show(until, l)} ({days}{(x.IsOngoing ? ", loopt nog" : string.Empty)})"
                    : $"hersteld vanaf {Dates.Show(x.From, l)} ({days})";
                continue;
            }

            list[i] = x.Until is { } u
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"fit {Dates.Iso(x.From)}..{Dates.Iso(u)} ({x.FitDays} fit days{(x.IsOngoing ? ", ongoing" : string.Empty)})"
                )
                : string.Create(CultureInfo.InvariantCulture, $"fit from {Dates.Iso(x.From)} ({x.FitDays} fit days)");
        }

        return list;
    }

    private static string StateMarkup(WachttijdState state, TextLanguage l) =>
        state switch
        {
            WachttijdState.Running => l.Say("[bold]running[/] (sick on the assessment date)", "[bold]loopt[/] (ziek op de peildatum)"),
            WachttijdState.Interrupted => l.Say(
                "[yellow]interrupted[/] (fit for fewer than 28 days)",
                "[yellow]onderbroken[/] (korter dan 28 dagen hersteld)"
            ),
            WachttijdState.EndedRecovered => l.Say(
                "[green]ended-recovered[/] (fit for 28 days or more)",
                "[green]geëindigd door herstel[/] (28 dagen of langer hersteld)"
            ),
            _ => l.Say(
                "[grey]ended[/] (past the last day of wage continuation)",
                "[grey]geëindigd[/] (na de laatste dag van loondoorbetaling)"
            ),
        };

    internal static string StatusMarkup(Obligation o, LocalDate asOf, int dueSoonDays, TextLanguage l = TextLanguage.English)
    {
        switch (o.Status)
        {
            case ObligationStatus.Fulfilled:
                return l.Say("[green]ok fulfilled[/]", "[green]op tijd[/]");
            case ObligationStatus.FulfilledLate:
                return l.Say("[darkorange]late fulfilled-late[/]", "[darkorange]te laat uitgevoerd[/]");
            case ObligationStatus.Overdue:
                if (l == TextLanguage.Dutch)
                {
                    return o.DueBy is { } late
                        ? $"[red bold]!! TE LAAT ({l.Days(Period.DaysBetween(late, asOf))})[/]"
                        : "[red bold]!! TE LAAT[/]";
                }

                var overdue = o.DueBy is { } due
                    ? string.Create(CultureInfo.InvariantCulture, $" ({Period.DaysBetween(due, asOf)} d)")
                    : string.Empty;
                return $"[red bold]!! OVERDUE{overdue}[/]";
            case ObligationStatus.Suspended:
                return l.Say("[yellow]|| suspended[/]", "[yellow]|| opgeschort[/]");
            case ObligationStatus.NotApplicable:
                return l.Say("[grey]n/a not-applicable[/]", "[grey]niet van toepassing[/]");
            default:
                if (o.DueBy is { } d && Period.DaysBetween(asOf, d) <= dueSoonDays)
                {
                    return l == TextLanguage.Dutch
                        ? $"[yellow bold]! BINNENKORT (over {l.Days(Period.DaysBetween(asOf, d))})[/]"
                        : string.Create(CultureInfo.InvariantCulture, $"[yellow bold]! DUE SOON (in {Period.DaysBetween(asOf, d)} d)[/]");
                }

                return "[blue]open[/]";
        }
    }
}
