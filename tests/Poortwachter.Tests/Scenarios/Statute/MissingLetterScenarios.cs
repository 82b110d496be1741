using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios.Statute;

/// <summary>
/// Issue 24 point 6, the week-89 letter that never came. WIA art. 64 lid 2 (BWBR0019057): UWV tells the employee of the
/// application "uiterlijk op de dag waarop de wachttijd 89 weken heeft geduurd" (counted day 623); lid 6: "Een aanvraag
/// wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving als bedoeld in het tweede lid niet heeft gedaan",
/// unless the 42nd-week report was not made before 81 weeks. A case cannot show that a letter never came, so the engine
/// keeps the due date (counted day 651) and says what the term becomes. D = Mon 6 Jan 2025, sick throughout: d623 = Sun
/// 20 Sep 2026, d651 = Sun 18 Oct 2026, d728 = Sun 3 Jan 2027.
/// </summary>
public sealed class MissingLetterScenarios
{
    [Fact]
    public void Without_a_letter_on_record_after_week_89_the_explanation_gives_the_first_limb_of_lid_6()
    {
        // asOf Sun 1 Nov 2026, after d623 and d651; report made 20 Oct 2025, no letter, no application: due d651, overdue.
        var @case = SicknessCase.Builder("L1", D(2025, 1, 6)).UwvZiekmelding(D(2025, 10, 20)).Build();
        var a = Assess(@case, D(2026, 11, 1));

        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 18), ObligationStatus.Overdue);
        a.Obligation(ObligationCodes.WiaAanvraag)
            .Explanation.Should()
            .Contain("No UWV letter about the WIA application (WIA art. 64 lid 2, due by 2026-09-20, counted day 623) is on record")
            .And.Contain(
                "'Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving als bedoeld in het tweede lid niet heeft gedaan' (WIA art. 64 lid 6)"
            );
    }

    [Fact]
    public void Before_week_89_or_with_the_letter_on_record_the_note_is_not_given()
    {
        // asOf Tue 1 Sep 2026, before d623: UWV may still send it.
        var early = Assess(SicknessCase.Builder("L2", D(2025, 1, 6)).Build(), D(2026, 9, 1));
        early.Obligation(ObligationCodes.WiaAanvraag).Explanation.Should().NotContain("No UWV letter");

        // The letter received on time, Tue 15 Sep 2026.
        var received = Assess(SicknessCase.Builder("L3", D(2025, 1, 6)).UwvWiaBrief(D(2026, 9, 15)).Build(), D(2026, 11, 1));
        received.Obligation(ObligationCodes.WiaAanvraag).Explanation.Should().NotContain("No UWV letter");
    }
}
