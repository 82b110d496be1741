using System.CommandLine;
using Poortwachter.Cli.Rendering;

namespace Poortwachter.Cli.Commands;

/// <summary><c>poortwachter rules</c>: the rules the engine applies today, with their due rule and legal source.</summary>
internal static class RulesCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="shared">The shared options.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (default) or markdown.",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("table", "markdown");
        var rules = new Command("rules", "List the rules the engine applies, with their due rule and legal source.");
        rules.Options.Add(format);
        rules.SetAction(r =>
            CommandGuard.Run(
                context,
                () =>
                {
                    shared.Apply(context, r, calendar: false);
                    return List(context, r.GetValue(format) ?? "table");
                }
            )
        );
        return rules;
    }

    private static int List(CliContext context, string format)
    {
        var engine = context.CreateEngine();
        var active = engine.RulesFor(context.Today());
        if (format == "markdown")
        {
            RuleCatalogueRenderer.Markdown(context.Output, active.RuleSet, active.Rules, context.Language);
        }
        else
        {
            RuleCatalogueRenderer.Table(context.Output, context.Colour, active.RuleSet, active.Rules, context.Language);
        }

        return CliApp.Ok;
    }
}
