using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Tests.Properties;

/// <summary>A generated case as plain numbers, so FsCheck can shrink it and a failure prints readably.</summary>
public sealed record CaseSpec(
    int StartOffset,
    int[] SickLengths,
    int[] GapLengths,
    bool LastOpen,
    int LeaveStart,
    int LeaveLength,
    int AsOfOffset,
    int[] EventOffsets
)
{
    public static readonly LocalDate Earliest = new(2013, 7, 1);

    public LocalDate FirstSickDay => Earliest.PlusDays(StartOffset);

    public SicknessCase Build(int shift = 0, int? extraGapAt = null, int extraGap = 0, int extraLeaveStart = 0, int extraLeaveLength = 0)
    {
        var day1 = FirstSickDay.PlusDays(shift);
        var builder = SicknessCase.Builder("G", day1);
        var cursor = day1;
        for (var i = 0; i < SickLengths.Length; i++)
        {
            var length = SickLengths[i];
            if (extraGapAt is { } at && i == SickLengths.Length - 1 && LastOpen && at < length)
            {
                // Split the open period: sick for 'at' days, fit for 'extraGap' days, then sick again.
                builder.SickUntil(cursor.PlusDays(at - 1)).SickAgainFrom(cursor.PlusDays(at + extraGap));
                break;
            }

            if (i == SickLengths.Length - 1 && LastOpen)
            {
                break;
            }

            builder.SickUntil(cursor.PlusDays(length - 1));
            if (i < SickLengths.Length - 1)
            {
                cursor = cursor.PlusDays(length + GapLengths[i]);
                builder.SickAgainFrom(cursor);
            }
        }

        if (LeaveLength > 0)
        {
            var from = day1.PlusDays(LeaveStart);
            builder.ZwangerschapsBevallingsverlof(from, from.PlusDays(LeaveLength - 1));
        }

        if (extraLeaveLength > 0)
        {
            var from = day1.PlusDays(extraLeaveStart);
            builder.ZwangerschapsBevallingsverlof(from, from.PlusDays(extraLeaveLength - 1));
        }

        var codes = new[]
        {
            "probleemanalyse",
            "plan-van-aanpak",
            "evaluatie",
            "uwv-ziekmelding",
            "eerstejaarsevaluatie",
            "arbeidsdeskundig-onderzoek",
            "spoor-2",
            "re-integratieverslag",
            "wia-aanvraag",
        };
        for (var i = 0; i < EventOffsets.Length; i++)
        {
            builder.Done(codes[i % codes.Length], day1.PlusDays(EventOffsets[i]));
        }

        if (EventOffsets.Length > 3)
        {
            builder.GeenTerugkeerEigenOrganisatie(day1.PlusDays(EventOffsets[3]));
        }

        return builder.BuildUnvalidated();
    }

    public LocalDate AsOf(int shift = 0) => FirstSickDay.PlusDays(shift + AsOfOffset);

    public override string ToString() =>
        $"CaseSpec(start {StartOffset} = {FirstSickDay:uuuu-MM-dd}, sick [{string.Join(",", SickLengths)}], gaps [{string.Join(",", GapLengths)}], lastOpen {LastOpen}, leave {LeaveStart}+{LeaveLength}, asOf +{AsOfOffset}, events [{string.Join(",", EventOffsets)}])";
}

public static class CaseGenerators
{
    public static Gen<CaseSpec> Specs { get; } =
        from start in Gen.Choose(0, 6000)
        from periods in Gen.Choose(1, 4)
        from sick in Gen.ArrayOf(Gen.Choose(1, 300), periods)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 45), periods)
        from lastOpen in Gen.Elements(true, true, false)
        from leaveStart in Gen.Choose(0, 400)
        from leaveLength in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 120)))
        from asOf in Gen.Choose(0, 1100)
        from events in Gen.ArrayOf(Gen.Choose(0, 900), 0).Or(Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 900), n)))
        select new CaseSpec(start, sick, gaps, lastOpen, leaveStart, leaveLength, asOf, events);

    /// <summary>Generated specs whose case is valid.</summary>
    public static Arbitrary<CaseSpec> ValidCases { get; } = Specs.Where(s => CaseValidator.Validate(s.Build()).Count == 0).ToArbitrary();

    public static readonly int[] Milestones = [1, 42, 56, 295, 364, 623, 637, 651, 728];

    public static IEnumerable<int> Days => Milestones.AsEnumerable();

    public static void Check(Arbitrary<CaseSpec> arb, Func<CaseSpec, bool> property, int tests = 300) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), Prop.ForAll(arb, property));

    public static void Check(Arbitrary<CaseSpec> arb, Action<CaseSpec> property, int tests = 300) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), Prop.ForAll(arb, property));

    internal static bool Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);

    internal static Exception Fail(string message) => new InvalidOperationException(message);
}
