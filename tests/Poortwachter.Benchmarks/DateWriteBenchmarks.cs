using System;
using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Poortwachter.Json;

namespace Poortwachter.Benchmarks;

/// <summary>
/// Issue 28: one way to write a date property against another, alone (an assessment writes about 20): the name, then
/// the ten bytes as a string value (validated and escape-checked); or the name and value in one call; or the name, then
/// the value with its quotes written raw, unvalidated.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through GlobalCleanup.")]
public class DateWriteBenchmarks
{
    private const int Count = 20;
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("dueBy");
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 12);
    private Utf8JsonWriter _writer = null!;

    /// <summary>Makes the writer.</summary>
    [GlobalSetup]
    public void Setup() => _writer = new Utf8JsonWriter(_buffer, PoortwachterJson.CompactWriterOptions);

    /// <summary>Disposes the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>As before: property name, then the ten bytes as a string value.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long NameThenStringValue() =>
        Run(
            static (w, date) =>
            {
                w.WritePropertyName(Name);
                w.WriteStringValue(date.Slice(1, 10));
            }
        );

    /// <summary>Name and value in one call.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long NameAndValue() => Run(static (w, date) => w.WriteString(Name, date.Slice(1, 10)));

    /// <summary>Property name, then the quoted value raw.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long NameThenRaw() =>
        Run(
            static (w, date) =>
            {
                w.WritePropertyName(Name);
                w.WriteRawValue(date, skipInputValidation: true);
            }
        );

    private delegate void WriteDate(Utf8JsonWriter w, ReadOnlySpan<byte> quoted);

    private long Run(WriteDate write)
    {
        ReadOnlySpan<byte> quoted = "\"2025-06-01\""u8;
        _writer.WriteStartObject();
        for (var i = 0; i < Count; i++)
        {
            write(_writer, quoted);
        }

        _writer.WriteEndObject();
        _writer.Flush();
        var n = _writer.BytesCommitted;
        _buffer.Clear();
        _writer.Reset();
        return n;
    }
}
