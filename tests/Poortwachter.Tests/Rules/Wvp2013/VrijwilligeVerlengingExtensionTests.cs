using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// A voluntary extension of wage continuation (<c>VrijwilligeVerlengingExtension</c>, WIA art. 24). Day 1 = Monday 6
/// January 2025, sick throughout: dN = 6 Jan 2025 + (N - 1); d728 = 3 Jan 2027.
/// </summary>
public sealed class VrijwilligeVerlengingExtensionTests : RuleTestBase
{
    [Fact]
    public void A_voluntary_extension_to_the_last_day_itself_changes_nothing()
    {
        var a = Assess(OnTime("W-10").Verlenging(D(2026, 9, 1), D(2027, 1, 3)).Build(), D(2026, 10, 5));

        a.Wachttijd.LastDay.Should().Be(D(2027, 1, 3));
        a.Wachttijd.Extensions.Should().BeEmpty();
    }

    [Fact]
    public void A_voluntary_extension_cites_wia_article_24_lid_1()
    {
        var a = Assess(OnTime("W-11").Verlenging(D(2026, 9, 1), D(2027, 7, 4)).Build(), D(2026, 10, 5));

        a.Wachttijd.LastDay.Should().Be(D(2027, 7, 4));
        var change = a.Wachttijd.Extensions.Should().ContainSingle().Subject;
        change.LegalBasis.Law.Should().Be(Laws.Wia);
        change.LegalBasis.Article.Should().Be("24");
        change.LegalBasis.Lid.Should().Be("1");
    }
}
