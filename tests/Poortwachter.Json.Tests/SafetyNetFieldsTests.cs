using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The case fields of issue 17, groups 2 and 3: <c>vangnet</c> (a string code or null) and <c>eigenrisicodragerWga</c>
/// (a boolean), and the event <c>vangnet-ziekmelding</c>. The reader takes them strictly, with the JSON path of each
/// problem; the writer echoes them only when set.
/// </summary>
public sealed class SafetyNetFieldsTests
{
    private const string Head = "\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\"";

    private static CaseProblem Single(string json)
    {
        var result = PoortwachterJson.ReadCase(json);
        result.IsValid.Should().BeFalse();
        return result.Problems.Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData("orgaandonatie")]
    [InlineData("zwangerschap")]
    [InlineData("bevalling")]
    [InlineData("no-riskpolis")]
    public void Each_safety_net_code_is_read_and_written_back(string code)
    {
        var @case = PoortwachterJson.ReadCaseOrThrow("{" + Head + ",\"vangnet\":\"" + code + "\"}");

        @case.Vangnet.Should().Be(code);
        var written = PoortwachterJson.WriteCase(@case);
        written.Should().Contain("\"vangnet\":\"" + code + "\"");
        PoortwachterJson.ReadCaseOrThrow(written).Vangnet.Should().Be(code);
        @case.WithEvents([]).Vangnet.Should().Be(code, "a copy keeps the case's facts");
    }

    [Fact]
    public void Eigenrisicodrager_WGA_is_read_and_written_back()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow("{" + Head + ",\"eigenrisicodragerWga\":true,\"eigenrisicodragerZw\":true}");

        @case.EigenrisicodragerWga.Should().BeTrue();
        @case.EigenrisicodragerZw.Should().BeTrue();
        var read = PoortwachterJson.ReadCaseOrThrow(PoortwachterJson.WriteCase(@case));
        read.EigenrisicodragerWga.Should().BeTrue();
        read.WithEvents([]).EigenrisicodragerWga.Should().BeTrue();
    }

    [Fact]
    public void Null_and_false_mean_an_ordinary_case_and_are_not_written()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow("{" + Head + ",\"vangnet\":null,\"eigenrisicodragerWga\":false}");

        @case.Vangnet.Should().BeNull();
        @case.EigenrisicodragerWga.Should().BeFalse();
        PoortwachterJson.WriteCase(@case).Should().NotContain("vangnet").And.NotContain("eigenrisicodragerWga");
    }

    [Fact]
    public void An_unknown_safety_net_is_refused_at_its_path_with_the_codes()
    {
        var problem = Single("{" + Head + ",\"vangnet\":\"noriskpolis\"}");

        problem.Path.Should().Be("$.vangnet");
        problem
            .Message.Should()
            .StartWith("vangnet 'noriskpolis' is not a known safety net: use one of orgaandonatie, zwangerschap, bevalling, no-riskpolis")
            .And.EndWith("Did you mean 'no-riskpolis'?");
    }

    [Theory]
    [InlineData("\"Zwangerschap\"")]
    [InlineData("\"\"")]
    [InlineData("\"29b\"")]
    public void Codes_are_exact(string value) => Single("{" + Head + ",\"vangnet\":" + value + "}").Path.Should().Be("$.vangnet");

    [Theory]
    [InlineData("true", "$.vangnet")]
    [InlineData("3", "$.vangnet")]
    [InlineData("[\"zwangerschap\"]", "$.vangnet")]
    [InlineData("{\"kind\":\"zwangerschap\"}", "$.vangnet")]
    public void A_safety_net_that_is_not_a_string_is_refused(string value, string path)
    {
        var problem = Single("{" + Head + ",\"vangnet\":" + value + "}");

        problem.Path.Should().Be(path);
        problem.Message.Should().Contain("vangnet");
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void Eigenrisicodrager_WGA_must_be_a_boolean(string value) =>
        Single("{" + Head + ",\"eigenrisicodragerWga\":" + value + "}").Path.Should().Be("$.eigenrisicodragerWga");

    [Fact]
    public void A_field_given_twice_is_refused()
    {
        Single("{" + Head + ",\"vangnet\":\"bevalling\",\"vangnet\":\"bevalling\"}").Path.Should().Be("$.vangnet");
        Single("{" + Head + ",\"eigenrisicodragerWga\":true,\"eigenrisicodragerWga\":true}").Path.Should().Be("$.eigenrisicodragerWga");
    }

    [Fact]
    public void The_safety_net_report_is_an_obligation_done_and_repeats()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(
            "{"
                + Head
                + ",\"vangnet\":\"no-riskpolis\",\"events\":[{\"type\":\"vangnet-ziekmelding\",\"on\":\"2025-02-10\"},{\"type\":\"vangnet-ziekmelding\",\"on\":\"2025-03-20\"}]}"
        );

        @case
            .Events.Should()
            .AllBeOfType<ObligationFulfilled>()
            .And.AllSatisfy(e => ((ObligationFulfilled)e).Obligation.Should().Be(ObligationCodes.VangnetZiekmelding));
        PoortwachterJson
            .ReadCaseOrThrow(PoortwachterJson.WriteCase(@case))
            .Events.Select(e => e.On)
            .Should()
            .Equal(@case.Events.Select(e => e.On));
    }

    [Fact]
    public void The_safety_net_report_takes_no_other_field()
    {
        var problem = Single(
            "{"
                + Head
                + ",\"vangnet\":\"no-riskpolis\",\"events\":[{\"type\":\"vangnet-ziekmelding\",\"on\":\"2025-02-10\",\"until\":\"2025-03-01\"}]}"
        );

        problem.Path.Should().Be("$.events[0].until");
    }
}
