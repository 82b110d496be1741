using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The WIA application by the employee: at the latest 11 weeks before the end of the wachttijd, counted day 651,
/// the end of week 93 (WIA art. 64 lid 3); after a voluntary extension, 11 weeks before the new end.
/// </summary>
public sealed class WiaAanvraagRule : IRule
{
    /// <summary>The weeks before the end of the wachttijd by which the application is due.</summary>
    public const int WeeksBeforeEnd = 11;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Rule { get; } =
        new(
            ObligationCodes.WiaAanvraag,
            "WIA-aanvraag (WIA application, by the employee with the employer's RIV)",
            "11 weeks before the end of the wachttijd: counted day 651 (end of week 93); after a voluntary extension, 11 weeks before the new end",
            new LegalSource(Laws.Wia, "64", "3"),
            LegalCharacter.Statute,
            "Wage continuation is extended by the delay (BW 7:629 lid 11 onder a), and the employee may lose wages for it (BW 7:629 lid 3 onder f).",
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var (due, derivation) = ReIntegratieverslagRule.CountBack(
            context,
            WeeksBeforeEnd,
            "WIA art. 64 lid 3",
            "WIA art. 64 lid 3, after art. 24"
        );
        var done = context.FirstDone(ObligationCodes.WiaAanvraag)?.On;
        output.Add(Rule, context.CreateObligation(Rule, due, done, derivation, employerObligation: false));
    }
}
