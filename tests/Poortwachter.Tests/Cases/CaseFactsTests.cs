using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Tests.Rules;
using Xunit;

namespace Poortwachter.Tests.Cases;

/// <summary>
/// The facts the statute rules and spoor 2 read: the builder records them, the contract keeps them, and the validator
/// refuses those that cannot be, at their paths. Day 1 = Monday 6 January 2025.
/// </summary>
public sealed class CaseFactsTests : RuleTestBase
{
    [Fact]
    public void The_builder_records_the_new_facts_and_they_survive_the_contract_round_trip()
    {
        var built = Case()
            .EmploymentEndsOn(D(2026, 2, 28))
            .LastWorkingDay(D(2026, 2, 27))
            .EigenrisicodragerZw()
            .UwvZiekmelding(D(2025, 10, 20))
            .ZiekUitDienstMelding(D(2026, 2, 27))
            .Loonsanctie(D(2026, 11, 10), 52)
            .Herstelmelding(D(2027, 3, 1))
            .HerstelAfgewezen(D(2027, 4, 5))
            .Verlenging(D(2026, 9, 28), D(2027, 7, 2))
            .RivAanvulling(D(2026, 10, 1))
            .UwvWiaBrief(D(2026, 11, 2))
            .Build();

        built.LastWorkingDay.Should().Be(D(2026, 2, 27));
        built.EigenrisicodragerZw.Should().BeTrue();
        built
            .Events.Select(e => e.Type)
            .Should()
            .Contain([
                ObligationCodes.ZiekUitDienstMelding,
                EventCodes.Herstelmelding,
                EventCodes.HerstelAfgewezen,
                EventCodes.RivAanvulling,
                EventCodes.UwvWiaBrief,
            ]);

        var read = PoortwachterJson.ReadCaseOrThrow(PoortwachterJson.WriteCase(built));
        read.LastWorkingDay.Should().Be(D(2026, 2, 27));
        read.EigenrisicodragerZw.Should().BeTrue();
        read.Events.Select(e => (e.GetType(), e.Type, e.On)).Should().Equal(built.Events.Select(e => (e.GetType(), e.Type, e.On)));
        read.WithEvents([]).LastWorkingDay.Should().Be(D(2026, 2, 27), "a copy keeps the case's facts");
    }

    [Fact]
    public void Without_them_the_written_case_has_no_new_fields()
    {
        var json = PoortwachterJson.WriteCase(Case().Build());

        json.Should().NotContain("lastWorkingDay").And.NotContain("eigenrisicodragerZw");
    }

    [Theory]
    [InlineData(null, "2026-02-27", "give employmentEndsOn as well")]
    [InlineData("2026-02-28", "2026-03-01", "is after the end of employment 2026-02-28")]
    [InlineData("2026-02-28", "2025-01-05", "is before the first sick day 2025-01-06")]
    [InlineData("2026-02-28", "1899-12-31", "out of the supported range")]
    public void A_last_working_day_that_cannot_be_is_refused_at_its_path(string? ends, string lastWorkingDay, string message)
    {
        var @case = new SicknessCase("T", Day1, employmentEndsOn: ends is null ? null : Parse(ends))
        {
            LastWorkingDay = Parse(lastWorkingDay),
        };

        CaseValidator
            .Validate(@case)
            .Should()
            .ContainSingle()
            .Which.Should()
            .Match<CaseProblem>(p => p.Path == "$.lastWorkingDay" && p.Message.Contains(message));
    }

    [Fact]
    public void A_last_working_day_on_the_last_day_of_employment_or_on_day_1_is_valid()
    {
        CaseValidator
            .Validate(Case().EmploymentEndsOn(D(2026, 2, 28)).LastWorkingDay(D(2026, 2, 28)).BuildUnvalidated())
            .Should()
            .BeEmpty();
        CaseValidator.Validate(Case().EmploymentEndsOn(D(2026, 2, 28)).LastWorkingDay(Day1).BuildUnvalidated()).Should().BeEmpty();
    }

    [Fact]
    public void The_new_facts_need_what_comes_before_them()
    {
        var problems = CaseValidator.Validate(
            Case()
                .Herstelmelding(D(2026, 11, 10)) // $.events[0]: no loonsanctie before it
                .Loonsanctie(D(2026, 11, 10), 52) // [1]
                .HerstelAfgewezen(D(2026, 12, 1)) // [2]: after the herstelmelding of 10 Nov: valid
                .HerstelAfgewezen(D(2026, 11, 10)) // [3]: on the day of the first herstelmelding, not after it
                .RivAanvulling(D(2026, 10, 1)) // [4]: no verlenging on or before it
                .BuildUnvalidated()
        );

        problems.Select(p => p.Path).Should().Equal("$.events[0]", "$.events[3]", "$.events[4]");
        problems[0].Message.Should().StartWith("herstelmelding on 2026-11-10 without a loonsanctie before that day");
        problems[1].Message.Should().StartWith("herstel-afgewezen on 2026-11-10 without a herstelmelding before that day");
        problems[2].Message.Should().StartWith("riv-aanvulling on 2026-10-01 without a voluntary extension");

        // A supplement on the day of the extension is fine: "on or before".
        CaseValidator
            .Validate(
                Case().Verlenging(D(2026, 9, 28), D(2027, 7, 2)).RivAanvulling(D(2026, 9, 28)).UwvWiaBrief(D(2026, 9, 1)).BuildUnvalidated()
            )
            .Should()
            .BeEmpty();
    }

    [Fact]
    public void A_supplement_after_the_first_of_two_extensions_is_valid()
    {
        // The supplement needs an extension on or before it: the first, of 1 Sep 2026, is; the second, of 10 Sep, is not.
        CaseValidator
            .Validate(
                Case()
                    .Verlenging(D(2026, 9, 1), D(2027, 4, 2))
                    .RivAanvulling(D(2026, 9, 5))
                    .Verlenging(D(2026, 9, 10), D(2027, 7, 2))
                    .BuildUnvalidated()
            )
            .Should()
            .BeEmpty();
    }

    [Fact]
    public void The_new_events_are_validated_with_their_paths()
    {
        var problems = CaseValidator
            .Validate(
                SicknessCase
                    .Builder("R-9", Day1)
                    .Spoor2Uitstel(D(2025, 12, 1), D(2025, 12, 1))
                    .Spoor2Trajectplan(D(2026, 1, 20), 30)
                    .Spoor2Plaatsing(D(2026, 2, 1))
                    .BuildUnvalidated()
            )
            .ToArray();

        problems
            .Should()
            .BeEquivalentTo(
                new[]
                {
                    new CaseProblem(
                        "$.events[0].until",
                        "the prospect of full return (2025-12-01) must lie after the day spoor 2 was postponed (2025-12-01)."
                    ),
                    new CaseProblem(
                        "$.events[1].months",
                        "a spoor-2 trajectory is planned for 1 to 24 months (6, 9 or 12 in practice), not 30."
                    ),
                    new CaseProblem(
                        "$.events[2]",
                        "spoor-2-plaatsing on 2026-02-01 without the start of spoor 2 (event 'spoor-2') on or before that day: a placement with another employer is the result of spoor 2."
                    ),
                }
            );
    }

    private static LocalDate Parse(string text) =>
        PoortwachterJson.TryParseDate(text, out var date, out var error) ? date : throw new FormatException(error);
}
