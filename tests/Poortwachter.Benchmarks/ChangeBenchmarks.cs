using BenchmarkDotNet.Attributes;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Changes;

namespace Poortwachter.Benchmarks;

/// <summary>
/// The nightly change list (issue 27): an unchanged pair must cost almost nothing, since most of a portfolio does not
/// change from one night to the next. The assessments are made once; only the comparison is measured.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ChangeBenchmarks
{
    private SicknessCase _case = null!;
    private SicknessCase _sameAgain = null!;
    private SicknessCase _relapse = null!;
    private Assessment _previous = null!;
    private Assessment _sameDay = null!;
    private Assessment _sameAgainAssessed = null!;
    private Assessment _relapseAssessed = null!;

    /// <summary>Assesses the complex case twice (two objects, equal), a copy of it, and a version with one more event.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var engine = PoortwachterEngine.CreateDefault();
        _case = Cases.Complex();
        _sameAgain = Cases.Complex();
        _relapse = _case.WithEvents([
            .. _case.Events,
            new ObligationFulfilled(ObligationCodes.ArbeidsdeskundigOnderzoek, Cases.ComplexAsOf),
        ]);
        _previous = engine.Assess(_case, Cases.ComplexAsOf);
        _sameDay = engine.Assess(_case, Cases.ComplexAsOf);
        _sameAgainAssessed = engine.Assess(_sameAgain, Cases.ComplexAsOf);
        _relapseAssessed = engine.Assess(_relapse, Cases.ComplexAsOf);
    }

    /// <summary>One case assessed twice on one date (one file at one date, run twice): nothing changed.</summary>
    [Benchmark(Baseline = true, Description = "Unchanged: one case, assessed twice")]
    public bool Unchanged() => AssessmentChanges.Between(_previous, _sameDay, _case, _case).IsEmpty;

    /// <summary>The same case read twice (two files, two objects): the case facts are compared too.</summary>
    [Benchmark(Description = "Unchanged: the case read again")]
    public bool UnchangedReadAgain() => AssessmentChanges.Between(_previous, _sameAgainAssessed, _case, _sameAgain).IsEmpty;

    /// <summary>One event more: a few changes, their texts not read.</summary>
    [Benchmark(Description = "One event added, texts unread")]
    public int OneEventAdded() => AssessmentChanges.Between(_previous, _relapseAssessed, _case, _relapse).Changes.Count;
}
