using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Tests.Rules;

/// <summary>Shared helpers: a default engine, the cases the rule tests start from and lookups into an assessment.</summary>
public abstract class RuleTestBase
{
    protected static readonly PoortwachterEngine Engine = new();

    /// <summary>Monday 6 January 2025, the domain's worked example: counted day n = 6 Jan 2025 + (n - 1) days.</summary>
    protected static readonly LocalDate Day1 = new(2025, 1, 6);

    /// <summary>Counted day 728 of that case, 3 January 2027: the statutory last day of wage continuation.</summary>
    protected static readonly LocalDate StatutoryEnd = new(2027, 1, 3);

    /// <summary>The spoor-2 trajectory rules are practice and off by default: an engine with them on.</summary>
    protected static readonly PoortwachterEngine Traject = new(new PoortwachterOptions().EnableSpoor2Traject());

    protected static LocalDate D(int y, int m, int d) => new(y, m, d);

    protected static CaseBuilder Case() => SicknessCase.Builder("T", Day1);

    protected static CaseBuilder Case(string id) => SicknessCase.Builder(id, Day1);

    /// <summary>The WIA application on time (due d651 = 18 Oct 2026), so the end does not move for a late application.</summary>
    protected static CaseBuilder OnTime(string id) => Case(id).WiaAanvraag(D(2026, 10, 1));

    protected static Obligation Only(Assessment a, string kind) => a.Obligations.Should().ContainSingle(o => o.Kind == kind).Subject;

    protected static Obligation Of(CaseBuilder builder, LocalDate asOf, string kind) => Only(Engine.Assess(builder.Build(), asOf), kind);

    protected static Milestone Milestone(Assessment a, string kind) => a.Milestones.Should().ContainSingle(m => m.Kind == kind).Subject;

    protected static Warning[] Warnings(Assessment a, string kind) => a.Warnings.Where(w => w.Kind == kind).ToArray();
}
