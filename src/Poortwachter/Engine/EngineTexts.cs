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

    public static Func<string> FutureEvents(int future, LocalDate asOf) =>
        () =>
            $"{future} event(s) dated after {IsoDates.Format(asOf)} are not known on the assessment date and were not taken into account.";

    public static Func<string> NewWachttijd(LocalDate day1, int earlier) =>
        () =>
            $"An earlier sickness ended with 28 or more fit days (BW 7:629 lid 10), so the sickness from {IsoDates.Format(day1)} starts a new wachttijd at day 1; it is assessed from that day"
            + (earlier > 0 ? $", and {earlier} event(s) of the earlier case were left out." : ".");

    public static string LoonsanctieAfterTheEnd(Loonsanctie s) =>
        $"The loonsanctie decided on {IsoDates.Format(s.On)} does not extend wage continuation: UWV decided after the end of the wachttijd, and 'Verlenging van het tijdvak als bedoeld in het negende lid vindt niet plaats indien het UWV de beschikking omtrent de toepassing van het negende lid niet geeft voor de afloop van de wachttijd' (WIA art. 25 lid 11), so the decision is without effect on the wage period.";

    public static string VerlengingNotAfterTheEnd(Verlenging v, LocalDate statutory) =>
        $"The extension granted on {IsoDates.Format(v.On)} to {IsoDates.Format(v.Until)} does not end after the wachttijd ({IsoDates.Format(statutory)}), so it changes nothing: the wage period is extended 'met de duur van het verlengde tijdvak' UWV fixed (BW 7:629 lid 11 onder b), the period 'na afloop van de wachttijd' (WIA art. 24 lid 1), and this one adds no day.";

    public static string VerlengingBarred(Verlenging v, string vangnet) =>
        $"The extension granted on {IsoDates.Format(v.On)} to {IsoDates.Format(v.Until)} is applied as UWV decided it, although in this safety-net case ('{vangnet}', Ziektewet art. 29a) UWV extends wage continuation 'tenzij: a. artikel 29 of 29a, eerste of vierde lid, ... van de Ziektewet van toepassing is' (WIA art. 24 lid 1): no article makes a granted extension void, and the wage period runs on by the period UWV fixed (BW 7:629 lid 11 onder b) until UWV revokes or changes the decision (on objection, Awb art. 7:11, or of its own motion). Check the decision with UWV.";

    public static Func<string> IgnoredPastAowAge(CaseEvent e, LocalDate aow) =>
        () =>
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

    public static Func<string> MissedBeforeShortened(
        Obligation obligation,
        RuleDescriptor rule,
        LocalDate due,
        VervroegdeIvaBesluit grant
    ) =>
        () =>
            $"{Title(obligation, rule)} was due by {IsoDates.Format(due)} and "
            + (
                obligation.FulfilledOn is { } done
                    ? $"was done on {IsoDates.Format(done)}, {Period.DaysBetween(due, done)} day(s) late"
                    : "is not done"
            )
            + $". UWV granted a shortened wachttijd on {IsoDates.Format(grant.On)} (WIA art. 23 lid 6) and does not review the re-integration efforts on that application (art. 66 lid 6), so no loonsanctie follows from it.";

    /// <summary>A step missed in a case past the AOW age: a fact on record, with no loonsanctie at stake.</summary>
    public static Func<string> MissedPastAowAge(
        Obligation obligation,
        RuleDescriptor rule,
        LocalDate due,
        LocalDate asOf,
        LocalDate aowOn
    ) =>
        () =>
            $"{Title(obligation, rule)} was due by {IsoDates.Format(due)} and "
            + (
                obligation.FulfilledOn is { } done
                    ? $"was done on {IsoDates.Format(done)}, {Period.DaysBetween(due, done)} day(s) late"
                    : $"is not done ({Period.DaysBetween(due, asOf)} day(s) overdue)"
            )
            + $". The employee reaches the AOW age on {IsoDates.Format(aowOn)}: no WIA benefit follows (WIA art. 43 onder g), so UWV never judges the re-integration efforts and no loonsanctie can follow (WIA art. 25 lid 9); while the employee is sick and employed, the employer still promotes return to suitable work in the own company (BW 7:658a lid 1).";

    public static Func<string> DeviationApplied(string code, Afwijking deviation, LocalDate? was) =>
        () =>
            $"A reasoned deviation agreed on {IsoDates.Format(deviation.On)} moves the due date of {code} from {(was is { } w ? IsoDates.Format(w) : "none")} to {IsoDates.Format(deviation.DueBy)} (Regeling procesgang art. 5; reason: \"{deviation.Reason}\"). UWV checks at the WIA application whether the reason holds.";

    /// <summary>
    /// Finishes a derivation written from <paramref name="start"/> with the reasoned deviation that replaced its date
    /// (Regeling procesgang art. 5): the derivation loses its trailing white space and full stops.
    /// </summary>
    public static void WriteDeviated(TextBuffer text, int start, LocalDate? dueBy, Afwijking deviation)
    {
        text.TrimEnd(start, fullStops: true);
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

    /// <summary>The message of a wage-period warning: the change's own explanation, read when the warning is.</summary>
    public static DeferredText Change(WachttijdEndChange change) => new ChangeText(change);

    private static string Title(Obligation obligation, RuleDescriptor rule) =>
        obligation.Sequence > 0 ? $"{rule.Title} #{obligation.Sequence}" : rule.Title;

    /// <summary>The message of a warning about one step: overdue, due soon, or done late; the rule's stake ends it.</summary>
    private sealed class StepText(int what, Obligation obligation, RuleDescriptor rule, LocalDate due, LocalDate other) : DeferredText
    {
        public const int Overdue = 0;
        public const int DueSoon = 1;
        public const int FulfilledLate = 2;

        public override void Write(TextBuffer text)
        {
            var start = text.Length;
            text.Append(rule.Title);
            if (obligation.Sequence > 0)
            {
                text.Append($" #{obligation.Sequence}");
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
    }

    private sealed class ChangeText(WachttijdEndChange change) : DeferredText
    {
        public override void Write(TextBuffer text) => change.WriteExplanation(text);

        public override string Build(TextLanguage language) => change.ExplanationIn(language);
    }
}
