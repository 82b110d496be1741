using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Poortwachter.Cases;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Properties;

/// <summary>A generated case with an application for a shortened wachttijd and, perhaps, UWV's decision on it.</summary>
public sealed record IvaSpec(CaseSpec Case, int AppliedOffset, int DecisionDelay, bool Granted, int EndDelay)
{
    public SicknessCase Build()
    {
        var @case = Case.Build();
        var applied = Case.FirstSickDay.PlusDays(AppliedOffset);
        var decision = new VervroegdeIvaBesluit(applied.PlusDays(DecisionDelay), Granted, Granted ? applied.PlusDays(EndDelay) : null);
        return @case.WithEvents(@case.Events.Append(new VervroegdeIvaAanvraag(applied)).Append(decision));
    }

    public override string ToString() =>
        $"IvaSpec({Case}, applied +{AppliedOffset}, decided +{DecisionDelay} after, granted {Granted}, end +{EndDelay} after the application)";
}

/// <summary>
/// Wet WIA art. 23 lid 6: "Een verkorte wachttijd bedraagt ten minste 13 weken en ten hoogste 78 weken." Whatever the
/// case (gaps, leave, a new wachttijd, events), an early IVA that the engine applies ends on counted day 91 to 546, so
/// never before day 91 and never after day 728; an end outside those bounds is refused with its path, never applied; and
/// the last day of wage continuation stays counted day 728.
/// </summary>
public sealed class VervroegdeIvaProperties
{
    private static readonly PoortwachterEngine Engine = new();

    private static readonly Arbitrary<IvaSpec> Specs = (
        from spec in CaseGenerators.Specs
        from applied in Gen.Choose(0, 600)
        from delay in Gen.Choose(0, 200)
        from granted in Gen.Elements(true, true, true, false)
        // Most ends near the ten weeks (P + 69 / P + 70), the rest anywhere up to two years after the application.
        from end in Gen.Frequency((3, Gen.Choose(60, 80)), (2, Gen.Choose(0, 730)))
        select new IvaSpec(spec, applied, delay, granted, end)
    )
        .Where(s => CaseValidator.Validate(s.Build()).Count == 0)
        .ToArbitrary();

    [Fact]
    public void An_early_IVA_never_ends_after_counted_day_728_nor_before_counted_day_91()
    {
        var applied = 0;
        var property = Prop.ForAll(
            Specs,
            spec =>
            {
                var @case = spec.Build();
                var asOf = spec.Case.AsOf();
                if (asOf < @case.FirstSickDay)
                {
                    return;
                }

                Poortwachter.Assessments.Assessment a;
                try
                {
                    a = Engine.Assess(@case, asOf);
                }
                catch (InvalidCaseException e)
                {
                    // Refused, never applied: only the end of a grant, for the 13 or 78 weeks.
                    e.Problems.Should()
                        .ContainSingle()
                        .Which.Path.Should()
                        .Be("$.events[" + (@case.Events.Count - 1) + "].wachttijdEndsOn");
                    e.Problems[0].Message.Should().Match(m => m.Contains("13 weken") || m.Contains("78 weken"));
                    return;
                }

                var w = a.Wachttijd;
                if (w.WachttijdEndsOn is not { } end)
                {
                    return;
                }

                applied++;
                var clock = WachttijdClock.Create(@case, asOf);
                var day = clock.CountedDaysThrough(end);
                day.Should().BeInRange(91, 546, spec.ToString());
                day.Should().BeLessThanOrEqualTo(WachttijdClock.WachttijdDays);
                w.WiaStart.Should().Be(end.PlusDays(1));
                // Wage continuation is not shortened and, with the later extensions switched off, not extended.
                w.LastDay.Should().Be(w.StatutoryLastDay);
                end.Should().BeLessThan(w.LastDay!.Value);
                a.Obligations.Where(o => o.Kind is "re-integratieverslag" or "wia-aanvraag")
                    .Should()
                    .OnlyContain(o => o.Status == Poortwachter.Assessments.ObligationStatus.NotApplicable);
            }
        );
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
        applied.Should().BeGreaterThan(0, "some generated grants are applied");
    }
}
