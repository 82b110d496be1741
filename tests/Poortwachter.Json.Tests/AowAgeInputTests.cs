using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Json;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// Issue 17: the case field <c>reachesAowAgeOn</c> through the contract: read, written back, refused with its JSON path
/// when it is not a date, and refused by the validator for a first sick day before 1 January 2016.
/// </summary>
public sealed class AowAgeInputTests
{
    private const string Head = "\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\"";

    [Fact]
    public void A_date_is_read_and_written_back()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow("{" + Head + ",\"reachesAowAgeOn\":\"2025-04-01\"}");

        @case.ReachesAowAgeOn.Should().Be(new LocalDate(2025, 4, 1));
        PoortwachterJson.WriteCase(@case).Should().Contain("\"reachesAowAgeOn\":\"2025-04-01\"");
        @case.WithEvents([]).ReachesAowAgeOn.Should().Be(new LocalDate(2025, 4, 1), "a copy keeps the case's facts");
        PoortwachterJson.ReadCaseOrThrow(PoortwachterJson.WriteCase(@case)).ReachesAowAgeOn.Should().Be(new LocalDate(2025, 4, 1));
    }

    [Fact]
    public void Null_or_absent_means_the_ordinary_rules_and_is_not_written()
    {
        PoortwachterJson.ReadCaseOrThrow("{" + Head + ",\"reachesAowAgeOn\":null}").ReachesAowAgeOn.Should().BeNull();
        var plain = PoortwachterJson.ReadCaseOrThrow("{" + Head + "}");
        plain.ReachesAowAgeOn.Should().BeNull();
        PoortwachterJson.WriteCase(plain).Should().NotContain("reachesAowAgeOn");
    }

    [Theory]
    [InlineData("17", "must be a date")]
    [InlineData("\"2025-02-30\"", "2025-02-30")]
    [InlineData("\"1 april 2025\"", "yyyy-mm-dd")]
    [InlineData("true", "must be a date")]
    public void A_value_that_is_not_a_date_is_refused_at_its_path(string value, string message)
    {
        var result = PoortwachterJson.ReadCase("{" + Head + ",\"reachesAowAgeOn\":" + value + "}");

        result.IsValid.Should().BeFalse();
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("$.reachesAowAgeOn");
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void Given_twice_it_is_refused()
    {
        var result = PoortwachterJson.ReadCase("{" + Head + ",\"reachesAowAgeOn\":\"2025-04-01\",\"reachesAowAgeOn\":\"2025-05-01\"}");

        result.Problems.Should().ContainSingle().Which.Path.Should().Be("$.reachesAowAgeOn");
    }

    [Fact]
    public void A_case_of_2015_with_an_AOW_date_is_refused_with_the_reason()
    {
        var result = PoortwachterJson.ReadCase("{\"caseId\":\"C-1\",\"firstSickDay\":\"2015-11-02\",\"reachesAowAgeOn\":\"2016-03-01\"}");

        result.IsValid.Should().BeFalse();
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("$.reachesAowAgeOn");
        problem.Message.Should().Contain("before 2016-01-01").And.Contain("art. VIIIa");
    }

    [Fact]
    public void A_date_out_of_the_supported_range_is_refused()
    {
        var @case = new SicknessCase("T", new LocalDate(2025, 1, 6)) { ReachesAowAgeOn = new LocalDate(1899, 12, 31) };

        CaseValidator.Validate(@case).Should().ContainSingle().Which.Path.Should().Be("$.reachesAowAgeOn");
    }

    [Fact]
    public void The_builder_sets_it()
    {
        var built = SicknessCase.Builder("T", new LocalDate(2025, 1, 6)).ReachesAowAgeOn(new LocalDate(2024, 1, 1)).Build();

        built.ReachesAowAgeOn.Should().Be(new LocalDate(2024, 1, 1));
        CaseValidator.Validate(built).Should().BeEmpty();
    }
}
