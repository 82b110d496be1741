using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The early IVA (<i>vervroegde IVA</i>, a shortened wachttijd, WIA art. 23 lid 6): the milestone of the last day of the
/// shortened wachttijd once UWV granted it (the end itself is set by <see cref="VervroegdeIvaExtension"/>), and, while
/// an application awaits UWV's decision, a notice that the end may still move: nothing changes until UWV decides, and
/// the re-integration goes on.
/// </summary>
internal sealed class VervroegdeIvaRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.EindeWachttijdVervroegd,
            "End of a shortened wachttijd (vervroegde IVA; milestone)",
            "the last day UWV fixed on the employee's application: at least 13 weeks (counted day 91), at most 78 weeks (counted day 546), and not before the application + 70 days; the IVA starts the next day, while wage continuation runs on to counted day 728",
            new LegalSource(Laws.Wia, "23", "6"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeWachttijdVervroegd] = "Einde verkorte wachttijd (vervroegde IVA)",
            },
            DutchTitle = "Einde van een verkorte wachttijd (vervroegde IVA; mijlpaal)",
            DutchDueRule =
                "de laatste dag die UWV op de aanvraag van de werknemer heeft vastgesteld: ten minste 13 weken (getelde ziektedag 91), ten hoogste 78 weken (getelde ziektedag 546), en niet vóór de aanvraag + 70 dagen; de IVA gaat de volgende dag in, terwijl de loondoorbetaling doorloopt tot getelde ziektedag 728",
            DutchMilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeWachttijdVervroegd] = "Einde verkorte wachttijd (vervroegde IVA)",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.End.WachttijdEndsOn is { } end)
        {
            output.Add(
                new Milestone(
                    Descriptor.Code,
                    end,
                    Descriptor.LegalBasis,
                    DeferredText.Of(context.End, static (end, text) => Write(end, text))
                )
            );
            return;
        }

        var events = context.Events;
        if (
            ShortenedWachttijd.Application(events) is not { } application
            || ShortenedWachttijd.Decision(events) is not null
            || context.End.LastDay is not { } lastDay
            || context.Clock.DateOfCountedDay(ShortenedWachttijd.MinimumDays) is not { } minimum
        )
        {
            return;
        }

        var tenWeeks = application.On.PlusDays(ShortenedWachttijd.EarliestDaysAfterApplication);
        var earliest = tenWeeks > minimum ? tenWeeks : minimum;
        var latest = context.Clock.DateOfCountedDay(ShortenedWachttijd.MaximumDays);
        output.Add(
            new Warning(
                WarningCodes.VervroegdeIvaInBehandeling,
                Severity.Info,
                DeferredText.Of(
                    (application, earliest, minimum, latest, lastDay),
                    static (f, text) =>
                    {
                        if (text.Language == TextLanguage.Dutch)
                        {
                            WriteDutchPending(text, f.application.On, f.earliest, f.minimum, f.latest, f.lastDay);
                            return;
                        }

                        text.Append(Pending(f.application, f.earliest, f.minimum, f.latest, f.lastDay));
                    }
                )
            )
        );
    }

    private static string Pending(
        Cases.VervroegdeIvaAanvraag application,
        LocalDate earliest,
        LocalDate minimum,
        LocalDate? latest,
        LocalDate lastDay
    ) =>
        $"The employee applied for a shortened wachttijd on {RuleContext.Iso(application.On)} (WIA art. 23 lid 6) and no decision of UWV is on record: until UWV decides nothing changes, and the re-integration goes on. "
        + (
            latest is { } l && earliest > l
                ? $"Its end could be no earlier than {RuleContext.Iso(earliest)} (the application + 70 days), after counted day {ShortenedWachttijd.MaximumDays} ({RuleContext.Iso(l)}), the longest a shortened wachttijd lasts ('ten hoogste 78 weken'): UWV cannot grant it, and the wachttijd of 104 weeks runs on."
                : $"If UWV grants it, the wachttijd ends on the day UWV fixes, {RuleContext.Iso(earliest)} at the earliest ({(earliest == minimum ? $"counted day {ShortenedWachttijd.MinimumDays}, 13 weeks" : "the application + 70 days, ten weeks")})"
                    + (
                        latest is { } m
                            ? $" and {RuleContext.Iso(m)} (counted day {ShortenedWachttijd.MaximumDays}, 78 weeks) at the latest"
                            : string.Empty
                    )
                    + $"; the RIV and the WIA application then lapse, and the employer's wage continuation still runs on to {RuleContext.Iso(lastDay)}, less the IVA benefit (BW 7:629 lid 5)."
        );

    private static void WriteDutchPending(
        TextBuffer text,
        LocalDate applied,
        LocalDate earliest,
        LocalDate minimum,
        LocalDate? latest,
        LocalDate lastDay
    )
    {
        text.Append(
            $"De werknemer heeft op {applied} een verkorte wachttijd aangevraagd (WIA art. 23 lid 6) en er staat geen beslissing van UWV geregistreerd: totdat UWV beslist, verandert er niets, en de re-integratie gaat door. "
        );
        if (latest is { } l && earliest > l)
        {
            text.Append(
                $"Het einde zou niet eerder kunnen liggen dan {earliest} (de aanvraag + 70 dagen), na getelde ziektedag {ShortenedWachttijd.MaximumDays} ({l}), de langste duur van een verkorte wachttijd ('ten hoogste 78 weken'): UWV kan haar niet toekennen, en de wachttijd van 104 weken loopt door."
            );
            return;
        }

        text.Append($"Als UWV haar toekent, eindigt de wachttijd op de dag die UWV vaststelt, op zijn vroegst op {earliest} (");
        if (earliest == minimum)
        {
            text.Append($"getelde ziektedag {ShortenedWachttijd.MinimumDays}, 13 weken");
        }
        else
        {
            text.Append("de aanvraag + 70 dagen, tien weken");
        }

        text.Append(')');
        if (latest is { } m)
        {
            text.Append($" en op zijn laatst op {m} (getelde ziektedag {ShortenedWachttijd.MaximumDays}, 78 weken)");
        }

        text.Append(
            $"; het re-integratieverslag en de WIA-aanvraag vervallen dan, en de loondoorbetaling door de werkgever loopt nog door tot en met {lastDay}, verminderd met de IVA-uitkering (BW 7:629 lid 5)."
        );
    }

    private static void Write(WachttijdEnd end, TextBuffer text)
    {
        var changes = end.Extensions;
        for (var at = 0; at < changes.Count; at++)
        {
            if (changes[at].WachttijdEndsOn is not null)
            {
                changes[at].WriteExplanation(text);
                return;
            }
        }
    }
}
