using System;
using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Rules;

/// <summary>The rule catalogue in either language (<see cref="RuleCatalog.ToMarkdown(System.Collections.Generic.IEnumerable{IRule}, TextLanguage)"/>).</summary>
public sealed class RuleCatalogLanguageTests
{
    private static string[] Rows(string table) => table.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Row(string table, string code) =>
        Rows(table).Single(r => r.StartsWith($"| `{code}` |", StringComparison.Ordinal));

    [Fact]
    public void English_is_the_catalogue_as_it_was()
    {
        RuleCatalog.ToMarkdown(RuleSets.Wvp2013.Rules, TextLanguage.English).Should().Be(RuleCatalog.ToMarkdown(RuleSets.Wvp2013.Rules));
    }

    [Fact]
    public void Dutch_has_Dutch_headings_titles_characters_and_dates()
    {
        var table = RuleCatalog.ToMarkdown(RuleSets.Wvp2013.Rules, TextLanguage.Dutch);

        Rows(table)[0].Should().Be("| code | wat | termijn | bron | juridisch karakter | van toepassing (eerste ziektedag) |");
        Rows(table).Should().HaveCount(RuleSets.Wvp2013.Rules.Count + 2);
        var probleemanalyse = RuleSets.Wvp2013.Rules.Single(r => r.Descriptor.Code == "probleemanalyse").Descriptor;
        // The Wvp 2013 set applies to first sick days from 1 July 2013 (Regeling procesgang as amended in 2013).
        Row(table, "probleemanalyse")
            .Should()
            .Be(
                $"| `probleemanalyse` | {probleemanalyse.TitleIn(TextLanguage.Dutch)} | {probleemanalyse.DueRuleIn(TextLanguage.Dutch).Replace("|", "\\|", StringComparison.Ordinal)} | Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2 | wettelijk | vanaf 1 juli 2013 |"
            );
        // The transition of the re-integratievisie applies to first sick days up to 30 June 2023 (Stcrt. 2023, 13931).
        Row(table, "re-integratievisie-overgang").Should().EndWith(" | wettelijk | 1 juli 2013 tot en met 30 juni 2023 |");
        Row(table, "spoor-2").Should().Contain(" | beleid | vanaf 1 juli 2013 |");
        Row(table, "spoor-2-trajectplan").Should().Contain(" | praktijk (standaard uit) | vanaf 1 juli 2013 |");
        table.Should().NotContain("off by default").And.NotContain("statute").And.NotContain(" from 2013");
    }

    [Fact]
    public void An_undefined_language_is_refused()
    {
        FluentActions
            .Invoking(() => RuleCatalog.ToMarkdown(RuleSets.Wvp2013.Rules, (TextLanguage)7))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithParameterName("language");
    }

    [Fact]
    public void The_rule_set_says_what_it_is_in_either_language()
    {
        RuleSets
            .Wvp2013.DescriptionIn(TextLanguage.English)
            .Should()
            .Be("Wet verbetering poortwachter for first sick days from 1 July 2013 on");
        RuleSets
            .Wvp2013.DescriptionIn(TextLanguage.Dutch)
            .Should()
            .Be("Wet verbetering poortwachter voor eerste ziektedagen vanaf 1 juli 2013");
    }
}
