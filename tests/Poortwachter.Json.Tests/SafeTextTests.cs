using System;
using System.Text;
using FluentAssertions;
using Poortwachter.Json;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>The shared helpers that were linked source files: safe echoes, the case id of a bad line, "did you mean".</summary>
public sealed class SafeTextTests
{
    [Fact]
    public void A_long_value_is_cut_at_80_characters_with_its_length_by_Shorten_and_Visible_alike()
    {
        var value = new string('x', 5000);

        SafeText.Shorten(value).Should().Be(new string('x', 80) + "... (5,000 characters)");
        SafeText.Visible(value).Should().Be(SafeText.Shorten(value));
        SafeText.Shorten(new string('y', 80)).Should().Be(new string('y', 80), "80 characters are repeated whole");
    }

    [Fact]
    public void Shorten_does_not_escape_and_Visible_does()
    {
        SafeText.Shorten("a\u001bb").Should().Be("a\u001bb");
        SafeText.Visible("a\u001bb\n").Should().Be("a\\u001bb\\n");
        SafeText.Quote("C:\\cases").Should().Be("'C:\\cases'", "a plain Windows path reads as it is");
    }

    [Fact]
    public void Shorten_refuses_a_limit_below_one()
    {
        var act = () => SafeText.Shorten("x", 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxLength");
    }

    [Theory]
    [InlineData("{\"caseId\":\"A-1\",\"firstSickDay\":", "A-1")]
    [InlineData("{\"x\":{\"caseId\":\"inner\"},\"caseId\":\"top\"}", "top")]
    [InlineData("{\"caseId\":7}", null)]
    [InlineData("[\"caseId\"]", null)]
    [InlineData("{\"caseId\"", null)]
    [InlineData("", null)]
    public void The_case_id_of_a_line_is_its_top_level_caseId_string_as_far_as_the_line_can_be_read(string line, string? id)
    {
        CaseIds.Find(Encoding.UTF8.GetBytes(line)).Should().Be(id);
    }

    [Fact]
    public void Suggestions_name_the_nearest_code_and_refuse_null()
    {
        Suggestions.Hint("evalutie", ["evaluatie", "probleemanalyse"]).Should().Be(" Did you mean 'evaluatie'?");
        Suggestions.Nearest("plan_van_aanpak", ["plan-van-aanpak"]).Should().Be("plan-van-aanpak");
        Suggestions.Hint("zzz", ["evaluatie"]).Should().BeEmpty();
        var act = () => Suggestions.Nearest(null!, []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("input");
    }
}
