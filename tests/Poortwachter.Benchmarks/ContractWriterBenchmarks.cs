using System.Buffers;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;

namespace Poortwachter.Benchmarks;

/// <summary>
/// Issue 28, the writing part: the assessment writer against the writer before its shortcuts
/// (<see cref="ReferenceContractWriter"/>, the same code as main before them) in the same run, over the generated mix
/// of the command's batch (assessed on 2025-06-01, as <see cref="CpuBudget"/> does), per case, compact, the contract's
/// encoder: without texts, with every text in English, with every text in Dutch.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through GlobalCleanup.")]
public class ContractWriterBenchmarks
{
    private const int Count = 500;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private Assessment[] _assessments = null!;
    private Utf8JsonWriter _writer = null!;

    /// <summary>The texts written: none, English or Dutch.</summary>
    [Params("none", "en", "nl")]
    public string Texts { get; set; } = "none";

    /// <summary>Assesses the mix once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var engine = PoortwachterEngine.CreateDefault();
        _assessments = Cases.Generate(Count).Select(g => engine.Assess(g.Case, new LocalDate(2025, 6, 1))).ToArray();
        _writer = new Utf8JsonWriter(_buffer, PoortwachterJson.CompactWriterOptions);
    }

    /// <summary>Disposes the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>The writer before issue 28's writing work.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "Write assessment, before (reference)")]
    public long WriteBefore()
    {
        var withText = Texts != "none";
        var language = Texts == "nl" ? TextLanguage.Dutch : TextLanguage.English;
        long bytes = 0;
        foreach (var a in _assessments)
        {
            ReferenceContractWriter.WriteAssessment(_writer, a, withText, language);
            bytes += Written();
        }

        return bytes;
    }

    /// <summary>The writer now.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "Write assessment, after")]
    public long WriteAfter()
    {
        var withText = Texts != "none";
        var language = Texts == "nl" ? TextLanguage.Dutch : TextLanguage.English;
        long bytes = 0;
        foreach (var a in _assessments)
        {
            PoortwachterJson.WriteAssessment(_writer, a, withText, language);
            bytes += Written();
        }

        return bytes;
    }

    private long Written()
    {
        _writer.Flush();
        var n = _writer.BytesCommitted;
        _buffer.Clear();
        _writer.Reset();
        return n;
    }
}
