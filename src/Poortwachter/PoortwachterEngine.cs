using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
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
    private readonly (RuleSet Set, IRule[] Rules, IWachttijdExtension[] Extensions)[] _ruleSets;

    /// <summary>Initializes an engine with the shipped rule sets and the given options.</summary>
    /// <param name="options">The options; copied, so later changes do not affect the engine.</param>
    /// <exception cref="ArgumentException">An option is out of its range, or a rule code in the options names no rule.</exception>
    public PoortwachterEngine(PoortwachterOptions? options = null)
        : this(options, RuleSets.All) { }

    /// <summary>Initializes an engine with the given rule sets and options.</summary>
    /// <param name="options">The options; copied.</param>
    /// <param name="ruleSets">The rule sets to choose from by first sick day.</param>
    /// <exception cref="ArgumentException">An option is out of its range, or a rule code in the options names no rule.</exception>
    public PoortwachterEngine(PoortwachterOptions? options, IEnumerable<RuleSet> ruleSets)
    {
        _options = (options ?? new PoortwachterOptions()).Frozen();
        _options.Check(nameof(options));
        _ruleSets = (ruleSets ?? throw new ArgumentNullException(nameof(ruleSets)))
            .Select(set => (set, Compose(set, _options), set.Extensions.Concat(_options.Extensions).ToArray()))
            .ToArray();
        KnownRuleCodes.Check(_options, _ruleSets.Select(r => r.Set), nameof(options));
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
    public (RuleSet RuleSet, IReadOnlyList<IRule> Rules) RulesFor(LocalDate firstSickDay)
    {
        var entry = Select(firstSickDay);
        return (entry.Set, Array.FindAll(entry.Rules, r => r.Descriptor.AppliesTo(firstSickDay)));
    }

    /// <summary>Assesses a case on a date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The assessment date: facts up to and including it count, deadlines after it are projected.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="InvalidCaseException">The case is invalid, or <paramref name="asOf"/> is before its first sick day; every problem is listed with its path.</exception>
    public Assessment Assess(SicknessCase @case, LocalDate asOf) => Assess(@case, asOf, meter: null);

    /// <summary>Assesses a case on a date, counting the work done when a meter is given (tests bound the count).</summary>
    internal Assessment Assess(SicknessCase @case, LocalDate asOf, WorkMeter? meter)
    {
        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        var problems = CaseValidator.Validate(@case, meter);
        if (problems.Count == 0 && asOf < @case.FirstSickDay)
        {
            problems =
            [
                new CaseProblem(
                    "asOf",
                    $"the assessment date {CaseValidator.Iso(asOf)} is before the first sick day {CaseValidator.Iso(@case.FirstSickDay)}."
                ),
            ];
        }
        else if (problems.Count == 0 && asOf > CaseValidator.MaxSupportedDate)
        {
            problems =
            [
                new CaseProblem(
                    "asOf",
                    $"the assessment date {CaseValidator.Iso(asOf)} is after {CaseValidator.Iso(CaseValidator.MaxSupportedDate)}, the latest date the engine supports."
                ),
            ];
        }

        if (problems.Count > 0)
        {
            throw new InvalidCaseException(problems);
        }

        var (ruleSet, rules, extensions) = Select(@case.FirstSickDay);
        var clock = WachttijdClock.Create(@case, asOf, meter, _options.LeaveInGap);
        var warnings = new List<Warning>();
        IReadOnlyList<CaseEvent> events = KnownEvents(@case, clock, warnings, meter);
        if (meter is not null)
        {
            // Every read of an event by an extension or a rule counts: a scan per event shows as n^2 steps.
            events = meter.Counting(events);
        }

        var end = ComputeEnd(@case, clock, events, extensions, warnings);
        var context = new RuleContext(@case, clock, end, _options, events);
        var output = new RuleOutput();
        foreach (var rule in rules)
        {
            // A rule in force for part of the rule set's span (RuleDescriptor.InForceFrom/Until) runs only for the
            // cases its period covers, by first sick day, as the rule set itself is chosen.
            if (rule.Descriptor.AppliesTo(@case.FirstSickDay))
            {
                rule.Evaluate(context, output);
            }
        }

        var obligations = Order(output.Obligations, meter);
        for (var at = 0; at < output.Obligations.Count; at++)
        {
            var (obligation, rule) = output.Obligations[at];
            AddStandardWarnings(obligation, rule, asOf, warnings);
        }

        for (var at = 0; at < context.AppliedDeviations.Count; at++)
        {
            var (code, deviation, was, sequence) = context.AppliedDeviations[at];
            warnings.Add(new Warning(WarningKinds.DeviationApplied, Severity.Info, DeviationMessage(code, deviation, was), code, sequence));
        }

        warnings.AddRange(output.Warnings);
        // Sorted in place: the lists are the engine's own and are handed over, not copied.
        var milestones = output.Milestones;
        StableSort.Sort(milestones, static (a, b) => a.On.CompareTo(b.On), meter);
        StableSort.Sort(warnings, static (a, b) => b.Severity.CompareTo(a.Severity), meter);

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
            end.Changes,
            clock.Interruptions
        );
        return new Assessment(@case.CaseId, asOf, ruleSet.Code, summary, obligations, milestones, warnings);
    }

    private static IRule[] Compose(RuleSet set, PoortwachterOptions options)
    {
        var hostByCode = new Dictionary<string, IRule>(StringComparer.Ordinal);
        foreach (var rule in options.Rules)
        {
            hostByCode[rule.Descriptor.Code] = rule;
        }

        var result = new List<IRule>();
        foreach (var rule in set.Rules)
        {
            var code = rule.Descriptor.Code;
            if (hostByCode.TryGetValue(code, out var replacement))
            {
                result.Add(replacement);
                hostByCode.Remove(code);
            }
            else
            {
                result.Add(rule);
            }
        }

        foreach (var rule in options.Rules)
        {
            if (hostByCode.TryGetValue(rule.Descriptor.Code, out var last))
            {
                result.Add(last);
                hostByCode.Remove(rule.Descriptor.Code);
            }
        }

        return result
            .Where(r => r.Descriptor.EnabledByDefault || options.EnabledRules.Contains(r.Descriptor.Code))
            .Where(r => !options.DisabledRules.Contains(r.Descriptor.Code))
            .Where(r => r.Descriptor.InForceUntil is not { } until || until >= set.EffectiveFrom)
            .ToArray();
    }

    private static CaseEvent[] KnownEvents(SicknessCase @case, WachttijdClock clock, List<Warning> warnings, WorkMeter? meter)
    {
        var all = meter is null ? @case.Events : meter.Counting(@case.Events);
        var future = 0;
        var earlier = 0;
        for (var at = 0; at < all.Count; at++)
        {
            var e = all[at];
            if (e.On > clock.AsOf)
            {
                future++;
            }
            else if (e.On < clock.FirstSickDay)
            {
                earlier++;
            }
        }

        var result = all.Count == future + earlier ? [] : new CaseEvent[all.Count - future - earlier];
        var n = 0;
        for (var at = 0; at < all.Count; at++)
        {
            var e = all[at];
            if (e.On <= clock.AsOf && e.On >= clock.FirstSickDay)
            {
                result[n++] = e;
            }
        }

        if (future > 0)
        {
            warnings.Add(new Warning(WarningKinds.EventAfterAsOf, Severity.Info, FutureEventsMessage(future, clock.AsOf)));
        }

        if (clock.IsRestarted)
        {
            warnings.Add(new Warning(WarningKinds.NewWachttijd, Severity.Warning, NewWachttijdMessage(clock.FirstSickDay, earlier)));
        }

        // Stable sort by date keeps the order of events on the same day.
        StableSort.Sort(result, static (a, b) => a.On.CompareTo(b.On), meter);
        return result;
    }

    private static WachttijdEnd ComputeEnd(
        SicknessCase @case,
        WachttijdClock clock,
        IReadOnlyList<CaseEvent> events,
        IWachttijdExtension[] extensions,
        List<Warning> warnings
    )
    {
        if (clock.DateOfCountedDay(WachttijdClock.WachttijdDays) is not { } statutory)
        {
            return new WachttijdEnd(null, null, null, []);
        }

        var reference = statutory;
        var last = statutory;
        List<WachttijdEndChange>? changes = null;
        WachttijdEndContext? context = null;
        foreach (var extension in extensions)
        {
            // One context while the end stays put; a new one after each change (the context is immutable).
            if (context is null || context.ReferenceEnd != reference || context.LastDay != last)
            {
                context = new WachttijdEndContext(@case, clock, statutory, reference, last, events);
            }

            var change = extension.Apply(context);
            if (change is null)
            {
                continue;
            }

            (changes ??= []).Add(change);
            last = change.NewLastDay;
            if (change.MovesReferenceEnd)
            {
                reference = change.NewLastDay;
            }

            warnings.Add(new Warning(WarningKinds.WagePeriodExtended, Severity.Info, new ChangeText(change)));
        }

        // Only the last loonsanctie recorded is applied; the earlier ones get one warning from ImplausibleFacts.
        var lastSanction = -1;
        for (var at = 0; at < events.Count; at++)
        {
            lastSanction = events[at] is Loonsanctie ? at : lastSanction;
        }

        for (var at = 0; at < events.Count; at++)
        {
            var e = events[at];
            if (e is Loonsanctie s && at == lastSanction && changes?.Exists(static c => c.Code == EventTypes.Loonsanctie) != true)
            {
                warnings.Add(
                    new Warning(
                        WarningKinds.EventIgnored,
                        Severity.Warning,
                        $"The loonsanctie decided on {CaseValidator.Iso(s.On)} does not extend wage continuation: UWV decided after the end of the wachttijd, and a late decision extends nothing (WIA art. 25 lid 11)."
                    )
                );
            }
            else if (e is Verlenging v && changes?.Exists(static c => c.Code == EventTypes.Verlenging) != true)
            {
                warnings.Add(
                    new Warning(
                        WarningKinds.EventIgnored,
                        Severity.Warning,
                        $"The extension granted on {CaseValidator.Iso(v.On)} to {CaseValidator.Iso(v.Until)} does not end after the wachttijd ({CaseValidator.Iso(statutory)}), so it changes nothing (WIA art. 24)."
                    )
                );
            }
        }

        ImplausibleFacts.Add(clock, events, statutory, warnings);
        return new WachttijdEnd(statutory, reference, last, (IReadOnlyList<WachttijdEndChange>?)changes ?? []);
    }

    private static Obligation[] Order(IReadOnlyList<(Obligation Obligation, RuleDescriptor Rule)> obligations, WorkMeter? meter)
    {
        var result = new Obligation[obligations.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = obligations[i].Obligation;
        }

        StableSort.Sort(
            result,
            static (a, b) =>
            {
                var byDue = (a.DueBy ?? LocalDate.MaxIsoValue).CompareTo(b.DueBy ?? LocalDate.MaxIsoValue);
                if (byDue != 0)
                {
                    return byDue;
                }

                var byRank = Rank(a.Kind).CompareTo(Rank(b.Kind));
                return byRank != 0 ? byRank : a.Sequence.CompareTo(b.Sequence);
            },
            meter
        );
        return result;

        static int Rank(string kind)
        {
            var i = Array.IndexOf(ObligationCodes.All, kind);
            return i < 0 ? int.MaxValue : i;
        }
    }

    private void AddStandardWarnings(Obligation obligation, RuleDescriptor rule, LocalDate asOf, List<Warning> warnings)
    {
        var statute = rule.Character == LegalCharacter.Statute;
        switch (obligation.Status)
        {
            case ObligationStatus.Overdue when obligation.DueBy is { } due:
                var severity =
                    rule.OverdueSeverity is { } chosen ? chosen
                    : statute ? Severity.High
                    : rule.Character == LegalCharacter.Policy ? Severity.Warning
                    : Severity.Info;
                warnings.Add(
                    new Warning(
                        WarningKinds.Overdue,
                        severity,
                        OverdueMessage(obligation, rule, due, asOf),
                        obligation.Kind,
                        obligation.Sequence
                    )
                );
                break;
            case ObligationStatus.Open when obligation.DueBy is { } due && Period.DaysBetween(asOf, due) <= _options.DueSoonDays:
                warnings.Add(
                    new Warning(
                        WarningKinds.DueSoon,
                        statute ? Severity.Warning : Severity.Info,
                        DueSoonMessage(obligation, rule, due, asOf),
                        obligation.Kind,
                        obligation.Sequence
                    )
                );
                break;
            case ObligationStatus.FulfilledLate when obligation.DueBy is { } due && obligation.FulfilledOn is { } done:
                warnings.Add(
                    new Warning(
                        WarningKinds.FulfilledLate,
                        statute || rule.OverdueSeverity == Severity.High ? Severity.Warning : Severity.Info,
                        FulfilledLateMessage(obligation, rule, due, done),
                        obligation.Kind,
                        obligation.Sequence
                    )
                );
                break;
        }
    }

    // The messages are built when read; each helper allocates its closure only when a warning is made.
    private static Func<string> FutureEventsMessage(int future, LocalDate asOf) =>
        () =>
            $"{future} event(s) dated after {CaseValidator.Iso(asOf)} are not known on the assessment date and were not taken into account.";

    private static Func<string> NewWachttijdMessage(LocalDate day1, int earlier) =>
        () =>
            $"An earlier sickness ended with 28 or more fit days (BW 7:629 lid 10), so the sickness from {CaseValidator.Iso(day1)} starts a new wachttijd at day 1; it is assessed from that day"
            + (earlier > 0 ? $", and {earlier} event(s) of the earlier case were left out." : ".");

    private static string Title(Obligation obligation, RuleDescriptor rule) =>
        obligation.Sequence > 0 ? $"{rule.Title} #{obligation.Sequence}" : rule.Title;

    private static Func<string> OverdueMessage(Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate asOf) =>
        () =>
            $"{Title(obligation, rule)} was due by {CaseValidator.Iso(due)} and is not done ({Period.DaysBetween(due, asOf)} day(s) overdue). {rule.Stake}".TrimEnd();

    private static Func<string> DueSoonMessage(Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate asOf) =>
        () =>
            $"{Title(obligation, rule)} is due by {CaseValidator.Iso(due)}, in {Period.DaysBetween(asOf, due)} day(s). {rule.Stake}".TrimEnd();

    private static Func<string> FulfilledLateMessage(Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate done) =>
        () =>
            $"{Title(obligation, rule)} was done on {CaseValidator.Iso(done)}, {Period.DaysBetween(due, done)} day(s) after its due date {CaseValidator.Iso(due)}; UWV may weigh this at its check. {rule.Stake}".TrimEnd();

    private static Func<string> DeviationMessage(string code, Afwijking deviation, LocalDate? was) =>
        () =>
            $"A reasoned deviation agreed on {CaseValidator.Iso(deviation.On)} moves the due date of {code} from {(was is { } w ? CaseValidator.Iso(w) : "none")} to {CaseValidator.Iso(deviation.DueBy)} (Regeling procesgang art. 5; reason: \"{deviation.Reason}\"). UWV checks at the WIA application whether the reason holds.";

    /// <summary>The message of a wage-period warning: the change's own explanation, read when the warning is.</summary>
    private sealed class ChangeText(WachttijdEndChange change) : DeferredText
    {
        public override string Build() => change.Explanation;
    }

    private (RuleSet Set, IRule[] Rules, IWachttijdExtension[] Extensions) Select(LocalDate firstSickDay)
    {
        foreach (var entry in _ruleSets)
        {
            if (entry.Set.AppliesTo(firstSickDay))
            {
                return entry;
            }
        }

        throw new InvalidCaseException([
            new CaseProblem(
                "$.firstSickDay",
                $"no rule set applies to a first sick day of {CaseValidator.Iso(firstSickDay)}: the engine supports {string.Join(", ", _ruleSets.Select(r => r.Set.ToString()))}."
            ),
        ]);
    }
}
