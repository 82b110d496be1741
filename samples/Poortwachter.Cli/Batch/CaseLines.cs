using System;
using System.IO;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Lines;

namespace Poortwachter.Cli.Batch;

/// <summary>
/// Reads the cases of a JSON Lines input one line at a time for <c>changes</c> and <c>worklist</c>: each good case goes to
/// the caller; each bad line (too long, not a valid case, refused by the caller, or failing unexpectedly) is reported on
/// standard error as <c>NAME line N (case 'ID'): PATH: MESSAGE</c> and never costs the other lines.
/// </summary>
internal static class CaseLines
{
    /// <summary>Reads every line.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="name">The input's name in messages, or null for none (<c>line N</c> alone).</param>
    /// <param name="stream">The input; disposed at the end.</param>
    /// <param name="take">Takes a good case and its line number; returns a problem that makes the line bad, or null. It may throw <see cref="InvalidCaseException"/>.</param>
    /// <param name="progress">Where each line done is counted, for the progress on a terminal; null for none.</param>
    /// <returns>The number of bad lines.</returns>
    public static int Read(
        CliContext context,
        string? name,
        Stream stream,
        Func<SicknessCase, long, CaseProblem?> take,
        RunProgress? progress = null
    )
    {
        var bad = 0;
        using (stream)
        {
            var reader = new JsonLinesReader(stream, CliApp.DefaultMaxCaseBytes);
            while (reader.TryRead(out var line))
            {
                if (line.IsBlank)
                {
                    continue;
                }

                var before = bad;

                var where = name is null ? $"line {line.Number}" : $"{name} line {line.Number}";
                if (line.IsOversize)
                {
                    Report(
                        context,
                        where,
                        null,
                        new CaseProblem(
                            "$",
                            $"the line is {line.Length:N0} bytes, more than the {CliApp.DefaultMaxCaseBytes:N0} bytes a case may take; it was skipped."
                        )
                    );
                    bad++;
                    progress?.Add(0, 1);
                    continue;
                }

                var bytes = line.Bytes.IsSingleSegment ? line.Bytes.First.Span : System.Buffers.BuffersExtensions.ToArray(line.Bytes);
                string? caseId = null;
                try
                {
                    var read = PoortwachterJson.ReadCase(bytes);
                    if (!read.IsValid)
                    {
                        caseId = CaseIds.Find(bytes);
                        foreach (var p in read.Problems)
                        {
                            Report(context, where, caseId, p);
                        }

                        bad++;
                        progress?.Add(0, 1);
                        continue;
                    }

                    caseId = read.Case.CaseId;
                    if (take(read.Case, line.Number) is { } refused)
                    {
                        Report(context, where, caseId, refused);
                        bad++;
                    }
                }
                catch (InvalidCaseException ex)
                {
                    foreach (var p in ex.Problems)
                    {
                        Report(context, where, caseId, p);
                    }

                    bad++;
                }
                catch (Exception ex) when (Unexpected.Is(ex))
                {
                    var incident = Unexpected.NewIncident();
                    context.Error.WriteLine($"{Where(where, caseId)}: $: {Unexpected.Describe(incident, ex)}; the line was skipped.");
                    Unexpected.Details(context, incident, ex);
                    bad++;
                }

                progress?.Add(bad == before ? 1 : 0, bad - before);
            }
        }

        return bad;
    }

    private static string Where(string where, string? caseId) => caseId is null ? where : $"{where} (case {SafeText.Quote(caseId, 60)})";

    private static void Report(CliContext context, string where, string? caseId, CaseProblem p) =>
        context.Error.WriteLine($"{Where(where, caseId)}: {SafeText.Visible(p.Path, 120)}: {SafeText.Visible(p.Message, 1000)}");
}
