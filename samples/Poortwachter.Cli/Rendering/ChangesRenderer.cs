using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Changes;
using Poortwachter.Json;
using Spectre.Console;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The output of <c>poortwachter changes</c> for people: a table on the terminal, or one self-contained printable HTML
/// page that lists each changed case with its changes and their reasons (the summary, then both derivations). Both in
/// the language of <c>--language</c>, with the words the assessment's table and page use (statuses <c>te laat</c>,
/// <c>open</c>; severities hoog, middel, info). Every text from a case is made visible first (<see cref="SafeText"/>);
/// on the page it is HTML-escaped too.
/// </summary>
internal static class ChangesRenderer
{
    private const string Css =
        PageCss.Base
        + "\n"
        + """
            .reason { color: #444; font-size: .85rem; white-space: pre-line; }
            ul.facts { margin: .3rem 0 .8rem 1.2rem; padding: 0; }
            footer { margin-top: 2rem; font-size: .8rem; color: #666; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              h2 { break-after: avoid; }
              tr { break-inside: avoid; }
              th { background: none; }
              footer { display: none; }
            }
            """;

    /// <summary>What was compared, for the heading.</summary>
    /// <param name="Previous">The earlier file as the user named it.</param>
    /// <param name="Current">The later file; null when one file was compared on two dates.</param>
    /// <param name="PreviousAsOf">The earlier date.</param>
    /// <param name="AsOf">The later date.</param>
    /// <param name="Compared">The number of cases compared.</param>
    internal sealed record Run(string Previous, string? Current, LocalDate PreviousAsOf, LocalDate AsOf, int Compared);

    /// <summary>Writes the table.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="colour">Whether to write colour.</param>
    /// <param name="changed">The change sets of the cases that changed.</param>
    /// <param name="run">What was compared.</param>
    /// <param name="l">The language.</param>
    public static void Table(TextWriter writer, bool colour, IReadOnlyList<ChangeSet> changed, Run run, TextLanguage l)
    {
        var console = TableRenderer.CreateConsole(writer, colour);
        var from = run.Current is null
            ? string.Empty
            : $" ({TableRenderer.Plain(run.Previous, 40)} {l.Say("against", "tegen")} {TableRenderer.Plain(run.Current, 40)})";
        console.Write(
            new Rule(
                $"[bold]Poortwachter[/] {l.Say("changes from", "wijzigingen van")} {Dates.Show(run.PreviousAsOf, l)} {l.Say("to", "tot")} {Dates.Show(run.AsOf, l)}{from}"
            ).LeftJustified()
        );
        if (changed.Count == 0)
        {
            console.WriteLine(l.Say($"No changes in {N(run.Compared)} case(s).", $"Geen wijzigingen in {N(run.Compared)} zaak/zaken."));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(l.Say("Case", "Zaak")).NoWrap());
        table.AddColumn(new TableColumn(l.Say("Item", "Onderdeel")));
        table.AddColumn(new TableColumn(l.Say("Change", "Wijziging")).NoWrap());
        table.AddColumn(new TableColumn(l.Say("Before", "Eerder")).NoWrap());
        table.AddColumn(new TableColumn(l.Say("Now", "Nu")).NoWrap());
        table.AddColumn(new TableColumn(l.Say("Why", "Waarom")));
        foreach (var set in changed)
        {
            foreach (var c in set.Changes)
            {
                table.AddRow(
                    TableRenderer.Plain(set.CaseId, TableRenderer.CaseIdMaxLength),
                    TableRenderer.Plain(Item(c, l)),
                    TableRenderer.Plain(What(c, l)),
                    TableRenderer.Plain(State(c.Subject, c.PreviousDate, c.PreviousStatus, l)),
                    TableRenderer.Plain(State(c.Subject, c.CurrentDate, c.CurrentStatus, l)),
                    TableRenderer.Plain(c.SummaryIn(l), TableRenderer.MessageMaxLength)
                );
            }
        }

        console.Write(table);
        console.WriteLine(
            l.Say(
                $"{N(changed.Count)} of {N(run.Compared)} case(s) changed. Each change's derivations: --format json (field reason) or --format html.",
                $"{N(changed.Count)} van {N(run.Compared)} zaak/zaken gewijzigd. De afleidingen van elke wijziging: --format json (veld reason) of --format html."
            )
        );
    }

    /// <summary>Writes the page: a heading, then per changed case its changes with their reasons and the case facts that differ.</summary>
    /// <param name="w">The output.</param>
    /// <param name="changed">The change sets of the cases that changed.</param>
    /// <param name="run">What was compared.</param>
    /// <param name="l">The language.</param>
    public static void Html(TextWriter w, IReadOnlyList<ChangeSet> changed, Run run, TextLanguage l)
    {
        var period = $"{Dates.Show(run.PreviousAsOf, l)} {l.Say("to", "tot")} {Dates.Show(run.AsOf, l)}";
        w.Write($"<!DOCTYPE html>\n<html lang=\"{TextLanguages.Code(l)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<title>Poortwachter: {l.Say("changes from", "wijzigingen van")} {period}</title>\n<style>\n");
        w.Write(Css);
        w.Write("\n</style>\n</head>\n<body>\n");
        w.Write($"<h1>{l.Say("What changed, and why", "Wat is er veranderd, en waarom")}</h1>\n");
        var files = run.Current is null
            ? l.Say($"{E(run.Previous)}, assessed on both dates", $"{E(run.Previous)}, op beide data beoordeeld")
            : $"{E(run.Previous)} {l.Say("against", "tegen")} {E(run.Current)}";
        w.Write(
            l.Say(
                $"<p class=\"sub\">Wet verbetering poortwachter: changes from {period} ({files}); {N(changed.Count)} of {N(run.Compared)} case(s) changed.</p>\n",
                $"<p class=\"sub\">Wet verbetering poortwachter: wijzigingen van {period} ({files}); {N(changed.Count)} van {N(run.Compared)} zaak/zaken gewijzigd.</p>\n"
            )
        );
        if (changed.Count == 0)
        {
            w.Write(l.Say("<p>No changes.</p>\n", "<p>Geen wijzigingen.</p>\n"));
        }

        foreach (var set in changed)
        {
            var kind =
                set.IsNewCase ? l.Say(" (new case)", " (nieuwe zaak)")
                : set.IsVanishedCase ? l.Say(" (no longer in the file)", " (niet meer in het bestand)")
                : string.Empty;
            w.Write($"<section>\n<h2>{l.Say("Case", "Zaak")} {E(set.CaseId)}{kind}</h2>\n");
            if (set.CaseFacts.Count > 0)
            {
                w.Write($"<p>{l.Say("Facts of the case that differ:", "Feiten van de zaak die verschillen:")}</p>\n<ul class=\"facts\">\n");
                foreach (var f in set.CaseFacts)
                {
                    w.Write($"<li>{E(f.DescriptionIn(l))}</li>\n");
                }

                w.Write("</ul>\n");
            }

            w.Write(
                l.Say(
                    "<table>\n<thead><tr><th>Item</th><th>Change</th><th>Before</th><th>Now</th><th>Why</th></tr></thead>\n<tbody>\n",
                    "<table>\n<thead><tr><th>Onderdeel</th><th>Wijziging</th><th>Eerder</th><th>Nu</th><th>Waarom</th></tr></thead>\n<tbody>\n"
                )
            );
            foreach (var c in set.Changes)
            {
                w.Write(
                    $"<tr><td>{E(Item(c, l))}</td><td class=\"nowrap\">{E(What(c, l))}</td>"
                        + $"<td class=\"nowrap\">{E(State(c.Subject, c.PreviousDate, c.PreviousStatus, l))}</td>"
                        + $"<td class=\"nowrap\">{E(State(c.Subject, c.CurrentDate, c.CurrentStatus, l))}</td>"
                        + $"<td><div>{E(c.SummaryIn(l))}</div><div class=\"reason\">{E(Derivations(c, l))}</div></td></tr>\n"
                );
            }

            w.Write("</tbody>\n</table>\n</section>\n");
        }

        w.Write(
            l.Say(
                $"<footer>Made by poortwachter {E(CliApp.Version)}. The dates follow the Wet verbetering poortwachter as docs/interpretation.md reads it; check them against the file.</footer>\n",
                $"<footer>Gemaakt door poortwachter {E(CliApp.Version)}. De data volgen de Wet verbetering poortwachter zoals docs/interpretation.md die leest; controleer ze aan het dossier.</footer>\n"
            )
        );
        w.Write("</body>\n</html>\n");
    }

    /// <summary>The reason without its first line (the summary, shown above it): the previous and current derivations.</summary>
    private static string Derivations(Change c, TextLanguage l)
    {
        var reason = c.ReasonIn(l);
        var summary = c.SummaryIn(l);
        return reason.StartsWith(summary, System.StringComparison.Ordinal) ? reason[summary.Length..].TrimStart('\n') : reason;
    }

    private static string Item(Change c, TextLanguage l)
    {
        var number = l.Say(" #", " nr. ");
        var sequence = c.Sequence > 0 ? number + c.Sequence.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return c.Subject switch
        {
            ChangeSubject.Warning =>
                $"{l.Say("warning", "waarschuwing")} {c.Kind}{(c.About is null ? string.Empty : " " + c.About)}{sequence}",
            ChangeSubject.Wachttijd => $"wachttijd {c.Kind}",
            _ => c.Kind + sequence,
        };
    }

    private static string What(Change c, TextLanguage l)
    {
        var parts = new List<string>(2);
        foreach (var flag in new[] { ChangeKinds.Added, ChangeKinds.Removed, ChangeKinds.Moved, ChangeKinds.StatusChanged })
        {
            if ((c.What & flag) == flag)
            {
                parts.Add(
                    l == TextLanguage.Dutch
                        ? flag switch
                        {
                            ChangeKinds.Added => "nieuw",
                            ChangeKinds.Removed => "vervallen",
                            ChangeKinds.Moved => "verschoven",
                            _ => "andere status",
                        }
                        : ChangeCodes.Code(flag)
                );
            }
        }

        return string.Join(", ", parts);
    }

    private static string State(ChangeSubject subject, LocalDate? date, string? status, TextLanguage l)
    {
        var word = status is null ? null : StatusWord(subject, status, l);
        return (date, word) switch
        {
            ({ } d, { } s) => $"{Dates.Show(d, l)} {s}",
            ({ } d, null) => Dates.Show(d, l),
            (null, { } s) => s,
            _ => "-",
        };
    }

    /// <summary>A status code as the assessment's table says it: the code in English; in Dutch te laat, open, hoog, middel, loopt.</summary>
    private static string StatusWord(ChangeSubject subject, string code, TextLanguage l)
    {
        if (l != TextLanguage.Dutch)
        {
            return code;
        }

        switch (subject)
        {
            case ChangeSubject.Obligation:
                foreach (var s in System.Enum.GetValues<ObligationStatus>())
                {
                    if (ObligationStatuses.Code(s) == code)
                    {
                        return l.Status(s);
                    }
                }

                break;
            case ChangeSubject.Warning:
                foreach (var s in System.Enum.GetValues<Severity>())
                {
                    if (Severities.Code(s) == code)
                    {
                        return l.Severity(s);
                    }
                }

                break;
            case ChangeSubject.Wachttijd:
                foreach (var s in System.Enum.GetValues<Timeline.WachttijdState>())
                {
                    if (Timeline.WachttijdStates.Code(s) == code)
                    {
                        return l.State(s);
                    }
                }

                break;
        }

        return code;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(SafeText.Visible(text, maxLength: 0));
}
