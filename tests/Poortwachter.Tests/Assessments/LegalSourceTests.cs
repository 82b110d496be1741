using System;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.Assessments;

public sealed class LegalSourceTests
{
    [Fact]
    public void The_citation_names_the_law_article_lid_and_section_that_are_given()
    {
        new LegalSource(Laws.Ziektewet).Citation.Should().Be("Ziektewet");
        new LegalSource(Laws.Wia, "25").Citation.Should().Be("Wet werk en inkomen naar arbeidsvermogen, art. 25");
        new LegalSource(Laws.Wia, "25", "3").Citation.Should().Be("Wet werk en inkomen naar arbeidsvermogen, art. 25 lid 3");
        new LegalSource(Laws.WerkwijzerPoortwachter, section: "4.3.1").Citation.Should().Be("UWV Werkwijzer Poortwachter, 4.3.1");
        new LegalSource(Laws.RegelingProcesgang, "4", "2 onder b", "II")
            .Citation.Should()
            .Be("Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 onder b, II");
    }

    [Fact]
    public void The_parts_are_kept()
    {
        var source = new LegalSource(Laws.Wia, "25", "3", "x");

        source.Law.Should().Be(Laws.Wia);
        source.Article.Should().Be("25");
        source.Lid.Should().Be("3");
        source.Section.Should().Be("x");
        source.ToString().Should().Be(source.Citation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_law_is_required(string? text)
    {
        var act = () => new LegalSource(text!, "25");

        act.Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("law")
            .Which.Message.Should()
            .Be("A law or policy text is required. (Parameter 'law')");
    }

    [Fact]
    public void Two_sources_with_the_same_parts_are_equal_with_the_same_hash()
    {
        var a = new LegalSource(Laws.Wia, "25", "3");
        var b = new LegalSource(Laws.Wia, "25", "3");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Sources_that_differ_are_not_equal()
    {
        var a = new LegalSource(Laws.Wia, "25", "3");

        a.Equals(new LegalSource(Laws.Wia, "25", "4")).Should().BeFalse();
        a.Equals(new LegalSource(Laws.Wia, "25")).Should().BeFalse();
        a.Equals(new LegalSource(Laws.Wia.ToUpperInvariant(), "25", "3")).Should().BeFalse("the comparison is ordinal");
        a.Equals((object)a.Citation).Should().BeFalse("a string is not a source");
        LegalSource? none = null;
        object? nothing = null;
        a.Equals(none).Should().BeFalse();
        a.Equals(nothing).Should().BeFalse();
    }
}
