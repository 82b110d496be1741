using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Json;
using Xunit;

namespace Poortwachter.Tests.Cases;

/// <summary>Bugs the property tests found (issue 5), pinned as plain examples.</summary>
public sealed class FoundByPropertiesTests
{
    private static readonly LocalDate Day1 = new(2026, 1, 16);

    [Fact]
    public void A_last_sick_day_out_of_range_with_leave_is_reported_not_an_overflow()
    {
        var @case = new SicknessCase(
            "C-1",
            Day1,
            [new SicknessPeriod(Day1, new LocalDate(9999, 12, 31))],
            [new LeavePeriod(LeaveKind.ZwangerschapBevalling, Day1.PlusDays(10), Day1.PlusDays(120))]
        );

        CaseValidator.Validate(@case).Should().ContainSingle().Which.Path.Should().Be("$.sickness[0].until");
        var act = () => new PoortwachterEngine().Assess(@case, Day1.PlusDays(30));
        act.Should().Throw<InvalidCaseException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.sickness[0].until");
    }

    [Fact]
    public void An_assessment_date_after_the_supported_range_is_reported_not_an_overflow()
    {
        // Without a WIA application, the end moves one day for every day it is missing (BW 7:629 lid 11 onder a):
        // an asOf near NodaTime's maximum used to overflow. The engine supports dates up to 2199-12-31.
        var @case = SicknessCase.Builder("C-1", Day1).Build();
        var act = () => new PoortwachterEngine().Assess(@case, new LocalDate(9999, 12, 31));
        act.Should().Throw<InvalidCaseException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("asOf");
        new PoortwachterEngine().Assess(@case, CaseValidator.MaxSupportedDate).Wachttijd.LastDay.Should().NotBeNull();
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_JSON_string_is_a_problem_not_an_exception()
    {
        var result = PoortwachterJson.ReadCase("""{"caseId":"\ud800","firstSickDay":"2026-01-16"}""");
        result.IsValid.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Path.Should().Be("$");
    }
}
