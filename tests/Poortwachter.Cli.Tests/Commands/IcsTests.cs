using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Ical.Net.CalendarComponents;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cli.Rendering;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;
using IcalCalendar = Ical.Net.Calendar;
using IcalDuration = Ical.Net.DataTypes.Duration;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// The calendar file, read back with a real iCalendar parser (Ical.Net): valid RFC 5545 also without open work, the
/// time it was made as DTSTAMP, stable UIDs with a domain, the end of the wachttijd, reminders, and only what is due
/// unless the full texts are asked for.
/// </summary>
public sealed class IcsTests
{
    private const string AsOf = "2025-06-02";

    /// <summary>The fixed instant the tests' clock gives: 2025-06-02 08:30:15 UTC.</summary>
    private static readonly Instant Stamp = Instant.FromUtc(2025, 6, 2, 8, 30, 15);

    private static readonly string[] Reason = ["bedrijfsarts met vakantie"];

    internal static CliResult RunAt(Instant now, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(stdout, stderr) { Now = () => now });
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    private static IcalCalendar Load(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        var calendar = IcalCalendar.Load(result.Stdout);
        calendar.Should().NotBeNull();
        return calendar!;
    }

    private static Assessment Expected(string file) =>
        PoortwachterEngine.CreateDefault().Assess(PoortwachterJson.ReadCaseOrThrow(Samples.Text(file)), Samples.AsOf);

    private static IEnumerable<string> Texts(CalendarEvent e) =>
        new[] { e.Summary, e.Description }.Concat(e.Alarms.SelectMany(a => new[] { a.Summary, a.Description })).OfType<string>();

    [Theory]
    [MemberData(nameof(Samples.Files), MemberType = typeof(Samples))]
    public void Every_sample_is_a_valid_calendar_of_its_open_obligations_and_the_end_of_the_wachttijd(string file)
    {
        var expected = Expected(file);
        var result = RunAt(Stamp, "assess", Samples.PathOf(file), "--as-of", AsOf, "--format", "ics");

        var calendar = Load(result);

        calendar.Version.Should().Be("2.0");
        calendar.ProductId.Should().StartWith("-//Poortwachter//poortwachter ");
        var physical = result.Stdout.Split("\r\n");
        physical[^1].Should().BeEmpty("the file ends in CRLF");
        physical.Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75, "content lines fold at 75 octets");
        result.Stdout.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n").And.NotContain("\r");

        var open = expected
            .Obligations.Where(o =>
                o.DueBy is not null && o.Status is ObligationStatus.Open or ObligationStatus.Overdue or ObligationStatus.Suspended
            )
            .ToArray();
        var ends = expected
            .Milestones.Where(m =>
                m.Kind
                    is MilestoneCodes.EindeWachttijd
                        or MilestoneCodes.WiaStart
                        or MilestoneCodes.EindeWachttijdVervroegd
                        or MilestoneCodes.EindeOpzegverbod
            )
            .ToArray();
        calendar.Events.Should().HaveCount(open.Length + ends.Length);
        var hash = IcsRenderer.CaseHash(expected.CaseId);
        foreach (var o in open)
        {
            var e = calendar.Events.Should().ContainSingle(x => x.Uid == $"{hash}-{o.Kind}-{o.Sequence}@poortwachter.invalid").Subject;
            e.IsAllDay.Should().BeTrue();
            if (o.Status == ObligationStatus.Overdue)
            {
                // Overdue work sits on the calendar's date (2025-06-02), not on a past date, and has no reminder.
                e.DtStart!.Date.Should().Be(Samples.AsOf.ToDateOnly(), "overdue work is shown on the assessment date");
                e.Alarms.Should().BeEmpty("the moment of its reminder has passed");
                continue;
            }

            e.DtStart!.Date.Should().Be(o.DueBy!.Value.ToDateOnly(), "the event is on the due date");
            e.DtEnd!.Date.Should().Be(o.DueBy!.Value.PlusDays(1).ToDateOnly(), "an all-day event ends the next day (exclusive)");
            var alarm = e.Alarms.Should().ContainSingle().Subject;
            alarm.Action.Should().Be("DISPLAY");
            alarm.Description.Should().NotBeNullOrEmpty("a DISPLAY alarm needs a DESCRIPTION (RFC 5545 3.6.6)");
            alarm.Trigger!.Duration.Should().Be(IcalDuration.FromDays(-14), "the default lead time is the engine's due-soon days");
        }

        foreach (var m in ends)
        {
            var e = calendar.Events.Should().ContainSingle(x => x.Uid == $"{hash}-{m.Kind}@poortwachter.invalid").Subject;
            e.IsAllDay.Should().BeTrue();
            e.DtStart!.Date.Should().Be(m.On.ToDateOnly());
            e.Alarms.Should().BeEmpty("a milestone is not a deadline of the employer's");
        }

        calendar.Events.Select(e => e.Uid).Should().OnlyHaveUniqueItems().And.OnlyContain(u => u!.Contains('@'));
        calendar.Events.Should().OnlyContain(e => e.DtStamp!.AsUtc == Stamp.ToDateTimeUtc(), "DTSTAMP is the time the file was made");
    }

    [Fact]
    public void The_continuous_case_has_its_deadlines_and_end_on_the_dates_the_law_gives()
    {
        var calendar = Load(RunAt(Stamp, "assess", Samples.PathOf("continuous.json"), "--as-of", AsOf, "--format", "ics"));
        var hash = IcsRenderer.CaseHash("C-1001");
        DateOnly On(string uid) => calendar.Events.Single(e => e.Uid == $"{hash}-{uid}@poortwachter.invalid").DtStart!.Date;

        // Sick without a break from day 1, 2025-01-06. Ziekmelding bij UWV: the first day after 42 weeks (Ziektewet
        // art. 38 lid 1) is counted day 295 = 2025-01-06 + 294 days = 2025-10-27.
        On("uwv-ziekmelding-0").Should().Be(new DateOnly(2025, 10, 27));

        // Einde wachttijd: counted day 728 (104 weeks, BW 7:629 lid 1) = 2025-01-06 + 727 days = 2027-01-03;
        // the WIA can start the day after (WIA art. 23 lid 1): 2027-01-04.
        On("einde-wachttijd").Should().Be(new DateOnly(2027, 1, 3));
        On("wia-start").Should().Be(new DateOnly(2027, 1, 4));
    }

    [Fact]
    public void A_case_ended_by_recovery_gives_a_valid_calendar_with_one_journal_entry()
    {
        using var dir = new TempDir();
        // Sick 2025-01-06 to 2025-01-20, then fit: 28 fit days end the case (BW 7:629 lid 10), so on 2025-06-02 it has
        // no last day, no end-of-wachttijd milestones and no open obligation.
        var path = dir.File(
            "recovered.json",
            """{ "caseId": "R-1", "firstSickDay": "2025-01-06", "sickness": [ { "from": "2025-01-06", "until": "2025-01-20" } ], "events": [] }"""
        );

        var result = RunAt(Stamp, "assess", path, "--as-of", AsOf, "--format", "ics");
        var calendar = Load(result);

        calendar.Version.Should().Be("2.0");
        calendar.ProductId.Should().NotBeNullOrEmpty();
        calendar.Events.Should().BeEmpty();
        calendar.Children.Should().ContainSingle("RFC 5545 needs at least one component in a calendar");
        var journal = calendar.Journals.Should().ContainSingle().Subject;
        journal.Uid.Should().Be($"{IcsRenderer.CaseHash("R-1")}-no-open-deadlines@poortwachter.invalid");
        journal.DtStamp!.AsUtc.Should().Be(Stamp.ToDateTimeUtc());
        journal.DtStart!.Date.Should().Be(new DateOnly(2025, 6, 2));
        journal.Summary.Should().Be("R-1: no open deadlines on 2025-06-02");
    }

    [Fact]
    public void Dtstamp_follows_the_clock_and_uids_stay_the_same()
    {
        var later = Stamp.Plus(NodaTime.Duration.FromDays(3) + NodaTime.Duration.FromSeconds(7));

        var first = Load(RunAt(Stamp, "assess", Samples.PathOf("continuous.json"), "--as-of", AsOf, "--format", "ics"));
        var second = Load(RunAt(later, "assess", Samples.PathOf("continuous.json"), "--as-of", "2025-06-05", "--format", "ics"));

        first.Events.Should().OnlyContain(e => e.DtStamp!.AsUtc == new DateTime(2025, 6, 2, 8, 30, 15, DateTimeKind.Utc));
        second.Events.Should().OnlyContain(e => e.DtStamp!.AsUtc == new DateTime(2025, 6, 5, 8, 30, 22, DateTimeKind.Utc));
        second.Events.Select(e => e.Uid).Should().BeEquivalentTo(first.Events.Select(e => e.Uid), "a re-import updates the events");

        var other = Load(RunAt(Stamp, "assess", Samples.PathOf("late-plan.json"), "--as-of", AsOf, "--format", "ics"));
        other.Events.Select(e => e.Uid).Should().NotIntersectWith(first.Events.Select(e => e.Uid), "another case has other UIDs");
    }

    [Fact]
    public void By_default_an_event_says_what_is_due_by_when_on_what_basis_and_for_which_case_and_nothing_more()
    {
        var path = DeviationCase(out var dir);
        using (dir)
        {
            var calendar = Load(RunAt(Stamp, "assess", path, "--as-of", AsOf, "--format", "ics"));
            var assessment = PoortwachterEngine
                .CreateDefault()
                .Assess(PoortwachterJson.ReadCaseOrThrow(File.ReadAllText(path)), Samples.AsOf);

            var plan = calendar.Events.Single(e => e.Uid!.Contains("-plan-van-aanpak-", StringComparison.Ordinal));
            plan.Description.Should()
                .Be(
                    "Due: Plan van aanpak (action plan, with a casemanager named) (plan-van-aanpak)\nBy: 2025-06-30\nLegal basis: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1\nCase: D-1"
                );
            plan.Summary.Should().Be("D-1: Plan van aanpak");
            foreach (var e in calendar.Events)
            {
                e.Description!.Split('\n')
                    .Should()
                    .OnlyContain(l =>
                        l.StartsWith("Due: ", StringComparison.Ordinal)
                        || l.StartsWith("By: ", StringComparison.Ordinal)
                        || l.StartsWith("Overdue: shown on ", StringComparison.Ordinal)
                        || l.StartsWith("Milestone: ", StringComparison.Ordinal)
                        || l.StartsWith("On: ", StringComparison.Ordinal)
                        || l.StartsWith("Legal basis: ", StringComparison.Ordinal)
                        || l.StartsWith("Case: ", StringComparison.Ordinal)
                    );
                foreach (var text in Texts(e))
                {
                    text.Should().NotContainAny(Reason).And.NotContain("Derivation").And.NotContain("bedrijfsarts");
                    foreach (var explanation in assessment.Obligations.Select(o => o.Explanation))
                    {
                        text.Should().NotContain(explanation);
                    }
                }
            }
        }
    }

    [Fact]
    public void Ics_details_puts_the_derivation_with_the_deviations_reason_in()
    {
        var path = DeviationCase(out var dir);
        using (dir)
        {
            var calendar = Load(RunAt(Stamp, "assess", path, "--as-of", AsOf, "--format", "ics", "--ics-details"));
            var assessment = PoortwachterEngine
                .CreateDefault()
                .Assess(PoortwachterJson.ReadCaseOrThrow(File.ReadAllText(path)), Samples.AsOf);

            var plan = calendar.Events.Single(e => e.Uid!.Contains("-plan-van-aanpak-", StringComparison.Ordinal));
            var explanation = assessment.Obligations.Single(o => o.Kind == "plan-van-aanpak").Explanation;
            plan.Description.Should().Contain("\nDerivation: " + explanation).And.Contain(Reason[0]);
            plan.Description.Should()
                .StartWith("Due: Plan van aanpak (action plan, with a casemanager named) (plan-van-aanpak)\nBy: 2025-06-30\n");
            var end = calendar.Events.Single(e => e.Uid!.EndsWith("-einde-wachttijd@poortwachter.invalid", StringComparison.Ordinal));
            end.Description.Should().Contain("\nDerivation: Wage continuation lasts 104 weeks");
        }
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("1", 1)]
    [InlineData("365", 365)]
    public void Ics_alarm_days_sets_the_reminders_lead_time(string days, int expected)
    {
        var calendar = Load(
            RunAt(Stamp, "assess", Samples.PathOf("continuous.json"), "--as-of", AsOf, "--format", "ics", "--ics-alarm-days", days)
        );

        var alarms = calendar.Events.SelectMany(e => e.Alarms).ToArray();
        alarms.Should().NotBeEmpty();
        alarms.Should().OnlyContain(a => a.Trigger!.Duration.Equals(IcalDuration.FromDays(-expected)) && a.Trigger.Related == "START");
    }

    [Fact]
    public void Ics_alarm_days_0_writes_no_reminder()
    {
        var result = RunAt(Stamp, "assess", Samples.PathOf("continuous.json"), "--as-of", AsOf, "--format", "ics", "--ics-alarm-days", "0");

        var calendar = Load(result);
        calendar.Events.Should().NotBeEmpty();
        calendar.Events.Should().OnlyContain(e => e.Alarms.Count == 0);
        result.Stdout.Should().NotContain("VALARM");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("366")]
    [InlineData("1.5")]
    [InlineData("two")]
    [InlineData("")]
    [InlineData(" 3")]
    [InlineData("99999999999")]
    public void A_bad_ics_alarm_days_is_refused_with_exit_2(string days)
    {
        var result = RunAt(Stamp, "assess", Samples.PathOf("continuous.json"), "--format", "ics", "--ics-alarm-days", days);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("--ics-alarm-days").And.Contain("from 0 to 365").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("--ics-details")]
    [InlineData("--ics-alarm-days", "3")]
    public void Calendar_options_without_the_calendar_format_are_refused(params string[] option)
    {
        var result = RunAt(Stamp, ["assess", Samples.PathOf("continuous.json"), "--format", "json", .. option]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain(option[0]).And.Contain("--format ics");
    }

    [Fact]
    public void The_demo_takes_the_calendar_options_too()
    {
        var calendar = Load(RunAt(Stamp, "demo", "--format", "ics", "--ics-alarm-days", "7", "--ics-details"));

        calendar.Events.SelectMany(e => e.Alarms).Should().OnlyContain(a => a.Trigger!.Duration.Equals(IcalDuration.FromDays(-7)));
        calendar.Events.Should().Contain(e => e.Description!.Contains("\nDerivation: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("abc")]
    public void A_case_id_outside_the_bmp_survives_folding(string pad)
    {
        // Ical.Net 5.2.4 folds at 75 octets counting each UTF-16 unit alone, and so can fold between the two halves of
        // an emoji (each then written as U+FFFD); the renderer folds again itself. Four paddings put the fold at every
        // offset within a 4-octet character.
        using var dir = new TempDir();
        var id = "E-" + pad + string.Concat(Enumerable.Repeat("😀", 35));
        var path = dir.File("emoji.json", $$"""{ "caseId": "{{id}}", "firstSickDay": "2025-01-06", "events": [] }""");

        var result = RunAt(Stamp, "assess", path, "--as-of", AsOf, "--format", "ics");
        var calendar = Load(result);

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        result.Stdout.Split("\r\n").Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
        var bytes = (Func<byte[]>)(() => strict.GetBytes(result.Stdout));
        bytes.Should().NotThrow("no fold leaves half a surrogate pair, which UTF-8 cannot encode");
        calendar.Events.Should().NotBeEmpty();
        calendar.Events.Should().OnlyContain(e => e.Summary!.StartsWith(id + ": ", StringComparison.Ordinal));
        calendar.Events.Should().OnlyContain(e => e.Description!.EndsWith("\nCase: " + id, StringComparison.Ordinal));
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_and_unfold_to_the_original()
    {
        var value = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("één ziektejaar € 😀", 20));
        using var writer = new StringWriter();

        IcsRenderer.Line(writer, value);

        var text = writer.ToString();
        text.Should().EndWith("\r\n");
        var physical = text.Substring(0, text.Length - 2).Split("\r\n");
        physical.Length.Should().BeGreaterThan(1);
        physical.Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
        physical.Skip(1).Should().OnlyContain(l => l.StartsWith(' '));
        physical.Should().OnlyContain(l => !char.IsHighSurrogate(l[l.Length - 1]), "a fold never splits a surrogate pair");
        string.Concat(physical.Select((l, i) => i == 0 ? l : l.Substring(1))).Should().Be(value);
    }

    /// <summary>
    /// A case whose plan van aanpak was moved by a reasoned deviation (Regeling procesgang art. 5) to 2025-06-30, with
    /// a reason, and a bedrijfsarts' conclusion: texts that must not reach a calendar by default.
    /// </summary>
    private static string DeviationCase(out TempDir dir)
    {
        dir = new TempDir();
        return dir.File(
            "deviation.json",
            """
            {
              "caseId": "D-1",
              "firstSickDay": "2025-01-06",
              "events": [
                { "type": "probleemanalyse", "on": "2025-02-10" },
                { "type": "afwijking", "on": "2025-02-12", "obligation": "plan-van-aanpak", "dueBy": "2025-06-30", "reason": "bedrijfsarts met vakantie" },
                { "type": "geen-terugkeer-eigen-functie", "on": "2025-04-01" }
              ]
            }
            """
        );
    }
}
