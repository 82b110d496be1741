using System;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Assessments;

/// <summary>The language is chosen where a text is read: one assessment, either language, each cached on its own.</summary>
public sealed class TextLanguageTests
{
    private static readonly LocalDate Due = new(2027, 5, 12);
    private static readonly LegalSource LegalBasis = new("Regeling procesgang", "4", "1");

    [Theory]
    [InlineData("nl", TextLanguage.Dutch)]
    [InlineData("nl-NL", TextLanguage.Dutch)]
    [InlineData("NL_be", TextLanguage.Dutch)]
    [InlineData(" en-GB ", TextLanguage.English)]
    [InlineData("EN", TextLanguage.English)]
    public void A_language_tag_is_read_by_its_primary_subtag(string tag, TextLanguage expected)
    {
        TextLanguages.TryParse(tag, out var language).Should().BeTrue();
        language.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("nld")]
    [InlineData("-nl")]
    public void Other_tags_are_not_read(string? tag)
    {
        TextLanguages.TryParse(tag, out var language).Should().BeFalse();
        language.Should().Be(TextLanguage.English);
    }

    [Fact]
    public void The_codes_are_the_primary_subtags_and_an_undefined_language_is_refused()
    {
        TextLanguages.Code(TextLanguage.Dutch).Should().Be("nl");
        TextLanguages.Code(TextLanguage.English).Should().Be("en");
        FluentActions.Invoking(() => TextLanguages.Code((TextLanguage)7)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new TextBuffer((TextLanguage)2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(2027, 5, 12, "12 mei 2027")]
    [InlineData(2025, 1, 6, "6 januari 2025")]
    [InlineData(2024, 2, 29, "29 februari 2024")]
    [InlineData(2026, 12, 31, "31 december 2026")]
    public void A_date_in_a_dutch_text_is_written_in_prose_and_in_an_english_one_as_an_iso_date(int y, int m, int d, string dutch)
    {
        var date = new LocalDate(y, m, d);
        var nl = new TextBuffer(TextLanguage.Dutch, 16);
        var en = new TextBuffer(16);

        nl.Append($"uiterlijk {date}");
        en.Append($"by {date}");

        nl.ToString().Should().Be("uiterlijk " + dutch);
        en.ToString().Should().Be($"by {y:D4}-{m:D2}-{d:D2}");
    }

    [Fact]
    public void FormatDate_writes_a_date_as_the_texts_of_the_language_do()
    {
        TextLanguages.FormatDate(new LocalDate(2027, 5, 12), TextLanguage.Dutch).Should().Be("12 mei 2027");
        TextLanguages.FormatDate(new LocalDate(2027, 5, 12), TextLanguage.English).Should().Be("2027-05-12");
        FluentActions.Invoking(() => TextLanguages.FormatDate(Due, (TextLanguage)3)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_hosts_text_is_built_once_per_language_and_each_is_cached()
    {
        var calls = new int[2];
        var obligation = new Obligation(
            "host-check",
            Due,
            ObligationStatus.Open,
            null,
            LegalBasis,
            LegalCharacter.Practice,
            language =>
            {
                calls[(int)language]++;
                return language == TextLanguage.Dutch ? "Uiterlijk op 12 mei 2027." : "By 2027-05-12.";
            }
        );

        obligation.Explanation.Should().Be("By 2027-05-12.");
        obligation.ExplanationIn(TextLanguage.Dutch).Should().Be("Uiterlijk op 12 mei 2027.");
        obligation.ExplanationIn(TextLanguage.Dutch).Should().BeSameAs(obligation.ExplanationIn(TextLanguage.Dutch));
        obligation.ExplanationIn(TextLanguage.English).Should().BeSameAs(obligation.Explanation);
        calls.Should().Equal(1, 1);

        var buffer = new TextBuffer(TextLanguage.Dutch);
        obligation.WriteExplanation(buffer);
        buffer.Language = TextLanguage.English;
        buffer.Append(' ');
        obligation.WriteExplanation(buffer);
        buffer.ToString().Should().Be("Uiterlijk op 12 mei 2027. By 2027-05-12.");
    }

    [Fact]
    public void Racing_readers_of_one_language_get_one_instance()
    {
        var calls = 0;
        var warning = new Warning(
            "host-warning",
            Severity.Warning,
            language =>
            {
                System.Threading.Interlocked.Increment(ref calls);
                return language == TextLanguage.Dutch ? "Te laat." : "Late.";
            }
        );

        var read = new string[64];
        Parallel.For(0, read.Length, i => read[i] = warning.MessageIn(i % 2 == 0 ? TextLanguage.Dutch : TextLanguage.English));

        calls.Should().Be(2);
        read[0].Should().Be("Te laat.");
        read[1].Should().Be("Late.");
        for (var i = 2; i < read.Length; i++)
        {
            read[i].Should().BeSameAs(read[i % 2]);
        }
    }

    [Fact]
    public void A_plain_hosts_text_is_the_same_in_both_languages_and_a_milestone_and_change_read_both()
    {
        var milestone = new Milestone("host-milestone", Due, LegalBasis, l => l == TextLanguage.Dutch ? "mijlpaal" : "milestone");
        var change = new Poortwachter.Timeline.WachttijdEndChange("host-change", Due, false, LegalBasis, l => TextLanguages.Code(l));
        var plain = new Warning("host-plain", Severity.Info, () => "same");

        milestone.ExplanationIn(TextLanguage.Dutch).Should().Be("mijlpaal");
        milestone.Explanation.Should().Be("milestone");
        change.ExplanationIn(TextLanguage.Dutch).Should().Be("nl");
        change.Explanation.Should().Be("en");
        plain.MessageIn(TextLanguage.Dutch).Should().Be("same").And.BeSameAs(plain.Message);
        FluentActions.Invoking(() => plain.MessageIn((TextLanguage)5)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_descriptors_dutch_texts_fall_back_to_english_where_it_has_none()
    {
        var english = new RuleDescriptor("host-rule", "Host check", "day 10", LegalBasis, LegalCharacter.Practice, "none", Due)
        {
            MilestoneTitles = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal) { ["m"] = "Milestone" },
        };
        var both = new RuleDescriptor("host-rule", "Host check", "day 10", LegalBasis, LegalCharacter.Practice, "none", Due)
        {
            DutchTitle = "Controle",
            DutchDueRule = "dag 10",
            DutchStake = "geen",
            DutchMilestoneTitles = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal) { ["m"] = "Mijlpaal" },
            MilestoneTitles = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal) { ["m"] = "Milestone" },
        };

        english.TitleIn(TextLanguage.Dutch).Should().Be("Host check");
        english.MilestoneTitleIn("m", TextLanguage.Dutch).Should().Be("Milestone");
        both.TitleIn(TextLanguage.Dutch).Should().Be("Controle");
        both.DueRuleIn(TextLanguage.Dutch).Should().Be("dag 10");
        both.StakeIn(TextLanguage.Dutch).Should().Be("geen");
        both.StakeIn(TextLanguage.English).Should().Be("none");
        both.MilestoneTitleIn("m", TextLanguage.Dutch).Should().Be("Mijlpaal");
        both.MilestoneTitleIn("other", TextLanguage.Dutch).Should().BeNull();
        both.PastAowAgeReasonIn(TextLanguage.Dutch).Should().BeEmpty();
    }
}
