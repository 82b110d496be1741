using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Lines;
using Poortwachter.Portfolio;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Endpoints;

/// <summary>Assesses each line and adds it to the worklist, or records why it could not be.</summary>
internal sealed class WorklistCollector(
    PoortwachterEngine engine,
    WorklistBuilder builder,
    TextLanguage language,
    int maxLineBytes,
    ILogger logger
)
{
    public WorklistBuilder Builder => builder;

    public List<WorklistBadLine> Problems { get; } = [];

    /// <summary>Gets the lines that were not blank.</summary>
    public long Lines { get; private set; }

    public void Line(JsonLine line)
    {
        if (line.IsBlank)
        {
            return;
        }

        Lines++;
        if (line.IsOversize)
        {
            Problems.Add(
                new WorklistBadLine(
                    line.Number,
                    null,
                    [
                        new CaseProblem(
                            "$",
                            $"the line is {line.Length:N0} bytes, more than the {maxLineBytes:N0} bytes a case may take (setting Poortwachter:MaxCaseBytes); it was skipped."
                        ),
                    ]
                )
            );
            return;
        }

        var number = line.Number;
        BodyLimits.Contiguous(
            line.Bytes,
            bytes =>
            {
                Contained(number, bytes);
                return true;
            }
        );
    }

    private void Contained(long number, ReadOnlySpan<byte> line)
    {
        string? caseId = null;
        try
        {
            var read = PoortwachterJson.ReadCase(line);
            if (!read.IsValid)
            {
                Problems.Add(new WorklistBadLine(number, CaseIds.Find(line), read.Problems));
                return;
            }

            caseId = read.Case.CaseId;
            Assessment assessment;
            try
            {
                assessment = engine.Assess(read.Case, builder.AsOf);
            }
            catch (InvalidCaseException ex)
            {
                Problems.Add(new WorklistBadLine(number, caseId, ex.Problems));
                return;
            }

            // The texts are read now: a text that fails makes this line bad, and nothing of it is in the worklist.
            builder.Add(assessment, language);
        }
        catch (Exception ex)
        {
            var reference = Failures.NewReference();
            Failures.Line(logger, ex, reference, number);
            Problems.Add(
                new WorklistBadLine(
                    number,
                    caseId ?? FindCaseId(line),
                    [
                        new CaseProblem(
                            "$",
                            $"the line could not be assessed: an unexpected failure in the service (reference {reference}, in the service's log); the other lines are not affected."
                        ),
                    ],
                    reference
                )
            );
        }
    }

    private static string? FindCaseId(ReadOnlySpan<byte> line)
    {
        try
        {
            return CaseIds.Find(line);
        }
        catch (Exception)
        {
            return null;
        }
    }
}
