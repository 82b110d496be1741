using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// <c>--ban-years</c> sets <c>PoortwachterOptions.BanYears</c> (issue 24 point 3, BW 7:670 lid 1 onder a). D = Tue 29 Feb
/// 2028, sick throughout: counted-span (default) counts the 29 February itself, N = 731, last day of the ban 29 Feb 2028 +
/// 730 = Thu 28 Feb 2030; from-first-sick-day takes D + 2 years = 28 Feb 2030 (PlusYears), N = 730: Wed 27 Feb 2030.
/// </summary>
public sealed class BanYearsOptionTests
{
    private static string Ban(params string[] extra)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ban-years-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"caseId\":\"Y1\",\"firstSickDay\":\"2028-02-29\"}");
        try
        {
            var result = CliRunner.Run(["assess", file, "--as-of", "2028-06-01", "--format", "json", .. extra]);
            result.ExitCode.Should().Be(0, result.ToString());
            return JsonDocument
                .Parse(result.Stdout)
                .RootElement.GetProperty("milestones")
                .EnumerateArray()
                .Single(m => m.GetProperty("kind").GetString() == "einde-opzegverbod")
                .GetProperty("on")
                .GetString()!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_option_chooses_how_the_two_years_are_counted()
    {
        Ban().Should().Be("2030-02-28");
        Ban("--ban-years", "counted-span").Should().Be("2030-02-28");
        Ban("--ban-years", "from-first-sick-day").Should().Be("2030-02-27");
    }

    [Fact]
    public void An_unknown_reading_is_an_input_error()
    {
        var result = CliRunner.Run(["assess", "x.json", "--ban-years", "730"]);
        result.ExitCode.Should().NotBe(0);
        result.Stderr.Should().Contain("Argument '730' not recognized").And.Contain("from-first-sick-day");
    }
}
