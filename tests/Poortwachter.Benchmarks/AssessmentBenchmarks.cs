using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Timeline;

namespace Poortwachter.Benchmarks;

/// <summary>
/// One case at a time: the engine against the floor (the bare date arithmetic of the statutory deadlines), and its
/// parts (validation, the clock, JSON read and write).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through GlobalCleanup.")]
public class AssessmentBenchmarks
{
    private readonly PoortwachterEngine _engine = PoortwachterEngine.CreateDefault();
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private SicknessCase _simple = null!;
    private SicknessCase _complex = null!;
    private byte[] _simpleJson = null!;
    private Assessment _simpleAssessment = null!;
    private Utf8JsonWriter _writer = null!;

    /// <summary>Builds the cases and the JSON once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _simple = Cases.Simple();
        _complex = Cases.Complex();
        _simpleJson = System.Text.Encoding.UTF8.GetBytes(PoortwachterJson.WriteCase(_simple));
        _simpleAssessment = _engine.Assess(_simple, Cases.SimpleAsOf);
        _writer = new Utf8JsonWriter(_buffer, PoortwachterJson.CompactWriterOptions);
    }

    /// <summary>Disposes the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>The floor: the statutory deadlines of the simple case as day offsets from day 1, nothing else.</summary>
    [Benchmark(Baseline = true, Description = "Baseline: deadline date arithmetic")]
    public LocalDate Baseline()
    {
        var day1 = _simple.FirstSickDay;
        var a = day1.PlusDays(41); // probleemanalyse, day 42
        var b = day1.PlusDays(55); // plan van aanpak, day 56
        var c = day1.PlusDays(294); // ziekmelding UWV, day 295
        var d = day1.PlusDays(363); // eerstejaarsevaluatie, day 364
        var e = day1.PlusDays(636); // RIV, day 637
        var f = day1.PlusDays(650); // WIA-aanvraag, day 651
        var g = day1.PlusDays(727); // einde wachttijd, day 728
        return a > b ? a : (c > d ? c : (e > f ? e : g));
    }

    /// <summary>Assess the simple case (one period, four events); explanations not read.</summary>
    [Benchmark(Description = "Assess simple case")]
    public Assessment AssessSimple() => _engine.Assess(_simple, Cases.SimpleAsOf);

    /// <summary>Assess the complex case (three periods, leave, twenty events, a deviation, a loonsanctie).</summary>
    [Benchmark(Description = "Assess complex case")]
    public Assessment AssessComplex() => _engine.Assess(_complex, Cases.ComplexAsOf);

    /// <summary>Assess the simple case and read every explanation and message.</summary>
    [Benchmark(Description = "Assess simple + read all text")]
    public int AssessSimpleReadText()
    {
        var a = _engine.Assess(_simple, Cases.SimpleAsOf);
        var length = 0;
        foreach (var o in a.Obligations)
        {
            length += o.Explanation.Length;
        }

        foreach (var m in a.Milestones)
        {
            length += m.Explanation.Length;
        }

        foreach (var w in a.Warnings)
        {
            length += w.Message.Length;
        }

        return length;
    }

    /// <summary>Validation of the complex case alone.</summary>
    [Benchmark(Description = "Validate complex case")]
    public int ValidateComplex() => CaseValidator.Validate(_complex).Count;

    /// <summary>The wachttijd clock of the complex case alone.</summary>
    [Benchmark(Description = "Clock of complex case")]
    public WachttijdClock ClockComplex() => WachttijdClock.Create(_complex, Cases.ComplexAsOf);

    /// <summary>Read the simple case from UTF-8 JSON.</summary>
    [Benchmark(Description = "JSON read simple case")]
    public SicknessCase? JsonRead() => PoortwachterJson.ReadCase(_simpleJson).Case;

    /// <summary>Write the simple case's assessment as compact JSON (explanations included).</summary>
    [Benchmark(Description = "JSON write simple assessment")]
    public long JsonWrite()
    {
        _buffer.Clear();
        _writer.Reset();
        PoortwachterJson.WriteAssessment(_writer, _engine.Assess(_simple, Cases.SimpleAsOf));
        _writer.Flush();
        return _writer.BytesCommitted;
    }

    /// <summary>Write the simple case's assessment as compact JSON with its explanations in Dutch (issue 25).</summary>
    [Benchmark(Description = "JSON write simple assessment, Dutch")]
    public long JsonWriteDutch()
    {
        _buffer.Clear();
        _writer.Reset();
        PoortwachterJson.WriteAssessment(_writer, _engine.Assess(_simple, Cases.SimpleAsOf), withText: true, TextLanguage.Dutch);
        _writer.Flush();
        return _writer.BytesCommitted;
    }

    /// <summary>
    /// The floor of the round trip: the same case's JSON parsed with <see cref="System.Text.Json.JsonDocument"/> and
    /// written back, no contract checks, no engine. Whatever the round trip costs above this is ours.
    /// </summary>
    [Benchmark(Description = "Floor: JSON parse + write back (JsonDocument), simple")]
    public long BareParseAndWrite()
    {
        using var document = System.Text.Json.JsonDocument.Parse(_simpleJson);
        _buffer.Clear();
        _writer.Reset();
        document.WriteTo(_writer);
        _writer.Flush();
        return _writer.BytesCommitted;
    }

    /// <summary>Parsing alone with <see cref="System.Text.Json.JsonDocument"/>, to set beside the strict case reader.</summary>
    [Benchmark(Description = "JSON parse only (JsonDocument), simple")]
    public int BareParse()
    {
        using var document = System.Text.Json.JsonDocument.Parse(_simpleJson);
        return (int)document.RootElement.ValueKind;
    }

    /// <summary>JSON in, assessment, JSON out: one case end to end, as the batch mode does it.</summary>
    [Benchmark(Description = "JSON read + assess + write, simple")]
    public long JsonRoundTrip()
    {
        var @case = PoortwachterJson.ReadCase(_simpleJson).Case!;
        _buffer.Clear();
        _writer.Reset();
        PoortwachterJson.WriteAssessment(_writer, _engine.Assess(@case, Cases.SimpleAsOf));
        _writer.Flush();
        return _writer.BytesCommitted;
    }

    /// <summary>JSON in, assessment, JSON out with every text in Dutch (<c>--language nl</c>), beside the English round trip.</summary>
    [Benchmark(Description = "JSON read + assess + write, simple, Dutch")]
    public long JsonRoundTripDutch()
    {
        var @case = PoortwachterJson.ReadCase(_simpleJson).Case!;
        _buffer.Clear();
        _writer.Reset();
        PoortwachterJson.WriteAssessment(_writer, _engine.Assess(@case, Cases.SimpleAsOf), withText: true, TextLanguage.Dutch);
        _writer.Flush();
        return _writer.BytesCommitted;
    }

    /// <summary>JSON in, assessment, JSON out without the texts (<c>--no-text</c>): nothing builds an explanation.</summary>
    [Benchmark(Description = "JSON read + assess + write, simple, no text")]
    public long JsonRoundTripNoText()
    {
        var @case = PoortwachterJson.ReadCase(_simpleJson).Case!;
        _buffer.Clear();
        _writer.Reset();
        PoortwachterJson.WriteAssessment(_writer, _engine.Assess(@case, Cases.SimpleAsOf), withText: false);
        _writer.Flush();
        return _writer.BytesCommitted;
    }
}
