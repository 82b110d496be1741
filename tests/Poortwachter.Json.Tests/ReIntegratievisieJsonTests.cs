using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The re-integratievisie in the contract (added in 0.4): <c>visieWerkgever</c> and <c>visieWerknemer</c>, optional
/// booleans on <c>plan-van-aanpak</c>, <c>evaluatie</c> and <c>eerstejaarsevaluatie</c> (Regeling procesgang art. 4 lid 2
/// as amended by Stcrt. 2023, 13931); refused with their path when not a boolean or on another event type; written back
/// only when recorded; and the warning <c>re-integratievisie-ontbreekt</c> in the JSON, table and HTML output.
/// </summary>
public sealed class ReIntegratievisieJsonTests
{
    private static string Case(string events) => $"{{\"caseId\":\"V-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{events}]}}";

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("plan-van-aanpak", typeof(PlanVanAanpak))]
    [InlineData("evaluatie", typeof(Evaluatie))]
    [InlineData("eerstejaarsevaluatie", typeof(Eerstejaarsevaluatie))]
    public void The_views_are_read_on_the_three_documents(string type, System.Type expected)
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(
            Case($"{{\"type\":\"{type}\",\"on\":\"2025-03-02\",\"visieWerkgever\":true,\"visieWerknemer\":false}}")
        );

        var e = @case.Events.Should().ContainSingle().Which;
        e.Should().BeOfType(expected);
        var document = (ReIntegratieDocument)e;
        document.Obligation.Should().Be(type);
        document.VisieWerkgever.Should().BeTrue();
        document.VisieWerknemer.Should().BeFalse();
    }

    [Fact]
    public void Absent_views_are_null_and_are_not_written()
    {
        var json = Case(
            "{\"type\":\"plan-van-aanpak\",\"on\":\"2025-03-02\"},{\"type\":\"evaluatie\",\"on\":\"2025-04-13\",\"visieWerknemer\":true}"
        );
        var @case = PoortwachterJson.ReadCaseOrThrow(json);

        var plan = @case.Events.OfType<PlanVanAanpak>().Single();
        plan.VisieWerkgever.Should().BeNull();
        plan.VisieWerknemer.Should().BeNull();
        var evaluation = @case.Events.OfType<Evaluatie>().Single();
        evaluation.VisieWerkgever.Should().BeNull();
        evaluation.VisieWerknemer.Should().BeTrue();

        var written = PoortwachterJson.WriteCase(@case);
        written
            .Should()
            .Contain("{\"type\":\"plan-van-aanpak\",\"on\":\"2025-03-02\"}")
            .And.Contain("{\"type\":\"evaluatie\",\"on\":\"2025-04-13\",\"visieWerknemer\":true}");
        Samples.Describe(PoortwachterJson.ReadCaseOrThrow(written)).Should().Be(Samples.Describe(@case));
    }

    [Fact]
    public void A_case_built_in_code_writes_false_views_and_reads_them_back()
    {
        var @case = SicknessCase
            .Builder("V-2", D(2025, 1, 6))
            .PlanVanAanpak(D(2025, 3, 2), visieWerkgever: false, visieWerknemer: false)
            .Eerstejaarsevaluatie(D(2026, 1, 4), visieWerkgever: true)
            .Build();

        var written = PoortwachterJson.WriteCase(@case);

        written
            .Should()
            .Contain("{\"type\":\"plan-van-aanpak\",\"on\":\"2025-03-02\",\"visieWerkgever\":false,\"visieWerknemer\":false}")
            .And.Contain("{\"type\":\"eerstejaarsevaluatie\",\"on\":\"2026-01-04\",\"visieWerkgever\":true}");
        Samples.Describe(PoortwachterJson.ReadCaseOrThrow(written)).Should().Be(Samples.Describe(@case));
    }

    [Theory]
    [InlineData("\"ja\"", "a string (\"ja\")")]
    [InlineData("1", "a number (1)")]
    [InlineData("null", "null")]
    [InlineData("[true]", "an array")]
    public void A_view_that_is_not_a_boolean_is_refused_with_its_path(string value, string described)
    {
        var result = PoortwachterJson.ReadCase(
            Case(
                $"{{\"type\":\"probleemanalyse\",\"on\":\"2025-02-16\"}},{{\"type\":\"evaluatie\",\"on\":\"2025-04-13\",\"visieWerknemer\":{value}}}"
            )
        );

        result.IsValid.Should().BeFalse();
        var problem = result.Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("$.events[1].visieWerknemer");
        problem.Message.Should().Be($"visieWerknemer must be true or false, not {described}.");
    }

    [Theory]
    [InlineData("probleemanalyse", "type, on")]
    [InlineData("wia-aanvraag", "type, on")]
    [InlineData("spoor-2-trajectplan", "type, on, months")]
    [InlineData("geen-terugkeer-eigen-organisatie", "type, on")]
    public void A_view_on_another_event_type_is_an_unknown_property(string type, string fields)
    {
        var result = PoortwachterJson.ReadCase(Case($"{{\"type\":\"{type}\",\"on\":\"2025-03-03\",\"visieWerkgever\":true}}"));

        result
            .Problems.Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new CaseProblem(
                    "$.events[0].visieWerkgever",
                    $"unknown property 'visieWerkgever': an event of type '{type}' has only {fields}."
                )
            );
    }

    [Fact]
    public void A_host_obligation_code_has_no_views()
    {
        var options = new CaseReaderOptions().AddObligationCode("contact-dag-3");
        var result = PoortwachterJson.ReadCase(
            Case("{\"type\":\"contact-dag-3\",\"on\":\"2025-01-08\",\"visieWerknemer\":false}"),
            options
        );

        result.Problems.Should().ContainSingle().Which.Path.Should().Be("$.events[0].visieWerknemer");
    }

    [Fact]
    public void A_misspelt_view_gets_a_suggestion()
    {
        var result = PoortwachterJson.ReadCase(Case("{\"type\":\"evaluatie\",\"on\":\"2025-04-13\",\"visiewerkgever\":true}"));

        var problem = result.Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("$.events[0].visiewerkgever");
        problem.Message.Should().Contain("has only type, on, visieWerkgever, visieWerknemer").And.Contain("'visieWerkgever'");
    }

    [Fact]
    public void The_warning_is_in_the_assessment_json_with_its_obligation_and_sequence()
    {
        // D = Mon 6 Jan 2025; plan Sun 2 Mar 2025 (day 56); evaluation #1 Sun 13 Apr 2025 (day 98) without the employee's view.
        var @case = PoortwachterJson.ReadCaseOrThrow(
            Case(
                "{\"type\":\"plan-van-aanpak\",\"on\":\"2025-03-02\",\"visieWerkgever\":true,\"visieWerknemer\":true},"
                    + "{\"type\":\"evaluatie\",\"on\":\"2025-04-13\",\"visieWerkgever\":true,\"visieWerknemer\":false}"
            )
        );
        var assessment = PoortwachterEngine.CreateDefault().Assess(@case, D(2025, 4, 20));

        using var doc = JsonDocument.Parse(PoortwachterJson.WriteAssessment(assessment));
        var warning = doc
            .RootElement.GetProperty("warnings")
            .EnumerateArray()
            .Single(w => w.GetProperty("kind").GetString() == WarningCodes.ReIntegratievisieOntbreekt);
        warning.GetProperty("obligation").GetString().Should().Be("evaluatie");
        warning.GetProperty("severity").GetString().Should().Be("warning");
        warning.GetProperty("sequence").GetInt32().Should().Be(1);
        warning.GetProperty("message").GetString().Should().StartWith("The evaluation of 2025-04-13 does not hold the employee's view");
    }
}
