using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Cli.Batch;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Input;
using Poortwachter.Cli.Rendering;
using Poortwachter.Cli.Text;
using Poortwachter.Json;
using Poortwachter.Rules;
using Poortwachter.Timeline;

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

    /// <summary>Exit code: the input is invalid (a bad case, a missing file, a bad date or format, an output path that cannot be used).</summary>
    public const int InvalidInput = 2;

    /// <summary>Exit code: the command was stopped by a signal (SIGINT or SIGTERM) before it finished; an output file keeps what it had.</summary>
    public const int Interrupted = 130;

    /// <summary>The largest case accepted by default, in bytes: a case document, or one line of JSON Lines (1 MiB).</summary>
    public const int DefaultMaxCaseBytes = 1 << 20;

    /// <summary>The largest value <c>--max-case-bytes</c> accepts (1 GiB).</summary>
    public const int MaxMaxCaseBytes = 1 << 30;

    /// <summary>The fixed assessment date of the demo, so its output is stable.</summary>
    public static readonly LocalDate DemoAsOf = new(2025, 6, 2);

    private static readonly string[] Formats = ["table", "json", "ics", "html"];

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
            // No response files: "assess @upload.json" names a file called @upload.json, it does not read options from it.
            var parse = root.Parse(args ?? [], new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    // The parser's messages quote the arguments whole: each is cut to the command's 80 characters.
                    context.Error.WriteLine($"poortwachter: {SafeText.Echo(error.Message, args ?? [])}");
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
            return Unexpected.Report(context, ex, null, null);
        }
    }

    private static Command BuildCommands(CliContext context)
    {
        // A plain command named as the tool, not RootCommand (which takes the executable's name, Poortwachter.Cli).
        var root = new Command(
            "poortwachter",
            "Poortwachter: the Dutch Wet verbetering poortwachter as a rules engine. Assess a sickness case, list the rules, or see a demo."
        )
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
        };

        var caseArgument = new Argument<string>("CASE.json")
        {
            Description =
                "The case file (the contract's JSON), or a JSON Lines file with one case per line; - reads standard input. The file is read once, and never written.",
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
            Description =
                "Write to this file instead of standard output. It is replaced only when the run succeeds (written beside it, then renamed); it may not be the input.",
            HelpName = "FILE",
        };
        var batch = new Option<bool>("--batch")
        {
            Description =
                "Read the input as JSON Lines (one case per line) and write one JSON assessment per line. Without it, a .jsonl or .ndjson name means JSON Lines, and otherwise the content decides (one JSON value is one case).",
        };
        var maxCaseBytes = new Option<int>("--max-case-bytes")
        {
            Description =
                $"The largest case accepted, in bytes: a case document, or one line of JSON Lines (a longer line is reported and skipped). Default {DefaultMaxCaseBytes:N0} (1 MiB), at most {MaxMaxCaseBytes:N0}.",
            HelpName = "BYTES",
            DefaultValueFactory = _ => DefaultMaxCaseBytes,
        };
        maxCaseBytes.Validators.Add(r =>
        {
            // Checked on the token: a value that is not a whole number is reported by the parser itself.
            if (
                r.Tokens.Count == 1
                && int.TryParse(
                    r.Tokens[0].Value,
                    System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture,
                    out var bytes
                )
                && bytes is < 1024 or > MaxMaxCaseBytes
            )
            {
                r.AddError($"--max-case-bytes must be between 1024 and {MaxMaxCaseBytes} bytes, not {bytes}.");
            }
        });

        var noText = new Option<bool>("--no-text")
        {
            Description =
                "JSON output without the explanations and warning messages (dates, statuses, kinds and sources stay): the fastest output for a nightly portfolio run.",
        };

        var enable = new Option<string[]>("--enable")
        {
            Description =
                "Switch on a rule that is off by default (bureau practice), by code; 'spoor-2-traject' switches on the whole spoor-2 trajectory. Repeat the option for more codes.",
            HelpName = "CODE",
            Recursive = true,
            // One code per --enable: "--enable spoor-2-traject CASE.json" must leave CASE.json to the command.
            AllowMultipleArgumentsPerToken = false,
        };
        root.Options.Add(enable);

        var banYears = new Option<string>("--ban-years")
        {
            Description =
                "How the dismissal ban's two years become counted days (BW 7:670 lid 1 onder a): 'counted-span' (default, 731 days when a 29 February lies in the span the counted days cover, the later last day) or 'from-first-sick-day' (the number fixed by the first sick day alone).",
            HelpName = "READING",
            Recursive = true,
        };
        banYears.AcceptOnlyFromAmong("counted-span", "from-first-sick-day");
        root.Options.Add(banYears);

        var icsDetails = IcsDetailsOption();
        var icsAlarmDays = IcsAlarmDaysOption();
        var assess = new Command("assess", "Assess a case file on a date: what is due, what is late, and why.");
        assess.Arguments.Add(caseArgument);
        assess.Options.Add(asOf);
        assess.Options.Add(format);
        assess.Options.Add(output);
        assess.Options.Add(batch);
        assess.Options.Add(noText);
        assess.Options.Add(maxCaseBytes);
        assess.Options.Add(icsDetails);
        assess.Options.Add(icsAlarmDays);
        assess.SetAction(r =>
            Guard(
                context,
                () =>
                    Enable(context, r.GetValue(enable))
                    ?? BanYears(context, r.GetValue(banYears))
                    ?? Ics(context, r.GetValue(format), r.GetValue(icsDetails), r.GetValue(icsAlarmDays))
                    ?? AssessFile(
                        context,
                        new AssessRequest(
                            r.GetValue(caseArgument)!,
                            ParseDate(r.GetValue(asOf), "--as-of") ?? context.Today(),
                            r.GetValue(format),
                            r.GetValue(output),
                            r.GetValue(batch),
                            r.GetValue(noText),
                            r.GetValue(maxCaseBytes)
                        )
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
            Guard(
                context,
                () =>
                    Enable(context, r.GetValue(enable))
                    ?? BanYears(context, r.GetValue(banYears))
                    ?? ListRules(context, r.GetValue(rulesFormat) ?? "table")
            )
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
            Description = "Write to this file instead of standard output (replaced only when the run succeeds).",
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
                    ?? BanYears(context, r.GetValue(banYears))
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

    /// <summary>Sets the reading of the ban's two years from <c>--ban-years</c> (the parser accepts only the two names).</summary>
    private static int? BanYears(CliContext context, string? reading)
    {
        if (reading is not null)
        {
            context.BanYears = reading == "from-first-sick-day" ? BanYearsReading.FromFirstSickDay : BanYearsReading.CountedSpan;
        }

        return null;
    }

    /// <summary>Switches on the rules named with <c>--enable</c>; an unknown code is an input error.</summary>
    private static int? Enable(CliContext context, string[]? codes)
    {
        if (codes is null)
        {
            return null;
        }

        // The trajectory codes stay accepted, also the final report's, which is on by default since 0.4.
        var known = new List<string> { PoortwachterOptions.Spoor2TrajectGroup };
        known.AddRange(PoortwachterOptions.Spoor2TrajectCodes);
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
                    $"poortwachter: --enable {SafeText.Quote(code)}: not a rule that is off by default.{Suggestions.Hint(code, known)} Use one of {string.Join(", ", known)}."
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
        catch (InvalidCaseException ex) when (ex.Problems.Count > 0 && ex.Problems.All(p => p.Path == "asOf"))
        {
            // The case is fine; the date it is assessed on is not.
            foreach (var p in ex.Problems)
            {
                context.Error.WriteLine($"poortwachter: --as-of: {SafeText.Visible(p.Message, 1000)}");
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
            context.Error.WriteLine($"poortwachter: {SafeText.Visible(ex.Message, 300)}");
            return Failure;
        }
        catch (UnauthorizedAccessException ex)
        {
            context.Error.WriteLine($"poortwachter: {SafeText.Visible(ex.Message, 300)}");
            return Failure;
        }
        catch (OperationCanceledException) when (context.Stop.IsCancellationRequested)
        {
            // A signal while the input was being read (a quiet pipe): an --output file is left as it was.
            context.Error.WriteLine("poortwachter: stopped (interrupted) before anything was assessed; nothing was written.");
            return Interrupted;
        }
        catch (Exception ex) when (Unexpected.Is(ex))
        {
            return Unexpected.Report(context, ex, null, null);
        }
    }

    private static void WriteProblems(TextWriter error, string heading, IReadOnlyList<CaseProblem> problems)
    {
        error.WriteLine($"poortwachter: {heading} ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):");
        foreach (var p in problems)
        {
            error.WriteLine($"  {SafeText.Visible(p.Path, 120)}: {SafeText.Visible(p.Message, 1000)}");
        }
    }

    private static LocalDate? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (PoortwachterJson.TryParseDate(text, out var date, out var error))
        {
            return date;
        }

        // The library's message quotes the value; the command repeats at most 80 characters of it, made visible.
        var message = SafeText.Echo(error, [text]);
        if (SafeText.Repeats(message, text))
        {
            message = $"{SafeText.Quote(text)} is not an ISO-8601 calendar date: write it as yyyy-mm-dd, such as '2025-01-06'.";
        }

        throw new CliInputException($"poortwachter: {option}: {message}");
    }

    /// <summary>What <c>assess</c> was asked to do.</summary>
    private sealed record AssessRequest(
        string Path,
        LocalDate AsOf,
        string? Format,
        string? Output,
        bool Batch,
        bool NoText,
        int MaxCaseBytes
    );

    private static int AssessFile(CliContext context, AssessRequest request)
    {
        using var input = CaseInput.Open(context, request.Path);
        // The output is checked (not the input, not a directory, its directory there) before anything is read.
        using var output = OutputTarget.Open(context, request.Output, input.Identity, input.Name);
        try
        {
            input.Prepare(request.Path, request.Batch, request.MaxCaseBytes);
        }
        catch (OperationCanceledException) when (context.Stop.IsCancellationRequested)
        {
            // A signal while the input was still being read to tell one case from JSON Lines (a quiet pipe, say).
            var kept = output.IsAtomic ? $"{output.Name} was left as it was" : "nothing was written";
            context.Error.WriteLine(
                $"poortwachter: stopped (interrupted) while the input was being read, before anything was assessed; {kept}."
            );
            return Interrupted;
        }

        if (input.InferredNote is { } note)
        {
            context.Error.WriteLine(note);
        }

        if (input.Shape == InputShape.JsonLines)
        {
            if (request.Format is not null and not "json")
            {
                throw new CliInputException(
                    $"poortwachter: {input.Name} holds one case per line (JSON Lines): batch mode writes one JSON assessment per line, so --format {request.Format} does not apply."
                );
            }

            return BatchAssessor.Run(context, input.TakeLines(), output, request.AsOf, !request.NoText, request.MaxCaseBytes);
        }

        var format = request.Format ?? "table";
        if (request.NoText && format != "json")
        {
            throw new CliInputException(
                $"poortwachter: --no-text applies to JSON output (--format json, or batch mode); the {format} format is made of the texts."
            );
        }

        try
        {
            var read = PoortwachterJson.ReadCase(input.Document.Span);
            if (!read.IsValid)
            {
                WriteProblems(context.Error, $"{input.Name}{CaseIdNote(input.Document.Span)} is not a valid case", read.Problems);
                return InvalidInput;
            }

            return Render(context, read.Case, request.AsOf, format, output, withText: !request.NoText);
        }
        catch (Exception ex) when (Unexpected.Is(ex))
        {
            // Reading, checking, assessing or rendering failed in a way nobody foresaw: one line, no stack trace.
            var outcome = output.IsAtomic ? $"{output.Name} was left as it was" : "nothing was written";
            return Unexpected.Report(context, ex, $"{input.Name}{CaseIdNote(input.Document.Span)}", outcome);
        }
    }

    /// <summary>" (case 'ID')" when the document has a case id that can be found; else empty.</summary>
    private static string CaseIdNote(ReadOnlySpan<byte> document)
    {
        try
        {
            return CaseIds.Find(document) is { } caseId ? $" (case {SafeText.Quote(caseId, 60)})" : string.Empty;
        }
        catch (Exception ex) when (Unexpected.Is(ex))
        {
            return string.Empty;
        }
    }

    private static int Demo(CliContext context, LocalDate asOf, string format, string? outputPath)
    {
        using var stream =
            typeof(CliApp).Assembly.GetManifestResourceStream("Poortwachter.Cli.demo.json")
            ?? throw new InvalidOperationException("The demo case is missing from the program.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var @case = PoortwachterJson.ReadCaseOrThrow(memory.ToArray());
        using var output = OutputTarget.Open(context, outputPath, null, "the demo case");
        return Render(context, @case, asOf, format, output, withText: true);
    }

    private static int Render(CliContext context, SicknessCase @case, LocalDate asOf, string format, OutputTarget output, bool withText)
    {
        var engine = context.CreateEngine();
        var assessment = engine.Assess(@case, asOf);
        var titles = RuleTitles.For(engine, @case.FirstSickDay);
        try
        {
            if (format == "json")
            {
                // To bytes, without a string in between; whole before any of it goes out, so a failure writes nothing.
                using var buffer = new MemoryStream();
                using (var json = new System.Text.Json.Utf8JsonWriter(buffer, PoortwachterJson.IndentedWriterOptions))
                {
                    PoortwachterJson.WriteAssessment(json, assessment, withText);
                }

                buffer.WriteByte((byte)'\n');
                buffer.Position = 0;
                buffer.CopyTo(output.OpenStream());
            }
            else
            {
                output.WriteText(
                    (writer, colour) =>
                    {
                        switch (format)
                        {
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
                    }
                );
            }

            output.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var kept = output.IsAtomic ? $"; {output.Name} was left as it was" : string.Empty;
            context.Error.WriteLine($"poortwachter: {output.WhyNotWritten(ex)}{kept}.");
            return Failure;
        }

        return Ok;
    }

    private static int ListRules(CliContext context, string format)
    {
        var engine = context.CreateEngine();
        var active = engine.RulesFor(context.Today());
        var (ruleSet, rules) = (active.RuleSet, active.Rules);
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
