using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Readme;

/// <summary>Issue 26: the coverage floor the README states is the one CI enforces (it said 92%/82% while CI failed below 98%/95%).</summary>
public sealed partial class ReadmeFiguresTests
{
    [Fact]
    public void Every_coverage_floor_the_readme_states_is_the_one_ci_enforces()
    {
        var ci = File.ReadAllText(Path.Combine(Snippets.Root, ".ci", "run"));
        var readme = File.ReadAllText(Path.Combine(Snippets.Root, "README.md"));
        var line = Floor().Match(ci) is { Success: true } l ? l.Groups["n"].Value : null;
        var branch = BranchFloor().Match(ci) is { Success: true } b ? b.Groups["n"].Value : null;

        line.Should().NotBeNull();
        branch.Should().NotBeNull();
        var stated = Stated().Matches(readme).Select(m => (m.Groups["line"].Value, m.Groups["branch"].Value)).ToList();
        stated.Should().NotBeEmpty("the README states the coverage floor");
        stated.Should().AllBeEquivalentTo((line!, branch!), "every floor the README states is .ci/run's");
    }

    [GeneratedRegex(@"COVERAGE_LINE_MIN:-(?<n>\d+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Floor();

    [GeneratedRegex(@"COVERAGE_BRANCH_MIN:-(?<n>\d+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BranchFloor();

    [GeneratedRegex(@"below (?<line>\d+)% lines or (?<branch>\d+)% branches", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Stated();
}
