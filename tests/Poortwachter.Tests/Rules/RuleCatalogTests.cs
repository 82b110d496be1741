using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Rules;

public sealed class RuleCatalogTests
{
    [Fact]
    public void The_readme_catalogue_is_generated_from_the_rules()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string start = "<!-- catalogue:start -->\n";
        const string end = "<!-- catalogue:end -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var section = readme[from..readme.IndexOf(end, StringComparison.Ordinal)];

        section
            .Should()
            .Be(
                RuleCatalog.ToMarkdown(RuleSets.Wvp2013.Rules),
                "regenerate the README table with RuleCatalog.ToMarkdown when a rule changes"
            );
    }

    [Fact]
    public void Every_obligation_code_has_a_rule_with_a_source_and_a_stake()
    {
        var rules = RuleSets.Wvp2013.Rules.Select(r => r.Descriptor).ToDictionary(d => d.Code, StringComparer.Ordinal);

        foreach (var code in RuleSets.Wvp2013.ObligationCodes)
        {
            rules.Should().ContainKey(code);
            rules[code].LegalBasis.Citation.Should().NotBeNullOrWhiteSpace();
            rules[code].Stake.Should().NotBeNullOrWhiteSpace();
        }

        rules.Values.Select(d => d.Code).Should().OnlyHaveUniqueItems();
    }

    private static string RepoRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
