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
        // On a difference README.received.md is written beside README.md with the catalogue regenerated between the
        // markers: review it and let it replace README.md, or run eng/generate.
        var path = Path.Combine(RepoRoot(), "README.md");
        var received = Path.Combine(RepoRoot(), "README.received.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string start = "<!-- catalogue:start -->\n";
        const string end = "<!-- catalogue:end -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var until = readme.IndexOf(end, StringComparison.Ordinal);
        var section = readme[from..until];
        var catalogue = RuleCatalog.ToMarkdown(RuleSets.Wvp2013.Rules);
        if (string.Equals(section, catalogue, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, readme[..from] + catalogue + readme[until..]);
        section
            .Should()
            .Be(
                catalogue,
                $"the README catalogue is RuleCatalog.ToMarkdown of the rules: {received} has it; review it and let it replace README.md, or run eng/generate"
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
