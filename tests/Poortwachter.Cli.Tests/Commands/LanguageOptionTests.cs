using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Poortwachter.Rules;
using Xunit;
using IcalCalendar = Ical.Net.Calendar;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// <c>--language nl|en</c> (and <c>POORTWACHTER_LANGUAGE</c>) on every command and format: the option's reading, the
/// Dutch table, JSON, calendar, page and catalogue, and the English output left as it was.
/// </summary>
public sealed class LanguageOptionTests
{
    private const string AsOf = "2025-06-02";

    /// <summary>The demo case (samples/cases/spoor-2.json): first sick day 2024-03-04, assessed on 2025-06-02.</summary>
    private static Assessment Demo() => Expected("spoor-2.json");

    private static Assessment Expected(string file) =>
        PoortwachterEngine.CreateDefault().Assess(PoortwachterJson.ReadCaseOrThrow(Samples.Text(file)), Samples.AsOf);

    [Theory]
    [InlineData("--language", "nl")]
    [InlineData("-l", "nl")]
    [InlineData("--language", "nl-NL")]
    [InlineData("--language", "NL")]
    [InlineData("-l", "nl_BE")]
    public void The_option_reads_nl_a_tag_and_any_case_as_Dutch(string option, string value)
    {
        var result = CliRunner.Run("demo", option, value);

        result.ExitCode.Should().Be(0, result.ToString());
        // The demo: case C-1005, assessed on 2025-06-02, written as a Dutch reader expects it.
        result.Stdout.Should().Contain("Poortwachter zaak C-1005 op 2 juni 2025");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("html")]
    public void English_by_name_is_the_default_output_byte_for_byte(string format)
    {
        var plain = CliRunner.Run("demo", "--format", format);
        var en = CliRunner.Run("demo", "--format", format, "--language", "EN");
        var tag = CliRunner.Run("demo", "--format", format, "-l", "en-GB");

        plain.ExitCode.Should().Be(0, plain.ToString());
        en.Stdout.Should().Be(plain.Stdout);
        tag.Stdout.Should().Be(plain.Stdout);
    }

    [Fact]
    public void The_option_goes_before_the_command_too()
    {
        var before = CliRunner.Run("--language", "nl", "rules");
        var after = CliRunner.Run("rules", "--language", "nl");

        before.ExitCode.Should().Be(0, before.ToString());
        before.Stdout.Should().Be(after.Stdout).And.Contain("Regels van wvp-2013");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("dutch")]
    [InlineData("")]
    public void A_language_the_texts_are_not_written_in_is_a_usage_error(string value)
    {
        var result = CliRunner.Run("demo", "--language", value);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result
            .Stderr.Should()
            .Be(
                $"poortwachter: --language '{value}': not a language the texts are written in. Use nl (Dutch) or en (English); a tag such as nl-NL is read as nl."
                    + Environment.NewLine
            );
    }

    [Fact]
    public void The_environment_variable_chooses_the_language_and_the_option_wins_over_it()
    {
        var fromVariable = CliRunner.RunWith(new CliEdges { LanguageSetting = "nl" }, "demo");
        var optionWins = CliRunner.RunWith(new CliEdges { LanguageSetting = "nl" }, "demo", "--language", "en");
        var empty = CliRunner.RunWith(new CliEdges { LanguageSetting = string.Empty }, "demo");
        var english = CliRunner.Run("demo");

        fromVariable.ExitCode.Should().Be(0, fromVariable.ToString());
        fromVariable.Stdout.Should().Contain("Poortwachter zaak C-1005 op 2 juni 2025");
        optionWins.Stdout.Should().Be(english.Stdout);
        empty.Stdout.Should().Be(english.Stdout, "an empty variable is as good as unset");
    }

    [Fact]
    public void A_bad_environment_variable_is_a_usage_error_that_names_it()
    {
        var result = CliRunner.RunWith(new CliEdges { LanguageSetting = "klingon" }, "demo");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith("poortwachter: POORTWACHTER_LANGUAGE 'klingon': not a language the texts are written in.");
    }

    [Fact]
    public void The_Dutch_table_has_Dutch_headings_statuses_and_dates()
    {
        var result = CliRunner.Run("demo", "--language", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd()).ToArray();
        // First sick day 2024-03-04; 456 counted days on 2025-06-02 (4 March 2024 to 2 June 2025 inclusive: 365 + 91),
        // in week 66 (456 / 7 = 65.1, so the 66th week has begun); day 728 is 1 March 2026 (WIA art. 23 lid 1), the
        // WIA can start the day after.
        lines.Should().Contain("Eerste ziektedag                  4 maart 2024");
        lines.Should().Contain("Stand                             loopt (ziek op de peildatum)");
        lines.Should().Contain("Getelde ziektedagen               456 (week 66 van 104)");
        lines.Should().Contain("Laatste dag van loondoorbetaling  1 maart 2026");
        lines.Should().Contain("WIA kan ingaan                    2 maart 2026");
        result.Stdout.Should().Contain("Verplichtingen (op volgorde van uiterste datum)");
        lines
            .Should()
            .Contain(l =>
                l.StartsWith("│ Uiterlijk ", StringComparison.Ordinal) && l.Contains("│ Uitgevoerd op ", StringComparison.Ordinal)
            );
        // The probleemanalyse: due 2024-04-14, done 2024-04-08 (on time).
        lines
            .Should()
            .Contain(l =>
                l.StartsWith("│ 14 april 2024 ", StringComparison.Ordinal)
                && l.Contains("│ op tijd │ 8 april 2024 ", StringComparison.Ordinal)
            );
        result.Stdout.Should().Contain("Mijlpalen").And.Contain("Legenda: !! te laat");
        result.Stdout.Should().NotContain("Obligations").And.NotContain("First sick day").And.NotContain("fulfilled");
    }

    [Fact]
    public void The_Dutch_table_marks_overdue_work_with_its_days_in_Dutch()
    {
        var expected = Expected("eigenrisicodrager.json");
        var overdue = expected.Obligations.First(o => o.Status == ObligationStatus.Overdue);
        var days = Period.DaysBetween(overdue.DueBy!.Value, Samples.AsOf);

        var result = CliRunner.Run("assess", Samples.PathOf("eigenrisicodrager.json"), "--as-of", AsOf, "--language", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain($"!! TE LAAT ({days} {(days == 1 ? "dag" : "dagen")})").And.NotContain("OVERDUE");
        foreach (var w in expected.Warnings)
        {
            // The message in the warnings' column, wrapped: its start is on the tag's line.
            var message = w.MessageIn(TextLanguage.Dutch);
            result.Stdout.Should().Contain(message[..Math.Min(40, message.Length)]);
        }
    }

    [Fact]
    public void Dutch_JSON_has_the_Dutch_texts_and_the_same_codes_dates_and_fields()
    {
        var assessment = Demo();
        var dutch = CliRunner.Run("demo", "--format", "json", "--language", "nl");
        var english = CliRunner.Run("demo", "--format", "json");

        dutch.ExitCode.Should().Be(0, dutch.ToString());
        dutch.Stdout.Should().Be(PoortwachterJson.WriteAssessment(assessment, TextLanguage.Dutch, indented: true) + "\n");
        using var nl = JsonDocument.Parse(dutch.Stdout);
        using var en = JsonDocument.Parse(english.Stdout);
        Strip(nl.RootElement).Should().Be(Strip(en.RootElement), "only explanation and message depend on the language");
        var first = nl.RootElement.GetProperty("obligations")[0].GetProperty("explanation").GetString();
        first.Should().Be(assessment.Obligations[0].ExplanationIn(TextLanguage.Dutch));
        // The probleemanalyse is due 2024-04-14: a date in a Dutch text is written as Dutch prose.
        first.Should().Contain("14 april 2024").And.NotContain("2024-04-14");
    }

    [Fact]
    public void Dutch_batch_lines_are_the_Dutch_assessments()
    {
        var result = CliRunner.Run("assess", Samples.PathOf("cases.jsonl"), "--as-of", AsOf, "--language", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var cases = File.ReadAllLines(Samples.PathOf("cases.jsonl")).Where(l => l.Trim().Length > 0).ToArray();
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(cases.Length);
        var engine = PoortwachterEngine.CreateDefault();
        for (var i = 0; i < cases.Length; i++)
        {
            var assessment = engine.Assess(PoortwachterJson.ReadCaseOrThrow(cases[i]), Samples.AsOf);
            lines[i].Should().Be(PoortwachterJson.WriteAssessment(assessment, TextLanguage.Dutch));
        }
    }

    [Fact]
    public void The_Dutch_calendar_says_what_is_due_by_when_in_Dutch()
    {
        var assessment = Demo();
        // Evaluatie #11: due 2025-06-20 (six weeks after the evaluation of 2025-05-09), open on 2025-06-02.
        var open = assessment.Obligations.Single(o => o.Kind == "evaluatie" && o.Sequence == 11);
        var title = RuleSets.Wvp2013.Rules.Single(r => r.Descriptor.Code == "evaluatie").Descriptor.TitleIn(TextLanguage.Dutch);

        var result = IcsTests.RunAt(Instant.FromUtc(2025, 6, 2, 8, 30, 15), "demo", "--format", "ics", "--ics-details", "--language", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("//NL\r\n");
        var calendar = IcalCalendar.Load(result.Stdout)!;
        var e = calendar.Events.Single(x => x.Summary == $"C-1005: {title} nr. 11");
        e.Description.Should()
            .StartWith(
                $"Te doen: {title} nr. 11 (evaluatie)\nUiterlijk: 20 juni 2025\nGrondslag: {open.LegalBasis.Citation}\nZaak: C-1005\n"
            )
            .And.Contain("\nStatus op 2 juni 2025: open\n")
            .And.Contain("\nJuridisch karakter: wettelijk\n")
            .And.EndWith("\nAfleiding: " + open.ExplanationIn(TextLanguage.Dutch));
        e.Alarms.Single().Description.Should().Be($"C-1005: {title} nr. 11 uiterlijk 20 juni 2025");
        var end = calendar.Events.Single(x => x.Uid!.Contains("-einde-wachttijd@", StringComparison.Ordinal));
        end.Description.Should().Contain("\nOp: 1 maart 2026\n").And.StartWith("Mijlpaal: ");
    }

    [Fact]
    public void The_Dutch_page_is_lang_nl_with_Dutch_headings_dates_and_titled_milestones()
    {
        var assessment = Demo();
        var result = CliRunner.Run("demo", "--format", "html", "--language", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var page = result.Stdout;
        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"nl\">");
        page.Should()
            .Contain("<h2>Verplichtingen</h2>")
            .And.Contain("<h2>Mijlpalen</h2>")
            .And.Contain("<h2>Tijdlijn</h2>")
            .And.Contain("<th>Uiterlijk</th>")
            .And.Contain("beoordeeld op 2 juni 2025 met regelset wvp-2013");
        // The chart labels each milestone by its title and Dutch date, not by its code: the end of the wachttijd on
        // 1 March 2026 (day 728).
        var end = RuleTitlesOf(MilestoneCodes.EindeWachttijd);
        page.Should().Contain($">{WebUtility.HtmlEncode(end)} 1 maart 2026</text>");
        page.Should().NotContain(">einde-wachttijd 2026-03-01</text>");
        page.Should().Contain("<dt>Eerste ziektedag</dt><dd>4 maart 2024</dd>");
        page.Should().Contain(WebUtility.HtmlEncode(assessment.Obligations[0].ExplanationIn(TextLanguage.Dutch)));
    }

    [Fact]
    public void Both_pages_make_overdue_rows_stand_out_and_name_the_warnings_in_their_language()
    {
        var expected = Expected("eigenrisicodrager.json");
        var index = expected.Obligations.ToList().FindIndex(o => o.Status == ObligationStatus.Overdue) + 1;

        var dutch = CliRunner.Run("assess", Samples.PathOf("eigenrisicodrager.json"), "--as-of", AsOf, "--format", "html", "-l", "nl");
        var english = CliRunner.Run("assess", Samples.PathOf("eigenrisicodrager.json"), "--as-of", AsOf, "--format", "html");

        index.Should().BePositive("eigenrisicodrager.json has overdue work on 2025-06-02");
        dutch.Stdout.Should().Contain($"<tr id=\"o{index}\" class=\"overdue\">").And.Contain("tr.overdue td {");
        dutch.Stdout.Should().Contain("<td class=\"status s-overdue\">!! te laat</td>");
        // The reader's point: the highlight was on the Dutch page only; now both pages tint the row.
        english.Stdout.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">").And.Contain($"<tr id=\"o{index}\" class=\"overdue\">");
        english.Stdout.Should().Contain("<td class=\"status s-overdue\">!! overdue</td>").And.Contain("tr.overdue td {");
        // The warning's kind is shown in words, its code kept as the cell's title: no code as visible text.
        dutch.Stdout.Should().Contain("<td title=\"overdue\">te laat</td>").And.NotContain("<td><code>overdue</code></td>");
        english.Stdout.Should().Contain("<td title=\"overdue\">overdue</td>").And.NotContain("<td><code>overdue</code></td>");
    }

    [Fact]
    public void The_Dutch_catalogue_has_Dutch_headings_and_the_rules_Dutch_texts()
    {
        var table = CliRunner.Run("rules", "--language", "nl");
        var markdown = CliRunner.Run("rules", "--format", "markdown", "--language", "nl");

        table.ExitCode.Should().Be(0, table.ToString());
        table.Stdout.Should().Contain("Regels van wvp-2013: Wet verbetering poortwachter voor eerste ziektedagen vanaf 1 juli 2013");
        table.Stdout.Should().Contain("│ Titel ").And.Contain("│ Termijn ").And.Contain("│ Bron ");
        var lines = markdown.Stdout.Split('\n');
        lines.Should().Contain("| Code | Titel | Termijn | Bron | Aard | Risico |");
        var probleemanalyse = RuleSets.Wvp2013.Rules.Single(r => r.Descriptor.Code == "probleemanalyse").Descriptor;
        lines
            .Should()
            .Contain(l =>
                l.StartsWith($"| `probleemanalyse` | {probleemanalyse.TitleIn(TextLanguage.Dutch)} | ", StringComparison.Ordinal)
                && l.Contains(" | wettelijk | ", StringComparison.Ordinal)
            );
    }

    /// <summary>
    /// The demo in both languages as golden files (Verified/): the Dutch twins change as the rules' Dutch texts land, and
    /// are regenerated by this test and reviewed, never written by hand.
    /// </summary>
    [Theory]
    [InlineData("demo-table.en", "txt", "en", "table")]
    [InlineData("demo-table.nl", "txt", "nl", "table")]
    [InlineData("demo-json.nl", "json", "nl", "json")]
    [InlineData("rules-markdown.nl", "md", "nl", "markdown")]
    public void Golden_files_in_both_languages(string name, string extension, string language, string format)
    {
        var result =
            format == "markdown"
                ? CliRunner.Run("rules", "--format", format, "--language", language)
                : CliRunner.Run("demo", "--format", format, "--language", language);

        result.ExitCode.Should().Be(0, result.ToString());
        Golden.Verify(name, extension, result.Stdout);
    }

    private static string RuleTitlesOf(string milestone) =>
        RuleSets.Wvp2013.Rules.Select(r => r.Descriptor.MilestoneTitleIn(milestone, TextLanguage.Dutch)).First(t => t is not null)!;

    /// <summary>The document without its explanations and messages, as text.</summary>
    private static string Strip(JsonElement element)
    {
        var copy = System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText())!;
        void Walk(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    o.Remove("explanation");
                    o.Remove("message");
                    foreach (var (_, v) in o.ToList())
                    {
                        Walk(v);
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var v in a)
                    {
                        Walk(v);
                    }

                    break;
            }
        }

        Walk(copy);
        return copy.ToJsonString();
    }
}
