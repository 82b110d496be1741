using System.Linq;
using FluentAssertions;
using Poortwachter.Cases;
using Poortwachter.Json;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>Every bad-input path of the contract gives its JSON path and a message a person understands.</summary>
public sealed class BadInputTests
{
    private const string Head = "\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\"";

    private static CaseProblem[] Problems(string json)
    {
        var result = PoortwachterJson.ReadCase(json);
        result.IsValid.Should().BeFalse();
        result.Case.Should().BeNull();
        return result.Problems.ToArray();
    }

    private static CaseProblem Single(string json) => Problems(json).Should().ContainSingle().Subject;

    private static string Event(string body) => "{" + Head + ",\"events\":[" + body + "]}";

    [Theory]
    [InlineData(
        "{\"caseId\":\"C-1\",\"firstSickDay\": }",
        "$.firstSickDay",
        "malformed JSON at line 1, position 33: '}' is an invalid start of a value."
    )]
    [InlineData("{\"caseId\":\"C-1\" \"firstSickDay\":\"2025-01-06\"}", "$.caseId", "malformed JSON at line 1, position 17:")]
    [InlineData(
        "{\"caseId\":\"C-1\",\n \"events\":[\n  {\"type\":\"evaluatie\",\"on\":\"2025-02-01\"},\n  {\"type\":\"evaluatie\" \"on\":\"2025-03-01\"}\n ]\n}",
        "$.events[1].type",
        "malformed JSON at line 4, position 23: '\"' is invalid after a value."
    )]
    [InlineData("{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",}", "$.firstSickDay", "malformed JSON at line 1")]
    [InlineData("{\"caseId\":\"C-1\" // comment\n}", "$.caseId", "malformed JSON at line 1")]
    [InlineData("{\"caseId\":\"C-1\"", "$.caseId", "malformed JSON at line 1")]
    public void Malformed_json_names_line_position_and_path(string json, string path, string message)
    {
        var problem = Single(json);
        problem.Path.Should().Be(path);
        problem.Message.Should().StartWith(message);
        problem.Message.Should().NotContain("LineNumber");
    }

    [Theory]
    [InlineData("", "$", "the document is empty: expected a JSON object with at least caseId and firstSickDay.")]
    [InlineData("  \n ", "$", "the document is empty: expected a JSON object with at least caseId and firstSickDay.")]
    [InlineData("[]", "$", "a case must be a JSON object with caseId and firstSickDay, not an array.")]
    [InlineData("\"C-1\"", "$", "a case must be a JSON object with caseId and firstSickDay, not a string (\"C-1\").")]
    public void The_document_must_be_one_case_object(string json, string path, string message) =>
        Single(json).Should().Be(new CaseProblem(path, message));

    [Fact]
    public void Content_after_the_case_is_reported() =>
        Single("{" + Head + "}\n{" + Head + "}")
            .Should()
            .Be(
                new CaseProblem(
                    "$",
                    "there is more after the case object (line 2): a document holds one case; put a batch in JSON Lines, one case per line."
                )
            );

    [Theory]
    [InlineData(
        "{" + Head + ",\"naam\":\"Jansen\"}",
        "$.naam",
        "unknown property 'naam': a case (it carries no personal or medical data) has only caseId, firstSickDay, sickness, leave, employmentEndsOn, lastWorkingDay, eigenrisicodragerZw, vangnet, eigenrisicodragerWga, reachesAowAgeOn, events."
    )]
    [InlineData(
        "{" + Head + ",\"firstsickday\":\"2025-01-06\"}",
        "$.firstsickday",
        "unknown property 'firstsickday': a case (it carries no personal or medical data) has only caseId, firstSickDay, sickness, leave, employmentEndsOn, lastWorkingDay, eigenrisicodragerZw, vangnet, eigenrisicodragerWga, reachesAowAgeOn, events. Did you mean 'firstSickDay'? Names are case-sensitive."
    )]
    [InlineData(
        "{" + Head + ",\"sickness\":[{\"from\":\"2025-01-06\",\"to\":\"2025-02-01\"}]}",
        "$.sickness[0].to",
        "unknown property 'to': a sickness period has only from, until."
    )]
    [InlineData(
        "{"
            + Head
            + ",\"leave\":[{\"kind\":\"zwangerschap-bevalling\",\"from\":\"2025-03-01\",\"until\":\"2025-06-01\",\"diagnose\":\"x\"}]}",
        "$.leave[0].diagnose",
        "unknown property 'diagnose': a leave period has only kind, from, until."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"plan-van-aanpak\",\"on\":\"2025-02-20\",\"weeks\":3}]}",
        "$.events[0].weeks",
        "unknown property 'weeks': an event of type 'plan-van-aanpak' has only type, on, visieWerkgever, visieWerknemer."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"evaluatie\",\"on\":\"2025-02-20\",\"notitie\":\"x\"}]}",
        "$.events[0].notitie",
        "unknown property 'notitie': an event of type 'evaluatie' has only type, on, visieWerkgever, visieWerknemer."
    )]
    [InlineData(
        "{" + Head + ",\"x y\":1}",
        "$['x y']",
        "unknown property 'x y': a case (it carries no personal or medical data) has only caseId, firstSickDay, sickness, leave, employmentEndsOn, lastWorkingDay, eigenrisicodragerZw, vangnet, eigenrisicodragerWga, reachesAowAgeOn, events."
    )]
    public void Unknown_properties_are_reported_anywhere(string json, string path, string message) =>
        Single(json).Should().Be(new CaseProblem(path, message));

    [Fact]
    public void An_unknown_event_type_lists_the_known_types() =>
        Single(Event("{\"type\":\"gesprek\",\"on\":\"2025-02-01\"}"))
            .Should()
            .Be(
                new CaseProblem(
                    "$.events[0].type",
                    "unknown event type 'gesprek': use one of probleemanalyse, plan-van-aanpak, evaluatie, vangnet-ziekmelding, uwv-ziekmelding, ziek-uit-dienst-melding, arbeidsdeskundig-onderzoek, eerstejaarsevaluatie, spoor-2, spoor-2-trajectplan, spoor-2-voortgangsrapportage, spoor-2-eindrapportage, re-integratieverslag, wia-aanvraag, geen-terugkeer-eigen-organisatie, geen-terugkeer-eigen-functie, spoor-2-uitstel, spoor-2-plaatsing, loonsanctie, bekorting, verlenging, verlenging-verzoek, afwijking, herstelmelding, herstel-afgewezen, uwv-wia-brief, riv-aanvulling, vervroegde-iva-aanvraag, vervroegde-iva-besluit."
                )
            );

    [Theory]
    [InlineData(
        "{\"type\":\"spoor-2-uitstel\",\"on\":\"2025-02-01\"}",
        "$.events[0].until",
        "until is missing: give the date by which full return in the own work is expected (about three months at most)."
    )]
    [InlineData(
        "{\"type\":\"spoor-2-trajectplan\",\"on\":\"2025-02-01\",\"months\":\"nine\"}",
        "$.events[0].months",
        "months must be a whole number of months (6, 9 or 12 in practice), not a string (\"nine\")."
    )]
    [InlineData(
        "{\"type\":\"spoor-2-plaatsing\",\"on\":\"2025-02-01\",\"until\":\"2025-03-01\"}",
        "$.events[0].until",
        "unknown property 'until': an event of type 'spoor-2-plaatsing' has only type, on."
    )]
    public void Spoor_2_events_are_read_strictly(string body, string path, string message) =>
        Single(Event(body)).Should().Be(new CaseProblem(path, message));

    [Fact]
    public void Event_types_are_case_sensitive() =>
        Single(Event("{\"type\":\"Evaluatie\",\"on\":\"2025-02-01\"}")).Path.Should().Be("$.events[0].type");

    [Fact]
    public void An_unknown_leave_kind_is_reported() =>
        Single("{" + Head + ",\"leave\":[{\"kind\":\"vakantie\",\"from\":\"2025-03-01\",\"until\":\"2025-03-14\"}]}")
            .Should()
            .Be(
                new CaseProblem(
                    "$.leave[0].kind",
                    "unknown leave kind 'vakantie': the only kind whose days do not count is 'zwangerschap-bevalling'."
                )
            );

    [Theory]
    [InlineData(
        "{\"firstSickDay\":\"2025-01-06\"}",
        "$.caseId",
        "caseId is missing: give the host's identifier of the case (no name, no BSN)."
    )]
    [InlineData("{\"caseId\":\"C-1\"}", "$.firstSickDay", "firstSickDay is missing: give day 1 of the sickness, such as \"2025-01-06\".")]
    [InlineData(
        "{" + Head + ",\"sickness\":[{\"until\":\"2025-02-01\"}]}",
        "$.sickness[0].from",
        "from is missing: give the first sick day of the period."
    )]
    [InlineData(
        "{" + Head + ",\"leave\":[{\"from\":\"2025-03-01\",\"until\":\"2025-03-14\"}]}",
        "$.leave[0].kind",
        "kind is missing: give the kind of leave, 'zwangerschap-bevalling'."
    )]
    [InlineData(
        "{" + Head + ",\"leave\":[{\"kind\":\"zwangerschap-bevalling\",\"until\":\"2025-03-14\"}]}",
        "$.leave[0].from",
        "from is missing: give the first day of the leave."
    )]
    [InlineData(
        "{" + Head + ",\"leave\":[{\"kind\":\"zwangerschap-bevalling\",\"from\":\"2025-03-01\"}]}",
        "$.leave[0].until",
        "until is missing: give the last day of the leave (inclusive)."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"on\":\"2025-02-01\"}]}",
        "$.events[0].type",
        "type is missing: give the event type, one of probleemanalyse, plan-van-aanpak, evaluatie, vangnet-ziekmelding, uwv-ziekmelding, ziek-uit-dienst-melding, arbeidsdeskundig-onderzoek, eerstejaarsevaluatie, spoor-2, spoor-2-trajectplan, spoor-2-voortgangsrapportage, spoor-2-eindrapportage, re-integratieverslag, wia-aanvraag, geen-terugkeer-eigen-organisatie, geen-terugkeer-eigen-functie, spoor-2-uitstel, spoor-2-plaatsing, loonsanctie, bekorting, verlenging, verlenging-verzoek, afwijking, herstelmelding, herstel-afgewezen, uwv-wia-brief, riv-aanvulling, vervroegde-iva-aanvraag, vervroegde-iva-besluit."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"evaluatie\"}]}",
        "$.events[0].on",
        "on is missing: give the date on which it happened, such as \"2025-02-10\"."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"loonsanctie\",\"on\":\"2026-11-01\"}]}",
        "$.events[0].weeks",
        "weeks is missing: give the length of the loonsanctie in weeks (1 to 52)."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"verlenging\",\"on\":\"2026-11-01\"}]}",
        "$.events[0].until",
        "until is missing: give the new last day of wage continuation granted by UWV."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"afwijking\",\"on\":\"2025-02-01\",\"dueBy\":\"2025-03-10\",\"reason\":\"r\"}]}",
        "$.events[0].obligation",
        "obligation is missing: give the code of the obligation whose term is changed."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"afwijking\",\"on\":\"2025-02-01\",\"obligation\":\"plan-van-aanpak\",\"reason\":\"r\"}]}",
        "$.events[0].dueBy",
        "dueBy is missing: give the new last day on which the obligation is on time."
    )]
    [InlineData(
        "{"
            + Head
            + ",\"events\":[{\"type\":\"afwijking\",\"on\":\"2025-02-01\",\"obligation\":\"plan-van-aanpak\",\"dueBy\":\"2025-03-10\"}]}",
        "$.events[0].reason",
        "reason is missing: give the reason for the deviation (Regeling procesgang art. 5; no medical data)."
    )]
    public void Missing_required_fields_are_reported(string json, string path, string message) =>
        Single(json).Should().Be(new CaseProblem(path, message));

    [Theory]
    [InlineData("{\"caseId\":42,\"firstSickDay\":\"2025-01-06\"}", "$.caseId", "caseId must be a string, not a number (42).")]
    [InlineData("{\"caseId\":null,\"firstSickDay\":\"2025-01-06\"}", "$.caseId", "caseId must be a string, not null.")]
    [InlineData(
        "{\"caseId\":\"C-1\",\"firstSickDay\":20250106}",
        "$.firstSickDay",
        "firstSickDay must be a date string such as \"2025-01-06\", not a number (20250106)."
    )]
    [InlineData(
        "{" + Head + ",\"sickness\":{\"from\":\"2025-01-06\"}}",
        "$.sickness",
        "sickness must be an array of periods {from, until} (or null), not an object."
    )]
    [InlineData(
        "{" + Head + ",\"sickness\":[\"2025-01-06\"]}",
        "$.sickness[0]",
        "a sickness period must be an object {\"from\": ..., \"until\": ...}, not a string (\"2025-01-06\")."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[42]}",
        "$.events[0]",
        "an event must be an object {\"type\": ..., \"on\": ...}, not a number (42)."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"loonsanctie\",\"on\":\"2026-11-01\",\"weeks\":\"12\"}]}",
        "$.events[0].weeks",
        "weeks must be a whole number of weeks (1 to 52), not a string (\"12\")."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":\"loonsanctie\",\"on\":\"2026-11-01\",\"weeks\":2.5}]}",
        "$.events[0].weeks",
        "weeks must be a whole number of weeks (1 to 52), not a number (2.5)."
    )]
    [InlineData(
        "{" + Head + ",\"events\":[{\"type\":true,\"on\":\"2025-02-01\"}]}",
        "$.events[0].type",
        "type must be a string, not true."
    )]
    [InlineData(
        "{" + Head + ",\"employmentEndsOn\":false}",
        "$.employmentEndsOn",
        "employmentEndsOn must be a date string such as \"2025-01-06\" or null, not false."
    )]
    public void Wrong_json_types_are_reported(string json, string path, string message) =>
        Single(json).Should().Be(new CaseProblem(path, message));

    [Theory]
    [InlineData("2025-02-30", "firstSickDay: '2025-02-30' is not a date that exists: February 2025 has 28 days.")]
    [InlineData("2025-04-31", "firstSickDay: '2025-04-31' is not a date that exists: April 2025 has 30 days.")]
    [InlineData("2025-13-01", "firstSickDay: '2025-13-01' is not a date: there is no month 13 (months run 01 to 12).")]
    [InlineData("2025-01-00", "firstSickDay: '2025-01-00' is not a date that exists: January 2025 has 31 days.")]
    [InlineData("06-01-2025", "firstSickDay: '06-01-2025' is not an ISO-8601 calendar date: write it as yyyy-mm-dd, such as '2025-01-06'.")]
    [InlineData("2025-1-6", "firstSickDay: '2025-1-6' is not an ISO-8601 calendar date: write it as yyyy-mm-dd, such as '2025-01-06'.")]
    [InlineData(
        "2025-01-06T09:00:00Z",
        "firstSickDay: '2025-01-06T09:00:00Z' has a time: the contract's dates are calendar dates without time or time zone, such as '2025-01-06'."
    )]
    public void Impossible_and_non_iso_dates_are_reported(string date, string message) =>
        Single("{\"caseId\":\"C-1\",\"firstSickDay\":\"" + date + "\"}").Should().Be(new CaseProblem("$.firstSickDay", message));

    [Fact]
    public void An_impossible_date_deep_in_the_case_has_its_path() =>
        Single(Event("{\"type\":\"evaluatie\",\"on\":\"2025-03-01\"},{\"type\":\"evaluatie\",\"on\":\"2025-02-29\"}"))
            .Should()
            .Be(new CaseProblem("$.events[1].on", "on: '2025-02-29' is not a date that exists: February 2025 has 28 days."));

    [Fact]
    public void A_long_value_is_repeated_at_most_80_characters()
    {
        // Issue 22: a 5,000-character firstSickDay came back whole in the problem message.
        var problem = Single("{\"caseId\":\"C-1\",\"firstSickDay\":\"" + new string('2', 5000) + "\"}");

        problem.Path.Should().Be("$.firstSickDay");
        problem
            .Message.Should()
            .Be(
                "firstSickDay: '"
                    + new string('2', 80)
                    + "... (5,000 characters)' is not an ISO-8601 calendar date: write it as yyyy-mm-dd, such as '2025-01-06'."
            );
    }

    [Fact]
    public void A_property_given_twice_is_reported() =>
        Single("{" + Head + ",\"caseId\":\"C-2\"}")
            .Should()
            .Be(new CaseProblem("$.caseId", "property 'caseId' appears more than once: give each property once."));

    [Fact]
    public void Until_before_from_is_reported_by_the_validator() =>
        Single("{" + Head + ",\"sickness\":[{\"from\":\"2025-01-06\",\"until\":\"2025-01-05\"}]}")
            .Should()
            .Be(
                new CaseProblem(
                    "$.sickness[0].until",
                    "until (2025-01-05) is before from (2025-01-06): a period ends on or after the day it starts."
                )
            );

    [Fact]
    public void Overlapping_periods_are_reported_by_the_validator() =>
        Single("{" + Head + ",\"sickness\":[{\"from\":\"2025-01-06\",\"until\":\"2025-02-01\"},{\"from\":\"2025-02-01\"}]}")
            .Should()
            .Be(
                new CaseProblem(
                    "$.sickness[1].from",
                    "period 1 starts on 2025-02-01, but period 0 runs until 2025-02-01: sickness periods must not overlap."
                )
            );

    [Fact]
    public void An_event_before_day_1_is_reported_by_the_validator() =>
        Single(Event("{\"type\":\"evaluatie\",\"on\":\"2025-02-01\"},{\"type\":\"probleemanalyse\",\"on\":\"2025-01-02\"}"))
            .Should()
            .Be(
                new CaseProblem(
                    "$.events[1].on",
                    "probleemanalyse on 2025-01-02 is before the first sick day 2025-01-06: events of a case happen on or after day 1."
                )
            );

    [Fact]
    public void A_deviation_art_5_does_not_cover_is_reported_by_the_validator() =>
        Single(
                Event(
                    "{\"type\":\"afwijking\",\"on\":\"2025-02-01\",\"obligation\":\"uwv-ziekmelding\",\"dueBy\":\"2025-12-01\",\"reason\":\"r\"}"
                )
            )
            .Should()
            .Be(
                new CaseProblem(
                    "$.events[0].obligation",
                    "'uwv-ziekmelding' is not a term of art. 2 or 4 of the Regeling procesgang: art. 5 allows a reasoned deviation only for probleemanalyse, plan-van-aanpak, evaluatie, eerstejaarsevaluatie."
                )
            );

    [Fact]
    public void A_loonsanctie_out_of_range_is_reported_by_the_validator() =>
        Single(Event("{\"type\":\"loonsanctie\",\"on\":\"2026-11-01\",\"weeks\":60}")).Path.Should().Be("$.events[0].weeks");

    [Fact]
    public void Every_problem_of_the_document_is_reported_together()
    {
        const string json = """
            {
              "caseId": 7,
              "firstSickDay": "2025-02-30",
              "naam": "x",
              "sickness": [ { "from": "2025-01-06", "until": "tomorrow" } ],
              "leave": [ { "kind": "vakantie", "from": "2025-03-01" } ],
              "events": [
                { "type": "gesprek", "on": "2025-02-01" },
                { "type": "loonsanctie", "on": "2026-01-01", "weeks": 1.5 },
                { "on": "2025-31-01" }
              ]
            }
            """;

        Problems(json)
            .Select(p => p.Path)
            .Should()
            .Equal(
                "$.caseId",
                "$.firstSickDay",
                "$.naam",
                "$.sickness[0].until",
                "$.leave[0].kind",
                "$.leave[0].until",
                "$.events[0].type",
                "$.events[1].weeks",
                "$.events[2].on",
                "$.events[2].type"
            );
    }
}
