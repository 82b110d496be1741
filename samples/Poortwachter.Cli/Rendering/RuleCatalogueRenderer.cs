using System.Collections.Generic;
using System.IO;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Spectre.Console;

namespace Poortwachter.Cli.Rendering;

/// <summary>The catalogue of active rules: code, title, due rule, legal source, legal character and stake, in a language.</summary>
internal static class RuleCatalogueRenderer
{
    public static void Table(
        TextWriter writer,
        bool colour,
        RuleSet ruleSet,
        IReadOnlyList<IRule> rules,
        TextLanguage l = TextLanguage.English
    )
    {
        var console = TableRenderer.CreateConsole(writer, colour);
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{l.Say("Rules of", "Regels van")} {Markup.Escape(ruleSet.Code)}[/]: {Markup.Escape(ruleSet.DescriptionIn(l))}");
        table.AddColumn(new TableColumn("Code").NoWrap());
        table.AddColumn(new TableColumn(l.Say("Title", "Titel")));
        table.AddColumn(new TableColumn(l.Say("Due rule", "Termijn")));
        table.AddColumn(new TableColumn(l.Say("Legal source", "Bron")));
        table.AddColumn(new TableColumn(l.Say("Character", "Aard")).NoWrap());
        foreach (var rule in rules)
        {
            var d = rule.Descriptor;
            table.AddRow(
                $"[bold]{Markup.Escape(d.Code)}[/]",
                Markup.Escape(d.TitleIn(l)),
                Markup.Escape(d.DueRuleIn(l)),
                Markup.Escape(d.LegalBasis.CitationIn(l)),
                l.Character(d.Character)
            );
        }

        console.Write(table);
    }

    public static void Markdown(TextWriter writer, RuleSet ruleSet, IReadOnlyList<IRule> rules, TextLanguage l = TextLanguage.English)
    {
        writer.Write($"# {l.Say("Rules of", "Regels van")} {Cell(ruleSet.Code)}\n\n{Cell(ruleSet.DescriptionIn(l))}.\n\n");
        writer.Write(
            l.Say(
                "| Code | Title | Due rule | Legal source | Character | At stake |\n",
                "| Code | Titel | Termijn | Bron | Aard | Risico |\n"
            )
        );
        writer.Write("|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var d = rule.Descriptor;
            writer.Write(
                $"| `{Cell(d.Code)}` | {Cell(d.TitleIn(l))} | {Cell(d.DueRuleIn(l))} | {Cell(d.LegalBasis.CitationIn(l))} | {l.Character(d.Character)} | {Cell(d.StakeIn(l))} |\n"
            );
        }
    }

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", System.StringComparison.Ordinal)
            .Replace("|", "\\|", System.StringComparison.Ordinal)
            .Replace("\r", " ", System.StringComparison.Ordinal)
            .Replace("\n", " ", System.StringComparison.Ordinal);
}
