using System;
using System.IO;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Cli.Files;
using Poortwachter.Cli.Rendering;
using Poortwachter.Json;

namespace Poortwachter.Cli.Commands;

/// <summary>Assesses one case and writes it in a format (table, JSON, iCalendar, HTML): what <c>assess</c> and <c>demo</c> share.</summary>
internal static class AssessmentOutput
{
    /// <summary>Assesses the case and writes it whole to the output, which is committed only when all of it was written.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <param name="format">The format: table, json, ics or html.</param>
    /// <param name="output">The output.</param>
    /// <param name="withText">Whether JSON carries the explanations and messages.</param>
    /// <returns>The exit code.</returns>
    public static int Render(CliContext context, SicknessCase @case, LocalDate asOf, string format, OutputTarget output, bool withText)
    {
        var engine = context.CreateEngine();
        var assessment = engine.Assess(@case, asOf);
        var titles = RuleTitles.For(engine, @case.FirstSickDay, context.Language);
        try
        {
            if (format == "json")
            {
                // To bytes, without a string in between; whole before any of it goes out, so a failure writes nothing.
                using var buffer = new MemoryStream();
                using (var json = new System.Text.Json.Utf8JsonWriter(buffer, PoortwachterJson.IndentedWriterOptions))
                {
                    PoortwachterJson.WriteAssessment(json, assessment, withText, context.Language);
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
            return CliApp.Failure;
        }

        return CliApp.Ok;
    }
}
