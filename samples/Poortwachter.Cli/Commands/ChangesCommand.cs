using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Changes;
using Poortwachter.Cli.Batch;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Input;
using Poortwachter.Cli.Rendering;
using Poortwachter.Json;
using Poortwachter.Json.Lines;
using Spectre.Console;

namespace Poortwachter.Cli.Commands;

/// <summary>
/// <c>poortwachter changes PREVIOUS CURRENT --as-of DATE</c>: yesterday's cases against today's (two JSON Lines files, or
/// one file at two dates), matched by case id; one change set per case that changed, new and vanished cases included,
/// as JSON Lines, a table or a printable HTML page. A bad line is reported with its file and line number and never costs the other lines.
/// </summary>
internal static class ChangesCommand
{
    /// <summary>The formats of the change list.</summary>
    private static readonly string[] Formats = ["json", "table", "html"];

    /// <summary>Builds the command.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="shared">The shared options.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var previous = new Argument<string>("PREVIOUS")
        {
            Description = "The earlier cases, JSON Lines (one case per line); - reads standard input.",
        };
        var current = new Argument<string?>("CURRENT")
        {
            Description = "The later cases, JSON Lines. Leave it out to compare PREVIOUS with itself on two dates.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = SharedOptions.AsOf("The date CURRENT is assessed on, yyyy-mm-dd. Default: today in Europe/Amsterdam.");
        var previousAsOf = new Option<string?>("--previous-as-of")
        {
            Description = "The date PREVIOUS is assessed on, yyyy-mm-dd. Default: the day before --as-of (last night's run).",
            HelpName = "DATE",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description =
                "Output format: json (default: JSON Lines, one change set per case that changed), table, or html (one printable page with each change's reasons).",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = SharedOptions.Output(
            "Write to this file instead of standard output. It is replaced only when the run succeeds (written beside it, then renamed)."
        );
        var command = new Command(
            "changes",
            "What changed from one run to the next, and why: each case's obligations, milestones, warnings and end that were added, removed, moved or changed status."
        )
        {
            previous,
            current,
            asOf,
            previousAsOf,
            format,
            output,
        };
        command.SetAction(r =>
            CommandGuard.Run(
                context,
                () =>
                {
                    shared.Apply(context, r, calendar: false);
                    var at = SharedOptions.ParseDate(r.GetValue(asOf), "--as-of") ?? context.Today();
                    return Run(
                        context,
                        new Request(
                            r.GetValue(previous)!,
                            r.GetValue(current),
                            SharedOptions.ParseDate(r.GetValue(previousAsOf), "--previous-as-of") ?? at.PlusDays(-1),
                            at,
                            r.GetValue(format) ?? "json",
                            r.GetValue(output)
                        )
                    );
                }
            )
        );
        return command;
    }

    /// <summary>What <c>changes</c> was asked to do.</summary>
    private sealed record Request(string Previous, string? Current, LocalDate PreviousAsOf, LocalDate AsOf, string Format, string? Output);

    /// <summary>A case read from a file, with the line it was on.</summary>
    private sealed record Entry(SicknessCase Case, long Line);

    private static int Run(CliContext context, Request request)
    {
        if (request.Current is null && request.PreviousAsOf == request.AsOf)
        {
            throw new CliInputException(
                "poortwachter: changes with one file compares it on two dates, but --previous-as-of is --as-of: give another date, or a second file."
            );
        }

        if (request.Current == "-" && request.Previous == "-")
        {
            throw new CliInputException("poortwachter: PREVIOUS and CURRENT cannot both be standard input (-).");
        }

        var engine = context.CreateEngine();
        var tally = new Tally();
        using var progress = RunProgress.Start(context);
        List<(string Id, Entry Entry)> previousOrder;
        Dictionary<string, Entry> previousCases;
        using (var input = CaseInput.Open(context, request.Previous))
        {
            OutputTarget.RefuseInput(context, request.Output, input.Identity, input.Name);
            input.Prepare(request.Previous, batch: true, CliApp.DefaultMaxCaseBytes);
            (previousCases, previousOrder) = ReadAll(context, input.Name, input.TakeLines(), tally, progress);
        }

        var changed = new List<ChangeSet>();
        var pairs = new List<(Entry? Previous, Entry? Current)>();
        if (request.Current is null)
        {
            foreach (var (_, entry) in previousOrder)
            {
                pairs.Add((entry, entry));
            }
        }
        else
        {
            using var input = CaseInput.Open(context, request.Current);
            OutputTarget.RefuseInput(context, request.Output, input.Identity, input.Name);
            input.Prepare(request.Current, batch: true, CliApp.DefaultMaxCaseBytes);
            var (currentCases, currentOrder) = ReadAll(context, input.Name, input.TakeLines(), tally, progress);
            foreach (var (id, entry) in currentOrder)
            {
                pairs.Add((previousCases.TryGetValue(id, out var before) ? before : null, entry));
            }

            foreach (var (id, entry) in previousOrder)
            {
                if (!currentCases.ContainsKey(id))
                {
                    pairs.Add((entry, null));
                }
            }
        }

        foreach (var (before, now) in pairs)
        {
            if (Compare(context, engine, before, now, request, tally) is { IsEmpty: false } set)
            {
                changed.Add(set);
            }
        }

        using var target = OutputTarget.Open(context, request.Output, null, request.Current ?? request.Previous);
        var run = new ChangesRenderer.Run(request.Previous, request.Current, request.PreviousAsOf, request.AsOf, tally.Compared);
        if (request.Format == "table")
        {
            target.WriteText((writer, colour) => ChangesRenderer.Table(writer, colour, changed, run, context.Language));
        }
        else if (request.Format == "html")
        {
            target.WriteText((writer, _) => ChangesRenderer.Html(writer, changed, run, context.Language));
        }
        else
        {
            var stream = target.OpenStream();
            using var lines = new JsonLinesWriter(stream);
            foreach (var set in changed)
            {
                ChangeSetJson.Write(lines.Json, set, context.Language);
                lines.EndLine();
            }

            stream.Flush();
        }

        target.Commit();
        if (tally.Bad > 0)
        {
            context.Error.WriteLine(
                $"poortwachter: {tally.Compared} case(s) compared, {changed.Count} with changes, {tally.Bad} line(s) with problems; the output holds the cases compared only."
            );
            progress.Finish(tally.Compared, tally.Bad);
            return CliApp.InvalidInput;
        }

        progress.Finish(tally.Compared, tally.Bad);
        return CliApp.Ok;
    }

    /// <summary>The change set of one case pair; null when a side could not be assessed (reported).</summary>
    private static ChangeSet? Compare(
        CliContext context,
        PoortwachterEngine engine,
        Entry? before,
        Entry? now,
        Request request,
        Tally tally
    )
    {
        var id = (now ?? before)!.Case.CaseId;
        try
        {
            // A case whose first sick day comes after the previous date was not yet a case then: it is new.
            var previous =
                before is null || before.Case.FirstSickDay > request.PreviousAsOf ? null : engine.Assess(before.Case, request.PreviousAsOf);
            var current = now is null ? null : engine.Assess(now.Case, request.AsOf);
            tally.Compared++;
            return AssessmentChanges.Between(previous, current, previous is null ? null : before!.Case, now?.Case);
        }
        catch (InvalidCaseException ex)
        {
            // Valid when read, invalid on a date (an assessment date before the first sick day, say).
            foreach (var p in ex.Problems)
            {
                context.Error.WriteLine(
                    $"case {SafeText.Quote(id, 60)}: {SafeText.Visible(p.Path, 120)}: {SafeText.Visible(p.Message, 1000)}; the case was skipped."
                );
            }

            tally.Bad++;
            return null;
        }
        catch (Exception ex) when (Unexpected.Is(ex))
        {
            var incident = Unexpected.NewIncident();
            context.Error.WriteLine($"case {SafeText.Quote(id, 60)}: $: {Unexpected.Describe(incident, ex)}; the case was skipped.");
            Unexpected.Details(context, incident, ex);
            tally.Bad++;
            return null;
        }
    }

    /// <summary>Reads every line of a JSON Lines file: the good cases by id, in file order; each bad line reported.</summary>
    private static (Dictionary<string, Entry> ById, List<(string Id, Entry Entry)> InOrder) ReadAll(
        CliContext context,
        string name,
        Stream stream,
        Tally tally,
        RunProgress progress
    )
    {
        var byId = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var inOrder = new List<(string, Entry)>();
        tally.Bad += CaseLines.Read(
            context,
            name,
            stream,
            (c, line) =>
            {
                if (byId.TryGetValue(c.CaseId, out var first))
                {
                    return new CaseProblem(
                        "$.caseId",
                        $"the case id is also on line {first.Line}: a case is matched by its id, so the later line was skipped."
                    );
                }

                var entry = new Entry(c, line);
                byId.Add(c.CaseId, entry);
                inOrder.Add((c.CaseId, entry));
                return null;
            },
            progress
        );
        return (byId, inOrder);
    }

    /// <summary>The running counts of a run.</summary>
    private sealed class Tally
    {
        public int Compared { get; set; }

        public int Bad { get; set; }
    }
}
