using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// The sample case samples/cases/spoor-2.json follows the seed texts' track 2 through the contract: the bedrijfsarts'
/// conclusion, the labour-expert assessment, the conclusion on the own organisation, the first-year evaluation, the
/// start of spoor 2, the trajectory plan (9 months), five progress reports, a placement in week 84, the final report in
/// week 90 and the RIV. Day 1 = 4 Mar 2024 (a leap year, after 29 Feb), sick throughout: d365 = 3 Mar 2025 and, for
/// n >= 366, dN = 4 Mar 2025 + (n - 366).
/// </summary>
public sealed class Spoor2SampleTests
{
    private static JsonElement Assess(params string[] extra)
    {
        var args = new List<string> { "assess", Samples.PathOf("spoor-2.json"), "--as-of", "2026-01-15", "--format", "json" };
        args.AddRange(extra);
        var result = CliRunner.Run(args.ToArray());
        result.ExitCode.Should().Be(0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static (string DueBy, string Status, string? FulfilledOn)[] Obligations(JsonElement a, string kind) =>
        a.GetProperty("obligations")
            .EnumerateArray()
            .Where(o => o.GetProperty("kind").GetString() == kind)
            .Select(o =>
                (
                    o.GetProperty("dueBy").GetString()!,
                    o.GetProperty("status").GetString()!,
                    o.TryGetProperty("fulfilledOn", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null
                )
            )
            .ToArray();

    private static string Milestone(JsonElement a, string kind) =>
        a.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == kind).GetProperty("on").GetString()!;

    [Fact]
    public void Every_step_of_track_2_is_on_the_timeline_with_the_trajectory_switched_on()
    {
        var a = Assess("--enable", "spoor-2-traject");

        // The bedrijfsarts sees no return to the own job on 9 Dec 2024 = d281: the assessment is due d323 = 20 Jan 2025.
        Obligations(a, "arbeidsdeskundig-onderzoek").Should().Equal(("2025-01-20", "fulfilled", "2025-01-20"));
        // No return within the organisation 27 Jan 2025 = d330: C + 42 = d372 = 10 Mar 2025 (E + 42 = d393 is later).
        Obligations(a, "spoor-2").Should().Equal(("2025-03-10", "fulfilled", "2025-03-03"));
        // The plan within 28 counted days of the start (d365): d393 = 31 Mar 2025.
        Obligations(a, "spoor-2-trajectplan").Should().Equal(("2025-03-31", "fulfilled", "2025-03-24"));
        // Reports every 42 counted days: d407 = 14 Apr, then 42 after each report held (d404, d446, d488, d530, d572);
        // the sixth (d614) would fall after the placement on 6 Oct 2025 = d582.
        Obligations(a, "spoor-2-voortgangsrapportage")
            .Should()
            .Equal(
                ("2025-04-14", "fulfilled", "2025-04-11"),
                ("2025-05-23", "fulfilled", "2025-05-23"),
                ("2025-07-04", "fulfilled", "2025-07-04"),
                ("2025-08-15", "fulfilled", "2025-08-15"),
                ("2025-09-26", "fulfilled", "2025-09-26")
            );
        // Week 90 ends on d630 = 23 Nov 2025; the RIV is due d637 = 30 Nov 2025.
        Obligations(a, "spoor-2-eindrapportage").Should().Equal(("2025-11-23", "fulfilled", "2025-11-20"));
        Obligations(a, "re-integratieverslag").Should().Equal(("2025-11-30", "fulfilled", "2025-11-27"));
        Milestone(a, "spoor-2-start").Should().Be("2025-03-03");
        Milestone(a, "spoor-2-begeleiding").Should().Be("2025-03-24");
        Milestone(a, "spoor-2-traject-einde").Should().Be("2025-12-03"); // 3 Mar 2025 + 9 months
        Milestone(a, "spoor-2-plaatsing").Should().Be("2025-10-06");
        Milestone(a, "spoor-2-nazorg-einde").Should().Be("2026-01-05"); // d582 + 91 = d673
        a.GetProperty("warnings")
            .EnumerateArray()
            .Select(w => w.GetProperty("kind").GetString())
            .Should()
            .NotContain(["overdue", "fulfilled-late"]);
    }

    [Fact]
    public void Without_enable_the_same_case_shows_the_statutory_and_policy_steps_only()
    {
        var a = Assess();

        Obligations(a, "spoor-2").Should().Equal(("2025-03-10", "fulfilled", "2025-03-03"));
        // Since 0.4 the week-90 final report is on by default once spoor 2 has started; the rest of the trajectory is not.
        a.GetProperty("obligations")
            .EnumerateArray()
            .Select(o => o.GetProperty("kind").GetString())
            .Should()
            .NotContain(k => k!.StartsWith("spoor-2-") && k != "spoor-2-eindrapportage");
        a.GetProperty("milestones")
            .EnumerateArray()
            .Select(m => m.GetProperty("kind").GetString())
            .Should()
            .NotContain(k => k!.StartsWith("spoor-2-"));
    }
}
