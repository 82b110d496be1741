using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Benchmarks;

/// <summary>A portfolio: 100,000 generated cases assessed one after the other and in parallel on every core.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class BatchBenchmarks
{
    /// <summary>The batch size.</summary>
    public const int Size = 100_000;

    private readonly PoortwachterEngine _engine = PoortwachterEngine.CreateDefault();
    private (SicknessCase Case, LocalDate AsOf)[] _cases = null!;

    /// <summary>Generates the cases once.</summary>
    [GlobalSetup]
    public void Setup() => _cases = Cases.Generate(Size);

    /// <summary>100,000 cases on one thread.</summary>
    [Benchmark(Baseline = true, Description = "Batch 100k sequential")]
    public int Sequential()
    {
        var obligations = 0;
        foreach (var (c, asOf) in _cases)
        {
            obligations += _engine.Assess(c, asOf).Obligations.Count;
        }

        return obligations;
    }

    /// <summary>100,000 cases with <see cref="Parallel.For(int, int, System.Action{int})"/> on every core.</summary>
    [Benchmark(Description = "Batch 100k parallel")]
    public int Parallel()
    {
        var obligations = 0;
        System.Threading.Tasks.Parallel.For(
            0,
            _cases.Length,
            () => 0,
            (i, _, local) => local + _engine.Assess(_cases[i].Case, _cases[i].AsOf).Obligations.Count,
            local => Interlocked.Add(ref obligations, local)
        );
        return obligations;
    }
}
