using System;
using System.Linq;
using FluentAssertions;
using Ical.Net.CalendarComponents;
using NodaTime;
using Poortwachter.Cli.Rendering;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;
using IcalCalendar = Ical.Net.Calendar;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// Calendars that update (issue 27): with <c>--ics-previous</c> the file keeps each event's UID, raises SEQUENCE for an
/// event whose date or text changed and cancels an event that is gone; overdue work sits on the calendar's own date.
/// Read back with Ical.Net. Dates by hand: D = Monday 6 January 2025 is day 1, sick throughout; day N = D + (N - 1).
/// </summary>
public sealed class IcsUpdateTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2025, 2, 12, 7, 0, 0);

    private const string Sick = """{"caseId":"U-1","firstSickDay":"2025-01-06"}""";

    private const string Analysed =
        """{"caseId":"U-1","firstSickDay":"2025-01-06","events":[{"type":"probleemanalyse","on":"2025-02-10"}]}""";

    private static readonly string Hash = IcsRenderer.CaseHash("U-1");

    private static string Uid(string item) => $"{Hash}-{item}@poortwachter.invalid";

    private static IcalCalendar Load(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        return IcalCalendar.Load(result.Stdout)!;
    }

    private static CalendarEvent Event(IcalCalendar calendar, string item) => calendar.Events.Single(e => e.Uid == Uid(item));

    private static CliResult Calendar(TempDir dir, string name, string json, string asOf, string? previous, params string[] more)
    {
        var path = dir.File(name + ".json", json);
        var args = new[] { "assess", path, "--as-of", asOf, "--format", "ics" }.Concat(more);
        if (previous is not null)
        {
            args = args.Concat(["--ics-previous", previous]);
        }

        return IcsTests.RunAt(Stamp, [.. args]);
    }

    [Fact]
    public void A_moved_event_gets_a_higher_sequence_and_a_vanished_one_is_cancelled()
    {
        using var dir = new TempDir();
        // First calendar, 12 Feb 2025, no events yet: probleemanalyse by day 42 = D + 41 = 16 Feb 2025 (Regeling
        // procesgang art. 2 lid 1); plan van aanpak by day 56 = D + 55 = 2 Mar 2025 (art. 4 lid 1); both open.
        var first = Calendar(dir, "first", Sick, "2025-02-12", null);
        var firstCalendar = Load(first);
        Event(firstCalendar, "probleemanalyse-0").DtStart!.Date.Should().Be(new DateOnly(2025, 2, 16));
        Event(firstCalendar, "plan-van-aanpak-0").DtStart!.Date.Should().Be(new DateOnly(2025, 3, 2));
        firstCalendar.Events.Should().OnlyContain(e => e.Sequence == 0 && e.Status == null);
        var firstFile = dir.File("first.ics", first.Stdout);

        // The probleemanalyse is recorded on 10 Feb: it is done (no longer open, so gone from the calendar), and the plan
        // is due two weeks after it (art. 4 lid 1): 10 Feb + 14 = 24 Feb 2025, moved from 2 Mar.
        var second = Calendar(dir, "second", Analysed, "2025-02-12", firstFile);
        var calendar = Load(second);

        var plan = Event(calendar, "plan-van-aanpak-0");
        plan.DtStart!.Date.Should().Be(new DateOnly(2025, 2, 24));
        plan.Sequence.Should().Be(1, "its date moved: one higher than the 0 it had");
        plan.Status.Should().BeNull();
        var analysis = Event(calendar, "probleemanalyse-0");
        analysis.Status.Should().Be("CANCELLED");
        analysis.Sequence.Should().Be(1);
        analysis.DtStart!.Date.Should().Be(new DateOnly(2025, 2, 16), "the cancellation names the event as it was");
        analysis.Summary.Should().StartWith("Cancelled: U-1: ");
        analysis.Alarms.Should().BeEmpty();
        // The end of the wachttijd, day 728 = D + 727 = 3 Jan 2027 (BW 7:629 lid 1), did not move: same SEQUENCE.
        var end = Event(calendar, "einde-wachttijd");
        (end.DtStart!.Date, end.Sequence).Should().Be((new DateOnly(2027, 1, 3), 0));
        calendar.Method.Should().Be("PUBLISH");
        var secondFile = dir.File("second.ics", second.Stdout);

        // Again with nothing changed: the same SEQUENCEs, and the cancellation is repeated as it was.
        var third = Load(Calendar(dir, "third", Analysed, "2025-02-12", secondFile));
        Event(third, "plan-van-aanpak-0").Sequence.Should().Be(1);
        var stillGone = Event(third, "probleemanalyse-0");
        (stillGone.Status, stillGone.Sequence).Should().Be(("CANCELLED", 1));
        stillGone.Summary.Should().Be(analysis.Summary, "not marked cancelled twice");
    }

    [Fact]
    public void Overdue_work_is_on_the_calendars_date_without_a_reminder_and_says_its_due_date()
    {
        using var dir = new TempDir();
        // On 20 Feb 2025 the probleemanalyse, due by 16 Feb (day 42), is overdue: the event is on 20 Feb.
        var result = Calendar(dir, "late", Sick, "2025-02-20", null);
        var calendar = Load(result);

        var analysis = Event(calendar, "probleemanalyse-0");
        analysis.DtStart!.Date.Should().Be(new DateOnly(2025, 2, 20));
        analysis.Alarms.Should().BeEmpty("the moment of a reminder for it has passed");
        analysis.Summary.Should().EndWith(" (overdue, due by 2025-02-16)");
        analysis.Description.Should().Contain("\nBy: 2025-02-16\n");
        analysis.Description.Should().Contain("\nOverdue: shown on 2025-02-20, the date of this calendar; it was due by 2025-02-16.");
        // The plan (2 Mar) is open: on its due date with its reminder.
        var plan = Event(calendar, "plan-van-aanpak-0");
        (plan.DtStart!.Date, plan.Alarms.Count).Should().Be((new DateOnly(2025, 3, 2), 1));

        // The next day it is still overdue and moves to 21 Feb: a higher SEQUENCE.
        var next = Load(Calendar(dir, "late", Sick, "2025-02-21", dir.File("late.ics", result.Stdout)));
        var moved = Event(next, "probleemanalyse-0");
        (moved.DtStart!.Date, moved.Sequence).Should().Be((new DateOnly(2025, 2, 21), 1));
        Event(next, "plan-van-aanpak-0").Sequence.Should().Be(0);
    }

    [Fact]
    public void The_new_texts_are_dutch_with_language_nl()
    {
        using var dir = new TempDir();
        var first = Calendar(dir, "late", Sick, "2025-02-20", null, "--language", "nl");
        var calendar = Load(first);

        var analysis = Event(calendar, "probleemanalyse-0");
        analysis.Summary.Should().EndWith(" (te laat, uiterlijk 16 februari 2025)");
        analysis
            .Description.Should()
            .Contain("\nTe laat: staat op 20 februari 2025, de datum van deze agenda; het moest uiterlijk 16 februari 2025.");

        var next = Load(Calendar(dir, "done", Analysed, "2025-02-20", dir.File("late.ics", first.Stdout), "--language", "nl"));
        var gone = Event(next, "probleemanalyse-0");
        gone.Summary.Should().StartWith("Vervallen: U-1: ");
        gone.Description.Should().StartWith("Vervallen: staat niet meer in de beoordeling van 20 februari 2025.\n");
    }

    [Fact]
    public void A_previous_calendar_of_another_case_or_not_a_calendar_is_refused()
    {
        using var dir = new TempDir();
        var other = IcsTests.RunAt(Stamp, "assess", Samples.PathOf("continuous.json"), "--as-of", "2025-06-02", "--format", "ics");
        var otherFile = dir.File("other.ics", other.Stdout);

        var wrongCase = Calendar(dir, "u", Sick, "2025-02-12", otherFile);
        wrongCase.ExitCode.Should().Be(2);
        wrongCase.Stderr.Should().Contain("holds events of another case than 'U-1'");

        var notCalendar = Calendar(dir, "u", Sick, "2025-02-12", dir.File("x.ics", "hello"));
        notCalendar.ExitCode.Should().Be(2);
        notCalendar.Stderr.Should().Contain("not an iCalendar file");

        var notIcs = CliRunner.Run("assess", dir.File("v.json", Sick), "--as-of", "2025-02-12", "--ics-previous", otherFile);
        notIcs.ExitCode.Should().Be(2);
        notIcs.Stderr.Should().Contain("--ics-previous applies to the calendar file (--format ics)");
    }

    [Processes.LinuxFact]
    public void A_previous_file_that_never_ends_is_refused_after_the_limit_not_read_into_memory()
    {
        // /dev/zero says its length is 0: the limit is on the bytes read, not on what the file says.
        using var dir = new TempDir();

        var endless = Calendar(dir, "u", Sick, "2025-02-12", "/dev/zero");

        endless.ExitCode.Should().Be(2);
        endless.Stderr.Should().Contain("--ics-previous '/dev/zero': the file is larger than 4,194,304 bytes");
        endless.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void A_sequence_this_program_did_not_write_is_capped_so_the_next_does_not_overflow()
    {
        using var dir = new TempDir();
        var first = Calendar(dir, "u", Sick, "2025-02-12", null);
        var forged = first.Stdout.Replace("SEQUENCE:0", "SEQUENCE:2147483647", StringComparison.Ordinal);
        forged.Should().Contain("SEQUENCE:2147483647");

        // The analysis done: the probleemanalyse's event changes, so its SEQUENCE goes one above the cap.
        var next = Load(Calendar(dir, "u", Analysed, "2025-02-12", dir.File("forged.ics", forged)));

        Event(next, "probleemanalyse-0").Sequence.Should().Be(IcsPrevious.MaxSequence + 1);
        next.Events.Should().OnlyContain(e => e.Sequence >= 0);
    }
}
