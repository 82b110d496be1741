using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Portfolio;

namespace Poortwachter.Benchmarks;

/// <summary>
/// The worklist of a portfolio (issue 27): the builder takes one assessment at a time and keeps only the items, so a
/// nightly run over 100,000 cases streams. The assessments are made once (the engine has benchmarks of its own); only
/// the worklist is measured: adding 1,000 assessments, building, and writing the JSON.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WorklistBenchmarks
{
    private Assessment[] _assessments = null!;
    private Assessment[] _fresh = null!;
    private (SicknessCase Case, LocalDate AsOf)[] _cases = null!;
    private PoortwachterEngine _engine = null!;
    private LocalDate _asOf;
    private Worklist _worklist = null!;

    /// <summary>The number of cases in the portfolio.</summary>
    [Params(1000)]
    public int Count { get; set; }

    /// <summary>Assesses generated cases on one date, the latest of their own, so every event lies on or before it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = PoortwachterEngine.CreateDefault();
        _cases = Cases.Generate(Count);
        _asOf = _cases.Max(c => c.AsOf);
        _assessments = _cases.Select(c => _engine.Assess(c.Case, _asOf)).ToArray();
        _worklist = Build(TextLanguage.English);
    }

    /// <summary>
    /// Every assessment added, the texts read in English as the command reads them, and the worklist built. An assessment
    /// caches a text once read, so after the first run this measures the cached read (the rendering is the engine's cost).
    /// </summary>
    /// <summary>
    /// An assessment caches a text once read: the benchmark that reads them gets assessments made anew before each
    /// iteration (not measured), so every text is rendered as on the night.
    /// </summary>
    [IterationSetup(Target = nameof(AddAndBuild))]
    public void FreshAssessments() => _fresh = _cases.Select(c => _engine.Assess(c.Case, _asOf)).ToArray();

    [Benchmark(Baseline = true, Description = "Add and build, texts read (English, rendered anew)")]
    public int AddAndBuild()
    {
        var builder = new WorklistBuilder(_asOf, 30);
        foreach (var a in _fresh)
        {
            builder.Add(a, TextLanguage.English);
        }

        return builder.Build().Items.Count;
    }

    /// <summary>The same with the texts left unread: what the builder itself costs.</summary>
    [Benchmark(Description = "Add and build, texts unread")]
    public int AddAndBuildWithoutTexts()
    {
        var builder = new WorklistBuilder(_asOf, 30);
        foreach (var a in _assessments)
        {
            builder.Add(a);
        }

        return builder.Build().Items.Count;
    }

    /// <summary>The built worklist written as JSON (indented, as the command writes it), to nowhere.</summary>
    [Benchmark(Description = "Write the JSON (texts already read)")]
    public long WriteJson()
    {
        using var writer = new Utf8JsonWriter(Stream.Null, PoortwachterJson.IndentedWriterOptions);
        WorklistJson.Write(writer, _worklist, TextLanguage.English);
        writer.Flush();
        return writer.BytesCommitted;
    }

    private Worklist Build(TextLanguage language)
    {
        var builder = new WorklistBuilder(_asOf, 30);
        foreach (var a in _assessments)
        {
            builder.Add(a, language);
        }

        return builder.Build();
    }
}
