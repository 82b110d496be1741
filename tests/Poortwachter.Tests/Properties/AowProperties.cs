using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules.Wvp2013;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Properties;

/// <summary>
/// Issue 17: past the AOW age there is no WIA (WIA art. 43 onder g), and wage continuation lasts 6 or 13 weeks within the
/// 104 weeks (BW 7:629 lid 2 onder b). Generated cases (first sick day from 1 January 2016, any periods, gaps, leave and
/// events) with an AOW date.
/// </summary>
public sealed class AowProperties
{
    private static readonly PoortwachterEngine Engine = new();

    private static readonly string[] WiaObligations = [ObligationCodes.WiaAanvraag, ObligationCodes.ReIntegratieverslag];

    /// <summary>A valid generated case and how many days before (negative: after) day 1 the employee reaches the AOW age.</summary>
    private static readonly Arbitrary<(CaseSpec Spec, int DaysBefore)> Cases = (
        from spec in CaseGenerators.Specs
        from daysBefore in Gen.Choose(0, 20000)
        select (spec, daysBefore)
    )
        .Where(c => c.spec.FirstSickDay >= AowLeeftijdRule.InForceFrom && CaseValidator.Validate(Build(c.spec, c.daysBefore)).Count == 0)
        .ToArbitrary();

    private static readonly Arbitrary<(CaseSpec Spec, int DaysBefore)> CasesWithAowDuringSickness = (
        from spec in CaseGenerators.Specs
        from daysAfter in Gen.Choose(0, 1200)
        select (spec, -daysAfter)
    )
        .Where(c => c.spec.FirstSickDay >= AowLeeftijdRule.InForceFrom && CaseValidator.Validate(Build(c.spec, c.Item2)).Count == 0)
        .ToArbitrary();

    [Fact]
    public void An_employee_past_the_AOW_age_on_day_1_never_has_a_WIA_obligation_and_is_paid_6_or_13_weeks_at_most() =>
        FsCheck.Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(
                Cases,
                c =>
                {
                    var @case = Build(c.Spec, c.DaysBefore);
                    var asOf = c.Spec.AsOf();
                    var a = Engine.Assess(@case, asOf);
                    foreach (var o in a.Obligations.Where(o => WiaObligations.Contains(o.Kind, StringComparer.Ordinal)))
                    {
                        o.Status.Should().Be(ObligationStatus.NotApplicable, $"{o.Kind} past the AOW age");
                        o.DueBy.Should().BeNull($"{o.Kind} has no due date past the AOW age");
                    }

                    a.Warnings.Should()
                        .NotContain(w => w.Obligation != null && WiaObligations.Contains(w.Obligation, StringComparer.Ordinal));
                    a.Wachttijd.WiaStart.Should().BeNull();
                    a.Milestones.Should().NotContain(m => m.Kind == MilestoneCodes.WiaStart || m.Kind == MilestoneCodes.UwvWiaBrief);
                    if (a.Wachttijd.LastDay is { } last)
                    {
                        // Never after counted day 728; exactly counted day 42 or 91 of the wachttijd assessed.
                        var clock = WachttijdClock.Create(@case, asOf);
                        last.Should().BeLessThanOrEqualTo(clock.DateOfCountedDay(WachttijdClock.WachttijdDays)!.Value);
                        var term = a.Wachttijd.FirstSickDay >= AowLeeftijdRule.SixWeeksFrom ? 42 : 91;
                        last.Should().Be(clock.DateOfCountedDay(term)!.Value);
                        a.Milestones.Should().ContainSingle(m => m.Kind == MilestoneCodes.EindeOpzegverbod).Which.On.Should().Be(last);
                    }
                }
            )
        );

    [Fact]
    public void An_AOW_date_during_the_sickness_never_moves_the_end_past_counted_day_728_and_never_leaves_a_WIA_obligation_due() =>
        FsCheck.Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(
                CasesWithAowDuringSickness,
                c =>
                {
                    var @case = Build(c.Spec, c.DaysBefore);
                    var a = Engine.Assess(@case, c.Spec.AsOf());
                    if (a.Wachttijd.LastDay is not { } last || a.Wachttijd.StatutoryLastDay is not { } statutory)
                    {
                        return;
                    }

                    if (@case.ReachesAowAgeOn!.Value <= statutory.PlusDays(1))
                    {
                        last.Should().BeLessThanOrEqualTo(statutory);
                        last.Should().BeGreaterThanOrEqualTo(@case.ReachesAowAgeOn.Value.PlusDays(-1));
                        a.Wachttijd.WiaStart.Should().BeNull();
                        a.Obligations.Where(o => WiaObligations.Contains(o.Kind, StringComparer.Ordinal))
                            .Should()
                            .OnlyContain(o => o.Status == ObligationStatus.NotApplicable && o.DueBy == null);
                    }
                    else
                    {
                        a.Wachttijd.Extensions.Should().NotContain(e => e.Code == AowLeeftijdRule.ExtensionCode);
                    }
                }
            )
        );

    private static SicknessCase Build(CaseSpec spec, int daysBefore)
    {
        var built = spec.Build();
        return new SicknessCase(built.CaseId, built.FirstSickDay, built.Sickness, built.Leave, built.EmploymentEndsOn, built.Events)
        {
            ReachesAowAgeOn = built.FirstSickDay.PlusDays(-daysBefore),
        };
    }
}
