using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// The command's output against the JSON contract: every assessment it writes, one case or a batch, validates against
/// the published schema, and the contract's newer fields (a shortened wachttijd, the re-integratievisie) show in every
/// format. The reader's and schema's own tests are in Poortwachter.Json.Tests.
/// </summary>
public sealed class ContractOutputTests
{
    public static TheoryData<string, bool, bool> CommandRuns
    {
        get
        {
            var data = new TheoryData<string, bool, bool>();
            foreach (var file in Samples.CaseFiles)
            {
                foreach (var withText in new[] { true, false })
                {
                    foreach (var traject in new[] { false, true })
                    {
                        data.Add(file, withText, traject);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CommandRuns))]
    public void The_assessment_the_command_writes_validates(string file, bool withText, bool traject)
    {
        List<string> args = ["assess", Samples.PathOf(file), "--as-of", "2025-06-02", "--format", "json"];
        if (!withText)
        {
            args.Add("--no-text");
        }

        if (traject)
        {
            args.AddRange(["--enable", "spoor-2-traject"]);
        }

        var result = CliRunner.Run([.. args]);

        result.ExitCode.Should().Be(0, result.ToString());
        Schemas.ShouldBeValid(Schemas.AssessmentSchema.Value, result.Stdout, $"{string.Join(' ', args.Skip(2))} of {file}");
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("obligations")[0].TryGetProperty("explanation", out _).Should().Be(withText);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_line_the_batch_writes_validates(bool withText)
    {
        var result = withText
            ? CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--as-of", "2025-06-02")
            : CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--as-of", "2025-06-02", "--no-text");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().HaveCount(File.ReadAllLines(Samples.PathOf("cases.jsonl")).Count(l => l.Trim().Length > 0));
        for (var i = 0; i < lines.Length; i++)
        {
            Schemas.ShouldBeValid(Schemas.AssessmentSchema.Value, lines[i], $"batch line {i + 1}");
        }
    }

    [Fact]
    public void A_shortened_wachttijd_end_past_78_weeks_is_read_and_then_refused_by_the_engine()
    {
        // Mon 6 Jul 2026 = counted day 547 of a case from 6 Jan 2025: the reader accepts the dates, the command refuses
        // the case with exit 2 and the path.
        using var dir = new TempDir();
        var path = dir.File(
            "late.json",
            "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"vervroegde-iva-aanvraag\",\"on\":\"2026-04-26\"},{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2026-06-15\",\"granted\":true,\"wachttijdEndsOn\":\"2026-07-06\"}]}"
        );
        PoortwachterJson.ReadCase(System.IO.File.ReadAllText(path)).IsValid.Should().BeTrue();

        var result = CliRunner.Run("assess", path, "--as-of", "2026-07-15");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("$.events[1].wachttijdEndsOn: the shortened wachttijd cannot end on 2026-07-06, counted day 547");
    }

    [Fact]
    public void The_sample_case_shows_the_shortened_wachttijd_in_every_format()
    {
        // samples/cases/vervroegde-iva.json: applied Mon 24 Feb 2025, granted Mon 14 Apr 2025 with the end Mon 5 May 2025
        // (P + 70, counted day 120): the IVA from Tue 6 May 2025, wage continuation to Sun 3 Jan 2027.
        var file = Samples.PathOf("vervroegde-iva.json");
        var table = CliRunner.Run("assess", file, "--as-of", "2025-06-02");
        table
            .Stdout.Should()
            .Contain("Shortened wachttijd ends (IVA)  2025-05-05")
            .And.Contain("WIA can start                   2025-05-06");
        table.Stdout.Should().Contain("Einde verkorte wachttijd (vervroegde IVA)");

        using (var json = JsonDocument.Parse(CliRunner.Run("assess", file, "--as-of", "2025-06-02", "--format", "json").Stdout))
        {
            var wachttijd = json.RootElement.GetProperty("wachttijd");
            wachttijd.GetProperty("wiaStart").GetString().Should().Be("2025-05-06");
            wachttijd.GetProperty("lastDay").GetString().Should().Be("2027-01-03");
            var extension = wachttijd.GetProperty("extensions")[0];
            extension.GetProperty("code").GetString().Should().Be("vervroegde-iva");
            extension.GetProperty("days").GetInt32().Should().Be(0);
            extension.GetProperty("wachttijdEndsOn").GetString().Should().Be("2025-05-05");
            json.RootElement.GetProperty("milestones")
                .EnumerateArray()
                .Should()
                .Contain(m =>
                    m.GetProperty("kind").GetString() == "einde-wachttijd-vervroegd" && m.GetProperty("on").GetString() == "2025-05-05"
                );
        }

        CliRunner.Run("assess", file, "--as-of", "2025-06-02", "--format", "ics").Stdout.Should().Contain("DTSTART;VALUE=DATE:20250505");
        CliRunner
            .Run("assess", file, "--as-of", "2025-06-02", "--format", "html")
            .Stdout.Should()
            .Contain("Shortened wachttijd ends (IVA)")
            .And.Contain("einde-wachttijd-vervroegd 2025-05-05");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("html")]
    public void The_command_shows_the_warning(string format)
    {
        using var dir = new TempDir();
        var file = dir.File(
            "visie.json",
            VisieCase(
                "{\"type\":\"probleemanalyse\",\"on\":\"2025-02-16\"},"
                    + "{\"type\":\"plan-van-aanpak\",\"on\":\"2025-03-02\",\"visieWerkgever\":false,\"visieWerknemer\":true}"
            )
        );

        var result = CliRunner.Run("assess", file, "--as-of", "2025-03-10", "--format", format);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain(format == "table" ? "plan-van-aanpak" : WarningCodes.ReIntegratievisieOntbreekt);
        result.Stdout.Should().Contain("The plan van aanpak of 2025-03-02 does not hold the employer");
        result.Stdout.Should().Contain("Stcrt. 2023, 13931");
    }

    private static string VisieCase(string events) => $"{{\"caseId\":\"V-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{events}]}}";
}
