using System;
using System.CommandLine;
using System.IO;
using NodaTime;
using Poortwachter.Cli.Files;
using Poortwachter.Json;

namespace Poortwachter.Cli.Commands;

/// <summary><c>poortwachter demo</c>: a built-in example case (spoor 2 after the first year), assessed on a fixed date.</summary>
internal static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="shared">The shared options.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var asOf = SharedOptions.AsOf($"The assessment date, yyyy-mm-dd. Default: {CliApp.DemoAsOf:uuuu-MM-dd}, so the output is stable.");
        var output = SharedOptions.Output("Write to this file instead of standard output (replaced only when the run succeeds).");
        var demo = new Command("demo", "Assess a built-in example case (spoor 2 after the first year) and show the result.")
        {
            asOf,
            shared.Format,
            output,
            shared.IcsDetails,
            shared.IcsAlarmDays,
        };
        demo.SetAction(r =>
            CommandGuard.Run(
                context,
                () =>
                {
                    shared.Apply(context, r, calendar: true, defaultFormat: "table");
                    return Run(
                        context,
                        SharedOptions.ParseDate(r.GetValue(asOf), "--as-of") ?? CliApp.DemoAsOf,
                        r.GetValue(shared.Format) ?? "table",
                        r.GetValue(output)
                    );
                }
            )
        );
        return demo;
    }

    private static int Run(CliContext context, LocalDate asOf, string format, string? outputPath)
    {
        using var stream =
            typeof(DemoCommand).Assembly.GetManifestResourceStream("Poortwachter.Cli.demo.json")
            ?? throw new InvalidOperationException("The demo case is missing from the program.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var @case = PoortwachterJson.ReadCaseOrThrow(memory.ToArray());
        using var output = OutputTarget.Open(context, outputPath, null, "the demo case");
        return AssessmentOutput.Render(context, @case, asOf, format, output, withText: true);
    }
}
