using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The two events of the early IVA (Wet WIA art. 23 lid 6) read strictly: each problem with its JSON path, the pair
/// granted/wachttijdEndsOn checked together, and the 13 and 78 weeks refused by the engine with the same path.
/// </summary>
public sealed class VervroegdeIvaReaderTests
{
    private const string Application = "{\"type\":\"vervroegde-iva-aanvraag\",\"on\":\"2025-07-24\"}";

    private static string Case(string decision) =>
        "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[" + Application + "," + decision + "]}";

    private static CaseProblem Single(string json)
    {
        var result = PoortwachterJson.ReadCase(json);
        result.IsValid.Should().BeFalse(json);
        return result.Problems.Should().ContainSingle().Subject;
    }

    [Fact]
    public void A_grant_and_a_refusal_are_read_into_the_decision()
    {
        var granted = PoortwachterJson.ReadCaseOrThrow(
            Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":\"2025-10-02\"}")
        );
        var decision = granted.Events[1].Should().BeOfType<VervroegdeIvaBesluit>().Subject;
        decision.Granted.Should().BeTrue();
        decision.WachttijdEndsOn.Should().Be(new LocalDate(2025, 10, 2));
        granted.Events[0].Should().BeOfType<VervroegdeIvaAanvraag>().Which.On.Should().Be(new LocalDate(2025, 7, 24));

        var refused = PoortwachterJson.ReadCaseOrThrow(
            Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":false}")
        );
        refused.Events[1].Should().BeOfType<VervroegdeIvaBesluit>().Which.WachttijdEndsOn.Should().BeNull();
    }

    [Fact]
    public void The_case_is_written_back_with_granted_always_and_the_end_when_given()
    {
        var json = Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":\"2025-10-02\"}");
        var written = PoortwachterJson.WriteCase(PoortwachterJson.ReadCaseOrThrow(json));
        written
            .Should()
            .Contain(
                "{\"type\":\"vervroegde-iva-aanvraag\",\"on\":\"2025-07-24\"},{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":\"2025-10-02\"}"
            );
        PoortwachterJson
            .WriteCase(
                PoortwachterJson.ReadCaseOrThrow(Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":false}"))
            )
            .Should()
            .Contain("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":false}");
    }

    [Theory]
    [InlineData(
        "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":\"yes\",\"wachttijdEndsOn\":\"2025-10-02\"}",
        "$.events[1].granted",
        "granted must be true or false, not a string (\"yes\")."
    )]
    [InlineData(
        "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":null}",
        "$.events[1].granted",
        "granted must be true or false, not null."
    )]
    [InlineData(
        "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":1,\"wachttijdEndsOn\":\"2025-10-02\"}",
        "$.events[1].granted",
        "granted must be true or false, not a number (1)."
    )]
    [InlineData(
        "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"wachttijdEndsOn\":\"2025-10-02\"}",
        "$.events[1].granted",
        "granted is missing: give true when UWV granted the shortened wachttijd, false when it refused it."
    )]
    [InlineData(
        "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":20251002}",
        "$.events[1].wachttijdEndsOn",
        "wachttijdEndsOn must be a date string such as \"2025-01-06\", not a number (20251002)."
    )]
    [InlineData(
        "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":null}",
        "$.events[1].wachttijdEndsOn",
        "wachttijdEndsOn must be a date string such as \"2025-01-06\", not null."
    )]
    [InlineData(
        "{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":\"2025-10-02\",\"weeks\":13}",
        "$.events[1].weeks",
        "unknown property 'weeks': an event of type 'vervroegde-iva-besluit' has only type, on, granted, wachttijdEndsOn."
    )]
    public void Wrong_types_missing_and_unknown_fields_are_refused_with_their_path(string decision, string path, string message) =>
        Single(Case(decision)).Should().Be(new CaseProblem(path, message));

    [Fact]
    public void The_application_has_only_type_and_on() =>
        Single(
                "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"vervroegde-iva-aanvraag\",\"on\":\"2025-07-24\",\"granted\":true}]}"
            )
            .Should()
            .Be(
                new CaseProblem(
                    "$.events[0].granted",
                    "unknown property 'granted': an event of type 'vervroegde-iva-aanvraag' has only type, on."
                )
            );

    [Fact]
    public void A_date_that_does_not_exist_is_refused_at_the_field() =>
        Single(Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":\"2025-09-31\"}"))
            .Path.Should()
            .Be("$.events[1].wachttijdEndsOn");

    [Fact]
    public void A_grant_without_its_end_and_a_refusal_with_one_are_refused_at_the_field()
    {
        Single(Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true}"))
            .Should()
            .Be(
                new CaseProblem(
                    "$.events[1].wachttijdEndsOn",
                    "a granted shortened wachttijd needs wachttijdEndsOn: the last day of the wachttijd as UWV fixed it (WIA art. 23 lid 6)."
                )
            );
        Single(Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":false,\"wachttijdEndsOn\":\"2025-10-02\"}"))
            .Should()
            .Be(
                new CaseProblem(
                    "$.events[1].wachttijdEndsOn",
                    "a refused shortened wachttijd has no end (2025-10-02 given): only a granted decision fixes one (WIA art. 23 lid 6); the wachttijd runs its 104 weeks."
                )
            );
    }

    [Fact]
    public void A_decision_without_an_application_and_a_second_application_are_refused_at_the_event()
    {
        Single(
            "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":false}]}"
        )
            .Path.Should()
            .Be("$.events[0]");
        Single(
            "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"events\":["
                + Application
                + ",{\"type\":\"vervroegde-iva-aanvraag\",\"on\":\"2025-08-01\"}]}"
        )
            .Path.Should()
            .Be("$.events[1]");
    }

    [Fact]
    public void An_end_ten_weeks_short_is_refused_by_the_reader()
    {
        // 30 Sep 2025 is 68 days after the application of 24 Jul 2025: the reader refuses it.
        Single(Case("{\"type\":\"vervroegde-iva-besluit\",\"on\":\"2025-09-15\",\"granted\":true,\"wachttijdEndsOn\":\"2025-09-30\"}"))
            .Path.Should()
            .Be("$.events[1].wachttijdEndsOn");
    }
}
