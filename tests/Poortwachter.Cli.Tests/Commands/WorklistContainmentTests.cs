using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// The worklist keeps a failing text to its own line: C-HALF's host obligation (due on its first sick day + 10 days, not
/// done, so overdue) has a derivation that throws when read, and the worklist reads each item's text when it takes the
/// case, so the line is reported and nothing of it is listed or counted.
/// </summary>
public sealed partial class ContainmentTests
{
    [Fact]
    public void A_case_whose_text_fails_is_a_bad_line_of_the_worklist_and_the_others_are_listed()
    {
        var lines = Boom("C-HALF-1") + "\n" + """{"caseId":"S-1","firstSickDay":"2025-02-10"}""" + "\n";
        using var dir = new TempDir();
        var edges = new CliEdges { ConfigureEngine = WithFailingRule };

        var result = CliRunner.RunWith(edges, "worklist", dir.File("cases.jsonl", lines), "--as-of", "2025-03-02", "--format", "csv");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("line 1 (case 'C-HALF-1'): $: unexpected error (incident ");
        result.Stderr.Should().Contain("1 case(s) in the worklist, 1 line(s) with problems");
        result.Stdout.Should().NotContain("C-HALF-1");
    }
}
