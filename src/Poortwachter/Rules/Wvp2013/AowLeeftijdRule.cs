using System;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Wage continuation of an employee who reaches the AOW age (case field <c>reachesAowAgeOn</c>) no later than the day
/// after counted day 728 (BW 7:629 lid 2 onder b): it lasts 13 weeks for a case whose first sick day lies from 1 January
/// 2016 to 30 June 2023 (art. VIIIa Wet werken na de AOW-gerechtigde leeftijd, ended by Stb. 2023, 169 for sickness
/// from 1 July 2023) and 6 weeks for a first sick day from 1 July 2023. The weeks are counted days, with samentelling
/// (lid 10 names lid 2). Reached on or before day 1, wage continuation ends on counted day 91 or 42; reached during the
/// sickness, it runs that many counted days from the AOW date, "voor zover het totale tijdvak niet meer bedraagt dan 104
/// weken": at most to counted day 728. No WIA benefit can follow (WIA art. 43 onder g), so the extensions of BW 7:629 lid
/// 11 (a voluntary extension, a late WIA application, a loonsanctie) do not apply, and the WIA-related obligations lapse.
/// </summary>
/// <remarks>
/// <para>Two instances, each a rule with its own period in force (by first sick day): <see cref="DertienWeken"/> and
/// <see cref="ZesWeken"/>. Each is both the catalogue's rule (it gives the <c>aow-leeftijd</c> warning) and the extension
/// that moves the end (code <c>aow-leeftijd</c>, always first); the engine runs the extension only while the rule is
/// active, so disabling or replacing the rule switches both off.</para>
/// <para>The term follows the first sick day of the wachttijd assessed (after samentelling; a new wachttijd after 28 fit
/// days has its own), not the AOW date.</para>
/// </remarks>
internal sealed class AowLeeftijdRule : IRule, IAowAgeTerm
{
    /// <summary>The code of the change to the end of the wachttijd, the same for both terms.</summary>
    public const string ExtensionCode = "aow-leeftijd";

    /// <summary>The first first-sick-day of the Wet werken na de AOW-gerechtigde leeftijd (1 January 2016).</summary>
    public static readonly LocalDate InForceFrom = Cases.CaseValidator.AowAgeRulesStart;

    /// <summary>The first first-sick-day of the 6 weeks (1 July 2023, Stb. 2023, 169).</summary>
    public static readonly LocalDate SixWeeksFrom = new(2023, 7, 1);

    private static readonly LegalSource Source = new(Laws.Bw7, "629", "2 onder b");

    private AowLeeftijdRule(RuleDescriptor descriptor, int termDays, string termText, string dutchTermText)
    {
        Descriptor = descriptor;
        TermDays = termDays;
        TermText = termText;
        DutchTermText = dutchTermText;
    }

    /// <summary>Gets the 13 weeks (91 counted days) for first sick days from 1 January 2016 to 30 June 2023.</summary>
    public static AowLeeftijdRule DertienWeken { get; } =
        new(
            new RuleDescriptor(
                "aow-leeftijd-13-weken",
                "Wage continuation past the AOW age: 13 weeks (end of the wage period and of the dismissal ban)",
                "first sick day 1 Jan 2016 to 30 Jun 2023: AOW age reached on or before day 1: the last day is counted day 91; reached during the sickness: 91 counted days from that date, at most counted day 728; no WIA, so no RIV, WIA application, loonsanctie or spoor 2",
                new LegalSource(Laws.Bw7, "629", "2 onder b", "art. VIIIa lid 1 Wet werken na de AOW-gerechtigde leeftijd"),
                LegalCharacter.Statute,
                string.Empty,
                InForceFrom,
                SixWeeksFrom.PlusDays(-1)
            )
            {
                YieldsObligations = false,
                DutchTitle =
                    "Loondoorbetaling na de AOW-leeftijd: 13 weken (einde van het tijdvak van loondoorbetaling en van het opzegverbod)",
                DutchDueRule =
                    "eerste ziektedag van 1 januari 2016 tot en met 30 juni 2023: AOW-leeftijd bereikt op of vóór dag 1: de laatste dag is getelde ziektedag 91; bereikt tijdens de ziekte: 91 getelde ziektedagen vanaf die datum, ten hoogste tot getelde ziektedag 728; geen WIA, dus geen re-integratieverslag, WIA-aanvraag, loonsanctie of tweede spoor",
            },
            91,
            "13 weeks (91 counted days; BW 7:629 lid 2 onder b with art. VIIIa lid 1 Wet werken na de AOW-gerechtigde leeftijd, for sickness that began before 1 July 2023)",
            "13 weken (91 getelde ziektedagen; BW 7:629 lid 2 onder b met art. VIIIa lid 1 Wet werken na de AOW-gerechtigde leeftijd, voor ziekte die vóór 1 juli 2023 begon)"
        );

    /// <summary>Gets the 6 weeks (42 counted days) for first sick days from 1 July 2023.</summary>
    public static AowLeeftijdRule ZesWeken { get; } =
        new(
            new RuleDescriptor(
                "aow-leeftijd-6-weken",
                "Wage continuation past the AOW age: 6 weeks (end of the wage period and of the dismissal ban)",
                "first sick day from 1 Jul 2023: AOW age reached on or before day 1: the last day is counted day 42; reached during the sickness: 42 counted days from that date, at most counted day 728; no WIA, so no RIV, WIA application, loonsanctie or spoor 2",
                Source,
                LegalCharacter.Statute,
                string.Empty,
                SixWeeksFrom
            )
            {
                YieldsObligations = false,
                DutchTitle =
                    "Loondoorbetaling na de AOW-leeftijd: 6 weken (einde van het tijdvak van loondoorbetaling en van het opzegverbod)",
                DutchDueRule =
                    "eerste ziektedag vanaf 1 juli 2023: AOW-leeftijd bereikt op of vóór dag 1: de laatste dag is getelde ziektedag 42; bereikt tijdens de ziekte: 42 getelde ziektedagen vanaf die datum, ten hoogste tot getelde ziektedag 728; geen WIA, dus geen re-integratieverslag, WIA-aanvraag, loonsanctie of tweede spoor",
            },
            42,
            "6 weeks (42 counted days; BW 7:629 lid 2 onder b, for sickness that began from 1 July 2023)",
            "6 weken (42 getelde ziektedagen; BW 7:629 lid 2 onder b, voor ziekte die vanaf 1 juli 2023 begon)"
        );

    /// <summary>Gets the descriptor of this rule, with its period in force.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Gets the length of wage continuation past the AOW age in counted days: 91 or 42.</summary>
    public int TermDays { get; }

    /// <inheritdoc/>
    public string Code => ExtensionCode;

    /// <inheritdoc/>
    public LegalSource LegalBasis => Descriptor.LegalBasis;

    private string TermText { get; }

    private string DutchTermText { get; }

    /// <inheritdoc/>
    public WachttijdEndChange? Apply(WachttijdEndContext context)
    {
        var clock = context.Clock;
        if (
            context.Case.ReachesAowAgeOn is not { } aow
            || !Descriptor.AppliesTo(clock.FirstSickDay)
            || aow > context.StatutoryLastDay.PlusDays(1)
        )
        {
            return null;
        }

        // The first counted day from the AOW date on: the date itself when it is a sick day, else the next sick day
        // (a fit or leave day in the case does not count); day 1 when the age was reached on or before day 1.
        var from = aow <= clock.FirstSickDay ? 1 : clock.CountedDaysThrough(aow.PlusDays(-1)) + 1;
        var lastCounted = Math.Min(from + TermDays - 1, WachttijdClock.WachttijdDays);
        // Counted day 728 has a date (the statutory last day), so every counted day up to it has one.
        var last = clock.DateOfCountedDay(lastCounted)!.Value;
        var statutory = context.StatutoryLastDay;
        var asOf = context.AsOf;
        return new WachttijdEndChange(
            Code,
            last,
            movesReferenceEnd: false,
            LegalBasis,
            new ChangeText(this, clock, aow, from, lastCounted, last, statutory, asOf)
        );
    }

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.AowAgeOn is not { } aow || context.End.LastDay is not { } last)
        {
            return;
        }

        if (context.Aow?.Change is { } change)
        {
            output.Add(
                new Warning(
                    WarningCodes.AowLeeftijd,
                    Severity.Info,
                    DeferredText.Of(
                        change,
                        static (change, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                change.WriteExplanation(text);
                                text.Append(
                                    " Voor een werknemer die de AOW-leeftijd heeft bereikt, kan geen WIA-uitkering ingaan (WIA art. 43 onder g, art. 47 lid 1 onder c), dus er is geen WIA-aanvraag, geen re-integratieverslag, geen loonsanctie en geen vrijwillige verlenging (BW 7:629 lid 11 verlengt alleen de 104 weken van lid 1). Een werknemer die de AOW-leeftijd heeft bereikt, heeft geen plan van aanpak, evaluaties of tweede spoor nodig (BW 7:658a en 7:660a lid 2, zoals gewijzigd bij Stb. 2015, 376); wat vóór de AOW-datum opeisbaar was, blijft verplicht. De werkgever bevordert nog steeds de terugkeer in de eigen of andere passende arbeid in het eigen bedrijf (BW 7:658a lid 1), en het opzegverbod loopt met dezelfde weken (BW 7:670 lid 1 onder a)."
                                );
                                return;
                            }

                            text.Append(AowWarningEnglish(change));
                        }
                    )
                )
            );
        }
        else if (aow <= last.PlusDays(1))
        {
            output.Add(new Warning(WarningCodes.AowLeeftijd, Severity.Info, WithinExtensionText(context, aow, last)));
        }
    }

    private static string AowWarningEnglish(WachttijdEndChange change) =>
        change.Explanation
        + " No WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so there is no WIA application, no re-integratieverslag, no loonsanctie and no voluntary extension (BW 7:629 lid 11 extends only the 104 weeks of lid 1). An employee past the AOW age needs no plan van aanpak, evaluations or spoor 2 (BW 7:658a and 7:660a lid 2, as amended by Stb. 2015, 376); those due before the AOW date stay owed. The employer still promotes return to the own or other suitable work in the own company (BW 7:658a lid 1), and the dismissal ban runs with the same weeks (BW 7:670 lid 1 onder a).";

    private string Explain(
        WachttijdClock clock,
        LocalDate aow,
        int from,
        int lastCounted,
        LocalDate last,
        LocalDate statutory,
        LocalDate asOf
    )
    {
        var day1 = clock.FirstSickDay;
        var capped = lastCounted == WachttijdClock.WachttijdDays && from + TermDays - 1 > lastCounted;
        string start;
        if (aow <= day1)
        {
            start =
                $"The employee reached the AOW age on {RuleContext.Iso(aow)}, on or before day 1 ({RuleContext.Iso(day1)}): wage continuation lasts {TermText}, so the last day is {CountedDayText.Explain(clock, lastCounted, asOf)}";
        }
        else
        {
            var where = clock.IsCounted(aow)
                ? $"counted day {from}"
                : $"a day that does not count (fit or leave), so the {TermDays} counted days run from the next sick day, counted day {from}";
            start =
                $"The employee reaches the AOW age on {RuleContext.Iso(aow)} during the sickness ({where}): from that date wage continuation lasts {TermText}, as far as the whole stays within 104 weeks: counted day {from} + {TermDays - 1} = {from + TermDays - 1}"
                + (capped ? $", beyond counted day 728, so the 104 weeks end it: " : ": ")
                + CountedDayText.Explain(clock, lastCounted, asOf);
        }

        var shift = Period.DaysBetween(statutory, last);
        return start
            + (
                shift == 0
                    ? $". The last day stays counted day 728 ({RuleContext.Iso(statutory)})."
                    : $", {-shift} calendar day(s) before counted day 728 ({RuleContext.Iso(statutory)})."
            );
    }

    private void WriteDutch(
        TextBuffer text,
        WachttijdClock clock,
        LocalDate aow,
        int from,
        int lastCounted,
        LocalDate last,
        LocalDate statutory,
        LocalDate asOf
    )
    {
        var day1 = clock.FirstSickDay;
        var capped = lastCounted == WachttijdClock.WachttijdDays && from + TermDays - 1 > lastCounted;
        if (aow <= day1)
        {
            text.Append(
                $"De werknemer bereikte de AOW-leeftijd op {aow}, op of vóór dag 1 ({day1}): de loondoorbetaling duurt {DutchTermText}, dus voor de laatste dag geldt: "
            );
        }
        else
        {
            text.Append($"De werknemer bereikt de AOW-leeftijd op {aow} tijdens de ziekte (");
            if (clock.IsCounted(aow))
            {
                text.Append($"getelde ziektedag {from}");
            }
            else
            {
                text.Append(
                    $"een dag die niet meetelt (hersteldag of verlof), dus de {TermDays} getelde ziektedagen lopen vanaf de volgende ziektedag, getelde ziektedag {from}"
                );
            }

            text.Append(
                $"): vanaf die datum duurt de loondoorbetaling {DutchTermText}, voor zover het geheel binnen 104 weken blijft: getelde ziektedag {from} + {TermDays - 1} = {from + TermDays - 1}"
            );
            text.Append(capped ? ", voorbij getelde ziektedag 728, dus de 104 weken beëindigen haar: " : ": ");
        }

        CountedDayText.Write(text, clock, lastCounted, asOf);
        var shift = Period.DaysBetween(statutory, last);
        if (shift == 0)
        {
            text.Append($". De laatste dag blijft getelde ziektedag 728 ({statutory}).");
        }
        else
        {
            text.Append(", ");
            CountedDayText.AppendCount(text, -shift, "kalenderdag", "kalenderdagen");
            text.Append($" vóór getelde ziektedag 728 ({statutory}).");
        }
    }

    // The text is made here, so a case without an AOW date allocates nothing for it.
    private static DeferredText WithinExtensionText(RuleContext context, LocalDate aow, LocalDate last) =>
        DeferredText.Of(
            (statutory: context.End.StatutoryLastDay!.Value, aow, last),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    text.Append(
                        $"De werknemer bereikt de AOW-leeftijd op {f.aow}, na de 104 weken ({f.statutory}) maar binnen het verlengde tijdvak van loondoorbetaling, dat eindigt op {f.last}: de verlenging is niet ingekort (BW 7:629 lid 2 onder b beperkt het hele tijdvak tot 104 weken, en hoe dat voor een verlenging uitwerkt, staat niet vast), en er kan geen WIA-uitkering ingaan (WIA art. 43 onder g)."
                    );
                    return;
                }

                text.Append(WithinExtensionEnglish(f.statutory, f.aow, f.last));
            }
        );

    private static string WithinExtensionEnglish(LocalDate statutory, LocalDate aow, LocalDate last) =>
        $"The employee reaches the AOW age on {RuleContext.Iso(aow)}, after the 104 weeks ({RuleContext.Iso(statutory)}) but within the extended wage period, which ends on {RuleContext.Iso(last)}: the engine does not shorten the extension (BW 7:629 lid 2 onder b limits the whole period to 104 weeks, and how that applies to an extension is not settled), and no WIA benefit can start (WIA art. 43 onder g).";

    /// <summary>The derivation of the shortened last day, built when read (one object instead of a closure and its delegate).</summary>
    private sealed class ChangeText(
        AowLeeftijdRule rule,
        WachttijdClock clock,
        LocalDate aow,
        int from,
        int lastCounted,
        LocalDate last,
        LocalDate statutory,
        LocalDate asOf
    ) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                rule.WriteDutch(text, clock, aow, from, lastCounted, last, statutory, asOf);
                return;
            }

            text.Append(rule.Explain(clock, aow, from, lastCounted, last, statutory, asOf));
        }
    }
}
