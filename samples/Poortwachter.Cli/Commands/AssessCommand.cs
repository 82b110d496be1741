using System;
using System.CommandLine;
using System.Globalization;
using NodaTime;
using Poortwachter.Cli.Batch;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Input;
using Poortwachter.Json;

namespace Poortwachter.Cli.Commands;

/// <summary>
/// <c>poortwachter assess CASE.json</c>: one case in any format, or JSON Lines in batch mode (one JSON assessment per
/// line), on a date.
/// </summary>
internal static class AssessCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="shared">The shared options.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var path = new Argument<string>("CASE.json")
        {
            Description =
                "The case file (the contract's JSON), or a JSON Lines file with one case per line; - reads standard input. The file is read once, and never written.",
        };
        var asOf = SharedOptions.AsOf("The assessment date, yyyy-mm-dd. Default: today in Europe/Amsterdam.");
        var output = SharedOptions.Output(
            "Write to this file instead of standard output. It is replaced only when the run succeeds (written beside it, then renamed); it may not be the input."
        );
        var batch = new Option<bool>("--batch")
        {
            Description =
                "Read the input as JSON Lines (one case per line) and write one JSON assessment per line. Without it, a .jsonl or .ndjson name means JSON Lines, and otherwise the content decides (one JSON value is one case).",
        };
        var noText = new Option<bool>("--no-text")
        {
            Description =
                "JSON output without the explanations and warning messages (dates, statuses, kinds and sources stay): the fastest output for a nightly portfolio run.",
        };
        var maxCaseBytes = MaxCaseBytesOption();
        var assess = new Command("assess", "Assess a case file on a date: what is due, what is late, and why.")
        {
            path,
            asOf,
            shared.Format,
            output,
            batch,
            noText,
            maxCaseBytes,
            shared.IcsDetails,
            shared.IcsAlarmDays,
            shared.IcsPrevious,
        };
        assess.SetAction(r =>
            CommandGuard.Run(
                context,
                () =>
                {
                    shared.Apply(context, r, calendar: true);
                    return Run(
                        context,
                        new Request(
                            r.GetValue(path)!,
                            SharedOptions.ParseDate(r.GetValue(asOf), "--as-of") ?? context.Today(),
                            r.GetValue(shared.Format),
                            r.GetValue(output),
                            r.GetValue(batch),
                            r.GetValue(noText),
                            r.GetValue(maxCaseBytes)
                        )
                    );
                }
            )
        );
        return assess;
    }

    private static Option<int> MaxCaseBytesOption()
    {
        var maxCaseBytes = new Option<int>("--max-case-bytes")
        {
            Description =
                $"The largest case accepted, in bytes: a case document, or one line of JSON Lines (a longer line is reported and skipped). Default {CliApp.DefaultMaxCaseBytes:N0} (1 MiB), at most {CliApp.MaxMaxCaseBytes:N0}.",
            HelpName = "BYTES",
            DefaultValueFactory = _ => CliApp.DefaultMaxCaseBytes,
        };
        maxCaseBytes.Validators.Add(r =>
        {
            // Checked on the token: a value that is not a whole number is reported by the parser itself.
            if (
                r.Tokens.Count == 1
                && int.TryParse(r.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
                && bytes is < 1024 or > CliApp.MaxMaxCaseBytes
            )
            {
                r.AddError($"--max-case-bytes must be between 1024 and {CliApp.MaxMaxCaseBytes} bytes, not {bytes}.");
            }
        });
        return maxCaseBytes;
    }

    /// <summary>What <c>assess</c> was asked to do.</summary>
    private sealed record Request(string Path, LocalDate AsOf, string? Format, string? Output, bool Batch, bool NoText, int MaxCaseBytes);

    private static int Run(CliContext context, Request request)
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
            return CliApp.Interrupted;
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
                CommandGuard.WriteProblems(
                    context.Error,
                    $"{input.Name}{CaseIdNote(input.Document.Span)} is not a valid case",
                    read.Problems
                );
                return CliApp.InvalidInput;
            }

            return AssessmentOutput.Render(context, read.Case, request.AsOf, format, output, withText: !request.NoText);
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
}
