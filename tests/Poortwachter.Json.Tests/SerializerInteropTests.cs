using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// A host's own System.Text.Json models holding a case or an assessment (<see cref="PoortwachterJsonSerializerOptionsExtensions"/>),
/// beside NodaTime's converters: the embedded JSON is the contract's, byte for byte, and a bad case is reported with
/// every problem and its path in the host's document.
/// </summary>
public sealed class SerializerInteropTests
{
    /// <summary>The HR file of the issue: a host model with a case in it and a date of its own.</summary>
    public sealed record HrFile(string Id, SicknessCase Case, LocalDate Opened);

    public sealed record HrReport(string Id, Assessment Assessment, LocalDate Made);

    public sealed record HrBatch(IReadOnlyList<SicknessCase> Cases);

    private static readonly LocalDate Opened = new(2025, 1, 7);

    /// <summary>A host's options: camelCase names, NodaTime's converters for its own dates, ours for the case.</summary>
    private static JsonSerializerOptions HostOptions(bool nodaTimeFirst = true, bool withText = true)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return nodaTimeFirst
            ? options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb).ConfigureForPoortwachter(withText)
            : options.ConfigureForPoortwachter(withText).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }

    private static string Property(string json, string name)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty(name).GetRawText();
    }

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void An_HR_file_round_trips_beside_NodaTimes_converters_and_embeds_the_contracts_case_byte_for_byte(string file)
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(Samples.Text(file));
        foreach (var nodaTimeFirst in new[] { true, false })
        {
            var options = HostOptions(nodaTimeFirst);

            var json = JsonSerializer.Serialize(new HrFile("HR-7", @case, Opened), options);
            var back = JsonSerializer.Deserialize<HrFile>(json, options)!;

            Property(json, "case").Should().Be(PoortwachterJson.WriteCase(@case));
            Property(json, "opened").Should().Be("\"2025-01-07\"", "the host's own date is NodaTime's");
            back.Id.Should().Be("HR-7");
            back.Opened.Should().Be(Opened);
            Samples.Describe(back.Case).Should().Be(Samples.Describe(@case));
        }
    }

    [Fact]
    public void Indented_output_nests_the_case_at_the_hosts_depth_and_reads_back()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(Samples.Text("leave.json"));
        var options = new JsonSerializerOptions(HostOptions()) { WriteIndented = true };

        var json = JsonSerializer.Serialize(new HrFile("HR-7", @case, Opened), options);

        json.Should().Contain("\n  \"case\": {\n    \"caseId\": ");
        Samples.Describe(JsonSerializer.Deserialize<HrFile>(json, options)!.Case).Should().Be(Samples.Describe(@case));
    }

    [Fact]
    public void The_hosts_naming_policy_renames_its_own_properties_never_the_contracts()
    {
        var @case = PoortwachterJson.ReadCaseOrThrow(Samples.Text("continuous.json"));
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper }
            .ConfigureForNodaTime(DateTimeZoneProviders.Tzdb)
            .ConfigureForPoortwachter();

        var json = JsonSerializer.Serialize(new HrFile("HR-7", @case, Opened), options);

        using var doc = JsonDocument.Parse(json);
        doc.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("ID", "CASE", "OPENED");
        doc.RootElement.GetProperty("CASE").EnumerateObject().Select(p => p.Name).Should().StartWith(["caseId", "firstSickDay"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_embedded_assessment_is_the_contracts_assessment_byte_for_byte(bool withText)
    {
        var assessment = PoortwachterEngine
            .CreateDefault()
            .Assess(PoortwachterJson.ReadCaseOrThrow(Samples.Text("spoor-2.json")), Samples.AsOf);
        var options = HostOptions(withText: withText);

        var json = JsonSerializer.Serialize(new HrReport("R-1", assessment, Opened), options);

        var expected = new MemoryStream();
        using (var writer = new Utf8JsonWriter(expected, PoortwachterJson.CompactWriterOptions))
        {
            PoortwachterJson.WriteAssessment(writer, assessment, withText);
        }

        Property(json, "assessment").Should().Be(Encoding.UTF8.GetString(expected.ToArray()));
        json.Contains("\"explanation\"", StringComparison.Ordinal).Should().Be(withText);
        if (withText)
        {
            Property(json, "assessment").Should().Be(PoortwachterJson.WriteAssessment(assessment));
        }
    }

    [Fact]
    public void An_assessment_is_not_read_back_and_the_host_is_told_why()
    {
        var assessment = PoortwachterEngine
            .CreateDefault()
            .Assess(PoortwachterJson.ReadCaseOrThrow(Samples.Text("continuous.json")), Samples.AsOf);
        var options = HostOptions();
        var json = JsonSerializer.Serialize(new HrReport("R-1", assessment, Opened), options);

        var read = () => JsonSerializer.Deserialize<HrReport>(json, options);

        read.Should()
            .Throw<NotSupportedException>()
            .Where(e => e.ToString().Contains("An Assessment cannot be read from JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_embedded_case_throws_one_JsonException_with_every_problem_at_its_path_in_the_hosts_document()
    {
        const string json = """
            {"id":"HR-7","opened":"2025-01-07","case":{"caseId":"C-1","firstSickDay":"2025-01-06","sickness":[],"shoeSize":44,
             "events":[{"type":"probleemanalyse","on":"2025-02-30"}]}}
            """;

        var read = () => JsonSerializer.Deserialize<HrFile>(json, HostOptions());

        var e = read.Should().Throw<JsonException>().Which;
        e.Path.Should().Be("$.case");
        e.Message.Should().StartWith("The case at $.case has 2 problems:");
        e.Message.Should().Contain("$.case.shoeSize: ").And.Contain("$.case.events[0].on: ");
        e.InnerException.Should()
            .BeOfType<InvalidCaseException>()
            .Which.Problems.Select(p => p.Path)
            .Should()
            .Equal("$.shoeSize", "$.events[0].on");
    }

    [Fact]
    public void A_case_the_validator_refuses_is_reported_at_its_place_in_a_list()
    {
        // The second case ends its sickness before it starts: sound JSON, refused by CaseValidator.
        const string json = """
            {"cases":[{"caseId":"C-1","firstSickDay":"2025-01-06"},
                      {"caseId":"C-2","firstSickDay":"2025-01-06","sickness":[{"from":"2025-01-06","until":"2025-01-01"}]}]}
            """;

        var read = () => JsonSerializer.Deserialize<HrBatch>(json, HostOptions());

        var e = read.Should().Throw<JsonException>().Which;
        e.Path.Should().Be("$.cases[1]");
        e.Message.Should().StartWith("The case at $.cases[1] is invalid: $.cases[1].sickness[0].until: ");
    }

    [Fact]
    public void A_string_that_is_no_text_is_one_problem_of_the_case_not_a_crash()
    {
        const string json = """{"id":"HR-7","opened":"2025-01-07","case":{"caseId":"\ud800","firstSickDay":"2025-01-06"}}""";

        var read = () => JsonSerializer.Deserialize<HrFile>(json, HostOptions());

        read.Should().Throw<JsonException>().WithMessage("The case at $.case is invalid: $.case: *lone UTF-16 surrogate*");
    }

    [Fact]
    public void A_case_read_by_the_converter_alone_has_the_paths_of_the_case()
    {
        var converter = new SicknessCaseJsonConverter();
        var reader = new Utf8JsonReader("""{"caseId":"C-1"}"""u8);
        reader.Read();

        JsonException? thrown = null;
        try
        {
            converter.Read(ref reader, typeof(SicknessCase), new JsonSerializerOptions());
        }
        catch (JsonException e)
        {
            thrown = e;
        }

        thrown.Should().NotBeNull();
        thrown!.Message.Should().StartWith("The case is invalid: $.firstSickDay: ");
    }

    [Fact]
    public void Host_obligation_codes_are_accepted_only_when_given()
    {
        const string json =
            """{"id":"HR-7","opened":"2025-01-07","case":{"caseId":"C-1","firstSickDay":"2025-01-06","events":[{"type":"contact-dag-3","on":"2025-01-08"}]}}""";
        var codes = new CaseReaderOptions().AddObligationCode("contact-dag-3");
        var with = HostOptions().ConfigureForPoortwachter(caseReaderOptions: codes);
        codes.AddObligationCode("later-code"); // copied when configured: a later change does not reach the converter

        JsonSerializer.Deserialize<HrFile>(json, with)!.Case.Events.Should().ContainSingle().Which.Should().BeOfType<ObligationFulfilled>();
        var without = () => JsonSerializer.Deserialize<HrFile>(json, HostOptions());
        without.Should().Throw<JsonException>().WithMessage("*$.case.events[0].type*contact-dag-3*");
    }

    [Fact]
    public void Configuring_again_replaces_the_converters_instead_of_adding_a_second_pair()
    {
        var options = HostOptions(withText: true).ConfigureForPoortwachter(withText: false);

        options.Converters.OfType<AssessmentJsonConverter>().Should().ContainSingle().Which.WithText.Should().BeFalse();
        options.Converters.OfType<SicknessCaseJsonConverter>().Should().ContainSingle();
    }

    [Fact]
    public void A_null_case_is_null_and_used_options_cannot_be_configured()
    {
        var options = HostOptions();
        JsonSerializer.Deserialize<HrFile>("""{"id":"HR-7","case":null,"opened":"2025-01-07"}""", options)!.Case.Should().BeNull();

        var again = () => options.ConfigureForPoortwachter();
        again.Should().Throw<InvalidOperationException>();
        var none = () => ((JsonSerializerOptions)null!).ConfigureForPoortwachter();
        none.Should().Throw<ArgumentNullException>();
    }
}
