using FluentAssertions;
using Xunit;

namespace Poortwachter.Tests;

/// <summary>
/// The "did you mean" of the engine's rule codes (the same source is linked into the JSON package and the command):
/// case, spaces and underscores do not count; otherwise up to one edit for codes under six characters, two from six on.
/// </summary>
public sealed class SuggestionsTests
{
    private static readonly string[] Codes = ["probleemanalyse", "plan-van-aanpak", "evaluatie", "spoor-2-trajectplan", "spoor-2-traject"];

    [Theory]
    [InlineData("evalutie", "evaluatie")] // one letter left out
    [InlineData("evaluatei", "evaluatie")] // two letters swapped: two edits
    [InlineData("plan_van_aanpak", "plan-van-aanpak")]
    [InlineData("plan van aanpak", "plan-van-aanpak")]
    [InlineData("Probleemanalyse", "probleemanalyse")]
    [InlineData("spoor-2-trajectplan ", "spoor-2-trajectplan")] // a trailing space
    [InlineData(" spoor-2-traject", "spoor-2-traject")]
    [InlineData("spoor-2-trajectpla", "spoor-2-trajectplan")] // nearer to the plan than to the group
    public void The_nearest_known_code_is_suggested(string input, string expected) =>
        Suggestions.Nearest(input, Codes).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("evaluatie")] // known itself: nothing to suggest
    [InlineData("contact-dag-3")]
    [InlineData("evxlxxtie")] // three edits
    public void Nothing_is_suggested_when_no_code_is_near(string input) => Suggestions.Nearest(input, Codes).Should().BeNull();

    [Fact]
    public void Case_spaces_and_underscores_do_not_count_however_many()
    {
        Suggestions.Nearest("PLAN-VAN-AANPAK", Codes).Should().Be("plan-van-aanpak");
        Suggestions.Nearest("a_b c_d", ["a-b-c-d"]).Should().Be("a-b-c-d");
    }

    [Fact]
    public void Characters_missing_at_the_start_of_the_input_count_as_edits()
    {
        // "cdef" is "abcdef" without its first two characters: two edits, one too many for four characters.
        Suggestions.Nearest("cdef", ["abcdef"]).Should().BeNull();
        Suggestions.Nearest("x", ["abc"]).Should().BeNull("three edits");
        Suggestions.Nearest("bcdef", ["abcdef"]).Should().Be("abcdef");
    }

    [Fact]
    public void Short_codes_allow_one_edit_and_codes_from_six_characters_two()
    {
        Suggestions.Nearest("abcdx", ["abcde"]).Should().Be("abcde");
        Suggestions.Nearest("abcxx", ["abcde"]).Should().BeNull("two edits in five characters is a different code");
        Suggestions.Nearest("abcdxx", ["abcdef"]).Should().Be("abcdef");
        Suggestions.Nearest("abcxxx", ["abcdef"]).Should().BeNull();
    }

    [Fact]
    public void Inserted_and_left_out_characters_count_one_each_up_to_two()
    {
        Suggestions.Nearest("abcdefg", ["abcde"]).Should().Be("abcde");
        Suggestions.Nearest("abcdef", ["abcdefgh"]).Should().Be("abcdefgh");
        Suggestions.Nearest("abcde", ["abcdefg"]).Should().BeNull("two edits to a five-character input");
        Suggestions.Nearest("abcdefgh", ["abcde"]).Should().BeNull("three characters more");
        Suggestions.Nearest("xabcdef", ["abcdef"]).Should().Be("abcdef");
    }

    [Fact]
    public void The_nearest_of_several_wins_and_the_first_of_equals()
    {
        Suggestions.Nearest("abcdxy", ["abcdzz", "abcdxz"]).Should().Be("abcdxz");
        Suggestions.Nearest("abcdxy", ["abcdxz", "abcdzy"]).Should().Be("abcdxz");
        Suggestions.Nearest("Abcdef", ["abcdxf", "abcdef"]).Should().Be("abcdef", "a difference of case only beats one edit");
    }

    [Fact]
    public void Input_longer_than_64_characters_gets_no_suggestion()
    {
        var code = new string('a', 64);

        Suggestions.Nearest(code + "b", [code + "c"]).Should().BeNull();
        Suggestions.Nearest(code[..^1] + "b", [code]).Should().Be(code);
    }

    [Fact]
    public void The_hint_is_a_sentence_with_a_leading_space_or_nothing()
    {
        Suggestions.Hint("evalutie", Codes).Should().Be(" Did you mean 'evaluatie'?");
        Suggestions.Hint("contact-dag-3", Codes).Should().BeEmpty();
    }
}
