using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Cases;

/// <summary>
/// The values a case is made of: equality, hash codes and text of periods and problems, the guards of the
/// constructors, the exception that carries the problems, and what the builder builds.
/// </summary>
public sealed class CaseValueTypeTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static LeavePeriod Wazo(LocalDate from, LocalDate until) => new(LeaveKind.ZwangerschapBevalling, from, until);

    [Fact]
    public void Problems_are_equal_only_when_path_and_message_are()
    {
        var problem = new CaseProblem("$.caseId", "caseId is required.");

        problem.Equals(new CaseProblem("$.caseId", "caseId is required.")).Should().BeTrue();
        problem.Equals((object)new CaseProblem("$.caseId", "caseId is required.")).Should().BeTrue();
        problem.GetHashCode().Should().Be(new CaseProblem("$.caseId", "caseId is required.").GetHashCode());
        problem.Equals(new CaseProblem("$.firstSickDay", "caseId is required.")).Should().BeFalse();
        problem.Equals(new CaseProblem("$.caseId", "caseId is missing.")).Should().BeFalse();
        problem.Equals(new CaseProblem("$.CASEID", "caseId is required.")).Should().BeFalse();
        problem.Equals((CaseProblem?)null).Should().BeFalse();
        new CaseProblem("$.caseId", "caseId is required.").Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void A_problem_reads_as_path_and_message() =>
        new CaseProblem("$.sickness[1].until", "until is before from.")
            .ToString()
            .Should()
            .Be("$.sickness[1].until: until is before from.");

    [Fact]
    public void A_problem_needs_a_path_and_a_message()
    {
        FluentActions
            .Invoking(() => new CaseProblem(null!, "m"))
            .Should()
            .Throw<ArgumentNullException>()
            .Which.ParamName.Should()
            .Be("path");
        FluentActions
            .Invoking(() => new CaseProblem("$", null!))
            .Should()
            .Throw<ArgumentNullException>()
            .Which.ParamName.Should()
            .Be("message");
    }

    [Fact]
    public void Leave_contains_both_its_ends_and_nothing_outside()
    {
        var leave = Wazo(D(2025, 2, 1), D(2025, 3, 1));

        leave.Contains(D(2025, 2, 1)).Should().BeTrue();
        leave.Contains(D(2025, 2, 15)).Should().BeTrue();
        leave.Contains(D(2025, 3, 1)).Should().BeTrue();
        leave.Contains(D(2025, 1, 31)).Should().BeFalse();
        leave.Contains(D(2025, 3, 2)).Should().BeFalse();
    }

    [Fact]
    public void Leave_periods_are_equal_only_when_kind_and_both_ends_are()
    {
        var leave = Wazo(D(2025, 2, 1), D(2025, 3, 1));

        leave.Equals(Wazo(D(2025, 2, 1), D(2025, 3, 1))).Should().BeTrue();
        leave.Equals((object)Wazo(D(2025, 2, 1), D(2025, 3, 1))).Should().BeTrue();
        leave.GetHashCode().Should().Be(Wazo(D(2025, 2, 1), D(2025, 3, 1)).GetHashCode());
        leave.Equals(new LeavePeriod((LeaveKind)2, D(2025, 2, 1), D(2025, 3, 1))).Should().BeFalse();
        leave.Equals(Wazo(D(2025, 2, 2), D(2025, 3, 1))).Should().BeFalse();
        leave.Equals(Wazo(D(2025, 2, 1), D(2025, 3, 2))).Should().BeFalse();
        leave.Equals((LeavePeriod?)null).Should().BeFalse();
        Wazo(D(2025, 2, 1), D(2025, 3, 1)).Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void The_kind_of_leave_is_part_of_its_hash_code() =>
        // The hash multiplies the kind by an odd number and the result again: different kinds give different hashes.
        new LeavePeriod((LeaveKind)2, D(2025, 2, 1), D(2025, 3, 1))
            .GetHashCode()
            .Should()
            .NotBe(Wazo(D(2025, 2, 1), D(2025, 3, 1)).GetHashCode());

    [Fact]
    public void Leave_reads_as_its_code_and_dates() =>
        Wazo(D(2025, 2, 1), D(2025, 5, 23)).ToString().Should().Be("zwangerschap-bevalling 2025-02-01..2025-05-23");

    [Fact]
    public void Leave_kind_codes_are_parsed_and_written()
    {
        LeaveKinds.Code(LeaveKind.ZwangerschapBevalling).Should().Be("zwangerschap-bevalling");
        LeaveKinds.TryParse("zwangerschap-bevalling", out var kind).Should().BeTrue();
        kind.Should().Be(LeaveKind.ZwangerschapBevalling);
        LeaveKinds.TryParse("Zwangerschap-Bevalling", out kind).Should().BeFalse();
        kind.Should().Be(default(LeaveKind));
        LeaveKinds.TryParse("ouderschapsverlof", out _).Should().BeFalse();
        LeaveKinds.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_leave_kind_has_no_code() =>
        FluentActions
            .Invoking(() => LeaveKinds.Code((LeaveKind)0))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithMessage("Unknown leave kind.*")
            .Which.Should()
            .Match<ArgumentOutOfRangeException>(e => e.ParamName == "kind" && Equals(e.ActualValue, (LeaveKind)0));

    [Fact]
    public void Sickness_periods_are_equal_only_when_both_ends_are()
    {
        var period = new SicknessPeriod(Day1, D(2025, 2, 1));

        period.Equals(new SicknessPeriod(Day1, D(2025, 2, 1))).Should().BeTrue();
        period.Equals((object)new SicknessPeriod(Day1, D(2025, 2, 1))).Should().BeTrue();
        period.GetHashCode().Should().Be(new SicknessPeriod(Day1, D(2025, 2, 1)).GetHashCode());
        new SicknessPeriod(Day1).Equals(new SicknessPeriod(Day1)).Should().BeTrue();
        period.Equals(new SicknessPeriod(D(2025, 1, 7), D(2025, 2, 1))).Should().BeFalse();
        period.Equals(new SicknessPeriod(Day1, D(2025, 2, 2))).Should().BeFalse();
        period.Equals(new SicknessPeriod(Day1)).Should().BeFalse();
        period.Equals((SicknessPeriod?)null).Should().BeFalse();
        new SicknessPeriod(Day1, D(2025, 2, 1)).Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void Periods_with_different_first_days_have_different_hash_codes() =>
        // Distinct dates have distinct hash codes, and multiplying by an odd number keeps them distinct.
        Enumerable
            .Range(0, 31)
            .Select(i => new SicknessPeriod(D(2025, 1, 1).PlusDays(i), D(2025, 3, 1)).GetHashCode())
            .Should()
            .OnlyHaveUniqueItems();

    [Fact]
    public void A_sickness_period_reads_as_its_dates()
    {
        new SicknessPeriod(Day1, D(2025, 2, 1)).ToString().Should().Be("2025-01-06..2025-02-01");
        new SicknessPeriod(Day1).ToString().Should().Be("2025-01-06..(open)");
        new SicknessPeriod(Day1).IsOpen.Should().BeTrue();
        new SicknessPeriod(Day1, Day1).IsOpen.Should().BeFalse();
    }

    [Fact]
    public void An_event_reads_as_its_type_and_date()
    {
        new ObligationFulfilled("plan-van-aanpak", D(2025, 2, 20)).ToString().Should().Be("plan-van-aanpak on 2025-02-20");
        new Loonsanctie(D(2026, 11, 2), 12).ToString().Should().Be("loonsanctie on 2026-11-02");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_obligation_done_needs_its_code(string? obligation) =>
        FluentActions
            .Invoking(() => new ObligationFulfilled(obligation!, Day1))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("An obligation code is required, such as 'plan-van-aanpak'.*")
            .Which.ParamName.Should()
            .Be("obligation");

    [Fact]
    public void A_deviation_without_obligation_or_reason_keeps_empty_text()
    {
        var deviation = new Afwijking(D(2025, 2, 1), null!, D(2025, 3, 1), null!);

        deviation.Obligation.Should().BeEmpty();
        deviation.Reason.Should().BeEmpty();
        deviation.DueBy.Should().Be(D(2025, 3, 1));
        deviation.Type.Should().Be("afwijking");
    }

    [Fact]
    public void A_case_reads_as_a_summary()
    {
        var @case = SicknessCase
            .Builder("C-1042", Day1)
            .SickUntil(D(2025, 2, 20))
            .SickAgainFrom(D(2025, 3, 10))
            .ZwangerschapsBevallingsverlof(D(2025, 4, 1), D(2025, 7, 21))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20))
            .Evaluatie(D(2025, 4, 1))
            .BuildUnvalidated();

        @case.ToString().Should().Be("case C-1042: first sick day 2025-01-06, 2 sickness period(s), 1 leave, 3 event(s)");
        new SicknessCase("C-7", Day1)
            .ToString()
            .Should()
            .Be("case C-7: first sick day 2025-01-06, 1 sickness period(s), 0 leave, 0 event(s)");
    }

    [Fact]
    public void A_null_item_in_a_case_list_is_refused_with_its_index() =>
        FluentActions
            .Invoking(() => new SicknessCase("C", Day1, events: [new ObligationFulfilled("probleemanalyse", D(2025, 2, 1)), null!]))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("Item 1 is null.*");

    [Fact]
    public void The_exception_without_problems_has_one_at_the_root()
    {
        var none = new InvalidCaseException();
        none.Problems.Should().Equal(new CaseProblem("$", "The case is invalid."));
        none.Message.Should().Be("The case is invalid: $: The case is invalid.");

        var empty = new InvalidCaseException(Array.Empty<CaseProblem>());
        empty.Problems.Should().Equal(new CaseProblem("$", "The case is invalid."));
        empty.Message.Should().Be("The case is invalid: $: The case is invalid.");
    }

    [Fact]
    public void The_exception_with_a_message_has_it_as_a_problem_at_the_root()
    {
        var withMessage = new InvalidCaseException("No sickness.");
        withMessage.Problems.Should().Equal(new CaseProblem("$", "No sickness."));
        withMessage.Message.Should().Be("The case is invalid: $: No sickness.");

        var inner = new FormatException("bad date");
        var withInner = new InvalidCaseException("Unreadable date.", inner);
        withInner.Problems.Should().Equal(new CaseProblem("$", "Unreadable date."));
        withInner.Message.Should().Be("Unreadable date.");
        withInner.InnerException.Should().BeSameAs(inner);
    }

    [Fact]
    public void The_exception_message_names_one_problem_or_lists_them_all()
    {
        var one = new CaseProblem("$.caseId", "caseId is required.");
        var two = new CaseProblem("$.events[0].on", "too early.");

        new InvalidCaseException([one]).Message.Should().Be("The case is invalid: $.caseId: caseId is required.");
        new InvalidCaseException([one, two])
            .Message.Should()
            .Be(
                "The case has 2 problems:"
                    + Environment.NewLine
                    + "  $.caseId: caseId is required."
                    + Environment.NewLine
                    + "  $.events[0].on: too early."
            );
        new InvalidCaseException([one, two]).Problems.Should().Equal(one, two);
    }

    [Fact]
    public void The_exception_needs_its_problems() =>
        FluentActions
            .Invoking(() => new InvalidCaseException((System.Collections.Generic.IEnumerable<CaseProblem>)null!))
            .Should()
            .Throw<ArgumentNullException>()
            .Which.ParamName.Should()
            .Be("problems");

    [Fact]
    public void A_builder_without_recovery_builds_one_open_period_from_day_1()
    {
        var @case = SicknessCase.Builder("C", Day1).BuildUnvalidated();

        @case.Sickness.Should().BeEmpty("no sickness periods means one open period from the first sick day");
        @case.EffectiveSickness.Should().Equal(new SicknessPeriod(Day1));
    }

    [Fact]
    public void A_builder_with_a_last_sick_day_builds_that_period()
    {
        var @case = SicknessCase.Builder("C", Day1).SickUntil(D(2025, 2, 1)).Build();

        @case.Sickness.Should().Equal(new SicknessPeriod(Day1, D(2025, 2, 1)));
        @case.EffectiveSickness.Should().Equal(new SicknessPeriod(Day1, D(2025, 2, 1)));
    }

    [Fact]
    public void A_builder_keeps_every_period_in_order_and_builds_the_same_case_twice()
    {
        var builder = SicknessCase.Builder("C", Day1).SickUntil(D(2025, 2, 1)).SickAgainFrom(D(2025, 2, 10)).SickUntil(D(2025, 3, 1));
        builder.SickAgainFrom(D(2025, 4, 1));

        var expected = new[]
        {
            new SicknessPeriod(Day1, D(2025, 2, 1)),
            new SicknessPeriod(D(2025, 2, 10), D(2025, 3, 1)),
            new SicknessPeriod(D(2025, 4, 1)),
        };
        builder.Build().Sickness.Should().Equal(expected);
        builder.BuildUnvalidated().Sickness.Should().Equal(expected);
    }

    [Fact]
    public void A_builder_that_starts_again_without_a_recovery_reports_the_open_first_period()
    {
        var builder = SicknessCase.Builder("C", Day1).SickAgainFrom(D(2025, 3, 1));

        builder.BuildUnvalidated().Sickness.Should().Equal(new SicknessPeriod(Day1), new SicknessPeriod(D(2025, 3, 1)));
        builder
            .Invoking(b => b.Build())
            .Should()
            .Throw<InvalidCaseException>()
            .Which.Problems.Should()
            .ContainSingle()
            .Which.Path.Should()
            .Be("$.sickness[0].until");
    }

    [Fact]
    public void A_builder_needs_a_case_id_and_refuses_a_null_event()
    {
        FluentActions
            .Invoking(() => SicknessCase.Builder(null!, Day1))
            .Should()
            .Throw<ArgumentNullException>()
            .Which.ParamName.Should()
            .Be("caseId");
        FluentActions
            .Invoking(() => SicknessCase.Builder("C", Day1).With(null!))
            .Should()
            .Throw<ArgumentNullException>()
            .Which.ParamName.Should()
            .Be("event");
    }
}
