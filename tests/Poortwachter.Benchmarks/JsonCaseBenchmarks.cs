using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Benchmarks;

/// <summary>
/// The case document in and out on its own: reading the complex case (twenty events of six types, a deviation and a
/// loonsanctie among them) and writing it back, where every event goes through the event schema.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through GlobalCleanup.")]
public class JsonCaseBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private SicknessCase _complex = null!;
    private byte[] _complexJson = null!;
    private Utf8JsonWriter _writer = null!;

    /// <summary>Builds the case and its JSON once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _complex = Cases.Complex();
        _complexJson = System.Text.Encoding.UTF8.GetBytes(PoortwachterJson.WriteCase(_complex));
        _writer = new Utf8JsonWriter(_buffer, PoortwachterJson.CompactWriterOptions);
    }

    /// <summary>Disposes the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>Read the complex case from UTF-8 JSON (parse, contract checks, validation).</summary>
    [Benchmark(Description = "JSON read complex case")]
    public SicknessCase? JsonReadComplex() => PoortwachterJson.ReadCase(_complexJson).Case;

    /// <summary>Write the complex case as compact JSON.</summary>
    [Benchmark(Description = "JSON write complex case")]
    public long JsonWriteComplexCase()
    {
        _buffer.Clear();
        _writer.Reset();
        PoortwachterJson.WriteCase(_writer, _complex);
        _writer.Flush();
        return _writer.BytesCommitted;
    }
}
