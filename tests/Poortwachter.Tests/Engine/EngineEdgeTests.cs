using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Tests.Rules;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Engine;

/// <summary>
/// The engine around the rules: argument checks, the wachttijd state on its last day, which events are known, the
/// order of obligations and warnings, host rules and host extensions. Day 1 is Monday 6 January 2025 unless a test
/// says otherwise: counted day n = 6 Jan 2025 + (n - 1) days without gaps or leave; day 728 = 3 Jan 2027.
/// </summary>
public sealed class EngineEdgeTests : RuleTestBase
{
    [Fact]
    public void A_null_case_is_refused_with_its_parameter_name()
    {
        var act = () => Engine.Assess(null!, Day1);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("case");
    }

    [Fact]
    public void An_assessment_date_after_the_supported_range_is_refused()
    {
        var act = () => Engine.Assess(Case().Build(), new LocalDate(2200, 1, 1));

        act.Should()
            .Throw<InvalidCaseException>()
            .Which.Problems.Should()
            .Equal(new CaseProblem("asOf", "the assessment date 2200-01-01 is after 2199-12-31, the latest date the engine supports."));
    }

    [Fact]
    public void A_first_sick_day_no_rule_set_covers_is_refused_with_the_sets_the_engine_has()
    {
        var engine = new PoortwachterEngine(
            null,
            [
                new RuleSet("test-2020", "test", new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31), [], []),
                new RuleSet("test-2021", "test", new LocalDate(2021, 1, 1), null, [], []),
            ]
        );

        var act = () => engine.RulesFor(new LocalDate(2019, 12, 31));

        act.Should()
            .Throw<InvalidCaseException>()
            .Which.Problems.Should()
            .Equal(
                new CaseProblem(
                    "$.firstSickDay",
                    "no rule set applies to a first sick day of 2019-12-31: the engine supports test-2020 (first sick day from 2020-01-01, 0 rules), test-2021 (first sick day from 2021-01-01, 0 rules)."
                )
            );
        engine.RulesFor(new LocalDate(2020, 1, 1)).RuleSet.Code.Should().Be("test-2020");
        engine.RulesFor(new LocalDate(2021, 1, 1)).RuleSet.Code.Should().Be("test-2021");
    }

    [Fact]
    public void On_the_last_day_of_wage_continuation_the_wachttijd_still_runs_and_the_day_after_it_has_ended()
    {
        // WIA application on 1 Oct 2026, before its due date (day 651 = 18 Oct 2026): no extension, last day = day 728.
        var @case = Case().WiaAanvraag(new LocalDate(2026, 10, 1)).Build();

        var onLastDay = Engine.Assess(@case, StatutoryEnd).Wachttijd;
        onLastDay.LastDay.Should().Be(StatutoryEnd);
        onLastDay.State.Should().Be(WachttijdState.Running);
        onLastDay.CountedDays.Should().Be(728);

        var dayAfter = Engine.Assess(@case, StatutoryEnd.PlusDays(1)).Wachttijd;
        dayAfter.State.Should().Be(WachttijdState.Ended);
        dayAfter.CountedDays.Should().Be(728, "counted days stop at the last day of wage continuation");
    }

    [Fact]
    public void The_due_soon_window_includes_its_fourteenth_day()
    {
        // Probleemanalyse due on counted day 42 = 16 Feb 2025 (a statute term: severity warning).
        // 2 Feb -> 16 Feb is 14 days: inside the window; 1 Feb is 15 days ahead: outside.
        var inside = Engine.Assess(Case().Build(), D(2025, 2, 2));
        var dueSoon = Warnings(inside, WarningCodes.DueSoon)
            .Should()
            .ContainSingle(w => w.Obligation == ObligationCodes.Probleemanalyse)
            .Subject;
        dueSoon.Severity.Should().Be(Severity.Warning);
        dueSoon.Message.Should().StartWith("Probleemanalyse (problem analysis by the bedrijfsarts) is due by 2025-02-16, in 14 day(s).");

        var outside = Engine.Assess(Case().Build(), D(2025, 2, 1));
        Warnings(outside, WarningCodes.DueSoon).Should().NotContain(w => w.Obligation == ObligationCodes.Probleemanalyse);
    }

    [Fact]
    public void A_late_policy_obligation_is_reported_as_info_and_a_late_statute_one_as_a_warning()
    {
        // Probleemanalyse (statute) due 16 Feb 2025, done 20 Feb: 4 days late.
        // Arbeidsdeskundig onderzoek (policy) due counted day 364 = 4 Jan 2026, done 12 Jan 2026: 8 days late.
        var @case = Case().Probleemanalyse(D(2025, 2, 20)).ArbeidsdeskundigOnderzoek(D(2026, 1, 12)).Build();
        var a = Engine.Assess(@case, D(2026, 2, 1));

        var late = Warnings(a, WarningCodes.FulfilledLate);
        var analysis = late.Should().ContainSingle(w => w.Obligation == ObligationCodes.Probleemanalyse).Subject;
        analysis.Severity.Should().Be(Severity.Warning);
        analysis
            .Message.Should()
            .StartWith(
                "Probleemanalyse (problem analysis by the bedrijfsarts) was done on 2025-02-20, 4 day(s) after its due date 2025-02-16;"
            );
        var ado = late.Should().ContainSingle(w => w.Obligation == ObligationCodes.ArbeidsdeskundigOnderzoek).Subject;
        ado.Severity.Should().Be(Severity.Info);
        ado.Message.Should().Contain("was done on 2026-01-12, 8 day(s) after its due date 2026-01-04;");
    }

    [Fact]
    public void Obligations_due_the_same_day_follow_the_catalogue_then_the_sequence_and_host_codes_come_last()
    {
        // The host rule's two entries and the probleemanalyse are all due on counted day 42 = 16 Feb 2025.
        var engine = new PoortwachterEngine(new PoortwachterOptions().Add(new TwoContactsOnDay42()));

        var a = engine.Assess(Case().Build(), D(2025, 2, 1));

        a.Obligations.Where(o => o.DueBy == D(2025, 2, 16))
            .Select(o => (o.Kind, o.Sequence))
            .Should()
            .Equal((ObligationCodes.Probleemanalyse, 0), (TwoContactsOnDay42.Code, 1), (TwoContactsOnDay42.Code, 2));
    }

    [Fact]
    public void A_host_extension_moves_the_last_day_after_the_shipped_ones()
    {
        var options = new PoortwachterOptions();
        options.Extensions.Add(new ShiftEnd("cao-aanvulling", 7));

        var a = new PoortwachterEngine(options).Assess(Case().Build(), D(2025, 3, 1));

        // Day 728 = 3 Jan 2027, moved 7 days by the host: 10 Jan 2027.
        a.Wachttijd.StatutoryLastDay.Should().Be(StatutoryEnd);
        a.Wachttijd.LastDay.Should().Be(new LocalDate(2027, 1, 10));
        a.Wachttijd.Extensions.Select(c => c.Code).Should().Equal("cao-aanvulling");
        Warnings(a, WarningCodes.WagePeriodExtended)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be("cao-aanvulling: 7 days after 2027-01-03.");
    }

    [Fact]
    public void Each_extension_sees_the_end_as_the_ones_before_it_left_it()
    {
        // a: 3 Jan 2027 + 14 = 17 Jan (the reference end stays 3 Jan); b: the last day as it stands, 17 Jan, becomes
        // the reference end too; c: one day after the reference end = 18 Jan.
        var options = new PoortwachterOptions();
        options.Extensions.Add(new ShiftEnd("a", 14));
        options.Extensions.Add(new ReferenceToLastDay("b"));
        options.Extensions.Add(new DayAfterReferenceEnd("c"));

        var a = new PoortwachterEngine(options).Assess(Case().Build(), D(2025, 3, 1));

        a.Wachttijd.Extensions.Select(c => (c.Code, c.NewLastDay))
            .Should()
            .Equal(("a", new LocalDate(2027, 1, 17)), ("b", new LocalDate(2027, 1, 17)), ("c", new LocalDate(2027, 1, 18)));
        a.Wachttijd.LastDay.Should().Be(new LocalDate(2027, 1, 18));
    }

    [Fact]
    public void Two_extensions_that_move_only_the_last_day_add_up()
    {
        // 3 Jan 2027 + 14 = 17 Jan, then + 7 = 24 Jan.
        var options = new PoortwachterOptions();
        options.Extensions.Add(new ShiftEnd("a", 14));
        options.Extensions.Add(new ShiftEnd("b", 7));

        var a = new PoortwachterEngine(options).Assess(Case().Build(), D(2025, 3, 1));

        a.Wachttijd.LastDay.Should().Be(new LocalDate(2027, 1, 24));
        Warnings(a, WarningCodes.WagePeriodExtended)
            .Select(w => w.Message)
            .Should()
            .Equal("a: 14 days after 2027-01-03.", "b: 7 days after 2027-01-17.");
    }

    [Fact]
    public void An_event_after_the_assessment_date_is_left_out_and_reported()
    {
        // Analysis on 10 Feb, plan on 20 Feb, assessed on 15 Feb: the plan is not known yet, so it is open,
        // due 14 calendar days after the analysis = 24 Feb.
        var @case = Case().Probleemanalyse(D(2025, 2, 10)).PlanVanAanpak(D(2025, 2, 20)).Build();

        var a = Engine.Assess(@case, D(2025, 2, 15));

        var plan = Only(a, ObligationCodes.PlanVanAanpak);
        plan.Status.Should().Be(ObligationStatus.Open);
        plan.DueBy.Should().Be(D(2025, 2, 24));
        Only(a, ObligationCodes.Probleemanalyse).FulfilledOn.Should().Be(D(2025, 2, 10));
        var future = Warnings(a, WarningCodes.EventAfterAsOf).Should().ContainSingle().Subject;
        future.Severity.Should().Be(Severity.Info);
        future
            .Message.Should()
            .Be("1 event(s) dated after 2025-02-15 are not known on the assessment date and were not taken into account.");
    }

    [Fact]
    public void A_new_wachttijd_leaves_out_the_events_of_the_earlier_case_and_says_how_many()
    {
        // Sick 6 Jan..9 Feb, fit 10 Feb..9 Mar (19 + 9 = 28 days): the sickness from 10 Mar is a new wachttijd.
        // Analysis on 5 Feb belongs to the earlier case; the one on 20 Mar to the new one; the plan on 15 Apr is
        // after asOf 1 Apr. New day 42 = 10 Mar + 41 = 20 Apr.
        var @case = Case()
            .SickUntil(D(2025, 2, 9))
            .SickAgainFrom(D(2025, 3, 10))
            .Probleemanalyse(D(2025, 2, 5))
            .Probleemanalyse(D(2025, 3, 20))
            .PlanVanAanpak(D(2025, 4, 15))
            .Build();

        var a = Engine.Assess(@case, D(2025, 4, 1));

        a.Wachttijd.FirstSickDay.Should().Be(D(2025, 3, 10));
        var analysis = Only(a, ObligationCodes.Probleemanalyse);
        analysis.FulfilledOn.Should().Be(D(2025, 3, 20));
        analysis.DueBy.Should().Be(D(2025, 4, 20));
        analysis.Status.Should().Be(ObligationStatus.Fulfilled);
        var restart = Warnings(a, WarningCodes.NewWachttijd).Should().ContainSingle().Subject;
        restart.Severity.Should().Be(Severity.Warning);
        restart
            .Message.Should()
            .Be(
                "An earlier sickness ended with 28 or more fit days (BW 7:629 lid 10), so the sickness from 2025-03-10 starts a new wachttijd at day 1; it is assessed from that day, and 1 event(s) of the earlier case were left out."
            );
        Warnings(a, WarningCodes.EventAfterAsOf)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith("1 event(s) dated after 2025-04-01 are not known");
    }

    [Fact]
    public void A_new_wachttijd_without_earlier_events_says_so_plainly()
    {
        var @case = Case().SickUntil(D(2025, 2, 9)).SickAgainFrom(D(2025, 3, 10)).Build();

        var a = Engine.Assess(@case, D(2025, 4, 1));

        Warnings(a, WarningCodes.NewWachttijd)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be(
                "An earlier sickness ended with 28 or more fit days (BW 7:629 lid 10), so the sickness from 2025-03-10 starts a new wachttijd at day 1; it is assessed from that day."
            );
    }

    [Fact]
    public void An_extension_to_the_statutory_last_day_changes_nothing_and_is_reported()
    {
        // Day 728 = 3 Jan 2027. An extension "to 3 Jan 2027" does not end after it; one to 4 Jan 2027 does.
        var same = Engine.Assess(Case().Verlenging(new LocalDate(2026, 10, 1), StatutoryEnd).Build(), new LocalDate(2026, 10, 2));

        same.Wachttijd.LastDay.Should().Be(StatutoryEnd);
        var ignored = Warnings(same, WarningCodes.EventIgnored).Should().ContainSingle().Subject;
        ignored.Severity.Should().Be(Severity.Warning);
        ignored
            .Message.Should()
            .Be(
                "The extension granted on 2026-10-01 to 2027-01-03 does not end after the wachttijd (2027-01-03), so it changes nothing: the wage period is extended 'met de duur van het verlengde tijdvak' UWV fixed (BW 7:629 lid 11 onder b), the period 'na afloop van de wachttijd' (WIA art. 24 lid 1), and this one adds no day."
            );

        var later = Engine.Assess(
            Case().Verlenging(new LocalDate(2026, 10, 1), new LocalDate(2027, 1, 4)).Build(),
            new LocalDate(2026, 10, 2)
        );
        later.Wachttijd.LastDay.Should().Be(new LocalDate(2027, 1, 4));
        Warnings(later, WarningCodes.EventIgnored).Should().BeEmpty();
    }

    [Fact]
    public void An_ignored_extension_is_reported_even_when_another_extension_moved_the_end()
    {
        // The host moves the end 7 days (3 Jan -> 10 Jan 2027); the voluntary extension "to 3 Jan 2027" still does
        // not end after the wachttijd and changes nothing.
        var options = new PoortwachterOptions();
        options.Extensions.Add(new ShiftEnd("cao-aanvulling", 7));
        var @case = Case().Verlenging(new LocalDate(2026, 10, 1), StatutoryEnd).Build();

        var a = new PoortwachterEngine(options).Assess(@case, new LocalDate(2026, 10, 2));

        a.Wachttijd.LastDay.Should().Be(new LocalDate(2027, 1, 10));
        Warnings(a, WarningCodes.EventIgnored)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith("The extension granted on 2026-10-01 to 2027-01-03 does not end after the wachttijd");
    }

    [Fact]
    public void Two_host_rules_with_the_same_new_code_yield_one_rule()
    {
        var options = new PoortwachterOptions().Add(new TwoContactsOnDay42()).Add(new TwoContactsOnDay42());

        var rules = new PoortwachterEngine(options).RulesFor(Day1).Rules;

        rules.Should().ContainSingle(r => r.Descriptor.Code == TwoContactsOnDay42.Code);
    }

    [Fact]
    public void A_host_rule_no_longer_in_force_when_the_rule_set_starts_is_left_out()
    {
        // wvp-2013 applies from first sick day 1 Jul 2013: a rule in force until 30 Jun 2013 never applies to it,
        // a rule in force until 1 Jul 2013 still applies to a case starting that day.
        var options = new PoortwachterOptions()
            .Add(new UntilRule("until-2013-06-30", new LocalDate(2013, 6, 30)))
            .Add(new UntilRule("until-2013-07-01", new LocalDate(2013, 7, 1)));

        var codes = new PoortwachterEngine(options).RulesFor(new LocalDate(2013, 7, 1)).Rules.Select(r => r.Descriptor.Code).ToList();

        codes.Should().Contain("until-2013-07-01");
        codes.Should().NotContain("until-2013-06-30");
    }

    [Fact]
    public void Every_deviation_applied_is_reported_in_catalogue_order()
    {
        // Probleemanalyse: day 42 = 16 Feb, moved to 2 Mar (agreed 10 Feb); done 28 Feb.
        // Plan: 28 Feb + 14 calendar days = 14 Mar, moved to 24 Mar (agreed 10 Mar); done 20 Mar.
        // Evaluation 1: 20 Mar is counted day 26 + 28 + 20 = 74, + 42 = day 116 = 6 Jan + 115 = 1 May; moved to 15 May
        // (agreed 25 Apr, after the plan and before asOf 10 May).
        var @case = Case()
            .Afwijking(D(2025, 2, 10), ObligationCodes.Probleemanalyse, D(2025, 3, 2), "bedrijfsarts met vakantie")
            .Probleemanalyse(D(2025, 2, 28))
            .Afwijking(D(2025, 3, 10), ObligationCodes.PlanVanAanpak, D(2025, 3, 24), "werknemer met vakantie")
            .PlanVanAanpak(D(2025, 3, 20))
            .Afwijking(D(2025, 4, 25), ObligationCodes.Evaluatie, D(2025, 5, 15), "bedrijfsarts niet beschikbaar")
            .Build();

        var a = Engine.Assess(@case, D(2025, 5, 10));

        var analysis = Only(a, ObligationCodes.Probleemanalyse);
        analysis.Status.Should().Be(ObligationStatus.Fulfilled);
        analysis
            .Explanation.Should()
            .Be(
                "Within six weeks of the first day of sickness (Regeling procesgang art. 2 lid 2): counted day 42 (the last day of week 6) falls on 2025-02-16: day 1 (2025-01-06) + 41 days, so due by 2025-02-16; a reasoned deviation agreed on 2025-02-10 (Regeling procesgang art. 5, reason: \"bedrijfsarts met vakantie\") sets the due date to 2025-03-02. Done on 2025-02-28, on time (due by 2025-03-02)."
            );
        Only(a, ObligationCodes.PlanVanAanpak).Status.Should().Be(ObligationStatus.Fulfilled);
        var evaluation = Only(a, ObligationCodes.Evaluatie);
        evaluation.DueBy.Should().Be(D(2025, 5, 15));
        evaluation.Status.Should().Be(ObligationStatus.Open);
        Warnings(a, WarningCodes.DeviationApplied)
            .Select(w => w.Message)
            .Should()
            .Equal(
                "A reasoned deviation agreed on 2025-02-10 moves the due date of probleemanalyse from 2025-02-16 to 2025-03-02 (Regeling procesgang art. 5; reason: \"bedrijfsarts met vakantie\"). UWV checks at the WIA application whether the reason holds.",
                "A reasoned deviation agreed on 2025-03-10 moves the due date of plan-van-aanpak from 2025-03-14 to 2025-03-24 (Regeling procesgang art. 5; reason: \"werknemer met vakantie\"). UWV checks at the WIA application whether the reason holds.",
                "A reasoned deviation agreed on 2025-04-25 moves the due date of evaluatie from 2025-05-01 to 2025-05-15 (Regeling procesgang art. 5; reason: \"bedrijfsarts niet beschikbaar\"). UWV checks at the WIA application whether the reason holds."
            );
    }

    [Fact]
    public void A_deviation_for_a_term_the_case_never_reached_says_there_was_no_due_date()
    {
        // Sick 6..25 Jan (20 counted days), fit 26 Jan..22 Feb = 6 + 22 = 28 days: recovered before day 42.
        // A deviation agreed on 20 Jan set the analysis to 2 Mar, after the last sick day: not applicable.
        var @case = Case()
            .SickUntil(D(2025, 1, 25))
            .Afwijking(D(2025, 1, 20), ObligationCodes.Probleemanalyse, D(2025, 3, 2), "bedrijfsarts met vakantie")
            .Build();

        var a = Engine.Assess(@case, D(2025, 2, 22));

        var analysis = Only(a, ObligationCodes.Probleemanalyse);
        analysis.Status.Should().Be(ObligationStatus.NotApplicable);
        analysis
            .Explanation.Should()
            .Be(
                "Within six weeks of the first day of sickness (Regeling procesgang art. 2 lid 2): counted day 42 (the last day of week 6) is never reached: the case ended by recovery after 20 counted day(s), so due by none; a reasoned deviation agreed on 2025-01-20 (Regeling procesgang art. 5, reason: \"bedrijfsarts met vakantie\") sets the due date to 2025-03-02. The case ended by recovery: the employee is fit since 2025-01-26 (28 fit days by 2025-02-22, 28 end a case), before this fell due."
            );
        Warnings(a, WarningCodes.DeviationApplied)
            .Should()
            .ContainSingle()
            .Which.Message.Should()
            .StartWith("A reasoned deviation agreed on 2025-01-20 moves the due date of probleemanalyse from none to 2025-03-02");
    }

    /// <summary>A host rule with two entries (sequence 2 made before 1), both due on counted day 42.</summary>
    private sealed class TwoContactsOnDay42 : IRule
    {
        public const string Code = "contact-week-6";

        private static readonly RuleDescriptor Rule = new(
            Code,
            "Contact in week 6",
            "counted day 42",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            string.Empty,
            new LocalDate(2013, 7, 1)
        );

        public RuleDescriptor Descriptor => Rule;

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            var due = context.Clock.DateOfCountedDay(42);
            output.Add(Rule, context.CreateObligation(Rule, due, null, () => "Day 42.", sequence: 2));
            output.Add(Rule, context.CreateObligation(Rule, due, null, () => "Day 42.", sequence: 1));
        }
    }

    private sealed class UntilRule(string code, LocalDate until) : IRule
    {
        public RuleDescriptor Descriptor { get; } =
            new(code, code, "none", new LegalSource("Test"), LegalCharacter.Practice, string.Empty, new LocalDate(2013, 1, 1), until);

        public void Evaluate(RuleContext context, RuleOutput output) { }
    }

    private static readonly LegalSource HostSource = new("Cao");

    /// <summary>Moves the last day a number of calendar days on from where it stands.</summary>
    private sealed class ShiftEnd(string code, int days) : IWachttijdExtension
    {
        public string Code => code;

        public LegalSource LegalBasis => HostSource;

        public WachttijdEndChange? Apply(WachttijdEndContext context) =>
            new(code, context.LastDay.PlusDays(days), false, HostSource, $"{code}: {days} days after {RuleContext.Iso(context.LastDay)}.");
    }

    /// <summary>Makes the last day as it stands the end the RIV and WIA application count back from.</summary>
    private sealed class ReferenceToLastDay(string code) : IWachttijdExtension
    {
        public string Code => code;

        public LegalSource LegalBasis => HostSource;

        public WachttijdEndChange? Apply(WachttijdEndContext context) => new(code, context.LastDay, true, HostSource, code);
    }

    /// <summary>Sets the last day to the day after the reference end.</summary>
    private sealed class DayAfterReferenceEnd(string code) : IWachttijdExtension
    {
        public string Code => code;

        public LegalSource LegalBasis => HostSource;

        public WachttijdEndChange? Apply(WachttijdEndContext context) =>
            new(code, context.ReferenceEnd.PlusDays(1), false, HostSource, code);
    }
}
