using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Json;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The request for a voluntary extension (event <c>verlenging-verzoek</c>, WIA art. 24 lid 1) read strictly and written
/// back, and a request after the first grant refused at the request's path (Ziektewet art. 38 lid 8 reads it as the
/// 42nd-week report; the scenarios are in Poortwachter.Tests, VerlengingVerzoekScenarios).
/// </summary>
public sealed class VerlengingVerzoekReaderTests
{
    private const string Request = "{\"type\":\"verlenging-verzoek\",\"on\":\"2026-08-17\"}";
    private const string Grant = "{\"type\":\"verlenging\",\"on\":\"2026-09-07\",\"until\":\"2027-04-04\"}";

    private static string Case(params string[] events) =>
        "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[" + string.Join(",", events) + "]}";

    [Fact]
    public void A_request_is_read_into_its_event_and_written_back_as_it_was()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(Case(Request, Grant));
        @case.Events[0].Should().BeOfType<VerlengingVerzoek>().Which.On.Should().Be(new LocalDate(2026, 8, 17));
        PoortwachterJson.WriteCase(@case).Should().Contain(Request + "," + Grant);
    }

    [Fact]
    public void A_request_takes_no_other_field()
    {
        var result = PoortwachterJson.ReadCase(Case("{\"type\":\"verlenging-verzoek\",\"on\":\"2026-08-17\",\"until\":\"2027-04-04\"}"));
        result.IsValid.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Path.Should().Be("$.events[0].until");
    }

    [Fact]
    public void The_first_request_after_the_first_grant_is_refused_at_the_request()
    {
        var result = PoortwachterJson.ReadCase(Case(Grant, "{\"type\":\"verlenging-verzoek\",\"on\":\"2026-09-17\"}"));
        result.IsValid.Should().BeFalse();
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("$.events[1]");
        problem.Message.Should().Contain("verlenging-verzoek on 2026-09-17 after the voluntary extension granted on 2026-09-07");
    }
}
