using System.IO;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// How the table, the page and the JSON show the end of the wachttijd (issue 12 point 7): the ziek-uit-dienst last day
/// is the end of the wachttijd, and an end that waits for a late WIA application is open, never "week 109 of 104".
/// </summary>
public sealed class WachttijdDisplayTests
{
    private static CliResult Assess(string json, string asOf, params string[] more)
    {
        using var dir = new TempDir();
        var path = dir.File("case.json", json);
        return CliRunner.Run([.. new[] { "assess", path, "--as-of", asOf }, .. more]);
    }

    [Fact]
    public void A_ziek_uit_dienst_case_labels_the_last_day_as_the_end_of_the_wachttijd()
    {
        // Employment ends 28 Feb 2026; the wachttijd goes on to day 728 = 3 Jan 2027 (D = 6 Jan 2025 + 727).
        const string Case = """{"caseId":"Z-1","firstSickDay":"2025-01-06","employmentEndsOn":"2026-02-28"}""";

        var table = Assess(Case, "2026-03-03");
        table.ExitCode.Should().Be(0, table.ToString());
        table
            .Stdout.Should()
            .Contain("Last day of the wachttijd")
            .And.Contain("2027-01-03")
            .And.NotContain("Last day of wage continuation");

        var html = Assess(Case, "2026-03-03", "--format", "html");
        html.Stdout.Should().Contain("Last day of the wachttijd");
    }

    [Fact]
    public void A_missing_WIA_application_leaves_the_end_open_in_table_and_json()
    {
        // Due day 651 = 18 Oct 2026; on 1 Feb 2027 still missing: at the earliest made 2 Feb 2027, 107 days late, so
        // the end is 3 Jan 2027 + 107 = 20 Apr 2027 at the earliest. Counted days 757, week 109.
        const string Case = """{"caseId":"W-1","firstSickDay":"2025-01-06"}""";

        var table = Assess(Case, "2027-02-01");
        table.Stdout.Should().Contain("757 (week 109: the 104 weeks are complete and wage continuation has been extended)");
        table.Stdout.Should().Contain("2027-04-20 at the earliest: the end is open until the WIA application is made");
        table.Stdout.Should().NotContain("of 104)");

        var json = Assess(Case, "2027-02-01", "--format", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        var w = doc.RootElement.GetProperty("wachttijd");
        w.GetProperty("lastDayOpen").GetBoolean().Should().BeTrue();
        w.GetProperty("lastDay").GetString().Should().Be("2027-04-20");
        w.GetProperty("week").GetInt32().Should().Be(109);
    }
}
