using System;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Engine;

/// <summary>
/// Every text the engine itself writes (not the rules): the problems with the assessment date, and the messages of
/// the warnings it gives. Messages are built when read; each helper allocates only when a warning is made.
/// </summary>
internal static class EngineTexts
{
    public static string AsOfBeforeDay1(LocalDate asOf, LocalDate day1) =>
        $"the assessment date {IsoDates.Format(asOf)} is before the first sick day {IsoDates.Format(day1)}.";

    public static string AsOfAfterSupported(LocalDate asOf) =>
        $"the assessment date {IsoDates.Format(asOf)} is after {IsoDates.Format(CaseValidator.MaxSupportedDate)}, the latest date the engine supports.";

    public static string NoRuleSet(LocalDate firstSickDay, RulePlan[] plans) =>
        $"no rule set applies to a first sick day of {IsoDates.Format(firstSickDay)}: the engine supports {string.Join(", ", plans.Select(p => p.Set.ToString()))}.";

    public static DeferredText FutureEvents(int future, LocalDate asOf) =>
        DeferredText.Of(
            (future, asOf),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    CountedDayText.AppendCount(text, f.future, "gebeurtenis", "gebeurtenissen");
                    text.Append(
                        $" met een datum na {f.asOf} {(f.future == 1 ? "is" : "zijn")} op de peildatum niet bekend en {(f.future == 1 ? "is" : "zijn")} buiten beschouwing gelaten."
                    );
                    return;
                }

                text.Append(
                    $"{f.future} event(s) dated after {IsoDates.Format(f.asOf)} are not known on the assessment date and were not taken into account."
                );
            }
        );

    public static DeferredText NewWachttijd(LocalDate day1, int earlier) =>
        DeferredText.Of(
            (day1, earlier),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"Een eerdere ziekteperiode eindigde met 28 of meer hersteldagen (BW 7:629 lid 10), dus de ziekte vanaf {f.day1} begint een nieuwe wachttijd op dag 1; de beoordeling begint op die dag"
                    );
                    if (f.earlier > 0)
                    {
                        text.Append(", en ");
                        CountedDayText.AppendCount(text, f.earlier, "gebeurtenis", "gebeurtenissen");
                        text.Append($" van de eerdere ziekteperiode {(f.earlier == 1 ? "is" : "zijn")} weggelaten.");
                    }
                    else
                    {
                        text.Append('.');
                    }

                    return;
                }

                text.Append(
                    $"An earlier sickness ended with 28 or more fit days (BW 7:629 lid 10), so the sickness from {IsoDates.Format(f.day1)} starts a new wachttijd at day 1; it is assessed from that day"
                        + (f.earlier > 0 ? $", and {f.earlier} event(s) of the earlier case were left out." : ".")
                );
            }
        );

    public static DeferredText LoonsanctieAfterTheEnd(Loonsanctie s) =>
        DeferredText.Of(
            s,
            static (s, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"De loonsanctie waartoe op {s.On} is besloten, verlengt de loondoorbetaling niet: UWV besliste na afloop van de wachttijd, en 'Verlenging van het tijdvak als bedoeld in het negende lid vindt niet plaats indien het UWV de beschikking omtrent de toepassing van het negende lid niet geeft voor de afloop van de wachttijd' (WIA art. 25 lid 11), dus de beschikking heeft geen gevolg voor het tijdvak van loondoorbetaling."
                    );
                    return;
                }

                text.Append(LoonsanctieAfterTheEndEnglish(s));
            }
        );

    private static string LoonsanctieAfterTheEndEnglish(Loonsanctie s) =>
        $"The loonsanctie decided on {IsoDates.Format(s.On)} does not extend wage continuation: UWV decided after the end of the wachttijd, and 'Verlenging van het tijdvak als bedoeld in het negende lid vindt niet plaats indien het UWV de beschikking omtrent de toepassing van het negende lid niet geeft voor de afloop van de wachttijd' (WIA art. 25 lid 11), so the decision is without effect on the wage period.";

    public static DeferredText VerlengingNotAfterTheEnd(Verlenging v, LocalDate statutory) =>
        DeferredText.Of(
            (v, statutory),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"De verlenging die op {f.v.On} is toegekend tot {f.v.Until}, eindigt niet na de wachttijd ({f.statutory}) en verandert dus niets: het tijdvak van loondoorbetaling wordt verlengd 'met de duur van het verlengde tijdvak' dat UWV heeft vastgesteld (BW 7:629 lid 11 onder b), het tijdvak 'na afloop van de wachttijd' (WIA art. 24 lid 1), en deze verlenging voegt geen dag toe."
                    );
                    return;
                }

                text.Append(VerlengingNotAfterTheEndEnglish(f.v, f.statutory));
            }
        );

    private static string VerlengingNotAfterTheEndEnglish(Verlenging v, LocalDate statutory) =>
        $"The extension granted on {IsoDates.Format(v.On)} to {IsoDates.Format(v.Until)} does not end after the wachttijd ({IsoDates.Format(statutory)}), so it changes nothing: the wage period is extended 'met de duur van het verlengde tijdvak' UWV fixed (BW 7:629 lid 11 onder b), the period 'na afloop van de wachttijd' (WIA art. 24 lid 1), and this one adds no day.";

    public static DeferredText VerlengingBarred(Verlenging v, string vangnet) =>
        DeferredText.Of(
            (v, vangnet),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"De verlenging die op {f.v.On} is toegekend tot {f.v.Until}, is toegepast zoals UWV besliste, hoewel UWV bij deze vangnetter ('{f.vangnet}', Ziektewet art. 29a) de loondoorbetaling verlengt 'tenzij: a. artikel 29 of 29a, eerste of vierde lid, ... van de Ziektewet van toepassing is' (WIA art. 24 lid 1): geen artikel maakt een toegekende verlenging nietig, en het tijdvak van loondoorbetaling loopt door met het tijdvak dat UWV heeft vastgesteld (BW 7:629 lid 11 onder b) totdat UWV de beschikking intrekt of wijzigt (na bezwaar, Awb art. 7:11, of ambtshalve). Controleer de beschikking bij UWV."
                    );
                    return;
                }

                text.Append(VerlengingBarredEnglish(f.v, f.vangnet));
            }
        );

    private static string VerlengingBarredEnglish(Verlenging v, string vangnet) =>
        $"The extension granted on {IsoDates.Format(v.On)} to {IsoDates.Format(v.Until)} is applied as UWV decided it, although in this safety-net case ('{vangnet}', Ziektewet art. 29a) UWV extends wage continuation 'tenzij: a. artikel 29 of 29a, eerste of vierde lid, ... van de Ziektewet van toepassing is' (WIA art. 24 lid 1): no article makes a granted extension void, and the wage period runs on by the period UWV fixed (BW 7:629 lid 11 onder b) until UWV revokes or changes the decision (on objection, Awb art. 7:11, or of its own motion). Check the decision with UWV.";

    public static DeferredText IgnoredPastAowAge(CaseEvent e, LocalDate aow) =>
        DeferredText.Of(
            (e, aow),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(f.e is Loonsanctie ? "De loonsanctie waartoe op " : "De vrijwillige verlenging die op ");
                    text.AppendDate(f.e.On);
                    text.Append(f.e is Loonsanctie ? " is besloten" : " is toegekend");
                    text.Append(", verlengt de loondoorbetaling niet");
                    text.Append(
                        $": de werknemer bereikt op {f.aow} de AOW-leeftijd, dus de loondoorbetaling volgt BW 7:629 lid 2 onder b, en lid 11 verlengt alleen de 104 weken van lid 1 ('Het tijdvak van 104 weken, bedoeld in lid 1, wordt verlengd'), dus de beschikking heeft geen gevolg voor het tijdvak van loondoorbetaling; na de AOW-leeftijd kan geen WIA-uitkering volgen (WIA art. 43 onder g), dus er is geen WIA-aanvraag die UWV beoordeelt (WIA art. 24, art. 25 lid 9)."
                    );
                    return;
                }

                text.Append(IgnoredPastAowAgeEnglish(f.e, f.aow));
            }
        );

    private static string IgnoredPastAowAgeEnglish(CaseEvent e, LocalDate aow) =>
        (
            e is Loonsanctie
                ? $"The loonsanctie decided on {IsoDates.Format(e.On)} does not extend wage continuation"
                : $"The voluntary extension granted on {IsoDates.Format(e.On)} does not extend wage continuation"
        )
        + $": the employee reaches the AOW age on {IsoDates.Format(aow)}, so wage continuation follows BW 7:629 lid 2 onder b, and lid 11 extends only the 104 weeks of lid 1 ('Het tijdvak van 104 weken, bedoeld in lid 1, wordt verlengd'), so the decision is without effect on the wage period; no WIA benefit can follow past the AOW age (WIA art. 43 onder g), so there is no WIA application for UWV to judge (WIA art. 24, art. 25 lid 9).";

    public static DeferredText Overdue(Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate asOf) =>
        new StepText(StepText.Overdue, obligation, rule, due, asOf);

    public static DeferredText DueSoon(Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate asOf) =>
        new StepText(StepText.DueSoon, obligation, rule, due, asOf);

    public static DeferredText FulfilledLate(Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate done) =>
        new StepText(StepText.FulfilledLate, obligation, rule, due, done);

    public static DeferredText MissedBeforeShortened(
        Obligation obligation,
        RuleDescriptor rule,
        LocalDate due,
        VervroegdeIvaBesluit grant
    ) =>
        DeferredText.Of(
            (obligation, rule, due, grant),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    WriteDutchMissed(text, f.obligation, f.rule, f.due, null);
                    text.Append(
                        $". UWV heeft op {f.grant.On} een verkorte wachttijd toegekend (WIA art. 23 lid 6) en beoordeelt bij die aanvraag de re-integratie-inspanningen niet (art. 66 lid 6), dus daaruit volgt geen loonsanctie."
                    );
                    return;
                }

                text.Append(MissedBeforeShortenedEnglish(f.obligation, f.rule, f.due, f.grant));
            }
        );

    private static string MissedBeforeShortenedEnglish(
        Obligation obligation,
        RuleDescriptor rule,
        LocalDate due,
        VervroegdeIvaBesluit grant
    ) =>
        $"{Title(obligation, rule)} was due by {IsoDates.Format(due)} and "
        + (
            obligation.FulfilledOn is { } done
                ? $"was done on {IsoDates.Format(done)}, {Period.DaysBetween(due, done)} day(s) late"
                : "is not done"
        )
        + $". UWV granted a shortened wachttijd on {IsoDates.Format(grant.On)} (WIA art. 23 lid 6) and does not review the re-integration efforts on that application (art. 66 lid 6), so no loonsanctie follows from it.";

    /// <summary>A step missed in a case past the AOW age: a fact on record, with no loonsanctie at stake.</summary>
    public static DeferredText MissedPastAowAge(
        Obligation obligation,
        RuleDescriptor rule,
        LocalDate due,
        LocalDate asOf,
        LocalDate aowOn
    ) =>
        DeferredText.Of(
            (obligation, rule, due, asOf, aowOn),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    WriteDutchMissed(text, f.obligation, f.rule, f.due, f.asOf);
                    text.Append(
                        $". De werknemer bereikt op {f.aowOn} de AOW-leeftijd: er volgt geen WIA-uitkering (WIA art. 43 onder g), dus UWV beoordeelt de re-integratie-inspanningen nooit en er kan geen loonsanctie volgen (WIA art. 25 lid 9); zolang de werknemer ziek en in dienst is, bevordert de werkgever nog steeds de terugkeer in passende arbeid in het eigen bedrijf (BW 7:658a lid 1)."
                    );
                    return;
                }

                text.Append(MissedPastAowAgeEnglish(f.obligation, f.rule, f.due, f.asOf, f.aowOn));
            }
        );

    private static string MissedPastAowAgeEnglish(
        Obligation obligation,
        RuleDescriptor rule,
        LocalDate due,
        LocalDate asOf,
        LocalDate aowOn
    ) =>
        $"{Title(obligation, rule)} was due by {IsoDates.Format(due)} and "
        + (
            obligation.FulfilledOn is { } done
                ? $"was done on {IsoDates.Format(done)}, {Period.DaysBetween(due, done)} day(s) late"
                : $"is not done ({Period.DaysBetween(due, asOf)} day(s) overdue)"
        )
        + $". The employee reaches the AOW age on {IsoDates.Format(aowOn)}: no WIA benefit follows (WIA art. 43 onder g), so UWV never judges the re-integration efforts and no loonsanctie can follow (WIA art. 25 lid 9); while the employee is sick and employed, the employer still promotes return to suitable work in the own company (BW 7:658a lid 1).";

    public static DeferredText DeviationApplied(string code, Afwijking deviation, LocalDate? was) =>
        DeferredText.Of(
            (code, deviation, was),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"Een gemotiveerde afwijking, overeengekomen op {f.deviation.On}, verschuift de uiterste datum van {f.code} van "
                    );
                    if (f.was is { } w)
                    {
                        text.AppendDate(w);
                    }
                    else
                    {
                        text.Append("geen datum");
                    }

                    text.Append(
                        $" naar {f.deviation.DueBy} (Regeling procesgang art. 5; reden: \"{f.deviation.Reason}\"). UWV toetst bij de WIA-aanvraag of de reden standhoudt."
                    );
                    return;
                }

                text.Append(DeviationAppliedEnglish(f.code, f.deviation, f.was));
            }
        );

    private static string DeviationAppliedEnglish(string code, Afwijking deviation, LocalDate? was) =>
        $"A reasoned deviation agreed on {IsoDates.Format(deviation.On)} moves the due date of {code} from {(was is { } w ? IsoDates.Format(w) : "none")} to {IsoDates.Format(deviation.DueBy)} (Regeling procesgang art. 5; reason: \"{deviation.Reason}\"). UWV checks at the WIA application whether the reason holds.";

    /// <summary>
    /// Finishes a derivation written from <paramref name="start"/> with the reasoned deviation that replaced its date
    /// (Regeling procesgang art. 5): the derivation loses its trailing white space and full stops.
    /// </summary>
    public static void WriteDeviated(TextBuffer text, int start, LocalDate? dueBy, Afwijking deviation)
    {
        text.TrimEnd(start, fullStops: true);
        if (text.Language == TextLanguage.Dutch)
        {
            text.Append(", dus uiterlijk op ");
            if (dueBy is { } nl)
            {
                text.AppendDate(nl);
            }
            else
            {
                text.Append("geen datum");
            }

            text.Append(
                $"; een gemotiveerde afwijking, overeengekomen op {deviation.On} (Regeling procesgang art. 5, reden: \"{deviation.Reason}\"), stelt de uiterste datum op {deviation.DueBy}."
            );
            return;
        }

        text.Append(", so due by ");
        if (dueBy is { } d)
        {
            text.AppendDate(d);
        }
        else
        {
            text.Append("none");
        }

        text.Append(
            $"; a reasoned deviation agreed on {deviation.On} (Regeling procesgang art. 5, reason: \"{deviation.Reason}\") sets the due date to {deviation.DueBy}."
        );
    }

    /// <summary>
    /// A text in both languages: the English one built by <paramref name="english"/> exactly as before, the Dutch one
    /// written by <paramref name="dutch"/> straight into the buffer (its date holes as Dutch prose dates).
    /// </summary>
    public static DeferredText Both(Func<string> english, Action<TextBuffer> dutch) => new BothText(english, dutch);

    /// <summary>The message of a wage-period warning: the change's own explanation, read when the warning is.</summary>
    public static DeferredText Change(WachttijdEndChange change) => new ChangeText(change);

    private static string Title(Obligation obligation, RuleDescriptor rule) =>
        obligation.Sequence > 0 ? $"{rule.Title} #{obligation.Sequence}" : rule.Title;

    private static void WriteTitle(TextBuffer text, Obligation obligation, RuleDescriptor rule)
    {
        text.Append(rule.TitleIn(text.Language));
        if (obligation.Sequence > 0)
        {
            // Dutch numbers a step "nr. 8"; '#' is English notation.
            text.Append(text.Language == TextLanguage.Dutch ? $" nr. {obligation.Sequence}" : $" #{obligation.Sequence}");
        }
    }

    /// <summary>
    /// The Dutch start of a missed step's message: the title, its due date and whether it was done late or not
    /// (and, given the assessment date, how long it is overdue).
    /// </summary>
    private static void WriteDutchMissed(TextBuffer text, Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate? asOf)
    {
        WriteTitle(text, obligation, rule);
        var verb = DutchFulfilment.Participle(rule);
        text.Append($" had uiterlijk op {due} moeten plaatsvinden en ");
        if (obligation.FulfilledOn is { } done)
        {
            text.Append($"is {verb} op {done}, ");
            CountedDayText.AppendCount(text, Period.DaysBetween(due, done), "dag", "dagen");
            text.Append(" te laat");
        }
        else if (asOf is { } a)
        {
            text.Append($"is niet {verb} (");
            CountedDayText.AppendCount(text, Period.DaysBetween(due, a), "dag", "dagen");
            text.Append(" te laat)");
        }
        else
        {
            text.Append($"is niet {verb}");
        }
    }

    /// <summary>The message of a warning about one step: overdue, due soon, or done late; the rule's stake ends it.</summary>
    private sealed class StepText(int what, Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate other) : DeferredText
    {
        public const int Overdue = 0;
        public const int DueSoon = 1;
        public const int FulfilledLate = 2;

        public override void Write(TextBuffer text)
        {
            var start = text.Length;
            WriteTitle(text, obligation, rule);
            if (text.Language == TextLanguage.Dutch)
            {
                WriteDutch(text);
                text.Append(rule.StakeIn(TextLanguage.Dutch));
                text.TrimEnd(start);
                return;
            }

            switch (what)
            {
                case Overdue:
                    text.Append($" was due by {due} and is not done ({Period.DaysBetween(due, other)} day(s) overdue). ");
                    break;
                case DueSoon:
                    text.Append($" is due by {due}, in {Period.DaysBetween(other, due)} day(s). ");
                    break;
                default:
                    text.Append(
                        $" was done on {other}, {Period.DaysBetween(due, other)} day(s) after its due date {due}; UWV may weigh this at its check. "
                    );
                    break;
            }

            text.Append(rule.Stake);
            text.TrimEnd(start);
        }

        private void WriteDutch(TextBuffer text)
        {
            var verb = DutchFulfilment.Participle(rule);
            switch (what)
            {
                case Overdue:
                    text.Append($" had uiterlijk op {due} moeten plaatsvinden en is niet {verb} (");
                    CountedDayText.AppendCount(text, Period.DaysBetween(due, other), "dag", "dagen");
                    text.Append(" te laat). ");
                    break;
                case DueSoon:
                    text.Append($" moet uiterlijk op {due} worden {verb}, over ");
                    CountedDayText.AppendCount(text, Period.DaysBetween(other, due), "dag", "dagen");
                    text.Append(". ");
                    break;
                default:
                    text.Append($" is {verb} op {other}, ");
                    CountedDayText.AppendCount(text, Period.DaysBetween(due, other), "dag", "dagen");
                    text.Append($" na de uiterste datum {due}; UWV kan dit meewegen bij de toetsing. ");
                    break;
            }
        }
    }

    private sealed class BothText(Func<string> english, Action<TextBuffer> dutch) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                dutch(text);
                return;
            }

            text.Append(english());
        }
    }

    private sealed class ChangeText(WachttijdEndChange change) : DeferredText
    {
        public override void Write(TextBuffer text) => change.WriteExplanation(text);

        public override string Build(TextLanguage language) => change.ExplanationIn(language);
    }
}
