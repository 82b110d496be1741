using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Testing;
using Xunit;

namespace Poortwachter.Testing.Tests;

/// <summary>The rule harness on host rules defined here, as an integrator would test its own.</summary>
public sealed class RuleHarnessTests
{
    private static readonly LocalDate Day1 = new(2025, 9, 1); // a Monday

    [Fact]
    public void A_host_rule_done_on_time_is_fulfilled_and_only_its_output_is_shown()
    {
        var @case = SicknessCase.Builder("HR-1", Day1).Done(ContactOnDay3Rule.Code, new LocalDate(2025, 9, 2)).Build();

        var run = new RuleHarness(new ContactOnDay3Rule()).Evaluate(@case, new LocalDate(2025, 9, 10));

        // Counted day 3 of a sickness from Monday 1 September: 1 September + 2 days = 3 September.
        var contact = run.Obligation();
        Assert.Equal(new LocalDate(2025, 9, 3), contact.DueBy);
        Assert.Equal(ObligationStatus.Fulfilled, contact.Status);
        Assert.Equal(new LocalDate(2025, 9, 2), contact.FulfilledOn);
        Assert.Contains("The company protocol asks the manager to call by", contact.Explanation, StringComparison.Ordinal);
        Assert.Same(contact, Assert.Single(run.Obligations));
        Assert.Empty(run.Milestones);
        Assert.Empty(run.Warnings);
        Assert.True(run.Assessment.Obligations.Count > 5); // the shipped rules ran too, but are not the rule's
    }

    [Fact]
    public void A_missed_host_obligation_is_overdue_with_the_engines_warning_about_it()
    {
        var @case = SicknessCase.Builder("HR-2", Day1).Build();

        var run = new RuleHarness(new ContactOnDay3Rule()).Evaluate(@case, new LocalDate(2025, 9, 10));

        Assert.Equal(ObligationStatus.Overdue, run.Obligation(ContactOnDay3Rule.Code).Status);
        var overdue = run.Warning(WarningCodes.Overdue, ContactOnDay3Rule.Code);
        Assert.Equal(Severity.Info, overdue.Severity); // practice: info (docs/contract.md, warning kinds)
        Assert.True(run.HasWarning(WarningCodes.Overdue));
        Assert.False(run.HasWarning(WarningCodes.DueSoon));
        Assert.Single(run.Warnings);
    }

    [Fact]
    public void Fit_days_move_the_host_rules_counted_day_as_they_move_the_shipped_ones()
    {
        // Sick on 1 September, fit 2-4 September (an interruption under four weeks: one case), sick again from 5 September:
        // counted day 2 is 5 September, counted day 3 is 6 September.
        var @case = SicknessCase.Builder("HR-3", Day1).SickUntil(Day1).SickAgainFrom(new LocalDate(2025, 9, 5)).Build();

        var run = new RuleHarness(new ContactOnDay3Rule()).Evaluate(@case, new LocalDate(2025, 9, 5));

        Assert.Equal(new LocalDate(2025, 9, 6), run.Obligation().DueBy);
        Assert.Equal(ObligationStatus.Open, run.Obligation().Status);
        Assert.Equal(WarningCodes.DueSoon, Assert.Single(run.Warnings).Kind);
    }

    [Fact]
    public void A_case_as_json_may_record_the_host_rules_event()
    {
        const string Json = """
            { "caseId": "HR-4", "firstSickDay": "2025-09-01", "events": [ { "type": "contact-dag-3", "on": "2025-09-04" } ] }
            """;

        var run = new RuleHarness(new ContactOnDay3Rule()).Evaluate(Json, new LocalDate(2025, 9, 10));

        Assert.Equal(ObligationStatus.FulfilledLate, run.Obligation().Status);
        Assert.Equal(WarningCodes.FulfilledLate, Assert.Single(run.Warnings).Kind);
        Assert.Throws<InvalidCaseException>(() => new RuleHarness(new ContactOnDay3Rule()).Evaluate("""{ "caseId": "x" }""", Day1));
    }

    [Fact]
    public void A_host_rule_replacing_a_shipped_rule_shows_its_own_obligations_in_its_place()
    {
        // A host's evaluatie rule: one evaluation, 28 days after day 1 (1 September + 28 = 29 September).
        var run = new RuleHarness(new MonthlyEvaluation()).Evaluate(SicknessCase.Builder("HR-5", Day1).Build(), new LocalDate(2025, 9, 10));

        var evaluation = Assert.Single(run.Obligations);
        Assert.Equal(new LocalDate(2025, 9, 29), evaluation.DueBy);
        Assert.Same(evaluation, run.Assessment.Obligation(ObligationCodes.Evaluatie));
        Assert.Equal(MonthlyEvaluation.Check, Assert.Single(run.Milestones).Kind);
        Assert.Equal("bedrijfsregel", Assert.Single(run.Warnings, w => w.Kind == "bedrijfsregel").Kind);
    }

    [Fact]
    public void A_rule_that_is_off_by_default_is_switched_on_and_options_are_kept()
    {
        var options = new PoortwachterOptions { DueSoonDays = 1 };
        var harness = new RuleHarness(new OffByDefault(), options);

        var run = harness.Evaluate(SicknessCase.Builder("HR-6", Day1).Build(), Day1);

        Assert.Equal(new LocalDate(2025, 9, 5), run.Obligation("opt-in").DueBy);
        Assert.Empty(run.Warnings); // due in 4 days, and due-soon looks only 1 day ahead here
        Assert.Equal(1, harness.Engine.Options.DueSoonDays);
        Assert.Empty(options.Rules); // the options given are not changed
    }

    [Fact]
    public void A_missing_item_names_what_the_rule_produced()
    {
        var run = new RuleHarness(new ContactOnDay3Rule()).Evaluate(SicknessCase.Builder("HR-7", Day1).Build(), Day1);

        var obligation = Assert.Throws<KeyNotFoundException>(() => run.Obligation("contact-dag-4"));
        var milestone = Assert.Throws<KeyNotFoundException>(() => run.Milestone("einde-wachttijd"));
        var warning = Assert.Throws<KeyNotFoundException>(() => run.Warning(WarningCodes.Overdue));

        Assert.Contains(
            "Rule 'contact-dag-3' produced no obligation contact-dag-4 #1 on 2025-09-01. Did you mean 'contact-dag-3'?",
            obligation.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("obligation contact-dag-3: due 2025-09-03, open", obligation.Message, StringComparison.Ordinal);
        Assert.Contains("produced no milestone 'einde-wachttijd'", milestone.Message, StringComparison.Ordinal);
        Assert.Contains("produced no warning 'overdue'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("warning [info] due-soon contact-dag-3", run.ToString(), StringComparison.Ordinal);
    }

    /// <summary>As samples/Poortwachter.HrHost: the manager calls the employee by counted day 3 (company protocol).</summary>
    private sealed class ContactOnDay3Rule : IRule
    {
        public const string Code = "contact-dag-3";

        public static RuleDescriptor Descriptor { get; } =
            new(
                Code,
                "Contact by the manager (company protocol)",
                "counted day 3",
                new LegalSource("Verzuimprotocol Voorbeeld BV", section: "2.1"),
                LegalCharacter.Practice,
                "The company protocol asks for early contact; it is not a legal term.",
                CaseValidator.CurrentRegimeStart
            );

        RuleDescriptor IRule.Descriptor => Descriptor;

        public void Evaluate(RuleContext context, RuleOutput output) =>
            output.Add(
                Descriptor,
                context.CreateObligation(
                    Descriptor,
                    context.Clock.DateOfCountedDay(3),
                    context.FirstDone(Code)?.On,
                    () => $"The company protocol asks the manager to call by {context.ExplainCountedDay(3)}."
                )
            );
    }

    private sealed class MonthlyEvaluation : IRule
    {
        public const string Check = "evaluatie-check";

        private static readonly RuleDescriptor Own = new(
            ObligationCodes.Evaluatie,
            "Evaluation after four weeks (company practice)",
            "day 1 + 28 days",
            new LegalSource("Verzuimprotocol Voorbeeld BV", section: "3"),
            LegalCharacter.Practice,
            "Company practice.",
            CaseValidator.CurrentRegimeStart
        );

        public RuleDescriptor Descriptor => Own;

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            var due = context.FirstSickDay.PlusDays(28);
            output.Add(Own, context.CreateObligation(Own, due, context.FirstDone(ObligationCodes.Evaluatie)?.On, () => "Day 1 + 28 days."));
            output.Add(new Milestone(Check, due, Own.LegalBasis, "The evaluation is due."));
            output.Add(new Warning("bedrijfsregel", Severity.Info, "A company rule replaces the shipped evaluatie rule."));
        }
    }

    private sealed class OffByDefault : IRule
    {
        private static readonly RuleDescriptor Own = new(
            "opt-in",
            "Opt-in step",
            "day 1 + 4 days",
            new LegalSource("Verzuimprotocol Voorbeeld BV"),
            LegalCharacter.Practice,
            "Practice.",
            CaseValidator.CurrentRegimeStart
        )
        {
            EnabledByDefault = false,
        };

        public RuleDescriptor Descriptor => Own;

        public void Evaluate(RuleContext context, RuleOutput output) =>
            output.Add(Own, context.CreateObligation(Own, context.FirstSickDay.PlusDays(4), null, () => "Day 1 + 4 days."));
    }
}
