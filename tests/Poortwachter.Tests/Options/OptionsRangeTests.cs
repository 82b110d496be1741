using System;
using FluentAssertions;
using Xunit;

namespace Poortwachter.Tests.Options;

public sealed class OptionsRangeTests
{
    [Theory]
    [InlineData(nameof(PoortwachterOptions.EvaluatieIntervalDays), 1, 364)]
    [InlineData(nameof(PoortwachterOptions.DueSoonDays), 0, 365)]
    [InlineData(nameof(PoortwachterOptions.EerstejaarsevaluatieWindowStartWeek), 1, 52)]
    [InlineData(nameof(PoortwachterOptions.Spoor2TermDays), 1, 364)]
    [InlineData(nameof(PoortwachterOptions.ArbeidsdeskundigOnderzoekTermDays), 1, 364)]
    [InlineData(nameof(PoortwachterOptions.Spoor2UitstelMaxMonths), 1, 12)]
    [InlineData(nameof(PoortwachterOptions.Spoor2TrajectplanTermDays), 1, 182)]
    [InlineData(nameof(PoortwachterOptions.Spoor2VoortgangsrapportageIntervalDays), 7, 182)]
    [InlineData(nameof(PoortwachterOptions.Spoor2EindrapportageWeek), 53, 91)]
    [InlineData(nameof(PoortwachterOptions.Spoor2NazorgDays), 1, 364)]
    public void Both_ends_of_an_option_range_are_accepted(string option, int min, int max)
    {
        foreach (var value in new[] { min, max })
        {
            var engine = new PoortwachterEngine(With(option, value));

            Read(engine.Options, option).Should().Be(value, "{0} = {1} is inside the documented range", option, value);
        }
    }

    [Theory]
    [InlineData(nameof(PoortwachterOptions.EvaluatieIntervalDays), 0, "The evaluation interval must be 1 to 364 counted days.")]
    [InlineData(nameof(PoortwachterOptions.EvaluatieIntervalDays), 365, "The evaluation interval must be 1 to 364 counted days.")]
    [InlineData(nameof(PoortwachterOptions.DueSoonDays), -1, "The due-soon window must be 0 to 365 days.")]
    [InlineData(nameof(PoortwachterOptions.DueSoonDays), 366, "The due-soon window must be 0 to 365 days.")]
    [InlineData(nameof(PoortwachterOptions.EerstejaarsevaluatieWindowStartWeek), 0, "The window must start in week 1 to 52.")]
    [InlineData(nameof(PoortwachterOptions.EerstejaarsevaluatieWindowStartWeek), 53, "The window must start in week 1 to 52.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2TermDays), 0, "The spoor-2 term must be 1 to 364 counted days.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2TermDays), 365, "The spoor-2 term must be 1 to 364 counted days.")]
    [InlineData(nameof(PoortwachterOptions.ArbeidsdeskundigOnderzoekTermDays), 0, "it must be 1 to 364 counted days.")]
    [InlineData(nameof(PoortwachterOptions.ArbeidsdeskundigOnderzoekTermDays), 365, "it must be 1 to 364 counted days.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2UitstelMaxMonths), 0, "it must be 1 to 12 calendar months.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2UitstelMaxMonths), 13, "it must be 1 to 12 calendar months.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2TrajectplanTermDays), 0, "it must be 1 to 182 counted days.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2TrajectplanTermDays), 183, "it must be 1 to 182 counted days.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2VoortgangsrapportageIntervalDays), 6, "it must be 7 to 182 counted days.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2VoortgangsrapportageIntervalDays), 183, "it must be 7 to 182 counted days.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2EindrapportageWeek), 52, "it must be 53 to 91 (a week of the wachttijd).")]
    [InlineData(nameof(PoortwachterOptions.Spoor2EindrapportageWeek), 92, "it must be 53 to 91 (a week of the wachttijd).")]
    [InlineData(nameof(PoortwachterOptions.Spoor2NazorgDays), 0, "it must be 1 to 364 counted days.")]
    [InlineData(nameof(PoortwachterOptions.Spoor2NazorgDays), 365, "it must be 1 to 364 counted days.")]
    public void The_first_value_outside_an_option_range_is_refused_with_its_name_value_and_range(string option, int value, string range)
    {
        var act = () => new PoortwachterEngine(With(option, value));

        act.Should()
            .ThrowExactly<ArgumentException>()
            .WithParameterName("options")
            .Which.Message.Should()
            .Be($"{option} is {value}: {range} (Parameter 'options')");
    }

    [Fact]
    public void The_first_option_out_of_range_is_the_one_reported()
    {
        var act = () =>
            new PoortwachterEngine(new PoortwachterOptions { DueSoonDays = 400, Spoor2TermDays = 0 }, Poortwachter.Rules.RuleSets.All);

        act.Should().ThrowExactly<ArgumentException>().WithMessage("DueSoonDays is 400: *");
    }

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var o = new PoortwachterEngine().Options;

        o.EvaluatieIntervalDays.Should().Be(42);
        o.DueSoonDays.Should().Be(14);
        o.EerstejaarsevaluatieWindowStartWeek.Should().Be(46);
        o.Spoor2TermDays.Should().Be(42);
        o.EerstejaarsevaluatieCountsAsEvaluation.Should().BeTrue();
        o.ArbeidsdeskundigOnderzoekTermDays.Should().Be(42);
        o.Spoor2UitstelMaxMonths.Should().Be(3);
        o.Spoor2TrajectplanTermDays.Should().Be(28);
        o.Spoor2VoortgangsrapportageIntervalDays.Should().Be(42);
        o.Spoor2EindrapportageWeek.Should().Be(90);
        o.Spoor2NazorgDays.Should().Be(91);
        o.EnabledRules.Should().BeEmpty();
        o.DisabledRules.Should().BeEmpty();
        o.Rules.Should().BeEmpty();
        o.Extensions.Should().BeEmpty();
    }

    [Theory]
    [InlineData(nameof(PoortwachterOptions.Spoor2EindrapportageWeek), 92)]
    [InlineData(nameof(PoortwachterOptions.Spoor2VoortgangsrapportageIntervalDays), 6)]
    [InlineData(nameof(PoortwachterOptions.Spoor2UitstelMaxMonths), 0)]
    [InlineData(nameof(PoortwachterOptions.ArbeidsdeskundigOnderzoekTermDays), 365)]
    [InlineData(nameof(PoortwachterOptions.Spoor2TrajectplanTermDays), 0)]
    [InlineData(nameof(PoortwachterOptions.Spoor2NazorgDays), 0)]
    public void Spoor_2_options_out_of_range_are_refused_with_their_name(string option, int value)
    {
        var options = new PoortwachterOptions();
        typeof(PoortwachterOptions).GetProperty(option)!.SetValue(options, value);

        var act = () => new PoortwachterEngine(options);

        act.Should().Throw<ArgumentException>().WithMessage($"{option} is {value}: it must be *");
    }

    private static PoortwachterOptions With(string option, int value)
    {
        var options = new PoortwachterOptions();
        typeof(PoortwachterOptions).GetProperty(option)!.SetValue(options, value);
        return options;
    }

    private static int Read(PoortwachterOptions options, string option) =>
        (int)typeof(PoortwachterOptions).GetProperty(option)!.GetValue(options)!;
}
