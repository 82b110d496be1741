using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Tests.Support;
using Xunit;
using static Poortwachter.Tests.Properties.CaseGenerators;

namespace Poortwachter.Tests.Properties;

public sealed class EngineProperties
{
    private static readonly PoortwachterEngine Engine = new();

    [Fact]
    public void The_engine_never_throws_on_a_valid_case_and_every_obligation_has_a_source() =>
        Check(
            ValidCases,
            spec =>
            {
                var a = Engine.Assess(spec.Build(), spec.AsOf());
                a.Obligations.Should().NotBeEmpty();
                a.Obligations.Should().OnlyContain(o => o.LegalBasis.Citation.Length > 0 && o.Explanation.Length > 0);
            }
        );

    [Fact]
    public void Due_dates_keep_the_law_order() =>
        Check(
            ValidCases,
            spec =>
            {
                var a = Engine.Assess(spec.Build(), spec.AsOf());
                Obligation Get(string kind) => a.Obligations.First(o => o.Kind == kind);
                var analysis = Get(ObligationCodes.Probleemanalyse);
                var plan = Get(ObligationCodes.PlanVanAanpak);
                if (
                    plan.DueBy is { } planDue
                    && (analysis.FulfilledOn ?? analysis.DueBy) is { } analysisRef
                    && a.Obligations.All(o => o.Kind != "afwijking")
                )
                {
                    planDue.Should().BeGreaterThan(analysisRef);
                }

                var chain = new[]
                {
                    Get(ObligationCodes.UwvZiekmelding).DueBy,
                    Get(ObligationCodes.ReIntegratieverslag).DueBy,
                    Get(ObligationCodes.WiaAanvraag).DueBy,
                    a.Wachttijd.LastDay,
                };
                if (chain.All(d => d is not null))
                {
                    chain.Select(d => d!.Value).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
                }
            }
        );

    [Fact]
    public void Shifting_a_whole_case_shifts_every_due_date_and_keeps_every_status() =>
        Check(
            ValidCases,
            spec =>
            {
                const int shift = 700;
                var a = Engine.Assess(spec.Build(), spec.AsOf());
                var b = Engine.Assess(spec.Build(shift), spec.AsOf(shift));
                b.Obligations.Select(o => (o.Kind, o.Sequence, o.Status, o.DueBy))
                    .Should()
                    .Equal(a.Obligations.Select(o => (o.Kind, o.Sequence, o.Status, o.DueBy?.PlusDays(shift))));
                b.Wachttijd.LastDay.Should().Be(a.Wachttijd.LastDay?.PlusDays(shift));
                b.Wachttijd.CountedDays.Should().Be(a.Wachttijd.CountedDays);
            },
            150
        );

    [Fact]
    public void A_later_assessment_date_never_turns_a_fulfilled_obligation_open() =>
        Check(
            ValidCases,
            spec =>
            {
                var earlier = Engine.Assess(spec.Build(), spec.AsOf());
                var later = Engine.Assess(spec.Build(), spec.AsOf(200));
                if (later.Wachttijd.FirstSickDay != earlier.Wachttijd.FirstSickDay)
                {
                    return; // a new wachttijd started after 28 fit days: the earlier case's events no longer apply
                }

                foreach (var o in earlier.Obligations.Where(o => o.Status is ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate))
                {
                    later
                        .Obligations.Where(x => x.Kind == o.Kind && x.FulfilledOn == o.FulfilledOn)
                        .Should()
                        .NotBeEmpty($"{o.Kind} done on {o.FulfilledOn} stays done");
                }
            },
            150
        );

    [Fact]
    public void The_assessment_is_the_same_whatever_the_culture_or_thread() =>
        Check(
            ValidCases,
            spec =>
            {
                var @case = spec.Build();
                var expected = AssessmentText.Render(Engine.Assess(@case, spec.AsOf()));
                foreach (var culture in new[] { "nl-NL", "ar-SA", "th-TH", "tr-TR" })
                {
                    var original = CultureInfo.CurrentCulture;
                    try
                    {
                        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                        AssessmentText.Render(Engine.Assess(@case, spec.AsOf())).Should().Be(expected);
                    }
                    finally
                    {
                        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
                    }
                }

                var parallel = new string[8];
                Parallel.For(0, parallel.Length, i => parallel[i] = AssessmentText.Render(Engine.Assess(@case, spec.AsOf())));
                parallel.Should().AllBe(expected);
            },
            60
        );
}
