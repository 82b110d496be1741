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
/// Scenario 2, the public example: sick 3 Jan 2022 - 3 Jul 2022, fully fit 4 - 24 Jul 2022 (21 days, fewer than 28, so
/// samentelling: BW 7:629 lid 10, WIA 23 lid 3), sick again from 25 Jul 2022 (still sick).
/// Counted days 1..182 are 3 Jan..3 Jul 2022 (29 + 28 + 31 + 30 + 31 + 30 + 3 = 182); counted day 183 is 25 Jul 2022.
/// So a counted day n > 182 falls on D + (n - 1) + 21 calendar days: every deadline after the gap moves 21 days later.
/// </summary>
public sealed class PublicExampleScenario
{
    private static SicknessCase Case() =>
        SicknessCase
            .Builder("S02", D(2022, 1, 3))
            .SickUntil(D(2022, 7, 3))
            .SickAgainFrom(D(2022, 7, 25))
            .Probleemanalyse(D(2022, 2, 10)) // counted day 39
            .PlanVanAanpak(D(2022, 2, 20)) // counted day 49
            .Evaluatie(D(2022, 4, 1)) // counted day 89
            .Evaluatie(D(2022, 5, 10)) // counted day 128
            .Evaluatie(D(2022, 6, 20)) // counted day 169
            .Evaluatie(D(2022, 8, 15)) // counted day 182 + (25 Jul..15 Aug = 22) = 204
            .Build();

    [Fact]
    public void On_1_September_2022_every_deadline_after_the_gap_is_21_days_later()
    {
        var a = Assess(Case(), D(2022, 9, 1));

        // countedDays = 182 + (25 Jul..1 Sep = 7 + 31 + 1 = 39) = 221; week = ceil(221 / 7) = 32 (7 x 31 = 217).
        // lastDay = day 728: without the gap 3 Jan 2022 + 727 = 31 Dec 2023; + 21 fit days = 21 Jan 2024. WIA from 22 Jan 2024.
        a.ShouldHaveWachttijd(WachttijdState.Running, 221, 32, D(2024, 1, 21), D(2024, 1, 22));
        a.Wachttijd.FirstSickDay.Should().Be(D(2022, 1, 3));

        // Before the gap, nothing moves: day 42 = 3 Jan + 41 = 13 Feb 2022.
        a.ShouldHaveObligation(ObligationCodes.Probleemanalyse, D(2022, 2, 13), ObligationStatus.Fulfilled, D(2022, 2, 10));
        // plan: analysis 10 Feb + 14 calendar days = 24 Feb 2022; agreed 20 Feb -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.PlanVanAanpak, D(2022, 2, 24), ObligationStatus.Fulfilled, D(2022, 2, 20));

        // Evaluations, each 42 counted days after the previous anchor (plan, then each evaluation held):
        // #1: day 49 + 42 = 91 = 3 Jan + 90 = 3 Apr 2022; held 1 Apr -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2022, 4, 3), ObligationStatus.Fulfilled, D(2022, 4, 1), sequence: 1);
        // #2: day 89 + 42 = 131 = 3 Jan + 130 = 13 May 2022; held 10 May -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2022, 5, 13), ObligationStatus.Fulfilled, D(2022, 5, 10), sequence: 2);
        // #3: day 128 + 42 = 170 = 3 Jan + 169 = 21 Jun 2022; held 20 Jun -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2022, 6, 21), ObligationStatus.Fulfilled, D(2022, 6, 20), sequence: 3);
        // #4: day 169 + 42 = 211, after the gap: 25 Jul (day 183) + 28 = 22 Aug 2022 (without the gap it would be
        // 1 Aug 2022 and the evaluation of 15 Aug late); held 15 Aug -> fulfilled.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2022, 8, 22), ObligationStatus.Fulfilled, D(2022, 8, 15), sequence: 4);
        // #5: day 204 + 42 = 246 = 25 Jul + 63 = 26 Sep 2022; 1 Sep <= 26 Sep -> open.
        a.ShouldHaveObligation(ObligationCodes.Evaluatie, D(2022, 9, 26), ObligationStatus.Open, sequence: 5);
        a.EvaluationCount().Should().Be(5);

        // After the gap, each date = (no-gap date) + 21:
        // day 295: 3 Jan 2022 + 294 = 24 Oct 2022; + 21 = 14 Nov 2022.
        a.ShouldHaveObligation(ObligationCodes.UwvZiekmelding, D(2022, 11, 14), ObligationStatus.Open);
        // day 364: 3 Jan 2022 + 363 = 1 Jan 2023; + 21 = 22 Jan 2023.
        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2023, 1, 22), ObligationStatus.Open);
        a.ShouldHaveObligation(ObligationCodes.ArbeidsdeskundigOnderzoek, D(2023, 1, 22), ObligationStatus.Open);
        // spoor 2 without a conclusion: not-applicable, latest date E + 42 = day 406: 12 Feb 2023 + 21 = 5 Mar 2023.
        a.ShouldHaveObligation(ObligationCodes.Spoor2, D(2023, 3, 5), ObligationStatus.NotApplicable);
        // day 637: 3 Jan 2022 + 636 = 1 Oct 2023; + 21 = 22 Oct 2023.
        a.ShouldHaveObligation(ObligationCodes.ReIntegratieverslag, D(2023, 10, 22), ObligationStatus.Open);
        // day 651: 3 Jan 2022 + 650 = 15 Oct 2023; + 21 = 5 Nov 2023.
        a.ShouldHaveObligation(ObligationCodes.WiaAanvraag, D(2023, 11, 5), ObligationStatus.Open);

        // day 623: 3 Jan 2022 + 622 = 17 Sep 2023; + 21 = 8 Oct 2023.
        a.ShouldHaveMilestone(MilestoneCodes.UwvWiaBrief, D(2023, 10, 8));
        // day 686 = 21 Jan 2024 - 42 = 10 Dec 2023.
        a.ShouldHaveMilestone(MilestoneCodes.LoonsanctieBeslissing, D(2023, 12, 10));
        a.ShouldHaveMilestone(MilestoneCodes.EindeWachttijd, D(2024, 1, 21));
        a.ShouldHaveMilestone(MilestoneCodes.WiaStart, D(2024, 1, 22));
        a.Warnings.Should().NotContain(w => w.Kind == WarningCodes.NewWachttijd);

        Golden.Verify("s02-public-example-2022-09-01", AssessmentText.Render(a));
    }
}
