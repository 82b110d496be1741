using System.Collections.Generic;
using System.IO;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Spectre.Console;

namespace Poortwachter.Cli.Rendering;

/// <summary>The catalogue of active rules: code, title, due rule, legal source, legal character and stake.</summary>
internal static class RuleCatalogueRenderer
{
    public static void Table(TextWriter writer, bool colour, RuleSet ruleSet, IReadOnlyList<IRule> rules)
    {
        var console = TableRenderer.CreateConsole(writer, colour);
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]Rules of {Markup.Escape(ruleSet.Code)}[/]: {Markup.Escape(ruleSet.Description)}");
        table.AddColumn(new TableColumn("Code").NoWrap());
        table.AddColumn(new TableColumn("Title"));
        table.AddColumn(new TableColumn("Due rule"));
        table.AddColumn(new TableColumn("Legal source"));
        table.AddColumn(new TableColumn("Character").NoWrap());
        foreach (var rule in rules)
        {
            var d = rule.Descriptor;
            table.AddRow(
                $"[bold]{Markup.Escape(d.Code)}[/]",
                Markup.Escape(d.Title),
                Markup.Escape(d.DueRule),
                Markup.Escape(d.LegalBasis.Citation),
                LegalCharacters.Code(d.Character)
            );
        }

        console.Write(table);
    }

    public static void Markdown(TextWriter writer, RuleSet ruleSet, IReadOnlyList<IRule> rules)
    {
        writer.Write($"# Rules of {Cell(ruleSet.Code)}\n\n{Cell(ruleSet.Description)}.\n\n");
        writer.Write("| Code | Title | Due rule | Legal source | Character | At stake |\n");
        writer.Write("|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var d = rule.Descriptor;
            writer.Write(
                $"| `{Cell(d.Code)}` | {Cell(d.Title)} | {Cell(d.DueRule)} | {Cell(d.LegalBasis.Citation)} | {LegalCharacters.Code(d.Character)} | {Cell(d.Stake)} |\n"
            );
        }
    }

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", System.StringComparison.Ordinal)
            .Replace("|", "\\|", System.StringComparison.Ordinal)
            .Replace("\r", " ", System.StringComparison.Ordinal)
            .Replace("\n", " ", System.StringComparison.Ordinal);
}
