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
            "WIA art. 64 lid 3, after art. 24: a choice, the 2015 text names the further extension of art. 24 lid 3 only, and applying 11 weeks before the original end is on time on both readings"
        );
        if (
            LateLetterProtection.For(context.Clock, context.Events, context.Case.Vangnet is not null) is { } protection
            && (due is not { } d || protection.Until > d)
        )
        {
            var before = derivation;
            due = protection.Until;
            derivation = new FuncText(() => before.Build(TextLanguage.English) + " " + protection.Explain());
        }

        var done = context.FirstDone(ObligationCodes.WiaAanvraag)?.On;
        if (
            context.First<Cases.UwvWiaBrief>() is null
            && context.First<Cases.Verlenging>() is null
            && context.Clock.DateOfCountedDay(LateLetterProtection.LetterDay) is { } letterDue
            && context.AsOf > letterDue
            && (done is null || due is not { } onTime || done > onTime)
        )
        {
            // WIA art. 64 lid 6, first limb: "Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de
            // kennisgeving als bedoeld in het tweede lid niet heeft gedaan". The case cannot show a letter that never came,
            // so the due date stays; the explanation says what the term becomes if none came. After a voluntary extension the
            // letter comes with UWV's decision (lid 2, second sentence), so no note.
            var before = derivation;
            derivation = new FuncText(() => before.Build(TextLanguage.English) + " " + NoLetterText(letterDue));
        }

        output.Add(Descriptor, context.CreateObligation(Descriptor, due, done, derivation, employerObligation: false));
    }

    /// <summary>What WIA art. 64 lid 6 makes of the term when no letter is on record after it was due.</summary>
    internal static string NoLetterText(NodaTime.LocalDate letterDue) =>
        $"No UWV letter about the WIA application (WIA art. 64 lid 2, due by {RuleContext.Iso(letterDue)}, counted day {LateLetterProtection.LetterDay}) is on record: if UWV has not sent it, 'Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving als bedoeld in het tweede lid niet heeft gedaan' (WIA art. 64 lid 6), so the application counts as on time whenever it is made and does not extend wage continuation (BW 7:629 lid 11 onder a), unless the 42nd-week report was not made before 81 weeks (lid 6, second sentence). The engine keeps the due date and its extension, the safe reading while the case cannot show that the letter never came; record the letter (event uwv-wia-brief) on the day it is received.";
}
