using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>
/// The input is read once, from a file, a FIFO or standard input, and whether it is one case or JSON Lines is decided
/// from the document (issue 16, items 3, 4, 6 and 8).
/// </summary>
public sealed class InputHandlingTests
{
    private const string AsOf = "2025-06-02";

    private static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();

    private static string[] Ids(string stdout) =>
        Lines(stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()!).ToArray();

    [Fact]
    public void Five_thousand_lines_on_standard_input_all_come_out_and_line_numbers_are_true()
    {
        // Before: the batch check read the stream once and the reader again, so the first cases vanished and
        // "line 1" was really line 22.
        var text = Batches.Lines(5000).Replace(Batches.Case(4000), "{\"caseId\":\"C-04000\",\"firstSickDay\":\"2025-02-30\"}");
        var result = CliRunner.RunWith(
            new CliEdges { Input = new MemoryStream(Batches.Utf8(text)) },
            "assess",
            "-",
            "--as-of",
            AsOf,
            "--no-text"
        );

        result.ExitCode.Should().Be(2);
        var ids = Ids(result.Stdout);
        ids.Should().HaveCount(4999);
        ids[0].Should().Be("C-00001");
        ids[^1].Should().Be("C-05000");
        result.Stderr.Should().Contain("line 4000 (case 'C-04000'): $.firstSickDay: firstSickDay: '2025-02-30' is not a date");
    }

    [Fact]
    public void Standard_input_is_read_through_a_stream_that_can_be_read_only_once()
    {
        var input = new OnceStream(Batches.Utf8(Batches.Lines(3)));
        var result = CliRunner.RunWith(new CliEdges { Input = input }, "assess", "-", "--as-of", AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        Ids(result.Stdout).Should().Equal("C-00001", "C-00002", "C-00003");
        result.Stderr.Should().Contain("reading standard input as JSON Lines");
    }

    [Fact]
    public void A_single_case_on_standard_input_is_assessed_as_one_case()
    {
        var input = new MemoryStream(Batches.Utf8(Samples.Text("continuous.json")));
        var result = CliRunner.RunWith(new CliEdges { Input = input }, "assess", "-", "--as-of", AsOf, "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("caseId").GetString().Should().Be("C-1001");
        result
            .Stderr.Should()
            .Be("poortwachter: reading standard input as one case document: one JSON value fills it." + Environment.NewLine);
    }

    [Fact]
    public void A_single_case_with_a_compact_first_line_is_one_case()
    {
        using var dir = new TempDir();
        var path = dir.File(
            "case.json",
            "{ \"caseId\": \"C-9\", \"firstSickDay\": \"2025-01-06\", \"events\": [\n  {\"type\":\"probleemanalyse\",\"on\":\"2025-02-10\"}\n] }\n"
        );

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty("a .json file that holds one case is what it says it is");
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("caseId").GetString().Should().Be("C-9");
    }

    [Fact]
    public void A_batch_whose_first_two_lines_are_bad_keeps_the_good_lines()
    {
        using var dir = new TempDir();
        var path = dir.File("cases.txt", "{\"caseId\":\"C-1\",\"firstSickDay\":\n not json at all\n" + Batches.Lines(3));

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--no-text");

        result.ExitCode.Should().Be(2);
        Ids(result.Stdout).Should().Equal("C-00001", "C-00002", "C-00003");
        result.Stderr.Should().Contain("reading").And.Contain("as JSON Lines");
        result.Stderr.Should().Contain("line 1 (case 'C-1'): ").And.Contain("line 2: $: malformed JSON");
        result.Stderr.Should().Contain("3 case(s) assessed, 2 line(s) with problems");
    }

    [Fact]
    public void A_one_line_jsonl_file_gives_a_json_line_not_a_table()
    {
        using var dir = new TempDir();
        var path = dir.File("one.jsonl", Batches.Case(7) + "\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        Ids(result.Stdout).Should().Equal("C-00007");
        result.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Every_line_ending_separates_cases(string ending)
    {
        using var dir = new TempDir();
        var path = dir.File("cases.jsonl", string.Join(ending, Enumerable.Range(1, 4).Select(Batches.Case)) + ending);

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--no-text");

        result.ExitCode.Should().Be(0, result.ToString());
        Ids(result.Stdout).Should().Equal("C-00001", "C-00002", "C-00003", "C-00004");
    }

    [Fact]
    public void A_cr_only_file_without_a_jsonl_name_is_detected_and_read_as_lines()
    {
        using var dir = new TempDir();
        var path = dir.File("cases.txt", string.Join("\r", Enumerable.Range(1, 3).Select(Batches.Case)));

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--no-text");

        result.ExitCode.Should().Be(0, result.ToString());
        Ids(result.Stdout).Should().HaveCount(3);
    }

    [Fact]
    public void A_broken_single_document_is_reported_once_as_a_case_not_line_by_line()
    {
        using var dir = new TempDir();
        var path = dir.File(
            "case.json",
            Samples.Text("continuous.json").Replace("\"firstSickDay\"", "\"firstSickDay\" \"x\"", StringComparison.Ordinal)
        );

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result
            .Stderr.Should()
            .Contain("case.json (case 'C-1001') is not a valid case (1 problem):")
            .And.Contain("malformed JSON at line 3");
        result.Stderr.Should().NotContain("line 1 ");
    }

    [Fact]
    public void A_line_over_the_maximum_is_reported_and_skipped_and_the_batch_goes_on()
    {
        using var dir = new TempDir();
        var huge = "{\"caseId\":\"" + new string('x', 3000) + "\",\"firstSickDay\":\"2025-01-06\"}";
        var path = dir.File("cases.jsonl", Batches.Case(1) + "\n" + huge + "\n" + Batches.Case(3) + "\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--no-text", "--max-case-bytes", "2048");

        result.ExitCode.Should().Be(2);
        Ids(result.Stdout).Should().Equal("C-00001", "C-00003");
        result
            .Stderr.Should()
            .Contain("line 2: $: the line is 3,041 bytes, more than the 2,048 bytes a case may take (--max-case-bytes); it was skipped.");
        result.Stderr.Length.Should().BeLessThan(1000, "the oversized value is not echoed");
    }

    [Fact]
    public void A_single_document_over_the_maximum_is_refused_whole()
    {
        using var dir = new TempDir();
        var events = string.Join(",\n", Enumerable.Range(0, 200).Select(_ => "{\"type\":\"evaluatie\",\"on\":\"2025-03-01\"}"));
        var path = dir.File("case.json", "{\n\"caseId\":\"C-1\",\n\"firstSickDay\":\"2025-01-06\",\n\"events\":[\n" + events + "\n]\n}\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--max-case-bytes", "2048");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("is larger than 2,048 bytes, the largest case document accepted (--max-case-bytes)");
    }

    [Theory]
    [InlineData("100")]
    [InlineData("2000000000")]
    [InlineData("lots")]
    public void The_maximum_case_size_has_a_range(string value)
    {
        var result = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "--max-case-bytes", value);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--max-case-bytes");
    }

    [Fact]
    public void A_utf16_file_gets_one_message_about_its_encoding()
    {
        using var dir = new TempDir();
        var path = dir.Bytes(
            "case.json",
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Samples.Text("continuous.json"))).ToArray()
        );

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result
            .Stderr.Should()
            .Be(
                $"poortwachter: {path} is UTF-16 text (it starts with a UTF-16 byte-order mark); the contract's JSON is UTF-8: save the file as UTF-8 (for example: iconv -f UTF-16 -t UTF-8).{Environment.NewLine}"
            );
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_is_recognised_too()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("cases.jsonl", Encoding.Unicode.GetBytes(Batches.Lines(2)));

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--batch");

        // With --batch the lines are read as they come, so the reader reports the encoding per line.
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("UTF-16").And.NotContain("'0xFF' is an invalid start of a value");
    }

    [Fact]
    public void A_windows_1252_export_is_reported_as_not_utf8_with_where_and_what()
    {
        using var dir = new TempDir();
        var text = Batches.Utf8(Samples.Text("continuous.json").Replace("C-1001", "C-na@ef", StringComparison.Ordinal));
        var at = Array.IndexOf(text, (byte)'@');
        text[at] = 0xEF; // 'ï' in Windows-1252
        var path = dir.Bytes("case.json", text);

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result
            .Stderr.Should()
            .Contain("$: the document is not valid UTF-8 at line 2")
            .And.Contain("In Windows-1252 or Latin-1 that byte is 'ï'");
        result.Stderr.Should().NotContain("surrogate");
    }

    [Fact]
    public void A_compressed_file_is_named_as_such()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("cases.json.gz", [0x1F, 0x8B, 0x08, 0x00, 0x00]);

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("is compressed (gzip)");
    }

    [Fact]
    public void A_directory_as_input_is_called_a_directory()
    {
        using var dir = new TempDir();
        var result = CliRunner.Run("assess", dir.Path);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Be($"poortwachter: {dir.Path} is a directory, not a case file.{Environment.NewLine}");
    }

    [Fact]
    public void An_at_sign_names_a_file_and_is_not_a_response_file()
    {
        using var dir = new TempDir();
        var path = dir.File("@upload.json", Samples.Text("continuous.json"));
        var options = dir.File("@opts.rsp", "--format\njson\n");

        var result = CliRunner.Run("assess", path, "--as-of", AsOf, "--format", "json");
        result.ExitCode.Should().Be(0, result.ToString());
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("caseId").GetString().Should().Be("C-1001");

        var notOptions = CliRunner.Run("assess", Samples.PathOf("continuous.json"), "@" + options);
        notOptions.ExitCode.Should().Be(2, "the token is an unexpected argument, not options read from a file");
    }

    [Fact]
    public void An_enable_before_the_case_path_leaves_the_path_to_the_command()
    {
        var result = CliRunner.Run(
            "assess",
            "--enable",
            "spoor-2-traject",
            Samples.PathOf("spoor-2.json"),
            "--as-of",
            "2026-01-15",
            "--format",
            "json"
        );

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("spoor-2-trajectplan");
    }

    [Fact]
    public void A_mistyped_enable_code_gets_a_suggestion()
    {
        var result = CliRunner.Run("rules", "--enable", "spoor-2-trajekt");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("Did you mean 'spoor-2-traject'?");
    }

    [Theory]
    [InlineData("evalutie", "evaluatie")]
    [InlineData("plan_van_aanpak", "plan-van-aanpak")]
    [InlineData("Probleemanalyse", "probleemanalyse")]
    public void A_mistyped_event_type_gets_a_suggestion(string typo, string meant)
    {
        using var dir = new TempDir();
        var path = dir.File(
            "case.json",
            "{\"caseId\":\"C-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"" + typo + "\",\"on\":\"2025-02-01\"}]}"
        );

        var result = CliRunner.Run("assess", path, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain($"$.events[0].type: unknown event type '{typo}': did you mean '{meant}'?");
    }

    [Fact]
    public void An_as_of_before_day_1_in_a_batch_names_the_case()
    {
        using var dir = new TempDir();
        var path = dir.File("cases.jsonl", Batches.Case(1) + "\n");

        var result = CliRunner.Run("assess", path, "--as-of", "2024-01-01");

        result.ExitCode.Should().Be(2);
        result
            .Stderr.Should()
            .Contain("line 1 (case 'C-00001'): asOf: the assessment date 2024-01-01 is before the first sick day 2025-01-06.");
    }

    [Fact]
    public void Help_names_the_command_as_users_type_it()
    {
        var result = CliRunner.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("poortwachter [command] [options]").And.NotContain("Poortwachter.Cli");
    }

    /// <summary>A stream that, like a pipe, gives each byte once and cannot go back.</summary>
    private sealed class OnceStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 7), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
