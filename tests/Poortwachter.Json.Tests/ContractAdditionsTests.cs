using System.IO;
using System.Linq;
using System.Text;
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
/// What version 0.4 added to the assessment JSON: <c>sequence</c> on warnings about a repeating obligation, and the
/// statutory last day with the extensions that moved it. D = Monday 6 January 2025, sick throughout: counted day 728 is
/// D + 727 = 3 January 2027, the statutory last day (BW 7:629 lid 1; WIA art. 23 lid 1).
/// </summary>
public sealed class ContractAdditionsTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    private static JsonDocument Write(Assessment assessment, bool withText)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, PoortwachterJson.CompactWriterOptions))
        {
            PoortwachterJson.WriteAssessment(writer, assessment, withText);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static Assessment Assess(SicknessCase @case, LocalDate asOf) => PoortwachterEngine.CreateDefault().Assess(@case, asOf);

    private static string[] Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_warning_about_the_second_evaluation_carries_sequence_2(bool withText)
    {
        // Plan 20 Feb 2025 (d46); evaluation #1 held 1 Apr 2025 (d86); #2 due d86 + 42 = d128 = 13 May 2025, missing on
        // 2 Jun 2025: overdue. Regeling procesgang art. 4 lid 2 onder b.
        var @case = SicknessCase
            .Builder("A-1", Day1)
            .Probleemanalyse(new LocalDate(2025, 2, 10))
            .PlanVanAanpak(new LocalDate(2025, 2, 20))
            .Evaluatie(new LocalDate(2025, 4, 1))
            .Build();
        using var doc = Write(Assess(@case, new LocalDate(2025, 6, 2)), withText);

        var overdue = doc.RootElement.GetProperty("warnings").EnumerateArray().Single(w => w.GetProperty("kind").GetString() == "overdue");
        overdue.GetProperty("obligation").GetString().Should().Be("evaluatie");
        overdue.GetProperty("sequence").GetInt32().Should().Be(2);
        Names(overdue)
            .Should()
            .Equal(withText ? ["kind", "obligation", "severity", "message", "sequence"] : ["kind", "obligation", "severity", "sequence"]);
    }

    [Fact]
    public void A_warning_about_a_one_off_obligation_has_no_sequence()
    {
        // Analysis 10 Feb 2025; plan due 14 calendar days later, 24 Feb 2025 (Regeling procesgang art. 4 lid 1): overdue on 1 Mar.
        var @case = SicknessCase.Builder("A-2", Day1).Probleemanalyse(new LocalDate(2025, 2, 10)).Build();
        using var doc = Write(Assess(@case, new LocalDate(2025, 3, 1)), withText: true);

        var warnings = doc.RootElement.GetProperty("warnings").EnumerateArray().ToArray();
        warnings
            .Should()
            .Contain(w => w.GetProperty("kind").GetString() == "overdue" && w.GetProperty("obligation").GetString() == "plan-van-aanpak");
        warnings.Where(w => w.TryGetProperty("sequence", out var _)).Should().BeEmpty();
    }

    [Fact]
    public void The_statutory_last_day_and_each_extension_are_written_in_order()
    {
        // Statutory last day 3 Jan 2027. Voluntary extension (WIA art. 24) granted 1 Sep 2026 to 31 Mar 2027: 28 + 28 + 31 =
        // 87 days later. The WIA application then counts back from 31 Mar 2027 (WIA art. 64 lid 3): 77 counted days before is
        // 13 Jan 2027; made 10 Jan 2027, on time, so no late-application extension. Loonsanctie of 12 weeks decided 1 Feb 2027,
        // before the end: 84 counted days after 31 Mar 2027 = 30 + 31 + 23 -> 23 Jun 2027 (WIA art. 25 lid 9).
        var @case = SicknessCase
            .Builder("A-3", Day1)
            .Verlenging(new LocalDate(2026, 9, 1), new LocalDate(2027, 3, 31))
            .WiaAanvraag(new LocalDate(2027, 1, 10))
            .Loonsanctie(new LocalDate(2027, 2, 1), 12)
            .Build();
        var assessment = Assess(@case, new LocalDate(2027, 2, 15));
        using var doc = Write(assessment, withText: true);
        var w = doc.RootElement.GetProperty("wachttijd");

        w.GetProperty("statutoryLastDay").GetString().Should().Be("2027-01-03");
        w.GetProperty("lastDay").GetString().Should().Be("2027-06-23");
        var extensions = w.GetProperty("extensions").EnumerateArray().ToArray();
        extensions.Should().HaveCount(2);
        Names(extensions[0]).Should().Equal("code", "newLastDay", "days", "legalBasis", "explanation");
        extensions[0].GetProperty("code").GetString().Should().Be("verlenging");
        extensions[0].GetProperty("newLastDay").GetString().Should().Be("2027-03-31");
        extensions[0].GetProperty("days").GetInt32().Should().Be(87);
        extensions[0].GetProperty("legalBasis").GetString().Should().Be("Wet werk en inkomen naar arbeidsvermogen, art. 24 lid 1");
        extensions[0].GetProperty("explanation").GetString().Should().Be(assessment.Wachttijd.Extensions[0].Explanation);
        extensions[1].GetProperty("code").GetString().Should().Be("loonsanctie");
        extensions[1].GetProperty("newLastDay").GetString().Should().Be("2027-06-23");
        extensions[1].GetProperty("days").GetInt32().Should().Be(84);
        extensions[1].GetProperty("legalBasis").GetString().Should().Be("Wet werk en inkomen naar arbeidsvermogen, art. 25 lid 9");
        extensions[1].GetProperty("explanation").GetString().Should().Contain("loonsanctie of 12 week(s)");
    }

    [Fact]
    public void Without_text_the_extensions_keep_everything_but_the_explanation()
    {
        // WIA application due 77 counted days before 3 Jan 2027: counted day 651 = 18 Oct 2026 (WIA art. 64 lid 3). Made on
        // 28 Oct 2026, 10 days late: the last day moves by 10 days to 13 Jan 2027 (BW 7:629 lid 11 onder a).
        var @case = SicknessCase.Builder("A-4", Day1).WiaAanvraag(new LocalDate(2026, 10, 28)).Build();
        using var doc = Write(Assess(@case, new LocalDate(2026, 11, 1)), withText: false);
        var w = doc.RootElement.GetProperty("wachttijd");

        w.GetProperty("statutoryLastDay").GetString().Should().Be("2027-01-03");
        w.GetProperty("lastDay").GetString().Should().Be("2027-01-13");
        var extension = w.GetProperty("extensions").EnumerateArray().Should().ContainSingle().Which;
        Names(extension).Should().Equal("code", "newLastDay", "days", "legalBasis");
        extension.GetProperty("code").GetString().Should().Be("wia-aanvraag-te-laat");
        extension.GetProperty("newLastDay").GetString().Should().Be("2027-01-13");
        extension.GetProperty("days").GetInt32().Should().Be(10);
        extension.GetProperty("legalBasis").GetString().Should().Be("Burgerlijk Wetboek Boek 7, art. 629 lid 11 onder a");
    }

    [Fact]
    public void Without_extensions_the_statutory_last_day_is_the_last_day_and_the_list_is_empty()
    {
        using var doc = Write(Assess(SicknessCase.Builder("A-5", Day1).Build(), new LocalDate(2025, 6, 2)), withText: true);
        var w = doc.RootElement.GetProperty("wachttijd");

        w.GetProperty("statutoryLastDay").GetString().Should().Be("2027-01-03");
        w.GetProperty("lastDay").GetString().Should().Be("2027-01-03");
        w.GetProperty("extensions").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void A_case_ended_by_recovery_has_no_statutory_last_day()
    {
        // Sick 6 Jan to 1 Feb 2025, then fit: 28 fit days end the case on 1 Mar (BW 7:629 lid 10); on 2 Jun it is over.
        var @case = new SicknessCase("A-6", Day1, [new SicknessPeriod(Day1, new LocalDate(2025, 2, 1))]);
        using var doc = Write(Assess(@case, new LocalDate(2025, 6, 2)), withText: true);
        var w = doc.RootElement.GetProperty("wachttijd");

        w.GetProperty("state").GetString().Should().Be("ended-recovered");
        w.GetProperty("statutoryLastDay").ValueKind.Should().Be(JsonValueKind.Null);
        w.GetProperty("extensions").GetArrayLength().Should().Be(0);
    }
}
