using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Poortwachter.Testing;
using Xunit;

namespace Poortwachter.Conformance.Tests;

/// <summary>
/// Issue 25's walk: every text of every assessment of the conformance vectors and the sample scenarios, in both
/// languages. A Dutch text holds no English word; an English text holds no Dutch-only word outside a quotation of the
/// statute; every rule, milestone and warning kind the set reaches is walked, and the set reaches every one the shipped
/// rule set can give.
/// </summary>
public sealed class LanguageTests
{
    // Words that are English and never Dutch (so "is", "in", "was", "week" and "late" are not here, nor "of", the Dutch
    // "or" and "whether": "op of vóór dag 1", "28 of meer", and the statute's own 'artikel 29 of 29a'). Matched whole,
    // ignoring case.
    private static readonly Regex EnglishWord = new(
        @"\b(the|and|by|from|after|before|within|which|when|not|counted|due|done|days|weeks|employee|employer|must|has|have|with|this|that|until|since|because|without|than|falls|report|application|letter|on|at|for|to|are|never|been|only|its|their|there|unless|would|could|should|still|yet|first|last|next|every)\b|day\(s\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1)
    );

    // Words that are Dutch and never English, outside a quotation ('...'). The statute's persons (werknemer, werkgever,
    // verzekerde) are terms of art an English text may name, as it names the wachttijd.
    private static readonly Regex DutchWord = new(
        @"\b(het|een|niet|wordt|dagen|uiterlijk|werkdag|werkdagen|geen|deze|heeft|moet|ziektedag|getelde|vanaf|tot en met)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1)
    );

    private static readonly Regex Quotation = new(
        @"(?<=^|[\s(])'[^']*'(?=[\s).,;:]|$)|""[^""]*""|‘[^’]*’|“[^”]*”",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1)
    );

    /// <summary>Every assessment of the set, with the name of the file it came from, computed once.</summary>
    private static readonly Lazy<IReadOnlyList<(string File, Assessment Assessment)>> Assessed = new(() =>
        Files()
            .Select(f => (File: Path.GetFileName(f), Result: Scenario.Load(f).Run()))
            .Where(r => r.Result.Assessment is not null)
            .Select(r => (r.File, r.Result.Assessment!))
            .ToList()
    );

    [Fact]
    public void Every_dutch_text_is_dutch()
    {
        var problems = Texts(TextLanguage.Dutch)
            .Where(t => EnglishWord.IsMatch(t.Text))
            .Select(t => $"{t.Owner}: '{EnglishWord.Match(t.Text).Value}' in \"{t.Text}\"")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        problems.Should().BeEmpty("every text in Dutch is written in Dutch (first {0} shown)", Math.Min(problems.Count, 20));
    }

    [Fact]
    public void Every_english_text_is_english()
    {
        var problems = Texts(TextLanguage.English)
            .Select(t => (t.Owner, t.Text, Bare: Quotation.Replace(t.Text, " ")))
            .Where(t => DutchWord.IsMatch(t.Bare))
            .Select(t => $"{t.Owner}: '{DutchWord.Match(t.Bare).Value}' in \"{t.Text}\"")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_dutch_texts_use_the_glossarys_terms()
    {
        var never = Glossary.NeverInDutch();
        never.Should().Contain("counted day", "the glossary's last column is read");
        var problems = Texts(TextLanguage.Dutch)
            .SelectMany(t =>
                never
                    .Where(term => t.Text.Contains(term, StringComparison.OrdinalIgnoreCase))
                    .Select(term => $"{t.Owner}: '{term}' in \"{t.Text}\"")
            )
            .Distinct(StringComparer.Ordinal)
            .ToList();

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Both_languages_give_a_text_for_every_slot_and_they_differ()
    {
        var english = Texts(TextLanguage.English).ToList();
        var dutch = Texts(TextLanguage.Dutch).ToList();

        dutch.Should().HaveCount(english.Count);
        dutch.Should().OnlyContain(t => t.Text.Length > 0);
        english
            .Zip(dutch, (e, d) => (e.Owner, Same: e.Text == d.Text, e.Text))
            .Where(p => p.Same)
            .Select(p => $"{p.Owner}: \"{p.Text}\"")
            .Should()
            .BeEmpty("a Dutch text that equals its English one was not translated");
    }

    [Fact]
    public void The_walk_reaches_every_obligation_milestone_and_warning_the_rule_set_gives()
    {
        var seen = Assessed.Value.SelectMany(a => Owners(a.Assessment)).Select(o => o.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var shipped = RuleSets.Wvp2013.Rules.Select(r => r.Descriptor).ToList();
        var obligations = shipped.Where(d => d.YieldsObligations).Select(d => "obligation:" + d.Code);
        var milestones = shipped.SelectMany(d => d.MilestoneTitles.Keys).Select(k => "milestone:" + k);
        var warnings = typeof(WarningCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => "warning:" + (string)f.GetRawConstantValue()!);

        obligations
            .Concat(milestones)
            .Concat(warnings)
            .Except(seen, StringComparer.Ordinal)
            .Should()
            .BeEmpty("every kind is walked in both languages");
    }

    [Fact]
    public void Every_shipped_rule_has_its_catalogue_texts_in_dutch()
    {
        foreach (var d in RuleSets.Wvp2013.Rules.Select(r => r.Descriptor))
        {
            d.DutchTitle.Should().NotBeNullOrWhiteSpace(d.Code);
            d.DutchDueRule.Should().NotBeNullOrWhiteSpace(d.Code);
            if (d.Stake.Length > 0)
            {
                d.DutchStake.Should().NotBeNullOrWhiteSpace(d.Code);
            }

            if (d.PastAowAgeReason.Length > 0)
            {
                d.DutchPastAowAgeReason.Should().NotBeNullOrWhiteSpace(d.Code);
            }

            d.DutchMilestoneTitles.Keys.Should().BeEquivalentTo(d.MilestoneTitles.Keys, d.Code);
            foreach (var text in new[] { d.DutchTitle, d.DutchDueRule, d.DutchStake, d.DutchPastAowAgeReason })
            {
                if (text is not null)
                {
                    EnglishWord.IsMatch(text).Should().BeFalse($"{d.Code}: \"{text}\"");
                }
            }
        }
    }

    /// <summary>
    /// The conformance vectors, the sample scenarios, and the scenarios in <c>tests/Poortwachter.Conformance.Tests/Walk</c>
    /// that reach the warnings no vector gives (each checks the warning it is there for).
    /// </summary>
    private static IEnumerable<string> Files() =>
        ConformanceSet
            .VectorFiles.Select(ConformanceSet.FullPath)
            .Concat(Directory.EnumerateFiles(Path.Combine(ConformanceSet.Directory, "..", "samples", "scenarios"), "*.scenario.json"))
            .Concat(WalkFiles())
            .OrderBy(f => f, StringComparer.Ordinal);

    private static IEnumerable<string> WalkFiles()
    {
        var walk = Path.Combine(ConformanceSet.Directory, "..", "tests", "Poortwachter.Conformance.Tests", "Walk");
        return Directory.Exists(walk) ? Directory.EnumerateFiles(walk, "*.scenario.json") : [];
    }

    [Fact]
    public void The_checks_can_fail()
    {
        EnglishWord.IsMatch("getelde ziektedag 42 valt op 16 februari 2025").Should().BeFalse();
        EnglishWord.IsMatch("getelde ziektedag 42 falls on 16 februari 2025").Should().BeTrue();
        EnglishWord.IsMatch("uiterlijk 3 day(s) te laat").Should().BeTrue();
        EnglishWord.IsMatch("op of vóór dag 1, 28 of meer hersteldagen").Should().BeFalse();
        DutchWord.IsMatch(Quotation.Replace("the employer's plan, 'de werkgever heeft een plan' (art. 4)", " ")).Should().BeFalse();
        DutchWord.IsMatch(Quotation.Replace("due uiterlijk on 2025-02-16, the employer's plan", " ")).Should().BeTrue();
        Glossary.NeverInDutch().Should().Contain(["waiting period", "fit day", "due by"]);
    }

    private static IEnumerable<(string Owner, string Text)> Texts(TextLanguage language)
    {
        foreach (var (file, a) in Assessed.Value)
        {
            foreach (var o in a.Obligations)
            {
                yield return ($"{file} obligation:{o.Kind}#{o.Sequence}", o.ExplanationIn(language));
            }

            foreach (var m in a.Milestones)
            {
                yield return ($"{file} milestone:{m.Kind}", m.ExplanationIn(language));
            }

            foreach (var w in a.Warnings)
            {
                yield return ($"{file} warning:{w.Kind}({w.Obligation})", w.MessageIn(language));
            }

            foreach (var c in a.Wachttijd.Extensions)
            {
                yield return ($"{file} change:{c.Code}", c.ExplanationIn(language));
            }
        }
    }

    private static IEnumerable<string> Owners(Assessment a) =>
        a
            .Obligations.Select(o => $"obligation:{o.Kind}")
            .Concat(a.Milestones.Select(m => $"milestone:{m.Kind}"))
            .Concat(a.Warnings.Select(w => $"warning:{w.Kind}"));

    /// <summary>docs/glossary.md, the terms both languages follow.</summary>
    private static class Glossary
    {
        /// <summary>The English terms of the table's "Never in Dutch" column.</summary>
        public static List<string> NeverInDutch()
        {
            var lines = File.ReadAllLines(Path.Combine(ConformanceSet.Directory, "..", "docs", "glossary.md"));
            var header = Array.FindIndex(lines, l => l.StartsWith("| Dutch", StringComparison.Ordinal));
            var column = lines[header]
                .Split('|')
                .Select(c => c.Trim())
                .ToList()
                .FindIndex(c => string.Equals(c, "Never in Dutch", StringComparison.Ordinal));
            return lines
                .Skip(header + 2)
                .TakeWhile(l => l.StartsWith('|'))
                .Select(l => l.Split('|')[column].Trim())
                .Where(t => t.Length > 0)
                .ToList();
        }
    }
}
