using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Tests.Support;
using Xunit;
using static Poortwachter.Tests.Properties.InvalidCaseGenerators;

namespace Poortwachter.Tests.Properties;

/// <summary>
/// Bad input never gives a stack trace or a silently wrong date: validation reports every problem with its
/// path and never throws, the engine throws <see cref="InvalidCaseException"/> and nothing else, and the JSON
/// reader turns any document, however mangled, into a case or a list of problems.
/// </summary>
public sealed class ValidationProperties
{
    private static readonly PoortwachterEngine Engine = new();

    private static void Check<T>(Arbitrary<T> arb, Action<T> property, int tests = 500) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), Prop.ForAll(arb, property));

    private static void ShouldBeReported(CaseProblem problem)
    {
        problem.Path.Should().MatchRegex(@"^(\$(\.[A-Za-z]+|\[\d+\])*|asOf)$", "every problem names the path of the offending value");
        problem.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Validation_reports_every_problem_with_a_path_and_never_throws() =>
        Check(
            AnyCases,
            c =>
            {
                foreach (var problem in CaseValidator.Validate(c.Case))
                {
                    ShouldBeReported(problem);
                }
            }
        );

    [Fact]
    public void The_engine_assesses_a_valid_case_and_throws_only_InvalidCaseException_with_the_validators_problems() =>
        Check(
            AnyCases,
            c =>
            {
                var problems = CaseValidator.Validate(c.Case);
                Poortwachter.Assessments.Assessment? assessment = null;
                InvalidCaseException? invalid = null;
                try
                {
                    assessment = Engine.Assess(c.Case, c.AsOf);
                }
                catch (InvalidCaseException ex)
                {
                    invalid = ex;
                }

                if (problems.Count > 0)
                {
                    invalid.Should().NotBeNull("the case has problems: {0}", string.Join("; ", problems));
                    invalid!.Problems.Should().Equal(problems);
                }
                else if (c.AsOf < c.Case.FirstSickDay || c.AsOf > CaseValidator.MaxSupportedDate)
                {
                    invalid.Should().NotBeNull();
                    invalid!.Problems.Should().ContainSingle().Which.Path.Should().Be("asOf");
                }
                else
                {
                    invalid.Should().BeNull();
                    assessment!.Obligations.Should().NotBeEmpty();
                }
            }
        );

    [Fact]
    public void A_valid_case_is_assessed_on_any_date_from_day_1_to_the_end_of_NodaTimes_range() =>
        Check(
            (from spec in CaseGenerators.Specs from asOf in WildDate select (spec, asOf)).ToArbitrary(),
            x =>
            {
                var @case = x.spec.Build();
                if (CaseValidator.Validate(@case).Count > 0)
                {
                    return;
                }

                var act = () => Engine.Assess(@case, x.asOf);
                if (x.asOf < @case.FirstSickDay || x.asOf > CaseValidator.MaxSupportedDate)
                {
                    act.Should().Throw<InvalidCaseException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("asOf");
                }
                else
                {
                    act.Should().NotThrow();
                }
            },
            300
        );

    [Fact]
    public void The_builder_throws_InvalidCaseException_exactly_when_validation_reports() =>
        Check(
            AnyCases,
            c =>
            {
                var builder = SicknessCase.Builder(c.Case.CaseId, c.Case.FirstSickDay);
                var periods = c.Case.EffectiveSickness;
                if (periods[0].Until is { } until)
                {
                    builder.SickUntil(until);
                }

                if (c.Case.EmploymentEndsOn is { } ends)
                {
                    builder.EmploymentEndsOn(ends);
                }

                foreach (var l in c.Case.Leave)
                {
                    builder.ZwangerschapsBevallingsverlof(l.From, l.Until);
                }
                foreach (var e in c.Case.Events)
                {
                    builder.With(e);
                }

                var built = builder.BuildUnvalidated();
                var problems = CaseValidator.Validate(built);
                var act = () => builder.Build();
                if (problems.Count == 0)
                {
                    act.Should().NotThrow();
                }
                else
                {
                    act.Should().Throw<InvalidCaseException>().Which.Problems.Should().Equal(problems);
                }
            },
            200
        );

    [Fact]
    public void A_valid_case_survives_the_JSON_round_trip_with_the_same_assessment() =>
        CaseGenerators.Check(
            CaseGenerators.ValidCases,
            spec =>
            {
                var @case = spec.Build();
                var read = PoortwachterJson.ReadCase(PoortwachterJson.WriteCase(@case));
                read.Problems.Should().BeEmpty();
                AssessmentText
                    .Render(Engine.Assess(read.Case!, spec.AsOf()))
                    .Should()
                    .Be(AssessmentText.Render(Engine.Assess(@case, spec.AsOf())));
            },
            150
        );

    [Fact]
    public void A_mangled_JSON_document_gives_a_case_or_problems_with_paths_and_never_throws() =>
        Check(
            (
                from spec in CaseGenerators.Specs
                from indented in Gen.Elements(true, false)
                let json = PoortwachterJson.WriteCase(spec.Build(), indented)
                from mangled in Mangle(json)
                select mangled
            ).ToArbitrary(),
            json =>
            {
                var result = PoortwachterJson.ReadCase(json);
                ShouldReadCleanly(result);
                var bytes = PoortwachterJson.ReadCase(Encoding.UTF8.GetBytes(json));
                bytes.IsValid.Should().Be(result.IsValid);
                bytes.Problems.Should().Equal(result.Problems);
            },
            1000
        );

    [Fact]
    public void Random_bytes_give_problems_and_never_an_exception() =>
        Check(Bytes.ToArbitrary(), bytes => ShouldReadCleanly(PoortwachterJson.ReadCase(bytes)));

    private static void ShouldReadCleanly(CaseReadResult result)
    {
        if (result.IsValid)
        {
            result.Problems.Should().BeEmpty();
            CaseValidator.Validate(result.Case!).Should().BeEmpty("the reader validates what it returns");
            return;
        }

        result.Problems.Should().NotBeEmpty();
        foreach (var problem in result.Problems)
        {
            problem.Path.Should().StartWith("$");
            problem.Message.Should().NotBeNullOrWhiteSpace();
        }

        result.Invoking(r => r.GetCaseOrThrow()).Should().Throw<InvalidCaseException>().Which.Problems.Should().Equal(result.Problems);
    }
}
