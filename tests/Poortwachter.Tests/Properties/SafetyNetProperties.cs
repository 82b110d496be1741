using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Properties.CaseGenerators;

namespace Poortwachter.Tests.Properties;

/// <summary>
/// Issue 17, safety-net cases: Ziektewet art. 38 lid 4 takes the 42nd-week and ziek-uit-dienst reports away and art. 38a
/// puts its own report in their place; the re-integration duties stay (WIA art. 25). Over generated cases, with and
/// without an end of employment.
/// </summary>
public sealed class SafetyNetProperties
{
    private static readonly PoortwachterEngine Engine = new();

    private static readonly string[] Reports =
    [
        ObligationCodes.VangnetZiekmelding,
        ObligationCodes.UwvZiekmelding,
        ObligationCodes.ZiekUitDienstMelding,
    ];

    [Fact]
    public void A_safety_net_case_never_owes_the_reports_of_article_38_and_always_judges_its_own_on_the_calendar() =>
        Check(
            ValidCases,
            spec =>
            {
                foreach (var code in VangnetCodes.All)
                {
                    var a = Engine.Assess(With(spec, code), spec.AsOf());
                    a.Obligations.Where(o => o.Kind is ObligationCodes.UwvZiekmelding or ObligationCodes.ZiekUitDienstMelding)
                        .Should()
                        .OnlyContain(o => o.Status == ObligationStatus.NotApplicable, code);
                    var own = a.Obligations.Where(o => o.Kind == ObligationCodes.VangnetZiekmelding).ToList();
                    // Numbered per incapacity (the assessment orders them by due date, which a report on the fourth day
                    // after the leave can bring before an earlier six-week one).
                    own.Select(o => o.Sequence).Should().BeEquivalentTo(Enumerable.Range(1, own.Count), code);
                    own.Should()
                        .NotContain(o => o.Status == ObligationStatus.NotApplicable || o.Status == ObligationStatus.Suspended, code);
                    var day1 = a.Wachttijd.FirstSickDay;
                    var @case = With(spec, code);
                    if (
                        (@case.EmploymentEndsOn is not { } ends || (ends >= day1 && !@case.Leave.Any(l => l.Contains(day1))))
                        && SickAfterLeave(@case, day1) is { } claimed
                        && claimed <= spec.AsOf()
                    )
                    {
                        // A report for the first incapacity of the wachttijd, unless it starts after the employment (no
                        // employer then) or during leave that may outlast the employment, or lies wholly within leave
                        // (no sickness benefit during the leave, Ziektewet art. 29a lid 3: nothing to report).
                        own.Should().NotBeEmpty(code);
                    }

                    if (
                        code is VangnetCodes.NoRiskpolis or VangnetCodes.Orgaandonatie
                        && own.Count > 0
                        && !@case.Leave.Any(l => l.Contains(day1))
                    )
                    {
                        // Six calendar weeks from day 1 at most (earlier when employment ends within them); sickness that
                        // starts during leave is reported from the first day after the leave (Ziektewet art. 29a lid 3).
                        var first = own.Single(o => o.Sequence == 1).DueBy!.Value;
                        first.Should().BeLessThanOrEqualTo(day1.PlusDays(42), code);
                    }
                }
            }
        );

    [Fact]
    public void Outside_the_reports_a_safety_net_changes_nothing_for_an_employer_that_bears_no_own_risk() =>
        Check(
            ValidCases,
            spec =>
            {
                var plain = Engine.Assess(With(spec, null), spec.AsOf());
                foreach (var code in new[] { VangnetCodes.NoRiskpolis, VangnetCodes.Orgaandonatie })
                {
                    var a = Engine.Assess(With(spec, code), spec.AsOf());
                    a.Wachttijd.LastDay.Should().Be(plain.Wachttijd.LastDay, code);
                    Others(a).Should().Equal(Others(plain), code);
                }
            }
        );

    private static (string, int, LocalDate?, ObligationStatus)[] Others(Assessment a) =>
        a
            .Obligations.Where(o => !Reports.Contains(o.Kind, System.StringComparer.Ordinal))
            .Select(o => (o.Kind, o.Sequence, o.DueBy, o.Status))
            .ToArray();

    /// <summary>The generated case with a safety net, and, for half of them, employment ending a third of the way to the assessment date.</summary>
    /// <summary>The first day of the incapacity from day 1 that is not leave, when the employee is still sick then.</summary>
    private static LocalDate? SickAfterLeave(SicknessCase @case, LocalDate day1)
    {
        var day = day1;
        for (var moved = true; moved; )
        {
            moved = false;
            foreach (var leave in @case.Leave.Where(l => l.Contains(day)))
            {
                day = leave.Until.PlusDays(1);
                moved = true;
            }
        }

        var first = @case.EffectiveSickness.FirstOrDefault(p => p.From <= day1 && (p.Until is not { } u || u >= day1));
        return first is not null && (first.Until is not { } until || until >= day) ? day : null;
    }

    private static SicknessCase With(CaseSpec spec, string? vangnet)
    {
        var c = spec.Build();
        LocalDate? ends = spec.AsOfOffset % 2 == 0 ? c.FirstSickDay.PlusDays(spec.AsOfOffset / 3) : null;
        return new SicknessCase(c.CaseId, c.FirstSickDay, c.Sickness, c.Leave, ends, c.Events) { Vangnet = vangnet };
    }
}
