using BenchmarkDotNet.Attributes;
using NodaTime;
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
    private SicknessCase _simple = null!;
    private SicknessCase _simpleRelapse = null!;
    private Assessment _simpleAssessed = null!;
    private Assessment _simpleRelapseAssessed = null!;

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

        // A relapse within four weeks entered late: the simple case fit 16..25 May 2025 (10 days, samentelling), so every
        // date after counted day 130 moves 10 days later: some fifteen changes, each with a reason.
        _simple = Cases.Simple();
        _simpleRelapse = new SicknessCase(
            _simple.CaseId,
            _simple.FirstSickDay,
            [new SicknessPeriod(_simple.FirstSickDay, new LocalDate(2025, 5, 15)), new SicknessPeriod(new LocalDate(2025, 5, 26))],
            events: _simple.Events
        );
        _simpleAssessed = engine.Assess(_simple, Cases.SimpleAsOf);
        _simpleRelapseAssessed = engine.Assess(_simpleRelapse, Cases.SimpleAsOf);
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

    /// <summary>A relapse within four weeks: every later date moves; the texts are not read (what a JSON writer without texts needs).</summary>
    [Benchmark(Description = "Relapse (simple case, 10 fit days), texts unread")]
    public int RelapseTextsUnread() =>
        AssessmentChanges.Between(_simpleAssessed, _simpleRelapseAssessed, _simple, _simpleRelapse).Changes.Count;

    /// <summary>The same, every change's summary read as a string (the table's "Why" column), in English.</summary>
    [Benchmark(Description = "Relapse, every summary read (English)")]
    public int RelapseSummariesRead()
    {
        var n = 0;
        foreach (var c in AssessmentChanges.Between(_simpleAssessed, _simpleRelapseAssessed, _simple, _simpleRelapse).Changes)
        {
            n += c.Summary.Length;
        }

        return n;
    }

    /// <summary>The same, every change's reason read in English and Dutch (the summary and both derivations).</summary>
    [Benchmark(Description = "Relapse, every reason read (English and Dutch)")]
    public int RelapseReasonsRead()
    {
        var n = 0;
        foreach (var c in AssessmentChanges.Between(_simpleAssessed, _simpleRelapseAssessed, _simple, _simpleRelapse).Changes)
        {
            n += c.Reason.Length + c.ReasonIn(TextLanguage.Dutch).Length;
        }

        return n;
    }
}
