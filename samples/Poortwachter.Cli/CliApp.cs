using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Reflection;
using System.Text;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Cli.Batch;
using Poortwachter.Cli.Rendering;
using Poortwachter.Json;
using Poortwachter.Rules;

namespace Poortwachter.Cli;

/// <summary>
/// The <c>poortwachter</c> command: <c>assess</c>, <c>rules</c> and <c>demo</c>. It runs in-process, so tests can
/// call <see cref="Run(string[], TextWriter, TextWriter)"/> with their own writers.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code: the case was assessed (or the command did its job).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: anything else went wrong.</summary>
    public const int Failure = 1;

    /// <summary>Exit code: the input is invalid (a bad case, a missing file, a bad date or format).</summary>
    public const int InvalidInput = 2;

    /// <summary>The fixed assessment date of the demo, so its output is stable.</summary>
    public static readonly LocalDate DemoAsOf = new(2025, 6, 2);

    private static readonly string[] Formats = ["table", "json", "ics", "html"];
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the command with the given writers (no colour; today in Europe/Amsterdam as the default date).</summary>
    /// <param name="args">The command-line arguments, such as <c>assess case.json --format json</c>.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0 assessed, 2 invalid input, 1 anything else.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliContext(stdout, stderr));

    internal static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = BuildCommands(context);
            var parse = root.Parse(args ?? []);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    context.Error.WriteLine($"poortwachter: {OneLine(error.Message).Replace("\t", " ", StringComparison.Ordinal)}");
                }

                context.Error.WriteLine("Run 'poortwachter --help' for usage.");
                return InvalidInput;
            }

            var invocation = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            var code = parse.Invoke(invocation);
            context.Output.Flush();
            return code;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Error.WriteLine($"poortwachter: unexpected error: {OneLine(ex.Message)}");
            return Failure;
        }
    }

    private static string OneLine(string text) =>
        text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static RootCommand BuildCommands(CliContext context)
    {
        var root = new RootCommand(
            "Poortwachter: the Dutch Wet verbetering poortwachter as a rules engine. Assess a sickness case, list the rules, or see a demo."
        );

        var caseArgument = new Argument<string>("CASE.json")
        {
            Description = "The case file (the contract's JSON), or a JSON Lines file with one case per line.",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The assessment date, yyyy-mm-dd. Default: today in Europe/Amsterdam.",
            HelpName = "DATE",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (default), json, ics or html.",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "FILE",
        };
        var batch = new Option<bool>("--batch")
        {
            Description =
                "Treat the file as JSON Lines (one case per line) and write one JSON assessment per line. Detected automatically.",
        };

        var noText = new Option<bool>("--no-text")
        {
            Description =
                "JSON output without the explanations and warning messages (dates, statuses, kinds and sources stay): the fastest output for a nightly portfolio run.",
        };

        var enable = new Option<string[]>("--enable")
        {
            Description =
                "Switch on a rule that is off by default (bureau practice), by code; 'spoor-2-traject' switches on the whole spoor-2 trajectory. Repeatable.",
            HelpName = "CODE",
            Recursive = true,
            AllowMultipleArgumentsPerToken = true,
        };
        root.Options.Add(enable);

        var icsDetails = IcsDetailsOption();
        var icsAlarmDays = IcsAlarmDaysOption();
        var assess = new Command("assess", "Assess a case file on a date: what is due, what is late, and why.");
        assess.Arguments.Add(caseArgument);
        assess.Options.Add(asOf);
        assess.Options.Add(format);
        assess.Options.Add(output);
        assess.Options.Add(batch);
        assess.Options.Add(noText);
        assess.Options.Add(icsDetails);
        assess.Options.Add(icsAlarmDays);
        assess.SetAction(r =>
            Guard(
                context,
                () =>
                    Enable(context, r.GetValue(enable))
                    ?? Ics(context, r.GetValue(format), r.GetValue(icsDetails), r.GetValue(icsAlarmDays))
                    ?? AssessFile(
                        context,
                        r.GetValue(caseArgument)!,
                        ParseDate(r.GetValue(asOf), "--as-of") ?? context.Today(),
                        r.GetValue(format),
                        r.GetValue(output),
                        r.GetValue(batch),
                        r.GetValue(noText)
                    )
            )
        );
        root.Subcommands.Add(assess);

        var rulesFormat = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (default) or markdown.",
            HelpName = "FORMAT",
        };
        rulesFormat.AcceptOnlyFromAmong("table", "markdown");
        var rules = new Command("rules", "List the rules the engine applies, with their due rule and legal source.");
        rules.Options.Add(rulesFormat);
        rules.SetAction(r =>
            Guard(context, () => Enable(context, r.GetValue(enable)) ?? ListRules(context, r.GetValue(rulesFormat) ?? "table"))
        );
        root.Subcommands.Add(rules);

        var demoAsOf = new Option<string?>("--as-of")
        {
            Description = $"The assessment date, yyyy-mm-dd. Default: {DemoAsOf:uuuu-MM-dd}, so the output is stable.",
            HelpName = "DATE",
        };
        var demoFormat = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (default), json, ics or html.",
            HelpName = "FORMAT",
        };
        demoFormat.AcceptOnlyFromAmong(Formats);
        var demoOutput = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "FILE",
        };
        var demoIcsDetails = IcsDetailsOption();
        var demoIcsAlarmDays = IcsAlarmDaysOption();
        var demo = new Command("demo", "Assess a built-in example case (spoor 2 after the first year) and show the result.");
        demo.Options.Add(demoAsOf);
        demo.Options.Add(demoFormat);
        demo.Options.Add(demoOutput);
        demo.Options.Add(demoIcsDetails);
        demo.Options.Add(demoIcsAlarmDays);
        demo.SetAction(r =>
            Guard(
                context,
                () =>
                    Enable(context, r.GetValue(enable))
                    ?? Ics(context, r.GetValue(demoFormat) ?? "table", r.GetValue(demoIcsDetails), r.GetValue(demoIcsAlarmDays))
                    ?? Demo(
                        context,
                        ParseDate(r.GetValue(demoAsOf), "--as-of") ?? DemoAsOf,
                        r.GetValue(demoFormat) ?? "table",
                        r.GetValue(demoOutput)
                    )
            )
        );
        root.Subcommands.Add(demo);

        return root;
    }

    /// <summary>Switches on the rules named with <c>--enable</c>; an unknown code is an input error.</summary>
    private static int? Enable(CliContext context, string[]? codes)
    {
        if (codes is null)
        {
            return null;
        }

        var known = new List<string> { PoortwachterOptions.Spoor2TrajectGroup };
        foreach (var set in RuleSets.All)
        {
            foreach (var rule in set.Rules)
            {
                if (!rule.Descriptor.EnabledByDefault && !known.Contains(rule.Descriptor.Code))
                {
                    known.Add(rule.Descriptor.Code);
                }
            }
        }

        foreach (var code in codes)
        {
            if (!known.Contains(code))
            {
                throw new CliInputException(
                    $"poortwachter: --enable {code}: not a rule that is off by default; use one of {string.Join(", ", known)}."
                );
            }

            context.EnabledRules.Add(code);
        }

        return null;
    }

    private static Option<bool> IcsDetailsOption() =>
        new("--ics-details")
        {
            Description =
                "Calendar file (--format ics): put the full texts in the events (each date's derivation, which can quote a deviation's reason). Default: only what is due, by when, the legal basis and the case id.",
        };

    private static Option<string?> IcsAlarmDaysOption() =>
        new("--ics-alarm-days")
        {
            Description =
                $"Calendar file (--format ics): a reminder N days before each deadline, 0 to {IcsOptions.MaxAlarmDays}; 0 for none. Default: {IcsOptions.DefaultAlarmDays}.",
            HelpName = "N",
        };

    /// <summary>Takes the calendar options (<c>--ics-details</c>, <c>--ics-alarm-days</c>); a bad value is an input error.</summary>
    private static int? Ics(CliContext context, string? format, bool details, string? alarmDays)
    {
        context.Ics = IcsOptions.From(format, details, alarmDays);
        return null;
    }

    private static int Guard(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliInputException ex)
        {
            foreach (var line in ex.Lines)
            {
                context.Error.WriteLine(line);
            }

            return InvalidInput;
        }
        catch (InvalidCaseException ex)
        {
            WriteProblems(context.Error, "the case is invalid", ex.Problems);
            return InvalidInput;
        }
        catch (IOException ex)
        {
            context.Error.WriteLine($"poortwachter: {OneLine(ex.Message)}");
            return Failure;
        }
        catch (UnauthorizedAccessException ex)
        {
            context.Error.WriteLine($"poortwachter: {OneLine(ex.Message)}");
            return Failure;
        }
    }

    private static void WriteProblems(TextWriter error, string heading, IReadOnlyList<CaseProblem> problems)
    {
        error.WriteLine($"poortwachter: {heading} ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):");
        foreach (var p in problems)
        {
            error.WriteLine($"  {p.Path}: {p.Message}");
        }
    }

    private static LocalDate? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return PoortwachterJson.TryParseDate(text, out var date, out var error)
            ? date
            : throw new CliInputException($"poortwachter: {option}: {error}");
    }

    private static int AssessFile(CliContext context, string path, LocalDate asOf, string? format, string? output, bool batch, bool noText)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"poortwachter: {path}: no such file.");
        }

        if (batch || BatchAssessor.LooksLikeJsonLines(path))
        {
            if (format is not null and not "json")
            {
                throw new CliInputException(
                    $"poortwachter: {path} holds one case per line (JSON Lines): batch mode writes one JSON assessment per line, so --format {format} does not apply."
                );
            }

            return BatchAssessor.Run(context, path, asOf, output, withText: !noText);
        }

        if (noText && format is not "json")
        {
            throw new CliInputException(
                $"poortwachter: --no-text applies to JSON output (--format json, or batch mode); the {format ?? "table"} format is made of the texts."
            );
        }

        var read = PoortwachterJson.ReadCase(File.ReadAllBytes(path));
        if (!read.IsValid)
        {
            WriteProblems(context.Error, $"{path} is not a valid case", read.Problems);
            return InvalidInput;
        }

        return Render(context, read.Case, asOf, format ?? "table", output, withText: !noText);
    }

    private static string WithoutText(Assessments.Assessment assessment)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, PoortwachterJson.IndentedWriterOptions))
        {
            PoortwachterJson.WriteAssessment(json, assessment, withText: false);
        }

        return Utf8NoBom.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static int Demo(CliContext context, LocalDate asOf, string format, string? output)
    {
        using var stream =
            typeof(CliApp).Assembly.GetManifestResourceStream("Poortwachter.Cli.demo.json")
            ?? throw new InvalidOperationException("The demo case is missing from the program.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var @case = PoortwachterJson.ReadCaseOrThrow(memory.ToArray());
        return Render(context, @case, asOf, format, output, withText: true);
    }

    private static int Render(CliContext context, SicknessCase @case, LocalDate asOf, string format, string? output, bool withText)
    {
        var engine = context.CreateEngine();
        var assessment = engine.Assess(@case, asOf);
        var titles = RuleTitles.For(engine, @case.FirstSickDay);
        if (output is null)
        {
            Write(context.Output, context.Colour);
        }
        else
        {
            using var writer = new StreamWriter(output, append: false, Utf8NoBom);
            Write(writer, colour: false);
        }

        return Ok;

        void Write(TextWriter writer, bool colour)
        {
            switch (format)
            {
                case "json":
                    writer.Write(withText ? PoortwachterJson.WriteAssessment(assessment, indented: true) : WithoutText(assessment));
                    writer.Write('\n');
                    break;
                case "ics":
                    IcsRenderer.Render(writer, assessment, titles, context.Ics, context.Now());
                    break;
                case "html":
                    HtmlRenderer.Render(writer, assessment, @case, titles);
                    break;
                default:
                    TableRenderer.Render(writer, colour, assessment, titles, engine.Options.DueSoonDays);
                    break;
            }

            writer.Flush();
        }
    }

    private static int ListRules(CliContext context, string format)
    {
        var engine = context.CreateEngine();
        var (ruleSet, rules) = engine.RulesFor(context.Today());
        if (format == "markdown")
        {
            RuleCatalogueRenderer.Markdown(context.Output, ruleSet, rules);
        }
        else
        {
            RuleCatalogueRenderer.Table(context.Output, context.Colour, ruleSet, rules);
        }

        return Ok;
    }

    internal static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
