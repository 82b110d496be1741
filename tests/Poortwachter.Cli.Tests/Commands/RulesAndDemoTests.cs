using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>`poortwachter rules` and `poortwachter demo`.</summary>
public sealed class RulesAndDemoTests
{
    // The command lists the rules in force for a case that starts today: not those whose period in force has ended (such
    // as re-integratievisie-overgang, for first sick days before 1 July 2023, or the 13 weeks past the AOW age, for first
    // sick days up to 30 June 2023).
    private static readonly string[] Codes = RuleSets
        .Wvp2013.Rules.Where(r => r.Descriptor.EnabledByDefault && r.Descriptor.InForceUntil is null)
        .Select(r => r.Descriptor.Code)
        .ToArray();

    private static readonly string[] AllCodes = RuleSets
        .Wvp2013.Rules.Where(r => r.Descriptor.InForceUntil is null)
        .Select(r => r.Descriptor.Code)
        .ToArray();

    [Fact]
    public void Rules_with_enable_lists_the_spoor_2_trajectory_too()
    {
        var result = CliRunner.Run("rules", "--format", "markdown", "--enable", "spoor-2-traject");

        result.ExitCode.Should().Be(0, result.ToString());
        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("| `", System.StringComparison.Ordinal)).ToArray();
        rows.Should().HaveCount(AllCodes.Length);
        rows.Should().Contain(r => r.StartsWith("| `spoor-2-voortgangsrapportage` |", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Enable_with_an_unknown_code_is_an_input_error_that_names_the_choices()
    {
        var result = CliRunner.Run("rules", "--enable", "probleemanalyse");

        result.ExitCode.Should().Be(2, result.ToString());
        result
            .Stderr.Should()
            .Contain("--enable 'probleemanalyse': not a rule that is off by default. Use one of spoor-2-traject, spoor-2-trajectplan");
    }

    [Fact]
    public void Rules_lists_every_shipped_rule_code()
    {
        var result = CliRunner.Run("rules");

        result.ExitCode.Should().Be(0, result.ToString());
        Codes.Should().NotBeEmpty();
        foreach (var code in Codes)
        {
            result.Stdout.Should().Contain(code);
        }
    }

    [Fact]
    public void Rules_leaves_out_a_rule_whose_period_in_force_has_ended()
    {
        var result = CliRunner.Run("rules", "--format", "markdown");

        result.Stdout.Should().Contain("| `re-integratievisie` |").And.NotContain("re-integratievisie-overgang");
    }

    [Fact]
    public void Rules_as_markdown_has_one_row_per_rule()
    {
        var result = CliRunner.Run("rules", "--format", "markdown");

        result.ExitCode.Should().Be(0, result.ToString());
        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("| `", System.StringComparison.Ordinal)).ToArray();
        rows.Should().HaveCount(Codes.Length);
        foreach (var code in Codes)
        {
            rows.Should().Contain(r => r.StartsWith($"| `{code}` |", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Demo_shows_a_stable_table()
    {
        var first = CliRunner.Run("demo");
        var second = CliRunner.Run("demo");

        first.ExitCode.Should().Be(0, first.ToString());
        first.Stdout.Should().Contain("C-1005").And.Contain("as of 2025-06-02").And.Contain("Obligations").And.Contain("Warnings");
        second.Stdout.Should().Be(first.Stdout);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ics")]
    [InlineData("html")]
    public void Demo_speaks_every_format(string format)
    {
        var result = CliRunner.Run("demo", "--format", format, "--as-of", "2025-09-01");

        result.ExitCode.Should().Be(0, result.ToString());
        if (format == "json")
        {
            JsonDocument.Parse(result.Stdout).RootElement.GetProperty("asOf").GetString().Should().Be("2025-09-01");
        }
        else
        {
            result.Stdout.Should().Contain("C-1005");
        }
    }
}
