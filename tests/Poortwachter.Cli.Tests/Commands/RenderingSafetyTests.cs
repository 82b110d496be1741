using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using NodaTime;
using Poortwachter.Cli.Rendering;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Spectre.Console;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// What reaches the terminal, the page and the calendar from a hostile case: no control, bidi or NUL character raw
/// (issue 16 item 7), numbers in the invariant culture whatever the process culture, and no "week 0".
/// </summary>
public sealed class RenderingSafetyTests
{
    private const string AsOf = "2025-06-02";

    /// <summary>Clear screen, an OSC window title, an OSC-8 link, backspace, DEL, NUL and a right-to-left override.</summary>
    private const string Hostile =
        "X\u001b[2J\u001b]0;pwned\u0007\u001b]8;;http://evil.example/\u001b\\click\u001b]8;;\u001b\\\b\u007f\u0000\u202eZ";

    private static readonly SearchValues<char> Raw = SearchValues.Create("\u001b\u0007\b\u007f\u0000\u202e");

    private static readonly Instant Stamp = Instant.FromUtc(2025, 6, 2, 8, 30, 15);

    private static string HostileCase(TempDir dir)
    {
        var json = JsonSerializer.Serialize(
            new
            {
                caseId = "C-" + Hostile,
                firstSickDay = "2025-01-06",
                events = new object[]
                {
                    new { type = "probleemanalyse", on = "2025-02-10" },
                    new
                    {
                        type = "afwijking",
                        on = "2025-02-12",
                        obligation = "plan-van-aanpak",
                        dueBy = "2025-03-10",
                        reason = "R-" + Hostile,
                    },
                },
            }
        );
        json.Should().Contain("\\u001B").And.Contain("\\u0000", "the case file carries the characters as JSON escapes");
        return dir.File("hostile.json", json);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("html")]
    [InlineData("ics")]
    [InlineData("ics", "--ics-details")]
    public void No_control_or_bidi_character_from_the_case_reaches_the_output_raw(string format, string? extra = null)
    {
        using var dir = new TempDir();
        var path = HostileCase(dir);
        string[] args = ["assess", path, "--as-of", AsOf, "--format", format];

        var result = IcsTests.RunAt(Stamp, extra is null ? args : [.. args, extra]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.AsSpan().IndexOfAny(Raw).Should().Be(-1, "no ESC, BEL, BS, DEL, NUL or U+202E may reach the output raw");
        // The calendar escapes backslashes and folds lines: read it back to see the texts as a calendar shows them.
        var shown =
            format == "ics"
                ? string.Join("\n", Ical.Net.Calendar.Load(result.Stdout)!.Events.SelectMany(e => new[] { e.Summary, e.Description }))
                : result.Stdout;
        shown.Should().Contain("\\u001b[2J", "the clear-screen sequence is shown visibly").And.Contain("\\u001b]0;pwned\\u0007");
        if (format != "ics" || extra is not null)
        {
            // The reason reaches the table and the page through a warning and an explanation, and the calendar only with
            // --ics-details; its every character is shown visibly.
            shown.Should().Contain("R-X\\u001b[2J").And.Contain("\\u0008\\u007f\\u0000\\u202eZ");
        }
        else
        {
            shown.Should().NotContain("R-X", "the default calendar file holds no reason");
        }
    }

    [Fact]
    public void The_table_shortens_a_long_case_id_and_keeps_its_heading_on_one_line()
    {
        using var dir = new TempDir();
        var path = dir.File("long.json", $$"""{ "caseId": "{{new string('x', 10_000)}}", "firstSickDay": "2025-01-06", "events": [] }""");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().NotContain(new string('x', 41));
        result.Stdout.Split('\n')[0].Should().Contain(new string('x', 40) + "... (10,000 characters) as of 2025-06-02");
    }

    [Fact]
    public void The_table_shows_a_colon_code_in_a_case_id_as_written_not_as_an_emoji()
    {
        using var dir = new TempDir();
        var path = dir.File("emoji.json", """{ "caseId": "C-:skull:-[red]x[/]", "firstSickDay": "2025-01-06", "events": [] }""");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("case C-:skull:-[red]x[/] as of").And.NotContain("\U0001F480");
    }

    [Fact]
    public void Plain_markup_keeps_the_style_around_it_on_a_colon()
    {
        static string Render(Action<IAnsiConsole> write)
        {
            using var writer = new StringWriter();
            var console = AnsiConsole.Create(
                new AnsiConsoleSettings
                {
                    Ansi = AnsiSupport.Yes,
                    ColorSystem = ColorSystemSupport.Standard,
                    Interactive = InteractionSupport.No,
                    Out = new AnsiConsoleOutput(writer),
                }
            );
            write(console);
            return writer.ToString();
        }

        var viaPlain = Render(c => c.MarkupLine("[grey]" + TableRenderer.Plain("a:b:c") + "[/]"));
        var asText = Render(c => c.Write(new Spectre.Console.Text("a:b:c\n", new Style(Color.Grey))));

        viaPlain.Should().Contain("\u001b[").And.Be(asText, "the colon is split off without changing its colour");
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Every_format_is_the_same_in_any_culture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        culture
            .NumberFormat.NumberDecimalSeparator.Should()
            .NotBe(".", "the culture must really differ from the invariant one for this test to mean anything");
        var @case = PoortwachterJson.ReadCaseOrThrow(Samples.Text("spoor-2.json"));
        var engine = PoortwachterEngine.CreateDefault();
        var assessment = engine.Assess(@case, Samples.AsOf);
        var titles = RuleTitles.For(engine, @case.FirstSickDay);
        string RenderAll()
        {
            using var w = new StringWriter(CultureInfo.InvariantCulture);
            HtmlRenderer.Render(w, assessment, @case, titles);
            TableRenderer.Render(w, colour: false, assessment, titles, dueSoonDays: 14);
            IcsRenderer.Render(w, assessment, titles, new IcsOptions(true, 14), Stamp);
            return w.ToString();
        }

        var invariant = RenderAll();
        var before = CultureInfo.CurrentCulture;
        string local;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            local = RenderAll();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = before;
        }

        local.Should().Be(invariant);
        Regex
            .Matches(invariant, "stroke-width=\"(?<v>[^\"]*)\"", RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(5))
            .Select(m => m.Groups["v"].Value)
            .Should()
            .Contain("2.5")
            .And.OnlyContain(v => Regex.IsMatch(v, @"^[0-9]+(\.[0-9]+)?$", RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData("table")]
    [InlineData("html")]
    public void Leave_from_day_1_shows_no_week_0(string format)
    {
        using var dir = new TempDir();
        // Sick from 2025-01-06 and on pregnancy and birth leave 2025-01-06 to 2025-04-27: leave days do not count
        // (BW 7:629 lid 4; WIA art. 23 lid 5), so on 2025-02-01 no day has counted yet, and counted day 1 is
        // 2025-04-28, in week 1; counted day 8 (2025-05-05) is the first day of week 2.
        var path = dir.File(
            "leave.json",
            """
            { "caseId": "L-1", "firstSickDay": "2025-01-06",
              "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-01-06", "until": "2025-04-27" } ], "events": [] }
            """
        );

        var during = CliRunner.Run("assess", path, "--as-of", "2025-02-01", "--format", format);
        var first = CliRunner.Run("assess", path, "--as-of", "2025-04-28", "--format", format);
        var second = CliRunner.Run("assess", path, "--as-of", "2025-05-05", "--format", format);

        during.ExitCode.Should().Be(0, during.ToString());
        during.Stdout.Should().NotContain("week 0").And.Contain("0 (week 1 of 104 begins at the first counted day");
        first.Stdout.Should().Contain("1 (week 1 of 104)");
        second.Stdout.Should().Contain("8 (week 2 of 104)");
    }
}
