using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// A shortened wachttijd (<i>verkorte wachttijd</i>, the early IVA, WIA art. 23 lid 6): UWV, on the employee's application,
/// fixes an earlier end of the wachttijd when the employee is fully and lastingly unfit for work. The wachttijd then ends
/// on the day UWV fixed (event <c>vervroegde-iva-besluit</c>, <c>wachttijdEndsOn</c>) and the IVA benefit can start the
/// next day (art. 47 lid 2), but the last day of wage continuation stays where it is: BW 7:629 lid 1 still gives 104
/// weeks, less the benefit (lid 5). The change therefore leaves <see cref="WachttijdEndChange.NewLastDay"/> as it was and
/// sets <see cref="WachttijdEndChange.WachttijdEndsOn"/>. It runs first: the application counts as the WIA application
/// (art. 66 lid 1) and UWV does not review the re-integration (art. 66 lid 6 switches off art. 65), so the extensions
/// after it (a voluntary extension, a late application, a loonsanctie) have nothing left to extend.
/// </summary>
internal sealed class VervroegdeIvaExtension : IWachttijdExtension
{
    /// <summary>The code of this extension.</summary>
    public const string ExtensionCode = "vervroegde-iva";

    /// <summary>The shortest shortened wachttijd in counted days: 13 weeks (WIA art. 23 lid 6).</summary>
    public const int MinimumDays = ShortenedWachttijd.MinimumDays;

    /// <summary>The longest shortened wachttijd in counted days: 78 weeks (WIA art. 23 lid 6).</summary>
    public const int MaximumDays = ShortenedWachttijd.MaximumDays;

    /// <summary>The calendar days after the application before which the shortened wachttijd cannot end: ten weeks (WIA art. 23 lid 6).</summary>
    public const int DaysAfterApplication = ShortenedWachttijd.EarliestDaysAfterApplication;

    /// <inheritdoc/>
    public string Code => ExtensionCode;

    /// <inheritdoc/>
    public LegalSource LegalBasis { get; } = new(Laws.Wia, "23", "6");

    /// <inheritdoc/>
    public WachttijdEndChange? Apply(WachttijdEndContext context)
    {
        var events = context.Events;
        if (ShortenedWachttijd.Grant(events) is not { WachttijdEndsOn: { } end } grant || end >= context.LastDay)
        {
            return null;
        }

        var application = ShortenedWachttijd.Application(events);
        var clock = context.Clock;
        var lastDay = context.LastDay;
        return new WachttijdEndChange(
            Code,
            lastDay,
            movesReferenceEnd: false,
            LegalBasis,
            DeferredText.Of(
                (clock, grant, application, end, lastDay),
                static (f, text) =>
                {
                    if (text.Language == TextLanguage.Dutch)
                    {
                        WriteDutch(text, f.clock, f.grant, f.application, f.end, f.lastDay);
                        return;
                    }

                    text.Append(English(f.clock, f.grant, f.application, f.end, f.lastDay));
                }
            )
        )
        {
            WachttijdEndsOn = end,
        };
    }

    private static void WriteDutch(
        TextBuffer text,
        WachttijdClock clock,
        Cases.VervroegdeIvaBesluit grant,
        Cases.VervroegdeIvaAanvraag? application,
        NodaTime.LocalDate end,
        NodaTime.LocalDate lastDay
    )
    {
        var day = clock.CountedDaysThrough(end);
        text.Append($"UWV heeft op {grant.On} een verkorte wachttijd toegekend");
        if (application is { } a)
        {
            text.Append($", op de aanvraag van {a.On}");
        }

        text.Append(
            $" (WIA art. 23 lid 6): de wachttijd eindigt op {end}, getelde ziektedag {day} (week {WachttijdClock.WeekOf(day)}), en de IVA-uitkering kan ingaan op {end.PlusDays(1)} (WIA art. 47 lid 2)"
        );
        if (grant.On > end)
        {
            text.Append(", vóór de beslissing, dus de uitkering wordt vanaf dan met terugwerkende kracht betaald");
        }

        text.Append(
            $". De loondoorbetaling door de werkgever eindigt daarmee niet: zij loopt door tot en met {lastDay} (BW 7:629 lid 1), verminderd met de IVA-uitkering (lid 5). De aanvraag geldt als WIA-aanvraag (WIA art. 66 lid 1), en UWV beoordeelt de re-integratie-inspanningen niet (art. 66 lid 6: art. 65 is niet van toepassing), dus er is geen re-integratieverslag verplicht, kan de aanvraag niet te laat zijn en volgt er geen loonsanctie."
        );
    }

    private static string English(
        WachttijdClock clock,
        Cases.VervroegdeIvaBesluit grant,
        Cases.VervroegdeIvaAanvraag? application,
        NodaTime.LocalDate end,
        NodaTime.LocalDate lastDay
    )
    {
        var day = clock.CountedDaysThrough(end);
        return $"UWV granted a shortened wachttijd on {RuleContext.Iso(grant.On)}"
            + (application is { } a ? $", on the application of {RuleContext.Iso(a.On)}" : string.Empty)
            + $" (WIA art. 23 lid 6): the wachttijd ends on {RuleContext.Iso(end)}, counted day {day} (week {WachttijdClock.WeekOf(day)}), and the IVA benefit can start on {RuleContext.Iso(end.PlusDays(1))} (WIA art. 47 lid 2)"
            + (grant.On > end ? $", before the decision, so the benefit is paid from then in arrears" : string.Empty)
            + $". The employer's wage continuation does not end with it: it runs on to {RuleContext.Iso(lastDay)} (BW 7:629 lid 1), less the IVA benefit (lid 5). The application counts as the WIA application (WIA art. 66 lid 1), and UWV does not review the re-integration efforts (art. 66 lid 6: art. 65 does not apply), so no RIV is due, no application can be late and no loonsanctie follows.";
    }
}
