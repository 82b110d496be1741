using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Engine;
using Poortwachter.Options;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter;

/// <summary>
/// Assesses sickness cases: <c>engine.Assess(case, asOf)</c> returns the wachttijd, every obligation with its due
/// date, status, legal source and explanation, the milestones and the warnings.
/// </summary>
/// <remarks>
/// <para>The engine is a pure function of the case, the date and its options: no I/O, no system clock, no state
/// between calls. One instance is thread-safe and can serve every request of a host.</para>
/// <para>Build one with <see cref="PoortwachterEngine(PoortwachterOptions)"/>, <see cref="CreateDefault"/>, or
/// <c>services.AddPoortwachter(...)</c>.</para>
/// </remarks>
public sealed class PoortwachterEngine
{
    private readonly PoortwachterOptions _options;
    private readonly RulePlan[] _plans;

    /// <summary>Initializes an engine with the shipped rule sets and the given options.</summary>
    /// <param name="options">The options; copied, so later changes do not affect the engine.</param>
    /// <exception cref="ArgumentException">An option is out of its range, or a rule code in the options names no rule.</exception>
    public PoortwachterEngine(PoortwachterOptions? options = null)
        : this(options, RuleSets.All) { }

    /// <summary>Initializes an engine with the given rule sets and options.</summary>
    /// <param name="options">The options; copied.</param>
    /// <param name="ruleSets">The rule sets to choose from by first sick day.</param>
    /// <exception cref="ArgumentException">An option is out of its range, a rule code in the options names no rule, or the
    /// list of rule sets holds null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> is null.</exception>
    public PoortwachterEngine(PoortwachterOptions? options, IEnumerable<RuleSet> ruleSets)
    {
        _options = (options ?? new PoortwachterOptions()).Frozen();
        _options.Check(nameof(options));
        _plans = (ruleSets ?? throw new ArgumentNullException(nameof(ruleSets)))
            .Select(set =>
                RulePlan.Compose(set ?? throw new ArgumentException("A rule set in the list is null.", nameof(ruleSets)), _options)
            )
            .ToArray();
        KnownRuleCodes.Check(_options, _plans.Select(p => p.Set), nameof(options));
    }

    /// <summary>Gets the options the engine runs with (a copy; changing it has no effect).</summary>
    public PoortwachterOptions Options => _options.Copy();

    /// <summary>Creates an engine with the shipped rules and default options.</summary>
    /// <returns>The engine.</returns>
    public static PoortwachterEngine CreateDefault() => new();

    /// <summary>Returns the rules the engine applies to a case with the given first sick day, in catalogue order.</summary>
    /// <param name="firstSickDay">The first sick day.</param>
    /// <returns>The rule set and its active rules (host rules included, disabled rules and rules not in force for that day left out).</returns>
    /// <exception cref="InvalidCaseException">No rule set applies to that day.</exception>
    public ActiveRules RulesFor(LocalDate firstSickDay)
    {
        var plan = RulePlan.Select(_plans, firstSickDay);
        return new ActiveRules(plan.Set, plan.RulesFor(firstSickDay));
    }

    /// <summary>Assesses a case on a date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The assessment date: facts up to and including it count, deadlines after it are projected.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="InvalidCaseException">The case is invalid, or <paramref name="asOf"/> is before its first sick day; every problem is listed with its path.</exception>
    public Assessment Assess(SicknessCase @case, LocalDate asOf) =>
        Assess(@case ?? throw new ArgumentNullException(nameof(@case)), asOf, meter: null);

    /// <summary>Assesses a case on a date, counting the work done when a meter is given (tests bound the count).</summary>
    internal Assessment Assess(SicknessCase @case, LocalDate asOf, WorkMeter? meter)
    {
        AssessmentInput.Check(@case, asOf, meter);
        var plan = RulePlan.Select(_plans, @case.FirstSickDay);
        var clock = WachttijdClock.Create(@case, asOf, meter, _options.LeaveInGap);
        var known = KnownEvents.Of(@case, clock, meter);
        var (end, endWarnings, aowAgeChange) = EndCalculator.Compute(@case, clock, known.Events, plan.Extensions, plan.WiaApplicationCode);
        // The AOW date counts only while a rule for it runs (a host may switch it off): then it shortens the wage period
        // and rules out the WIA.
        var aowAgeOn = plan.RunsAowRule(clock.FirstSickDay) ? @case.ReachesAowAgeOn : null;
        var aow = AowAgeRegime.Of(@case, clock, end, aowAgeChange, aowAgeOn is not null);
        var output = plan.Run(new RuleContext(@case, clock, end, _options, known.Events, aow, aowAgeOn, plan.ByCode));
        var warnings = StandardWarnings.Collect(
            known,
            clock.FirstSickDay,
            clock.IsRestarted,
            endWarnings,
            output,
            asOf,
            _options.DueSoonDays,
            aow
        );
        return Assemble(@case, asOf, plan.Set, clock, end, output, warnings, meter, aowAgeOn);
    }

    /// <summary>The assessment: the wachttijd on the assessment date, and the rules' results in the assessment's order.</summary>
    private static Assessment Assemble(
        SicknessCase @case,
        LocalDate asOf,
        RuleSet ruleSet,
        WachttijdClock clock,
        WachttijdEnd end,
        RuleOutput output,
        List<Warning> warnings,
        WorkMeter? meter,
        LocalDate? aowAgeOn
    )
    {
        var obligations = AssessmentOrder.Obligations(output.Obligations, ruleSet, meter);
        // Sorted in place: the lists are the engine's own and are handed over, not copied.
        var milestones = output.Milestones;
        AssessmentOrder.Milestones(milestones, meter);
        AssessmentOrder.Warnings(warnings, meter);
        var state = clock.SicknessState switch
        {
            SicknessState.Recovered => WachttijdState.EndedRecovered,
            _ when end.LastDay is { } last && asOf > last => WachttijdState.Ended,
            SicknessState.Interrupted => WachttijdState.Interrupted,
            _ => WachttijdState.Running,
        };
        var countedThrough = end.LastDay is { } l && l < asOf ? l : asOf;
        var summary = new WachttijdSummary(
            clock.FirstSickDay,
            state,
            clock.CountedDaysThrough(countedThrough),
            end.StatutoryLastDay,
            end.LastDay,
            end.Extensions,
            clock.Interruptions,
            aowAgeOn
        );
        return new Assessment(@case.CaseId, asOf, ruleSet.Code, summary, obligations, milestones, warnings);
    }
}
