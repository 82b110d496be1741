using System.Linq;
using System.Text;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>Reading case documents: valid documents, round trips, host event types.</summary>
public sealed class CaseReadingTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void Every_sample_case_reads_and_assesses(string file)
    {
        var result = PoortwachterJson.ReadCase(Samples.Text(file));
        result.Problems.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        var assessment = PoortwachterEngine.CreateDefault().Assess(result.Case!, Samples.AsOf);
        assessment.Obligations.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void Every_sample_case_round_trips(string file)
    {
        var first = PoortwachterJson.ReadCaseOrThrow(Samples.Text(file));
        var written = PoortwachterJson.WriteCase(first);
        var second = PoortwachterJson.ReadCaseOrThrow(written);
        Samples.Describe(second).Should().Be(Samples.Describe(first));
        PoortwachterJson.WriteCase(second).Should().Be(written);
    }

    [Fact]
    public void A_case_with_every_event_type_round_trips()
    {
        var @case = SicknessCase
            .Builder("C-7001", D(2024, 1, 8))
            .SickUntil(D(2024, 2, 2))
            .SickAgainFrom(D(2024, 2, 19))
            .ZwangerschapsBevallingsverlof(D(2024, 5, 1), D(2024, 8, 20))
            .EmploymentEndsOn(D(2026, 6, 30))
            .Probleemanalyse(D(2024, 2, 12))
            .Afwijking(D(2024, 2, 13), ObligationCodes.PlanVanAanpak, D(2024, 3, 11), "bedrijfsarts met vakantie")
            .PlanVanAanpak(D(2024, 3, 5))
            .Evaluatie(D(2024, 4, 15))
            .UwvZiekmelding(D(2024, 11, 18))
            .ArbeidsdeskundigOnderzoek(D(2025, 2, 3))
            .GeenTerugkeerEigenOrganisatie(D(2025, 2, 10))
            .Eerstejaarsevaluatie(D(2025, 3, 3))
            .GeenTerugkeerEigenFunctie(D(2024, 12, 2))
            .Spoor2Uitstel(D(2025, 3, 3), D(2025, 3, 20))
            .Spoor2(D(2025, 3, 24))
            .Spoor2Trajectplan(D(2025, 4, 14), 9)
            .Spoor2Voortgangsrapportage(D(2025, 5, 26))
            .Spoor2Plaatsing(D(2025, 8, 4))
            .Spoor2Eindrapportage(D(2025, 10, 27))
            .ReIntegratieverslag(D(2025, 11, 10))
            .WiaAanvraag(D(2025, 11, 24))
            .Verlenging(D(2025, 12, 1), D(2026, 6, 1))
            .Loonsanctie(D(2026, 1, 5), 26)
            .Bekorting(D(2026, 2, 16))
            .Build();

        var json = PoortwachterJson.WriteCase(@case, indented: true);
        var back = PoortwachterJson.ReadCase(json);

        back.Problems.Should().BeEmpty();
        Samples.Describe(back.Case!).Should().Be(Samples.Describe(@case));
        json.Should().Contain("\"weeks\": 26").And.Contain("\"reason\": \"bedrijfsarts met vakantie\"").And.Contain("\"months\": 9");
        back.Case!.Events.OfType<Spoor2Uitstel>().Single().Until.Should().Be(D(2025, 3, 20));
        back.Case.Events.OfType<Spoor2Trajectplan>().Single().PlannedMonths.Should().Be(9);
    }

    [Fact]
    public void A_minimal_case_is_one_open_period()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow("""{"caseId":"C-1","firstSickDay":"2025-01-06"}""");

        @case.CaseId.Should().Be("C-1");
        @case.FirstSickDay.Should().Be(D(2025, 1, 6));
        @case.Sickness.Should().BeEmpty();
        @case.Leave.Should().BeEmpty();
        @case.Events.Should().BeEmpty();
        @case.EmploymentEndsOn.Should().BeNull();
    }

    [Fact]
    public void Optional_fields_may_be_null_and_until_may_be_null()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(
            """{"caseId":"C-1","firstSickDay":"2025-01-06","sickness":[{"from":"2025-01-06","until":null}],"leave":null,"employmentEndsOn":null,"events":null}"""
        );

        @case.Sickness.Should().ContainSingle().Which.Until.Should().BeNull();
    }

    [Fact]
    public void Utf8_input_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Samples.Text("continuous.json"))).ToArray();

        PoortwachterJson.ReadCase(bytes).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Events_become_their_classes()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(Samples.Text("loonsanctie.json"));

        @case.Events.OfType<ObligationFulfilled>().Select(e => e.Obligation).Should().Contain(ObligationCodes.ReIntegratieverslag);
        @case.Events.OfType<Loonsanctie>().Should().ContainSingle().Which.Weeks.Should().Be(12);
        @case.Events.OfType<Bekorting>().Should().ContainSingle().Which.On.Should().Be(D(2026, 2, 2));
    }

    [Fact]
    public void A_host_registers_its_own_obligation_codes()
    {
        const string json = """{"caseId":"C-1","firstSickDay":"2025-01-06","events":[{"type":"contact-dag-3","on":"2025-01-08"}]}""";

        PoortwachterJson.ReadCase(json).Problems.Should().ContainSingle().Which.Path.Should().Be("$.events[0].type");

        var options = new CaseReaderOptions().AddObligationCode("contact-dag-3");
        var @case = PoortwachterJson.ReadCaseOrThrow(json, options);
        @case.Events.Should().ContainSingle().Which.Should().BeOfType<ObligationFulfilled>().Which.Obligation.Should().Be("contact-dag-3");
        PoortwachterJson.ReadCaseOrThrow(PoortwachterJson.WriteCase(@case), options).Events.Should().HaveCount(1);
    }

    [Fact]
    public void A_host_cannot_register_a_fact_as_an_obligation() =>
        FluentActions.Invoking(() => new CaseReaderOptions().AddObligationCode("loonsanctie")).Should().Throw<System.ArgumentException>();

    [Fact]
    public void The_throwing_variant_throws_with_every_problem()
    {
        var act = () => PoortwachterJson.ReadCaseOrThrow("""{"caseId":"C-1","firstSickDay":"2025-02-30","x":1}""");

        act.Should().Throw<InvalidCaseException>().Which.Problems.Select(p => p.Path).Should().Equal("$.firstSickDay", "$.x");
    }

    [Fact]
    public void The_date_converter_reads_and_writes_iso_dates()
    {
        var options = new System.Text.Json.JsonSerializerOptions { Converters = { new IsoLocalDateConverter() } };

        System.Text.Json.JsonSerializer.Serialize(D(2025, 1, 6), options).Should().Be("\"2025-01-06\"");
        System.Text.Json.JsonSerializer.Deserialize<LocalDate>("\"2024-02-29\"", options).Should().Be(D(2024, 2, 29));
        FluentActions
            .Invoking(() => System.Text.Json.JsonSerializer.Deserialize<LocalDate>("\"2025-02-29\"", options))
            .Should()
            .Throw<System.Text.Json.JsonException>();
    }

    [Fact]
    public void Dates_are_written_as_NodaTime_formats_them()
    {
        var start = D(1999, 12, 25);
        for (var i = 0; i < 800; i += 7)
        {
            var date = start.PlusDays(i * 13);
            var json = PoortwachterJson.WriteCase(new SicknessCase("C", date));
            json.Should().Contain($"\"firstSickDay\":\"{NodaTime.Text.LocalDatePattern.Iso.Format(date)}\"");
        }
    }
}
