using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The WIA application by the employee: at the latest 11 weeks before the end of the wachttijd, counted day 651,
/// the end of week 93 (WIA art. 64 lid 3); after a voluntary extension, 11 weeks before the new end. When UWV's
/// letter reached the employee late, an application within four weeks of its receipt counts as on time, unless the
/// 42nd-week report was made in week 81 or later (art. 64 lid 6); the case records the receipt as event
/// <c>uwv-wia-brief</c>. After UWV granted a shortened wachttijd it is not due: the application for it was the WIA
/// application (art. 66 lid 1).
/// </summary>
internal sealed class WiaAanvraagRule : IRule
{
    /// <summary>The weeks before the end of the wachttijd by which the application is due.</summary>
    public const int WeeksBeforeEnd = 11;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.WiaAanvraag,
            "WIA-aanvraag (WIA application, by the employee with the employer's RIV)",
            "11 weeks before the end of the wachttijd: counted day 651 (end of week 93); after a voluntary extension, 11 weeks before the new end; after a late UWV letter, four weeks from its receipt if later (art. 64 lid 6)",
            new LegalSource(Laws.Wia, "64", "3"),
            LegalCharacter.Statute,
            "Wage continuation is extended by the delay (BW 7:629 lid 11 onder a), and the employee may lose wages for it (BW 7:629 lid 3 onder f).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.NeverArises,
            PastAowAgeReason =
                ", before the wachttijd could end: no WIA benefit can start for an employee past the AOW age (WIA art. 43 onder g, art. 47 lid 1 onder c), so no WIA application is due (art. 64). Not required.",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.VervroegdeIva is { } grant)
        {
            var applied = Timeline.ShortenedWachttijd.Application(context.Events)?.On ?? grant.On;
            output.Add(
                Descriptor,
                ReIntegratieverslagRule.Lapsed(
                    Descriptor,
                    grant,
                    context.End.WachttijdEndsOn!.Value,
                    $"The application for it, of {RuleContext.Iso(applied)}, counts as the WIA application ('wordt tevens aangemerkt als aanvraag, bedoeld in artikel 64, eerste lid', WIA art. 66 lid 1), so no other application is due."
                )
            );
            return;
        }

        var (due, derivation) = ReIntegratieverslagRule.CountBack(
            context,
            WeeksBeforeEnd,
            "WIA art. 64 lid 3",
            "WIA art. 64 lid 3, after art. 24"
        );
        if (
            LateLetterProtection.For(context.Clock, context.Events, context.Case.Vangnet is not null) is { } protection
            && (due is not { } d || protection.Until > d)
        )
        {
            var before = derivation;
            due = protection.Until;
            derivation = new FuncText(() => before.Build() + " " + protection.Explain());
        }

        var done = context.FirstDone(ObligationCodes.WiaAanvraag)?.On;
        output.Add(Descriptor, context.CreateObligation(Descriptor, due, done, derivation, employerObligation: false));
    }
}
