using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// The end of the wachttijd: counted day 728, moved by each extension in order (the AOW age, a shortened wachttijd, a
/// voluntary extension, a late WIA application, a loonsanctie, then the host's), with the warnings that go with it: a
/// wage-period warning per change (a shortened-wachttijd warning for a change that ends the wachttijd early), the facts
/// that changed nothing, and the implausible ones. A shortened wachttijd outside its statutory bounds is refused first.
/// Once an extension that ends wage continuation at the AOW age (<see cref="IAowAgeTerm"/>) has changed the end, the
/// extensions of the 104 weeks (<see cref="IStatutoryPeriodExtension"/>, BW 7:629 lid 11) do not run, and their decisions
/// on record are reported as ignored.
/// </summary>
internal static class EndCalculator
{
    /// <summary>Computes the end and its warnings.</summary>
    /// <param name="case">The case.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="events">The known events, in date order.</param>
    /// <param name="extensions">The extensions, in the order they run.</param>
    /// <param name="wiaApplicationCode">The code of the obligation that is the WIA application, if the rule set names one.</param>
    /// <returns>
    /// The end, its warnings in the order they are given (null when there are none), and the change an
    /// <see cref="IAowAgeTerm"/> made, if one did.
    /// </returns>
    public static (WachttijdEnd End, List<Warning>? Warnings, WachttijdEndChange? AowAgeChange) Compute(
        SicknessCase @case,
        WachttijdClock clock,
        IReadOnlyList<CaseEvent> events,
        IWachttijdExtension[] extensions,
        string? wiaApplicationCode
    )
    {
        // A shortened wachttijd outside the statute's bounds is refused before anything is computed from it.
        ShortenedWachttijdFacts.Check(@case, clock, events);
        if (clock.DateOfCountedDay(WachttijdClock.WachttijdDays) is not { } statutory)
        {
            return (new WachttijdEnd(null, null, null, []), null, null);
        }

        // Most cases change nothing and warn of nothing: the list is made when the first warning is.
        List<Warning>? warnings = null;

        var reference = statutory;
        var last = statutory;
        LocalDate? shortened = null;
        List<WachttijdEndChange>? changes = null;
        WachttijdEndContext? context = null;
        WachttijdEndChange? aowAgeChange = null;
        foreach (var extension in extensions)
        {
            // Past the AOW age the 104 weeks of BW 7:629 lid 1 do not run, so what lid 11 extends them by does not apply.
            if (aowAgeChange is not null && extension is IStatutoryPeriodExtension)
            {
                continue;
            }

            // One context while the end stays put; a new one after each change (the context is immutable).
            if (context is null || context.ReferenceEnd != reference || context.LastDay != last || context.WachttijdEndsOn != shortened)
            {
                context = new WachttijdEndContext(@case, clock, statutory, reference, last, events, shortened);
            }

            var change = Apply(extension, context);
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

            shortened = change.WachttijdEndsOn ?? shortened;
            if (extension is IAowAgeTerm)
            {
                // Not an extension: the AOW rule says what it shortens in its own warning.
                aowAgeChange ??= change;
                continue;
            }

            (warnings ??= []).Add(
                new Warning(
                    change.WachttijdEndsOn is null ? WarningCodes.WagePeriodExtended : WarningCodes.WachttijdVerkort,
                    Severity.Info,
                    EngineTexts.Change(change)
                )
            );
        }

        var barred = VangnetCodes.BarsVerlenging(@case.Vangnet) ? @case.Vangnet : null;
        if (aowAgeChange is not null)
        {
            AddIgnoredPastAowAge(events, extensions, @case, ref warnings);
        }
        else if (shortened is { } end)
        {
            // After a shortened wachttijd each decision recorded gets its warning: applied as decided, or without effect by lid 11.
            ShortenedWachttijdFacts.AddIgnored(events, end, statutory, changes, ref warnings);
        }
        else
        {
            var sanctionUntil = EndBeforeSanction(changes, statutory, last);
            AddIgnored(events, statutory, sanctionUntil, changes, barred, ref warnings);
            // A loonsanctie decided after the end is without effect (WIA art. 25 lid 11): it replaces no earlier decision.
            ImplausibleFacts.Add(
                clock,
                HasSanctionAfter(events, sanctionUntil)
                    ? events.Where(e => e is not Loonsanctie s || s.On <= sanctionUntil).ToList()
                    : events,
                statutory,
                wiaApplicationCode,
                ref warnings
            );
        }

        ShortenedWachttijdFacts.Add(events, ref warnings);
        return (
            new WachttijdEnd(statutory, reference, last, (IReadOnlyList<WachttijdEndChange>?)changes ?? [], shortened),
            warnings,
            aowAgeChange
        );
    }

    /// <summary>Applies an extension; what it throws is wrapped with its code.</summary>
    private static WachttijdEndChange? Apply(IWachttijdExtension extension, WachttijdEndContext context)
    {
        try
        {
            return extension.Apply(context);
        }
        catch (Exception e) when (e is not RuleEvaluationException)
        {
            throw RuleEvaluationException.Threw(extension.Code, "Extension", e);
        }
    }

    /// <summary>Past the AOW age every decision of an extension of the 104 weeks on record changes nothing.</summary>
    private static void AddIgnoredPastAowAge(
        IReadOnlyList<CaseEvent> events,
        IWachttijdExtension[] extensions,
        SicknessCase @case,
        ref List<Warning>? warnings
    )
    {
        for (var at = 0; at < events.Count; at++)
        {
            if (IsStatutoryPeriodDecision(events[at], extensions))
            {
                (warnings ??= []).Add(
                    new Warning(
                        WarningCodes.EventIgnored,
                        Severity.Warning,
                        EngineTexts.IgnoredPastAowAge(events[at], @case.ReachesAowAgeOn!.Value)
                    )
                );
            }
        }
    }

    private static bool IsStatutoryPeriodDecision(CaseEvent e, IWachttijdExtension[] extensions)
    {
        foreach (var extension in extensions)
        {
            if (extension is IStatutoryPeriodExtension lid11 && lid11.IsDecision(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last day a loonsanctie decision can take effect on (WIA art. 25 lid 11): the end before the loonsanctie moved it.</summary>
    private static LocalDate EndBeforeSanction(List<WachttijdEndChange>? changes, LocalDate statutory, LocalDate last)
    {
        var at = changes?.FindIndex(static c => c.Code == EventCodes.Loonsanctie) ?? -1;
        return at < 0 ? last
            : at == 0 ? statutory
            : changes![at - 1].NewLastDay;
    }

    private static bool HasSanctionAfter(IReadOnlyList<CaseEvent> events, LocalDate until)
    {
        for (var at = 0; at < events.Count; at++)
        {
            if (events[at] is Loonsanctie s && s.On > until)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The decisions that changed nothing or are applied against the statute's wording: each loonsanctie decided after the
    /// end (WIA art. 25 lid 11), an extension not after the end, and a grant in a case WIA art. 24 lid 1 onder a names.
    /// </summary>
    private static void AddIgnored(
        IReadOnlyList<CaseEvent> events,
        LocalDate statutory,
        LocalDate sanctionUntil,
        List<WachttijdEndChange>? changes,
        string? barringVangnet,
        ref List<Warning>? warnings
    )
    {
        for (var at = 0; at < events.Count; at++)
        {
            var e = events[at];
            if (e is Loonsanctie s && s.On > sanctionUntil)
            {
                (warnings ??= []).Add(new Warning(WarningCodes.EventIgnored, Severity.Warning, EngineTexts.LoonsanctieAfterTheEnd(s)));
            }
            else if (e is Verlenging v && changes?.Exists(static c => c.Code == EventCodes.Verlenging) != true)
            {
                (warnings ??= []).Add(
                    new Warning(WarningCodes.EventIgnored, Severity.Warning, EngineTexts.VerlengingNotAfterTheEnd(v, statutory))
                );
            }
            else if (e is Verlenging applied && barringVangnet is not null)
            {
                // WIA art. 24 lid 1 onder a: UWV should not have granted it, but no article voids the grant.
                (warnings ??= []).Add(
                    new Warning(WarningCodes.ImplausibleEvent, Severity.Warning, EngineTexts.VerlengingBarred(applied, barringVangnet))
                );
            }
        }
    }
}
