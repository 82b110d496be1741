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
/// Scenario 15: 29 Feb 2024 inside the wachttijd. D = Wednesday 1 Mar 2023, sick throughout: day n = D + (n - 1).
/// 1 Mar 2023 + 365 days = 29 Feb 2024, so 29 Feb 2024 is day 366 and every date from then on is one calendar day
/// earlier than a naive "same date next year" would give.
/// </summary>
public sealed class LeapYearScenario
{
    private static SicknessCase Case() =>
        SicknessCase
            .Builder("S15", D(2023, 3, 1))
            .Probleemanalyse(D(2023, 4, 5))
            .UwvZiekmelding(D(2023, 12, 15))
            .Eerstejaarsevaluatie(D(2024, 2, 20)) // day 357
            .Build();

    [Fact]
    public void Day_arithmetic_across_29_February_2024()
    {
        var a = Assess(Case(), D(2024, 3, 1));

        // countedDays 1 Mar 2023..1 Mar 2024 = 365 + 1 (29 Feb) + 1 = 367; week = ceil(367 / 7) = 53 (7 x 52 = 364).
        // lastDay = day 728 = 1 Mar 2023 + 727: 1 Mar 2023 + 731 = 1 Mar 2025 (365 + 366), minus 4 = 25 Feb 2025.
        a.ShouldHaveWachttijd(WachttijdState.Running, 367, 53, D(2025, 2, 25), D(2025, 2, 26));
        // Before the leap day: day 42 = 1 Mar + 41 = 11 Apr 2023; day 295 = 1 Mar 2023 + 294 = 20 Dec 2023.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2023, 4, 11), ObligationStatus.Fulfilled, D(2023, 4, 5));
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2023, 12, 20), ObligationStatus.Fulfilled, D(2023, 12, 15));
        // plan: an analysis is on record (5 Apr 2023) -> due 5 Apr + 14 = 19 Apr 2023; not done -> overdue.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2023, 4, 19), ObligationStatus.Overdue);
        // day 364 = day 366 (29 Feb 2024) - 2 = 27 Feb 2024; first-year evaluation 20 Feb 2024 -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2024, 2, 27), ObligationStatus.Fulfilled, D(2024, 2, 20));
        // arbeidsdeskundig onderzoek: due at the first-year evaluation held before day 364: 20 Feb 2024; not done -> overdue.
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2024, 2, 20), ObligationStatus.Overdue);
        // spoor-2 without a conclusion: E = 20 Feb 2024 (day 357); E + 42 = day 399 = 20 Feb + 42 across 29 Feb:
        // 9 (21..29 Feb) + 31 (Mar) + 2 = 2 Apr 2024.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2024, 4, 2), ObligationStatus.NotApplicable);
        // day 637 = 25 Feb 2025 - 91 = 26 Nov 2024; day 651 = 25 Feb 2025 - 77 = 10 Dec 2024.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2024, 11, 26), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2024, 12, 10), ObligationStatus.Open);
        // day 623 = 1 Mar 2023 + 622 = 12 Nov 2024; day 686 = 25 Feb 2025 - 42 = 14 Jan 2025.
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2024, 11, 12));
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2025, 1, 14));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2025, 2, 25));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2025, 2, 26));

        Golden.Verify("s15-leap-year-2024-03-01", AssessmentText.Render(a));
    }
}
