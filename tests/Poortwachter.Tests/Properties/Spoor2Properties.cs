using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Properties.CaseGenerators;

namespace Poortwachter.Tests.Properties;

/// <summary>
/// Properties of the spoor-2 rules over generated cases: the engine with the trajectory switched on never throws on a
/// valid case with spoor-2 events, the trajectory never runs ahead of its start, and a postponement never moves spoor 2
/// earlier than it would be without it.
/// </summary>
public sealed class Spoor2Properties
{
    private static readonly PoortwachterEngine Plain = new();

    private static readonly PoortwachterEngine Traject = new(new PoortwachterOptions().EnableSpoor2Traject());

    private static SicknessCase WithTrack(CaseSpec spec)
    {
        var @case = spec.Build();
        var day1 = @case.FirstSickDay;
        var offsets = spec.EventOffsets;
        if (offsets.Length == 0)
        {
            return @case;
        }

        var start = day1.PlusDays(offsets[0]);
        var extra = new CaseEvent[]
        {
            new ObligationFulfilled(ObligationCodes.Spoor2, start),
            new GeenTerugkeerEigenFunctie(day1.PlusDays(offsets[offsets.Length - 1] / 2)),
            new Spoor2Trajectplan(start.PlusDays(20), 9),
            new ObligationFulfilled(ObligationCodes.Spoor2Voortgangsrapportage, start.PlusDays(40)),
            new ObligationFulfilled(ObligationCodes.Spoor2Voortgangsrapportage, start.PlusDays(95)),
            new Spoor2Plaatsing(start.PlusDays(offsets.Length * 30)),
            new Spoor2Uitstel(day1.PlusDays(offsets[0] / 2), day1.PlusDays(offsets[0] / 2).PlusDays(60)),
        };
        // One start of spoor 2, the one the trajectory events follow.
        var own = @case.Events.Where(e => e is not ObligationFulfilled { Obligation: ObligationCodes.Spoor2 });
        return @case.WithEvents(own.Concat(extra));
    }

    [Fact]
    public void The_engine_never_throws_with_spoor_2_events_and_the_trajectory_follows_its_start() =>
        Check(
            ValidCases,
            spec =>
            {
                var @case = WithTrack(spec);
                if (CaseValidator.Validate(@case).Count > 0)
                {
                    return;
                }

                var a = Traject.Assess(@case, spec.AsOf());
                var start = a.Obligations.Single(o => o.Kind == ObligationCodes.Spoor2).FulfilledOn;
                var trajectory = a.Obligations.Where(o => o.Kind.StartsWith("spoor-2-", System.StringComparison.Ordinal)).ToList();
                if (start is not { } s)
                {
                    trajectory.Should().BeEmpty("the trajectory produces nothing before spoor 2 starts");
                    return;
                }

                trajectory.All(o => o.LegalCharacter == LegalCharacter.Practice && o.Explanation.Length > 0).Should().BeTrue();
                trajectory
                    .All(o => o.DueBy is not { } due || due > s)
                    .Should()
                    .BeTrue($"nothing of the trajectory is due before its start {s}");
                a.Milestones.Where(m => m.Kind.StartsWith("spoor-2-", System.StringComparison.Ordinal))
                    .All(m => m.On >= s)
                    .Should()
                    .BeTrue();
            }
        );

    [Fact]
    public void A_postponement_never_moves_spoor_2_earlier() =>
        Check(
            ValidCases,
            spec =>
            {
                var @case = spec.Build();
                if (spec.EventOffsets.Length == 0)
                {
                    return;
                }

                var decided = @case.FirstSickDay.PlusDays(spec.EventOffsets[0]);
                var postponed = @case.WithEvents(@case.Events.Append(new Spoor2Uitstel(decided, decided.PlusDays(45))));
                if (CaseValidator.Validate(postponed).Count > 0)
                {
                    return;
                }

                var without = Plain.Assess(@case, spec.AsOf()).Obligations.Single(o => o.Kind == ObligationCodes.Spoor2).DueBy;
                var with = Plain.Assess(postponed, spec.AsOf()).Obligations.Single(o => o.Kind == ObligationCodes.Spoor2).DueBy;
                if (without is { } w && with is { } p)
                {
                    p.Should().BeGreaterThanOrEqualTo(w, $"a postponement on {decided} only adds time (case {@case})");
                }
            }
        );
}
