using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Tests.Support;
using Xunit;
using static Poortwachter.Tests.Scenarios.ScenarioAssertions;

namespace Poortwachter.Tests.Scenarios;

/// <summary>
/// Issue 17 group 6, the re-integratievisie. Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4 lid 2
/// as amended by Stcrt. 2023, 13931 (in force 1 July 2023): the plan van aanpak "omvat ... alsmede de visie van de
/// werkgever en de werknemer hierop" (onder a) and the evaluation, periodic and at the end of the first sick year,
/// "omvat de visie van de werkgever en de werknemer hierop" (onder b); a bijstelling likewise (lid 5). Transition, art.
/// 7b lid 1: the old text "blijft van toepassing voor werknemers van wie de eerste ziektedag is gelegen voor 1 juli
/// 2023, indien het plan van aanpak en de eerstejaarsevaluatie niet na deze datum zijn opgesteld of bijgesteld"; lid 2:
/// "vervalt met ingang van 1 juli 2025". The cases are those of the legal analysis (R1-R7), derived from that text before
/// the engine was run: T = Sat 1 July 2023; "na deze datum" is strict (a document of 1 July itself does not trigger art.
/// 7b); a periodic evaluation does not trigger it; documents from 1 July 2025 on always need the views. A view recorded
/// <c>false</c> on a document that needs it gives <c>re-integratievisie-ontbreekt</c> (warning); <c>null</c> (not
/// recorded) never does.
/// </summary>
public sealed class ReIntegratievisieScenarios
{
    /// <summary>R2-R5: first sick day Mon 5 June 2023, before T.</summary>
    private static readonly LocalDate Old = D(2023, 6, 5);

    /// <summary>R1: first sick day Mon 6 Jan 2025, after T.</summary>
    private static readonly LocalDate New = D(2025, 1, 6);

    private static List<Warning> Visie(Assessment a) => a.Warnings.Where(w => w.Kind == WarningCodes.ReIntegratievisieOntbreekt).ToList();

    private static void ShouldCiteTheAmendment(Warning w, string part)
    {
        w.Severity.Should().Be(Severity.Warning);
        w.Message.Should().Contain($"Regeling procesgang eerste en tweede ziektejaar, BWBR0013540, {part}");
        w.Message.Should().Contain("Stcrt. 2023, 13931");
        w.Message.Should().Contain("https://wetten.overheid.nl/BWBR0013540");
    }

    [Fact]
    public void R1_a_case_of_2025_warns_for_each_document_that_lacks_a_view_and_names_the_view()
    {
        // D = Mon 6 Jan 2025 >= T: every document needs both views (rule re-integratievisie, in force for first sick days
        // from 1 July 2023). Plan day 56 = 6 Jan + 55 = Sun 2 Mar 2025, both views in: no warning. Evaluation day 98 =
        // 6 Jan + 97 = Sun 13 Apr 2025, employer's view only: warning for the employee's view; it is evaluation #1 (the
        // first after the plan). First-year evaluation day 364 = 6 Jan 2025 + 363 = Sun 4 Jan 2026, neither view: warning.
        var @case = SicknessCase
            .Builder("RV1", New)
            .Probleemanalyse(D(2025, 2, 16))
            .PlanVanAanpak(D(2025, 3, 2), visieWerkgever: true, visieWerknemer: true)
            .Evaluatie(D(2025, 4, 13), visieWerkgever: true, visieWerknemer: false)
            .Eerstejaarsevaluatie(D(2026, 1, 4), visieWerkgever: false, visieWerknemer: false)
            .Build();
        var a = Assess(@case, D(2026, 1, 10));

        var warnings = Visie(a);
        warnings.Should().HaveCount(2);

        var evaluation = warnings.Single(w => w.Obligation == ObligationCodes.Evaluatie);
        evaluation.Sequence.Should().Be(1);
        evaluation
            .Message.Should()
            .StartWith("The evaluation of 2025-04-13 does not hold the employee's view on the re-integration (visieWerknemer false).");
        evaluation.Message.Should().Contain("the first sick day, 2025-01-06, is on or after 1 July 2023");
        ShouldCiteTheAmendment(evaluation, "art. 4 lid 2 onder b as amended by Stcrt. 2023, 13931, in force 1 July 2023;");

        var firstYear = warnings.Single(w => w.Obligation == ObligationCodes.Eerstejaarsevaluatie);
        firstYear.Sequence.Should().Be(0);
        firstYear
            .Message.Should()
            .StartWith(
                "The first-year evaluation of 2026-01-04 holds neither the employer's nor the employee's view on the re-integration (visieWerkgever and visieWerknemer false)."
            );
        ShouldCiteTheAmendment(firstYear, "art. 4 lid 2 onder b as amended by Stcrt. 2023, 13931, in force 1 July 2023;");

        // The views change no date: the obligations are those of the same case without them.
        var without = SicknessCase
            .Builder("RV1", New)
            .Probleemanalyse(D(2025, 2, 16))
            .PlanVanAanpak(D(2025, 3, 2))
            .Evaluatie(D(2025, 4, 13))
            .Eerstejaarsevaluatie(D(2026, 1, 4))
            .Build();
        var b = Assess(without, D(2026, 1, 10));
        a.Obligations.Select(o => (o.Kind, o.Sequence, o.DueBy, o.Status, o.FulfilledOn))
            .Should()
            .Equal(b.Obligations.Select(o => (o.Kind, o.Sequence, o.DueBy, o.Status, o.FulfilledOn)));
        a.Warnings.Where(w => w.Kind != WarningCodes.ReIntegratievisieOntbreekt)
            .Select(w => (w.Kind, w.Obligation, w.Sequence))
            .Should()
            .Equal(b.Warnings.Select(w => (w.Kind, w.Obligation, w.Sequence)));

        Golden.Verify("s17v-re-integratievisie-2026-01-10", AssessmentText.Render(a));
    }

    [Fact]
    public void A_plan_without_the_employers_view_in_a_case_of_2025_names_the_plan_and_art_4_lid_2_onder_a()
    {
        // D = Mon 6 Jan 2025; plan Sun 2 Mar 2025 (day 56) with the employee's view only.
        var a = Assess(
            SicknessCase.Builder("RV1b", New).PlanVanAanpak(D(2025, 3, 2), visieWerkgever: false, visieWerknemer: true).Build(),
            D(2025, 3, 10)
        );

        var w = Visie(a).Should().ContainSingle().Which;
        w.Obligation.Should().Be(ObligationCodes.PlanVanAanpak);
        w.Message.Should()
            .StartWith("The plan van aanpak of 2025-03-02 does not hold the employer's view on the re-integration (visieWerkgever false).");
        ShouldCiteTheAmendment(w, "art. 4 lid 2 onder a as amended by Stcrt. 2023, 13931, in force 1 July 2023;");
    }

    [Fact]
    public void Absent_views_are_not_recorded_and_give_no_warning()
    {
        // R1 without any view recorded: today's behaviour, no re-integratievisie warning; and views recorded true: none either.
        var absent = SicknessCase
            .Builder("RV-absent", New)
            .PlanVanAanpak(D(2025, 3, 2))
            .Evaluatie(D(2025, 4, 13))
            .Eerstejaarsevaluatie(D(2026, 1, 4))
            .Build();
        var present = SicknessCase
            .Builder("RV-true", New)
            .PlanVanAanpak(D(2025, 3, 2), true, true)
            .Evaluatie(D(2025, 4, 13), true, true)
            .Eerstejaarsevaluatie(D(2026, 1, 4), true, true)
            .Build();
        // One view recorded, the other not: only a false one counts.
        var half = SicknessCase.Builder("RV-half", New).PlanVanAanpak(D(2025, 3, 2), visieWerkgever: true).Build();

        Visie(Assess(absent, D(2026, 1, 10))).Should().BeEmpty();
        Visie(Assess(present, D(2026, 1, 10))).Should().BeEmpty();
        Visie(Assess(half, D(2026, 1, 10))).Should().BeEmpty();
    }

    [Theory]
    // R2: plan Fri 30 June 2023, before T: the old art. 4 lid 2 applies to it.
    [InlineData(2023, 6, 30, false)]
    // R3: plan Sat 1 July 2023: not "na deze datum" (strict), so art. 7b keeps the old text for this case (D < T).
    [InlineData(2023, 7, 1, false)]
    // Plan Mon 3 July 2023: drawn up after T, so art. 7b no longer keeps the old text: the plan needs both views.
    [InlineData(2023, 7, 3, true)]
    public void R2_R3_a_plan_of_30_June_or_1_July_2023_in_a_case_of_June_2023_needs_no_views(int y, int m, int d, bool warned)
    {
        var a = Assess(
            SicknessCase.Builder("RV2", Old).PlanVanAanpak(D(y, m, d), visieWerkgever: false, visieWerknemer: false).Build(),
            D(2023, 7, 10)
        );

        Visie(a).Should().HaveCount(warned ? 1 : 0);
        if (warned)
        {
            Visie(a)[0]
                .Message.Should()
                .Contain(
                    "but the plan van aanpak was drawn up on 2023-07-03, after 1 July 2023, so art. 7b lid 1 no longer keeps the old text"
                );
            ShouldCiteTheAmendment(
                Visie(a)[0],
                "art. 4 lid 2 onder a as amended by Stcrt. 2023, 13931, in force 1 July 2023, and art. 7b as inserted by it"
            );
        }
    }

    [Fact]
    public void R6_a_plan_of_1_July_2023_needs_the_views_when_the_first_sick_day_is_1_July_and_not_when_it_is_30_June()
    {
        // R6a: D = Fri 30 June 2023 < T. Plan Sat 1 July 2023 (not after T) and evaluation Sat 12 Aug 2023 (no trigger):
        // old text for both.
        var r6a = SicknessCase
            .Builder("RV6a", D(2023, 6, 30))
            .PlanVanAanpak(D(2023, 7, 1), false, false)
            .Evaluatie(D(2023, 8, 12), false, false)
            .Build();
        Visie(Assess(r6a, D(2023, 9, 1))).Should().BeEmpty();

        // R6b: D = Sat 1 July 2023 >= T: the amended text from the start; both documents need the views.
        var r6b = SicknessCase
            .Builder("RV6b", D(2023, 7, 1))
            .PlanVanAanpak(D(2023, 7, 1), false, false)
            .Evaluatie(D(2023, 8, 12), false, false)
            .Build();
        var warnings = Visie(Assess(r6b, D(2023, 9, 1)));
        warnings.Select(w => w.Obligation).Should().Equal(ObligationCodes.PlanVanAanpak, ObligationCodes.Evaluatie);
        warnings[0].Message.Should().StartWith("The plan van aanpak of 2023-07-01 holds neither");
        warnings[1].Message.Should().StartWith("The evaluation of 2023-08-12 holds neither");
        warnings[1].Sequence.Should().Be(1);
    }

    [Fact]
    public void R4_a_bijstelling_after_1_July_2023_needs_the_views_and_so_does_every_document_after_it()
    {
        // D = Mon 5 June 2023 < T. Plan Fri 30 June 2023 (before T): no. Bijstelling (a second plan-van-aanpak) Mon 3 July
        // 2023 (after T): it triggers art. 7b and needs the views itself. Evaluation Fri 11 Aug 2023, after the trigger: yes.
        var @case = SicknessCase
            .Builder("RV4", Old)
            .Probleemanalyse(D(2023, 6, 20))
            .PlanVanAanpak(D(2023, 6, 30), false, false)
            .PlanVanAanpak(D(2023, 7, 3), visieWerkgever: false, visieWerknemer: true)
            .Evaluatie(D(2023, 8, 11), visieWerkgever: true, visieWerknemer: false)
            .Build();
        var warnings = Visie(Assess(@case, D(2023, 9, 1)));

        warnings.Should().HaveCount(2);
        warnings[0].Obligation.Should().Be(ObligationCodes.PlanVanAanpak);
        warnings[0]
            .Message.Should()
            .StartWith("The bijstelling of the plan van aanpak of 2023-07-03 does not hold the employer's view on the re-integration");
        warnings[0].Message.Should().Contain("but a bijstelling of the plan van aanpak was drawn up on 2023-07-03, after 1 July 2023");
        ShouldCiteTheAmendment(
            warnings[0],
            "art. 4 lid 5 with lid 2 onder a as amended by Stcrt. 2023, 13931, in force 1 July 2023, and art. 7b as inserted by it"
        );
        warnings[1].Obligation.Should().Be(ObligationCodes.Evaluatie);
        warnings[1].Sequence.Should().Be(1, "the first evaluation after the plan of 30 June");
        warnings[1].Message.Should().StartWith("The evaluation of 2023-08-11 does not hold the employee's view on the re-integration");
        ShouldCiteTheAmendment(
            warnings[1],
            "art. 4 lid 2 onder b as amended by Stcrt. 2023, 13931, in force 1 July 2023, and art. 7b as inserted by it"
        );
    }

    [Fact]
    public void R5_a_periodic_evaluation_does_not_trigger_the_new_text_but_a_first_year_evaluation_after_1_July_2023_does()
    {
        // D = Mon 5 June 2023 < T. Plan Fri 30 June 2023: no. Evaluation Fri 11 Aug 2023: after T, but art. 7b names only
        // the plan and the first-year evaluation, so no trigger yet: no. First-year evaluation day 364 = 5 June 2023 + 363
        // = Sun 2 June 2024 (2024 is a leap year): after T, it triggers art. 7b and needs the views itself.
        var @case = SicknessCase
            .Builder("RV5", Old)
            .PlanVanAanpak(D(2023, 6, 30), false, false)
            .Evaluatie(D(2023, 8, 11), false, false)
            .Eerstejaarsevaluatie(D(2024, 6, 2), visieWerkgever: true, visieWerknemer: false)
            .Build();
        var a = Assess(@case, D(2024, 6, 10));

        a.ShouldHaveObligation(ObligationCodes.Eerstejaarsevaluatie, D(2024, 6, 2), ObligationStatus.Fulfilled, D(2024, 6, 2));
        var w = Visie(a).Should().ContainSingle().Which;
        w.Obligation.Should().Be(ObligationCodes.Eerstejaarsevaluatie);
        w.Message.Should().StartWith("The first-year evaluation of 2024-06-02 does not hold the employee's view");
        w.Message.Should().Contain("but the first-year evaluation was drawn up on 2024-06-02, after 1 July 2023");
    }

    [Fact]
    public void R7_documents_of_an_old_case_need_the_views_from_1_July_2025_when_the_transition_lapsed()
    {
        // D = Mon 4 July 2022 < T. Plan Mon 29 Aug 2022 and first-year evaluation Fri 30 June 2023 (day 362), both
        // before T: no. Evaluation Wed 16 Aug 2023: no trigger (only evaluations after T): no. The wachttijd would end on
        // day 728 = 4 July 2022 + 727 = Sun 30 June 2024; a voluntary extension (WIA 24) runs it on past 2025. Evaluation
        // Mon 30 June 2025: still the old text; evaluations Tue 1 July 2025 ("met ingang van": the day it lapsed) and Tue 15
        // July 2025: art. 7b lapsed: yes.
        var @case = SicknessCase
            .Builder("RV7", D(2022, 7, 4))
            .PlanVanAanpak(D(2022, 8, 29), false, false)
            .Eerstejaarsevaluatie(D(2023, 6, 30), false, false)
            .Evaluatie(D(2023, 8, 16), false, false)
            .Verlenging(D(2024, 3, 1), D(2025, 9, 30))
            .Evaluatie(D(2025, 6, 30), false, true)
            .Evaluatie(D(2025, 7, 1), false, true)
            .Evaluatie(D(2025, 7, 15), false, true)
            .Build();
        var warnings = Visie(Assess(@case, D(2025, 8, 1)));

        warnings.Should().HaveCount(2).And.OnlyContain(w => w.Obligation == ObligationCodes.Evaluatie);
        warnings[0].Message.Should().StartWith("The evaluation of 2025-07-01 does not hold the employer's view");
        warnings[1].Message.Should().StartWith("The evaluation of 2025-07-15 does not hold the employer's view");
        warnings[1].Message.Should().Contain("the transition of art. 7b, which kept the old text for it, lapsed on 1 July 2025");
    }

    [Fact]
    public void A_new_wachttijd_that_starts_after_1_July_2023_is_not_covered_by_the_transition()
    {
        // The case starts Mon 1 May 2023 (< T) and ends by recovery: sick until Wed 31 May 2023, then fit for more than
        // 28 days; sick again from Mon 4 Sept 2023, a new wachttijd whose first sick day is after T (BW 7:629 lid 10). Its
        // plan of Fri 20 Oct 2023 needs the views: art. 7b covers only first sick days before 1 July 2023.
        var @case = SicknessCase
            .Builder("RV-new", D(2023, 5, 1))
            .SickUntil(D(2023, 5, 31))
            .SickAgainFrom(D(2023, 9, 4))
            .PlanVanAanpak(D(2023, 10, 20), visieWerkgever: true, visieWerknemer: false)
            .Build();
        var w = Visie(Assess(@case, D(2023, 11, 1))).Should().ContainSingle().Which;

        w.Message.Should().Contain("this wachttijd started on 2023-09-04");
    }

    [Fact]
    public void A_document_known_only_after_the_assessment_date_is_not_checked()
    {
        // The evaluation of Sun 13 Apr 2025 is after asOf 1 Apr 2025: not known, no warning (event-after-as-of instead).
        var a = Assess(
            SicknessCase.Builder("RV-later", New).PlanVanAanpak(D(2025, 3, 2)).Evaluatie(D(2025, 4, 13), false, false).Build(),
            D(2025, 4, 1)
        );

        Visie(a).Should().BeEmpty();
        a.Warnings.Should().Contain(w => w.Kind == WarningCodes.EventAfterAsOf);
    }

    [Fact]
    public void A_host_can_switch_the_check_off_by_its_rule_code()
    {
        var @case = SicknessCase.Builder("RV-off", New).PlanVanAanpak(D(2025, 3, 2), false, false).Build();
        var engine = new PoortwachterEngine(new PoortwachterOptions().Disable("re-integratievisie"));

        Visie(engine.Assess(@case, D(2025, 3, 10))).Should().BeEmpty();
        Visie(Assess(@case, D(2025, 3, 10))).Should().ContainSingle();
    }
}
