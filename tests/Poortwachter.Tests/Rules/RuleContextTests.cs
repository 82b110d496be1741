using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.Rules;

/// <summary>
/// <see cref="RuleContext"/> as a host rule sees it: the event lookups, the status judgement with its reason, the
/// deviation helpers and the explanation of a counted day. Day 1 is Monday 6 January 2025, so counted day n is
/// 6 Jan 2025 + (n - 1) days while there is no gap and no leave.
/// </summary>
public sealed class RuleContextTests : RuleTestBase
{
    private static readonly RuleDescriptor ProbeRule = new(
        "probe",
        "Probe",
        "none",
        new LegalSource("Test"),
        LegalCharacter.Practice,
        string.Empty,
        new LocalDate(2013, 7, 1)
    );

    private static Assessment AssessWith(SicknessCase @case, LocalDate asOf, Action<RuleContext, RuleOutput> evaluate) =>
        new PoortwachterEngine(new PoortwachterOptions().Add(new Probe(evaluate))).Assess(@case, asOf);

    /// <summary>The status and the reason the status judge gives, as an obligation's explanation ends.</summary>
    private static (ObligationStatus Status, string Reason) Judge(
        RuleContext context,
        LocalDate? dueBy,
        LocalDate? fulfilledOn,
        bool employerObligation = true
    )
    {
        var reason = new TextBuffer();
        var status = context.Judge.Judge(dueBy, fulfilledOn, employerObligation, reason);
        context.StatusOf(dueBy, fulfilledOn, employerObligation).Should().Be(status, "the public query judges the same way");
        return (status, reason.ToString());
    }

    private static RuleContext ContextOf(SicknessCase @case, LocalDate asOf)
    {
        RuleContext? seen = null;
        AssessWith(@case, asOf, (context, _) => seen = context);
        return seen!;
    }

    [Fact]
    public void AllDone_lists_every_known_time_an_obligation_was_done_in_date_order()
    {
        // Evaluations on 1 Apr and 15 May are known on 1 Jun; the one on 20 Jun is not yet.
        var @case = Case()
            .PlanVanAanpak(D(2025, 2, 20))
            .Evaluatie(D(2025, 4, 1))
            .Evaluatie(D(2025, 5, 15))
            .Evaluatie(D(2025, 6, 20))
            .Build();
        var context = ContextOf(@case, D(2025, 6, 1));

        context.AllDone(ObligationCodes.Evaluatie).Should().Equal(D(2025, 4, 1), D(2025, 5, 15));
        context.AllDone(ObligationCodes.PlanVanAanpak).Should().Equal(D(2025, 2, 20));
        context.AllDone(ObligationCodes.WiaAanvraag).Should().BeEmpty();
        context.FirstDone(ObligationCodes.Evaluatie)!.On.Should().Be(D(2025, 4, 1));
    }

    [Fact]
    public void Last_finds_the_only_event_of_a_type_even_when_it_is_the_first_event()
    {
        var only = Case().GeenTerugkeerEigenOrganisatie(D(2025, 12, 1)).Build();
        var context = ContextOf(only, D(2026, 1, 5));

        context.Last<GeenTerugkeerEigenOrganisatie>()!.On.Should().Be(D(2025, 12, 1));
        context.Last<Loonsanctie>().Should().BeNull();

        var two = Case().GeenTerugkeerEigenOrganisatie(D(2025, 12, 1)).GeenTerugkeerEigenOrganisatie(D(2025, 12, 15)).Build();
        var both = ContextOf(two, D(2026, 1, 5));
        both.Last<GeenTerugkeerEigenOrganisatie>()!.On.Should().Be(D(2025, 12, 15));
        both.First<GeenTerugkeerEigenOrganisatie>()!.On.Should().Be(D(2025, 12, 1));
    }

    [Fact]
    public void AfwijkingFor_includes_a_deviation_recorded_on_either_edge_of_the_range()
    {
        // One deviation for the probleemanalyse, recorded on 10 Feb.
        var @case = Case().Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 2), "bedrijfsarts met vakantie").Build();
        var context = ContextOf(@case, D(2025, 2, 20));
        const string code = ObligationCodes.Probleemanalyse;

        context.AfwijkingFor(code)!.DueBy.Should().Be(D(2025, 3, 2));
        context.AfwijkingFor(code, recordedFrom: D(2025, 2, 10)).Should().NotBeNull("recorded on the first day of the range");
        context.AfwijkingFor(code, recordedFrom: D(2025, 2, 11)).Should().BeNull("recorded before the range");
        context.AfwijkingFor(code, recordedUntil: D(2025, 2, 10)).Should().NotBeNull("recorded on the last day of the range");
        context.AfwijkingFor(code, recordedUntil: D(2025, 2, 9)).Should().BeNull("recorded after the range");
        context.AfwijkingFor(ObligationCodes.PlanVanAanpak).Should().BeNull("no deviation for the plan");
    }

    [Fact]
    public void AfwijkingFor_gives_the_last_deviation_recorded_in_the_range_among_many()
    {
        // Seven deviations of the evaluations, recorded on the 1st of Feb..Aug 2025 with due dates on the 20th of the
        // same month, listed out of order (the engine sorts the events by date): the last one recorded on or before
        // the end of the range applies, if it was recorded on or after its start.
        var builder = Case();
        foreach (var month in new[] { 5, 2, 7, 3, 8, 4, 6 })
        {
            builder.Afwijking(D(2025, month, 1), ObligationCodes.Evaluatie, D(2025, month, 20), "reden " + month);
        }

        var context = ContextOf(builder.Build(), D(2025, 9, 1));
        const string code = ObligationCodes.Evaluatie;

        context.AfwijkingFor(code)!.DueBy.Should().Be(D(2025, 8, 20), "the last of all");
        context.AfwijkingFor(code, recordedUntil: D(2025, 1, 31)).Should().BeNull("none recorded by then");
        context.AfwijkingFor(code, recordedUntil: D(2025, 2, 1))!.DueBy.Should().Be(D(2025, 2, 20));
        context.AfwijkingFor(code, recordedUntil: D(2025, 4, 30))!.DueBy.Should().Be(D(2025, 4, 20));
        context.AfwijkingFor(code, recordedUntil: D(2025, 5, 1))!.DueBy.Should().Be(D(2025, 5, 20));
        context.AfwijkingFor(code, recordedUntil: D(2025, 7, 15))!.DueBy.Should().Be(D(2025, 7, 20));
        context.AfwijkingFor(code, recordedUntil: D(2025, 12, 31))!.DueBy.Should().Be(D(2025, 8, 20));
        context.AfwijkingFor(code, D(2025, 3, 2), D(2025, 4, 30))!.DueBy.Should().Be(D(2025, 4, 20));
        context.AfwijkingFor(code, D(2025, 4, 2), D(2025, 4, 30)).Should().BeNull("the one of 1 Apr is before the range, 1 May after it");
        context.AfwijkingFor(null!).Should().BeNull("no obligation, no deviation");
    }

    [Fact]
    public void Judge_gives_the_status_and_the_reason_a_casemanager_reads()
    {
        // Assessed on 10 Feb 2025, sick throughout.
        var context = ContextOf(Case().Build(), D(2025, 2, 10));

        Judge(context, D(2025, 2, 16), D(2025, 2, 10))
            .Should()
            .Be((ObligationStatus.Fulfilled, "Done on 2025-02-10, on time (due by 2025-02-16)."));
        Judge(context, null, D(2025, 2, 10)).Should().Be((ObligationStatus.Fulfilled, "Done on 2025-02-10."));
        // 16 Feb -> 20 Feb is 4 days late.
        Judge(context, D(2025, 2, 16), D(2025, 2, 20))
            .Should()
            .Be((ObligationStatus.FulfilledLate, "Done on 2025-02-20, 4 day(s) after the due date 2025-02-16."));
        // 10 Feb -> 16 Feb: 6 days left; due on the assessment date itself: still open, 0 days left.
        Judge(context, D(2025, 2, 16), null).Should().Be((ObligationStatus.Open, "Not done yet; 6 day(s) left on 2025-02-10."));
        Judge(context, D(2025, 2, 10), null).Should().Be((ObligationStatus.Open, "Not done yet; 0 day(s) left on 2025-02-10."));
        // Due 5 Feb, not done on 10 Feb: 5 days past.
        Judge(context, D(2025, 2, 5), null).Should().Be((ObligationStatus.Overdue, "Not done; 5 day(s) past the due date on 2025-02-10."));
    }

    [Fact]
    public void Judge_lets_an_employer_obligation_lapse_when_employment_ends_first_but_not_the_employees()
    {
        var context = ContextOf(Case().EmploymentEndsOn(D(2025, 2, 12)).Build(), D(2025, 2, 10));

        Judge(context, D(2025, 2, 16), null)
            .Should()
            .Be(
                (
                    ObligationStatus.NotApplicable,
                    "Employment ended on 2025-02-12, before this fell due: from then UWV takes over the re-integration (Ziektewet art. 38 lid 2)."
                )
            );
        Judge(context, D(2025, 2, 12), null).Status.Should().Be(ObligationStatus.Open, "due on the last day of employment");
        Judge(context, D(2025, 2, 16), null, employerObligation: false).Status.Should().Be(ObligationStatus.Open);
    }

    [Fact]
    public void After_recovery_a_term_due_on_the_last_sick_day_is_overdue_and_one_due_later_is_not_applicable()
    {
        // Sick 6 Jan..16 Feb (day 42 is 16 Feb, the last sick day), fit 17 Feb..16 Mar = 12 + 16 = 28 days: recovered.
        var @case = Case().SickUntil(D(2025, 2, 16)).Build();
        var asOf = D(2025, 3, 16);
        var context = ContextOf(@case, asOf);

        Judge(context, D(2025, 2, 16), null)
            .Should()
            .Be((ObligationStatus.Overdue, "Not done; 28 day(s) past the due date on 2025-03-16."));
        Judge(context, D(2025, 2, 17), null)
            .Should()
            .Be(
                (
                    ObligationStatus.NotApplicable,
                    "The case ended by recovery: the employee is fit since 2025-02-17 (28 fit days by 2025-03-16, 28 end a case), before this fell due."
                )
            );
        // The shipped probleemanalyse (counted day 42 = 16 Feb) fell due while the employee was still sick.
        Only(Engine.Assess(@case, asOf), ObligationCodes.Probleemanalyse).Status.Should().Be(ObligationStatus.Overdue);
    }

    [Fact]
    public void An_obligation_made_from_an_empty_derivation_explains_only_its_status()
    {
        Obligation? empty = null;
        Obligation? padded = null;
        AssessWith(
            Case().Build(),
            D(2025, 2, 10),
            (context, _) =>
            {
                empty = context.CreateObligation(ProbeRule, D(2025, 2, 16), null, () => string.Empty);
                padded = context.CreateObligation(ProbeRule, D(2025, 2, 16), null, () => "Counted day 42.  ");
            }
        );

        empty!.Explanation.Should().Be("Not done yet; 6 day(s) left on 2025-02-10.");
        padded!.Explanation.Should().Be("Counted day 42. Not done yet; 6 day(s) left on 2025-02-10.");
    }

    [Fact]
    public void The_helpers_refuse_a_missing_rule_or_derivation_by_name()
    {
        var context = ContextOf(Case().Build(), D(2025, 2, 10));
        var due = D(2025, 2, 16);

        Action[] noRule = [() => context.CreateObligation(null!, due, null, new ConstantText("x"))];
        foreach (var act in noRule)
        {
            act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("rule");
        }

        Action[] noDerivation = [() => context.CreateObligation(ProbeRule, due, null, (Func<string>)null!)];
        foreach (var act in noDerivation)
        {
            act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("derivation");
        }
    }

    [Fact]
    public void Without_a_deviation_the_due_date_and_the_derivation_stay_as_the_rule_made_them()
    {
        var context = ContextOf(Case().Build(), D(2025, 2, 10));

        context.AfwijkingFor(ObligationCodes.Probleemanalyse).Should().BeNull();
        var o = context.CreateObligation(ProbeRule, D(2025, 2, 16), null, () => "Day 42.", deviation: null);
        o.DueBy.Should().Be(D(2025, 2, 16));
        o.Explanation.Should().Be("Day 42. Not done yet; 6 day(s) left on 2025-02-10.");
    }

    [Fact]
    public void A_deviation_given_to_CreateObligation_sets_the_due_date_and_says_so()
    {
        // Counted day 42 = 16 Feb 2025, moved to 2 Mar by a deviation agreed on 10 Feb; assessed on 10 Feb: 20 days left.
        var context = ContextOf(
            Case().Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 2), "bedrijfsarts met vakantie").Build(),
            D(2025, 2, 10)
        );
        var deviation = context.AfwijkingFor(ObligationCodes.Probleemanalyse);

        var o = context.CreateObligation(ProbeRule, D(2025, 2, 16), null, () => "Counted day 42.", deviation);

        o.DueBy.Should().Be(D(2025, 3, 2));
        o.Explanation.Should()
            .Be(
                "Counted day 42, so due by 2025-02-16; a reasoned deviation agreed on 2025-02-10 (Regeling procesgang art. 5, reason: \"bedrijfsarts met vakantie\") sets the due date to 2025-03-02. Not done yet; 20 day(s) left on 2025-02-10."
            );
        context.AfwijkingFor(ObligationCodes.Probleemanalyse).Should().BeSameAs(deviation, "the context records nothing");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_host_rule_deviation_after_a_shipped_one_is_reported_too(bool lazy)
    {
        // Probleemanalyse: counted day 42 = 16 Feb, moved to 2 Mar (agreed 10 Feb), by the shipped rule.
        // Plan van aanpak (host rule, without an analysis): counted day 56 = 2 Mar, moved to 16 Mar (agreed 20 Feb).
        var @case = Case()
            .Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 2), "bedrijfsarts met vakantie")
            .Afwijking(D(2025, 2, 20), ObligationCodes.PlanVanAanpak, D(2025, 3, 16), "casemanager ziek")
            .Build();

        var a = new PoortwachterEngine(new PoortwachterOptions().Add(new PlanByDay56(lazy))).Assess(@case, D(2025, 3, 10));

        var plan = Only(a, ObligationCodes.PlanVanAanpak);
        plan.DueBy.Should().Be(D(2025, 3, 16));
        plan.Status.Should().Be(ObligationStatus.Open);
        // 10 Mar -> 16 Mar: 6 days left.
        plan.Explanation.Should()
            .Be(
                "Counted day 56, so due by 2025-03-02; a reasoned deviation agreed on 2025-02-20 (Regeling procesgang art. 5, reason: \"casemanager ziek\") sets the due date to 2025-03-16. Not done yet; 6 day(s) left on 2025-03-10."
            );
        Warnings(a, WarningCodes.DeviationApplied)
            .Select(w => (w.Obligation, w.Severity, w.Message))
            .Should()
            .Equal(
                (
                    ObligationCodes.Probleemanalyse,
                    Severity.Info,
                    "A reasoned deviation agreed on 2025-02-10 moves the due date of probleemanalyse from 2025-02-16 to 2025-03-02 (Regeling procesgang art. 5; reason: \"bedrijfsarts met vakantie\"). UWV checks at the WIA application whether the reason holds."
                ),
                (
                    ObligationCodes.PlanVanAanpak,
                    Severity.Info,
                    "A reasoned deviation agreed on 2025-02-20 moves the due date of plan-van-aanpak from 2025-03-02 to 2025-03-16 (Regeling procesgang art. 5; reason: \"casemanager ziek\"). UWV checks at the WIA application whether the reason holds."
                )
            );
    }

    [Fact]
    public void ExplainCountedDay_names_the_position_in_the_week_and_marks_only_later_days_as_projected()
    {
        // Assessed on 10 Feb 2025 = counted day 36 (6 Jan + 35), sick throughout.
        var context = ContextOf(Case().Build(), D(2025, 2, 10));

        context
            .ExplainCountedDay(36)
            .Should()
            .Be("counted day 36 (the first day of week 6) falls on 2025-02-10: day 1 (2025-01-06) + 35 days");
        context
            .ExplainCountedDay(42)
            .Should()
            .Be(
                "counted day 42 (the last day of week 6) falls on 2025-02-16: day 1 (2025-01-06) + 41 days (projected as if the employee is sick every day after 2025-02-10)"
            );
        context
            .ExplainCountedDay(43)
            .Should()
            .Be(
                "counted day 43 (the first day of week 7) falls on 2025-02-17: day 1 (2025-01-06) + 42 days (projected as if the employee is sick every day after 2025-02-10)"
            );
        context
            .ExplainCountedDay(44)
            .Should()
            .Be(
                "counted day 44 (in week 7) falls on 2025-02-18: day 1 (2025-01-06) + 43 days (projected as if the employee is sick every day after 2025-02-10)"
            );
    }

    [Fact]
    public void ExplainCountedDay_says_which_days_did_not_count()
    {
        // Sick 6..31 Jan (26 counted days), fit 1..9 Feb (9 days), sick from 10 Feb (day 27); leave 1..14 Mar (14 days).
        // Day 42 = 10 Feb + 15 = 25 Feb; 6 Jan..25 Feb is 26 + 25 = 51 calendar days (day 1 + 50), 9 of them fit.
        // 10..28 Feb are days 27..45, 1..14 Mar is leave, 15 Mar is day 46, so day 60 = 15 Mar + 14 = 29 Mar;
        // 6 Jan..29 Mar is 26 + 28 + 29 = 83 calendar days (day 1 + 82) = 60 counted + 9 fit + 14 leave. Week of day 60:
        // days 57..63 are week 9, and 60 is neither its first nor its last day.
        var @case = Case()
            .SickUntil(D(2025, 1, 31))
            .SickAgainFrom(D(2025, 2, 10))
            .ZwangerschapsBevallingsverlof(D(2025, 3, 1), D(2025, 3, 14))
            .Build();
        var context = ContextOf(@case, D(2025, 4, 1));

        context
            .ExplainCountedDay(42)
            .Should()
            .Be(
                "counted day 42 (the last day of week 6) falls on 2025-02-25: day 1 (2025-01-06) + 50 days, of which 9 fit day(s) of interruption do not count"
            );
        context
            .ExplainCountedDay(60)
            .Should()
            .Be(
                "counted day 60 (in week 9) falls on 2025-03-29: day 1 (2025-01-06) + 82 days, of which 9 fit day(s) of interruption and 14 day(s) of pregnancy and birth leave do not count"
            );
    }

    private sealed class Probe(Action<RuleContext, RuleOutput> evaluate) : IRule
    {
        public RuleDescriptor Descriptor => ProbeRule;

        public void Evaluate(RuleContext context, RuleOutput output) => evaluate(context, output);
    }

    /// <summary>A host's plan van aanpak without the analysis route: counted day 56, with a reasoned deviation.</summary>
    private sealed class PlanByDay56(bool lazy) : IRule
    {
        private static readonly RuleDescriptor Rule = new(
            ObligationCodes.PlanVanAanpak,
            "Plan van aanpak by day 56",
            "counted day 56",
            new LegalSource(Laws.RegelingProcesgang, "4", "1"),
            LegalCharacter.Statute,
            string.Empty,
            new LocalDate(2013, 7, 1)
        );

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            var due = context.Clock.DateOfCountedDay(56);
            var done = context.FirstDone(Rule.Code)?.On;
            var deviation = context.AfwijkingFor(Rule.Code);
            if (lazy)
            {
                output.Add(Rule, context.CreateObligation(Rule, due, done, () => "Counted day 56.", deviation));
            }
            else
            {
                var text = "Counted day 56.";
                output.Add(Rule, context.CreateObligation(Rule, due, done, () => text, deviation));
            }
        }
    }
}
