using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Json.Lines;
using Xunit;

namespace Poortwachter.Json.Tests.Lines;

/// <summary>The JSON Lines writer: a line reaches the output whole, with its LF, or not at all.</summary>
public sealed class JsonLinesWriterTests
{
    [Fact]
    public void Each_line_is_one_compact_value_and_an_LF()
    {
        using var output = new MemoryStream();
        using var writer = new JsonLinesWriter(output);

        WriteObject(writer, "a", "é");
        var bytes = writer.EndLine();
        WriteObject(writer, "b", "<x>");
        writer.EndLine();

        // {"a":"é"} is 10 bytes in UTF-8 (é is two), plus the LF; the relaxed encoder leaves é and <x> as they are.
        bytes.Should().Be(11);
        Encoding.UTF8.GetString(output.ToArray()).Should().Be("{\"a\":\"é\"}\n{\"b\":\"<x>\"}\n");
        writer.LinesWritten.Should().Be(2);
    }

    [Fact]
    public void A_discarded_line_leaves_nothing_in_the_output_and_the_next_line_is_whole()
    {
        var output = new ArrayBufferWriter<byte>();
        using var writer = new JsonLinesWriter(output);

        writer.Json.WriteStartObject();
        writer.Json.WriteString("half", new string('x', 50_000));
        writer.Json.Flush();
        writer.DiscardLine();
        WriteObject(writer, "ok", "1");
        writer.EndLine();

        Encoding.UTF8.GetString(output.WrittenSpan).Should().Be("{\"ok\":\"1\"}\n");
        writer.LinesWritten.Should().Be(1);
    }

    [Fact]
    public void Ending_a_line_without_a_whole_value_is_refused_and_writes_nothing()
    {
        using var output = new MemoryStream();
        using var writer = new JsonLinesWriter(output);

        var empty = () => writer.EndLine();
        empty.Should().Throw<InvalidOperationException>();
        writer.Json.WriteStartArray();
        var unfinished = () => writer.EndLine();
        unfinished.Should().Throw<InvalidOperationException>();

        output.Length.Should().Be(0);
    }

    [Fact]
    public void Indented_options_are_refused()
    {
        var act = () => new JsonLinesWriter(new MemoryStream(), new JsonWriterOptions { Indented = true });

        act.Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void What_the_reader_reads_back_is_what_was_written()
    {
        using var output = new MemoryStream();
        using (var writer = new JsonLinesWriter(output))
        {
            for (var i = 1; i <= 3; i++)
            {
                writer.Json.WriteNumberValue(i);
                writer.EndLine();
            }
        }

        output.Position = 0;
        var reader = new JsonLinesReader(output, 10);
        var sum = 0;
        while (reader.TryRead(out var line))
        {
            sum += int.Parse(Encoding.ASCII.GetString(line.Bytes.ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        }

        sum.Should().Be(6);
        reader.LastLine.Should().Be(3);
    }

    private static void WriteObject(JsonLinesWriter writer, string name, string value)
    {
        writer.Json.WriteStartObject();
        writer.Json.WriteString(name, value);
        writer.Json.WriteEndObject();
    }
}
