using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Tests.Rules;

/// <summary>Shared helpers: a default engine and lookups into an assessment.</summary>
public abstract class RuleTestBase
{
    protected static readonly PoortwachterEngine Engine = new();

    /// <summary>Monday 6 January 2025, the domain's worked example: counted day n = 6 Jan 2025 + (n - 1) days.</summary>
    protected static readonly LocalDate Day1 = new(2025, 1, 6);

    protected static LocalDate D(int y, int m, int d) => new(y, m, d);

    protected static CaseBuilder Case() => SicknessCase.Builder("T", Day1);

    protected static Obligation Only(Assessment a, string kind) => a.Obligations.Should().ContainSingle(o => o.Kind == kind).Subject;

    protected static Obligation Of(CaseBuilder builder, LocalDate asOf, string kind) => Only(Engine.Assess(builder.Build(), asOf), kind);

    protected static Milestone Milestone(Assessment a, string kind) => a.Milestones.Should().ContainSingle(m => m.Kind == kind).Subject;

    protected static Warning[] Warnings(Assessment a, string kind) => a.Warnings.Where(w => w.Kind == kind).ToArray();
}
