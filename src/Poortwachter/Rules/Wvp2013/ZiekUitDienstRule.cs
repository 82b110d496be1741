using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Engine;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// Sick at the end of employment (<i>ziek uit dienst</i>): the employer reports to UWV on the last working day
/// before employment ends and, if that is six weeks or more after day 1 and the employer is not an
/// eigenrisicodrager ZW, makes the RIV by then (Ziektewet art. 38 lid 2). UWV then takes over; the wachttijd goes on.
/// This rule adds the milestone and a warning; <see cref="ZiekUitDienstMeldingRule"/> and the RIV rule give the
/// obligations.
/// </summary>
internal sealed class ZiekUitDienstRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.EindeDienstverband,
            "Ziek uit dienst: end of employment while sick (milestone)",
            "the last day of employment; the ziek-uit-dienst report and, six weeks or more after day 1 and not for an eigenrisicodrager ZW, the RIV are due on the last working day before it",
            new LegalSource(Laws.Ziektewet, "38", "2"),
            LegalCharacter.Statute,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeDienstverband] = "Einde dienstverband (employment ends)",
            },
            DutchTitle = "Ziek uit dienst: einde van het dienstverband tijdens ziekte (mijlpaal)",
            DutchDueRule =
                "de laatste dag van het dienstverband; de ziek-uit-dienstmelding en, zes weken of langer na dag 1 en niet bij een eigenrisicodrager ZW, het re-integratieverslag zijn uiterlijk op de laatste werkdag daarvoor verplicht",
            DutchMilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.EindeDienstverband] = "Einde dienstverband",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.Case.EmploymentEndsOn is not { } end || end < context.FirstSickDay)
        {
            return;
        }

        output.Add(
            new Milestone(
                Descriptor.Code,
                end,
                Descriptor.LegalBasis,
                DeferredText.Of(context.Case, static (c, text) => WriteMilestone(c, text))
            )
        );
        output.Add(
            new Warning(WarningCodes.ZiekUitDienst, context.AsOf <= end ? Severity.Warning : Severity.Info, WarningLater(context, end))
        );
    }

    private static void WriteMilestone(SicknessCase c, TextBuffer text)
    {
        if (text.Language != TextLanguage.Dutch)
        {
            text.Append(MilestoneText(c));
            return;
        }

        var ends = c.EmploymentEndsOn!.Value;
        if (c.Vangnet is { } vangnet)
        {
            text.Append(
                $"Het dienstverband eindigt op {ends} terwijl de werknemer ziek is. Vangnetter '{vangnet}': er is geen ziek-uit-dienstmelding verplicht (Ziektewet art. 38 lid 4; de melding van art. 38a is uiterlijk op de laatste dag van het dienstverband verplicht als die binnen de zes weken valt), maar als "
            );
            ZiekUitDienstMeldingRule.WriteDutchLastWorkingDay(text, c);
            text.Append(
                " zes weken of langer na dag 1 ligt en de werkgever geen eigenrisicodrager ZW is, levert hij op die dag een re-integratieverslag aan (art. 38 lid 2, tweede zin, behouden door lid 4); daarna neemt UWV het over en loopt de wachttijd door."
            );
            return;
        }

        text.Append($"Het dienstverband eindigt op {ends} terwijl de werknemer ziek is: de werkgever meldt dit bij UWV op ");
        ZiekUitDienstMeldingRule.WriteDutchLastWorkingDay(text, c);
        if (c.EigenrisicodragerWga)
        {
            text.Append(" (als eigenrisicodrager WGA op grond van WIA art. 85 lid 3)");
        }

        text.Append(
            EmployerDuties.ContinueAfterEmployment(c)
                ? "; als eigenrisicodrager ZW hoeft hij op die dag geen re-integratieverslag op te stellen (Ziektewet art. 38 lid 2), maar hij blijft zijn voormalige werknemer begeleiden alsof die nog in dienst is, met het plan van aanpak, de evaluaties daarvan en het re-integratieverslag 13 weken vóór het einde (Ziektewet art. 63a lid 1; WIA art. 26 lid 2). De wachttijd loopt door."
                : "; als dat zes weken of langer na dag 1 is en de werkgever geen eigenrisicodrager ZW is, levert hij dan ook een re-integratieverslag aan; daarna neemt UWV het over en loopt de wachttijd door (Ziektewet art. 38 lid 2)."
        );
    }

    private static string MilestoneText(SicknessCase c)
    {
        var ends = RuleContext.Iso(c.EmploymentEndsOn!.Value);
        var last = ZiekUitDienstMeldingRule.DescribeLastWorkingDayOf(c);
        if (c.Vangnet is { } vangnet)
        {
            return $"Employment ends on {ends} while the employee is sick. Safety net '{vangnet}': no ziek-uit-dienst report is owed (Ziektewet art. 38 lid 4; the report of art. 38a is due on the last day of employment when that falls within its six weeks), but when {last} is six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW, it hands over a re-integratieverslag on that day (art. 38 lid 2, second sentence, kept by lid 4); then UWV takes over and the wachttijd goes on.";
        }

        var reporting = c.EigenrisicodragerWga ? " (as eigenrisicodrager WGA under WIA art. 85 lid 3)" : string.Empty;
        return EmployerDuties.ContinueAfterEmployment(c)
            ? $"Employment ends on {ends} while the employee is sick: the employer reports to UWV on {last}{reporting}; as an eigenrisicodrager ZW it owes no re-integratieverslag on that day (Ziektewet art. 38 lid 2), but it keeps guiding its former employee as if still employed, with the plan van aanpak, its evaluations and the re-integratieverslag 13 weeks before the end (Ziektewet art. 63a lid 1; WIA art. 26 lid 2). The wachttijd goes on."
            : $"Employment ends on {ends} while the employee is sick: the employer reports to UWV on {last}{reporting} and, when that is six weeks or more after day 1 and the employer is not an eigenrisicodrager ZW, hands over a re-integratieverslag; then UWV takes over and the wachttijd goes on (Ziektewet art. 38 lid 2).";
    }

    private static void WriteDutchWarning(TextBuffer text, SicknessCase c, LocalDate end)
    {
        const string LastDay = " De getoonde laatste dag is het einde van de wachttijd, niet van de loondoorbetaling door de werkgever.";
        if (c.Vangnet is not null)
        {
            text.Append(
                $"Het dienstverband eindigt op {end}: de verplichtingen van de werkgever die daarna opeisbaar worden, vervallen en UWV neemt de re-integratie over; bij deze vangnetter is geen ziek-uit-dienstmelding verplicht (Ziektewet art. 38 lid 4), en een ontbrekende melding van art. 38a kost een bestuurlijke boete (art. 38a lid 8)."
            );
            text.Append(LastDay);
            return;
        }

        text.Append($"Het dienstverband eindigt op {end}: ");
        text.Append(
            EmployerDuties.ContinueAfterEmployment(c)
                ? "als eigenrisicodrager ZW houdt de werkgever zijn re-integratieverplichtingen voor zijn voormalige werknemer (Ziektewet art. 63a lid 1; WIA art. 26 lid 2), dus zijn verplichtingen na die dag blijven verplicht, en "
                : "de verplichtingen van de werkgever die daarna opeisbaar worden, vervallen, UWV neemt de re-integratie over, en "
        );
        text.Append(
            c.EigenrisicodragerWga
                ? "de ziek-uit-dienstmelding is verplicht op grond van WIA art. 85 lid 3 (de eigenrisicodrager WGA is vrijgesteld van Ziektewet art. 38, WIA art. 85 lid 1)"
                : "een ontbrekende ziek-uit-dienstmelding bij UWV kost een bestuurlijke boete (Ziektewet art. 38 lid 2-3)"
        );
        text.Append('.');
        text.Append(LastDay);
    }

    private static string WarningText(SicknessCase c, LocalDate end)
    {
        const string LastDay = " The last day shown is the end of the wachttijd, not of the employer's wage continuation.";
        if (c.Vangnet is not null)
        {
            return $"Employment ends on {RuleContext.Iso(end)}: the employer's obligations due after that lapse and UWV takes over the re-integration; in this safety-net case no ziek-uit-dienst report is owed (Ziektewet art. 38 lid 4), and a missing report of art. 38a costs an administrative fine (art. 38a lid 8)."
                + LastDay;
        }

        return EmployerDuties.ContinueAfterEmployment(c)
            ? $"Employment ends on {RuleContext.Iso(end)}: as an eigenrisicodrager ZW the employer keeps its re-integration duties for its former employee (Ziektewet art. 63a lid 1; WIA art. 26 lid 2), so its obligations after that day stay due, and {Fine(c)}."
                + LastDay
            : $"Employment ends on {RuleContext.Iso(end)}: the employer's obligations due after that lapse, UWV takes over the re-integration, and {Fine(c)}."
                + LastDay;
    }

    private static string Fine(SicknessCase c) =>
        c.EigenrisicodragerWga
            ? "the ziek-uit-dienst report is owed under WIA art. 85 lid 3 (the eigenrisicodrager WGA is exempt from Ziektewet art. 38, WIA art. 85 lid 1)"
            : "a missing ziek-uit-dienst report to UWV costs an administrative fine (Ziektewet art. 38 lid 2-3)";

    // The text is made here, so a case without an end of employment allocates nothing for it.
    private static DeferredText WarningLater(RuleContext context, LocalDate end) =>
        DeferredText.Of(
            (context.Case, end),
            static (f, text) =>
            {
                if (text.Language == TextLanguage.Dutch)
                {
                    WriteDutchWarning(text, f.Case, f.end);
                    return;
                }

                text.Append(WarningText(f.Case, f.end));
            }
        );
}
