using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Tests.Support;
using Poortwachter.Timeline;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Scenario 4: fit on the assessment date. D = Monday 6 Jan 2025, sick through 30 Apr 2025
/// (26 + 28 + 31 + 30 = 115 counted days), fully fit from 1 May; asOf 10 May 2025 = 10th fit day (fewer than 28).
/// The projection assumes sickness resumes on asOf + 1 = 11 May 2025 = counted day 116, so every counted day after 115
/// falls 10 calendar days later than without the interruption.
/// </summary>
public sealed class InterruptedScenario
{
    private static SicknessCase Case() =>
        SicknessCase
            .Builder("S04", D(2025, 1, 6))
            .SickUntil(D(2025, 4, 30))
            .Probleemanalyse(D(2025, 2, 10))
            .PlanVanAanpak(D(2025, 2, 20)) // counted day 46
            .Evaluatie(D(2025, 4, 1)) // counted day 86
            .Build();

    [Fact]
    public void Fit_for_ten_days_on_asOf_suspends_the_deadlines_ahead()
    {
        var a = Assess(Case(), D(2025, 5, 10));

        // countedDays = 115 (fit days do not count); week = ceil(115 / 7) = 17 (7 x 16 = 112).
        // lastDay = 3 Jan 2027 (day 728 without a gap) + 10 fit days (1..10 May) = 13 Jan 2027; WIA 14 Jan 2027.
        a.ShouldHaveWachttijd(WachttijdState.Interrupted, 115, 17, D(2027, 1, 13), D(2027, 1, 14));

        // Done before the interruption:
        // day 42 = 16 Feb 2025, analysis 10 Feb -> fulfilled; plan due 10 Feb + 14 = 24 Feb, agreed 20 Feb -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2025, 2, 16), ObligationStatus.Fulfilled, D(2025, 2, 10));
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2025, 2, 24), ObligationStatus.Fulfilled, D(2025, 2, 20));
        // evaluatie #1: day 46 + 42 = 88 = 6 Jan + 87 = 3 Apr 2025; held 1 Apr -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 4, 3), ObligationStatus.Fulfilled, D(2025, 4, 1), sequence: 1);
        // evaluatie #2: day 86 + 42 = 128 = 11 May (day 116) + 12 = 23 May 2025; ahead of asOf while fit -> suspended.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2025, 5, 23), ObligationStatus.Suspended, sequence: 2);

        // Projected deadlines = no-interruption date + 10 days, all ahead -> suspended:
        // day 295: 27 Oct 2025 + 10 = 6 Nov 2025.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2025, 11, 6), ObligationStatus.Suspended);
        // day 364: 4 Jan 2026 + 10 = 14 Jan 2026.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2026, 1, 14), ObligationStatus.Suspended);
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2026, 1, 14), ObligationStatus.Suspended);
        // day 637: 4 Oct 2026 + 10 = 14 Oct 2026; day 651: 18 Oct 2026 + 10 = 28 Oct 2026.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2026, 10, 14), ObligationStatus.Suspended);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2026, 10, 28), ObligationStatus.Suspended);
        // spoor-2 without a conclusion stays not-applicable; latest date day 406: 15 Feb 2026 + 10 = 25 Feb 2026.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2026, 2, 25), ObligationStatus.NotApplicable);

        // day 623: 20 Sep 2026 + 10 = 30 Sep 2026; day 686: 22 Nov 2026 + 10 = 2 Dec 2026.
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2026, 9, 30));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2026, 12, 2));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2027, 1, 13));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2027, 1, 14));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.Overdue);

        Golden.Verify("s04-interrupted-2025-05-10", AssessmentText.Render(a));
    }
}
