using System;
using System.Collections.Generic;
using System.Linq;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Milestones: the last day of wage continuation, counted day 728 after 104 weeks (BW 7:629 lid 1; WIA art. 23
/// lid 1) or the end extended by a voluntary extension, a late WIA application or a loonsanctie (BW 7:629
/// lid 11); and the first day a WIA benefit can start, the day after, or the day after a wachttijd that UWV shortened
/// (WIA art. 23 lid 6), while wage continuation runs on. Past the AOW age (BW 7:629 lid 2 onder b) the first is the last
/// day of the shortened wage continuation, and there is no WIA start (WIA art. 43 onder g).
/// </summary>
internal sealed class EindeWachttijdRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.EindeWachttijd,
            "End of the wachttijd and WIA start (milestones)",
            "counted day 728 (104 weeks), moved by any extension; the WIA benefit can start the next day, or the day after a wachttijd that UWV shortened (vervroegde IVA)",
            new LegalSource(Laws.Bw7, "629", "1"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeWachttijd] = "Einde wachttijd (last day of wage continuation)",
                [MilestoneCodes.WiaStart] = "WIA can start",
            },
            DutchTitle = "Einde van de wachttijd en begin van de WIA (mijlpalen)",
            DutchDueRule =
                "getelde ziektedag 728 (104 weken), verschoven door elke verlenging; de WIA-uitkering kan de volgende dag ingaan, of de dag na een wachttijd die UWV heeft verkort (vervroegde IVA)",
            DutchMilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeWachttijd] = "Einde wachttijd (laatste dag van loondoorbetaling)",
                [MilestoneCodes.WiaStart] = "WIA kan ingaan",
            },
        };

    private static readonly LegalSource WiaSource = new(Laws.Wia, "23", "1");
    private static readonly LegalSource ShortenedSource = new(Laws.Wia, "47", "2");

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.End.LastDay is not { } last)
        {
            return;
        }

        output.Add(
            new Milestone(
                MilestoneCodes.EindeWachttijd,
                last,
                context.Aow?.Change?.LegalBasis ?? Descriptor.LegalBasis,
                DeferredText.Of(
                    context,
                    static (context, text) =>
                    {
                        if (text.Language == TextLanguage.Dutch)
                        {
                            WriteDutchEnd(context, text);
                            return;
                        }

                        if (context.Aow?.Change is { } aow)
                        {
                            text.Append("Wage continuation past the AOW age (BW 7:629 lid 2 onder b) instead of 104 weeks (lid 1). ");
                            aow.WriteExplanation(text);
                            text.Append(
                                " No WIA benefit can start past the AOW age (WIA art. 43 onder g), so this is the last day of wage continuation, not the end of a wachttijd for the WIA."
                            );
                        }
                        else
                        {
                            text.Append(
                                $"Wage continuation lasts 104 weeks (BW 7:629 lid 1; WIA art. 23 lid 1): {context.CountedDay(Timeline.WachttijdClock.WachttijdDays)}."
                            );
                        }

                        // Past the AOW age the AOW change is the whole derivation: no extension of lid 11 runs after it.
                        if (context.Aow is null && context.End.Extensions.Count > 0)
                        {
                            text.Append(' ');
                            for (var at = 0; at < context.End.Extensions.Count; at++)
                            {
                                if (at > 0)
                                {
                                    text.Append(' ');
                                }

                                context.End.Extensions[at].WriteExplanation(text);
                            }
                        }

                        if (context.Case.EmploymentEndsOn is { } end && end >= context.FirstSickDay && end < context.End.LastDay)
                        {
                            // Ziek uit dienst: the date is the end of the wachttijd, not of the employer's wage continuation.
                            text.Append(
                                $" Employment ends on {end} while the employee is sick: the employer's wage continuation ends then, UWV pays sickness benefit from the next day (Ziektewet art. 29 lid 2 onder c), and this date is the last day of the wachttijd, after which the WIA can start."
                            );
                        }
                    }
                )
            )
        );
        // No WIA benefit starts once the employee has reached the AOW age (WIA art. 43 onder g).
        if (context.AowAgeOn is { } aowOn && aowOn <= (context.End.WachttijdEndsOn ?? last).PlusDays(1))
        {
            return;
        }

        if (context.End.WachttijdEndsOn is { } shortened)
        {
            output.Add(
                new Milestone(
                    MilestoneCodes.WiaStart,
                    shortened.PlusDays(1),
                    ShortenedSource,
                    DeferredText.Of(
                        context.End,
                        static (end, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                text.Append(
                                    $"UWV heeft de wachttijd verkort tot {end.WachttijdEndsOn!.Value} (WIA art. 23 lid 6): de IVA-uitkering gaat de volgende dag in (WIA art. 47 lid 2), terwijl de loondoorbetaling door de werkgever doorloopt tot en met {end.LastDay!.Value}, verminderd met de uitkering (BW 7:629 lid 5)."
                                );
                                return;
                            }

                            text.Append(
                                $"UWV shortened the wachttijd to {end.WachttijdEndsOn!.Value} (WIA art. 23 lid 6): the IVA benefit starts the next day (WIA art. 47 lid 2), while the employer's wage continuation runs on to {end.LastDay!.Value}, less the benefit (BW 7:629 lid 5)."
                            );
                        }
                    )
                )
            );
            return;
        }

        output.Add(
            new Milestone(
                MilestoneCodes.WiaStart,
                last.PlusDays(1),
                WiaSource,
                DeferredText.Of(
                    context.End,
                    static (end, text) =>
                    {
                        if (text.Language == TextLanguage.Dutch)
                        {
                            text.Append(
                                $"Een WIA-uitkering kan ingaan op de dag na de laatste dag van loondoorbetaling, {end.LastDay!.Value}."
                            );
                            return;
                        }

                        text.Append($"A WIA benefit can start the day after the last day of wage continuation {end.LastDay!.Value}.");
                    }
                )
            )
        );
    }

    private static void WriteDutchEnd(RuleContext context, TextBuffer text)
    {
        if (context.Aow?.Change is { } aow)
        {
            text.Append("Loondoorbetaling na de AOW-leeftijd (BW 7:629 lid 2 onder b) in plaats van 104 weken (lid 1). ");
            aow.WriteExplanation(text);
            text.Append(
                " Na de AOW-leeftijd kan geen WIA-uitkering ingaan (WIA art. 43 onder g), dus dit is de laatste dag van loondoorbetaling, niet het einde van een wachttijd voor de WIA."
            );
        }
        else
        {
            text.Append(
                $"De loondoorbetaling duurt 104 weken (BW 7:629 lid 1; WIA art. 23 lid 1): {context.CountedDay(Timeline.WachttijdClock.WachttijdDays)}."
            );
        }

        if (context.Aow is null && context.End.Extensions.Count > 0)
        {
            for (var at = 0; at < context.End.Extensions.Count; at++)
            {
                text.Append(' ');
                context.End.Extensions[at].WriteExplanation(text);
            }
        }

        if (context.Case.EmploymentEndsOn is { } end && end >= context.FirstSickDay && end < context.End.LastDay)
        {
            text.Append(
                $" Het dienstverband eindigt op {end} terwijl de werknemer ziek is: de loondoorbetaling door de werkgever eindigt dan, UWV betaalt ziekengeld vanaf de volgende dag (Ziektewet art. 29 lid 2 onder c), en deze datum is de laatste dag van de wachttijd, waarna de WIA kan ingaan."
            );
        }
    }
}
