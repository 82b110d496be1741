using System;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Xunit;

namespace Poortwachter.Tests.Assessments;

public sealed class TextBufferTests
{
    [Fact]
    public void It_grows_past_its_capacity_and_keeps_what_was_written()
    {
        var text = new TextBuffer(16);
        text.Capacity.Should().Be(16);
        new TextBuffer(1).Capacity.Should().Be(16, "a buffer holds at least 16 characters");
        var part = new string('x', 10);
        for (var i = 0; i < 100; i++)
        {
            text.Append(part);
        }

        text.Length.Should().Be(1000);
        text.Capacity.Should().BeGreaterThanOrEqualTo(1000);
        text.ToString().Should().Be(new string('x', 1000));
        var grown = text.Capacity;
        text.Clear();
        text.Length.Should().Be(0);
        text.Capacity.Should().Be(grown, "clearing keeps the capacity");
        text.ToString().Should().BeEmpty();
        text.WrittenSpan.Length.Should().Be(0);
    }

    [Fact]
    public void Holes_are_written_as_the_engine_formats_them()
    {
        var text = new TextBuffer();
        var date = new LocalDate(2025, 1, 6);
        text.Append($"a {date} b {42} c {-7} d {long.MinValue} e {'!'} f {(string?)null}g {0}");
        text.ToString().Should().Be($"a 2025-01-06 b 42 c -7 d {long.MinValue} e ! f g 0");
        text.WrittenMemory.ToString().Should().Be(text.ToString());
    }

    [Theory]
    [InlineData(1, "0001-01-01")]
    [InlineData(999, "0999-12-31")]
    [InlineData(9999, "9999-12-31")]
    public void Dates_of_every_year_width_are_written_in_four_digits(int year, string expected)
    {
        var text = new TextBuffer();
        var day = year == 1 ? 1 : 31;
        var month = year == 1 ? 1 : 12;
        text.Append($"{new LocalDate(year, month, day)}");
        text.ToString().Should().Be(expected);
    }

    [Fact]
    public void It_hands_out_spans_and_advances_as_an_IBufferWriter()
    {
        var text = new TextBuffer(16);
        var span = text.GetSpan(40);
        span.Length.Should().BeGreaterThanOrEqualTo(40);
        "hello".AsSpan().CopyTo(span);
        text.Advance(5);
        var memory = text.GetMemory();
        memory.Length.Should().BeGreaterThan(0);
        " world".AsSpan().CopyTo(text.GetMemory(6).Span);
        text.Advance(6);
        text.ToString().Should().Be("hello world");
        var act = () => text.Advance(10_000);
        act.Should().Throw<ArgumentOutOfRangeException>();
        var negative = () => text.Advance(-1);
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Trimming_stops_where_the_text_began()
    {
        var text = new TextBuffer();
        text.Append("kept. ");
        var start = text.Length;
        text.Append("derivation.. \t");
        text.TrimEnd(start, fullStops: true);
        text.ToString().Should().Be("kept. derivation");
        text.Append(" . ");
        text.TrimEnd(text.Length - 3);
        text.ToString().Should().Be("kept. derivation .");
        var empty = text.Length;
        text.Append("  ");
        text.TrimEnd(empty, fullStops: true);
        text.ToString().Should().Be("kept. derivation .");
    }
}
