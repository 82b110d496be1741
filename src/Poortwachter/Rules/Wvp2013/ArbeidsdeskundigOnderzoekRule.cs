using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The labour-expert assessment (<i>arbeidsdeskundig onderzoek</i>): whether return in the own work or the own
/// organisation is possible. UWV policy expects it when the bedrijfsarts sees no return to the own work, and at
/// the latest before the first-year evaluation: by counted day 364, or the day of the first-year evaluation
/// when that was held earlier.
/// </summary>
public sealed class ArbeidsdeskundigOnderzoekRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Rule { get; } =
        new(
            ObligationCodes.ArbeidsdeskundigOnderzoek,
            "Arbeidsdeskundig onderzoek (labour-expert assessment)",
            "before the first-year evaluation: counted day 364, or the day of the eerstejaarsevaluatie if held earlier; after the bedrijfsarts' conclusion that return to the own job is not expected, 6 weeks after it if earlier (practice, configurable)",
            new LegalSource(Laws.WerkwijzerPoortwachter),
            LegalCharacter.Policy,
            "Without it, the choice for or against spoor 2 at the first-year evaluation is not founded, and a late spoor 2 is the most common cause of a loonsanctie (WIA art. 25 lid 9).",
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var due = EarlierEvaluation(context) ?? context.Clock.DateOfCountedDay(EerstejaarsevaluatieRule.DueDay);
        if (context.First<GeenTerugkeerEigenFunctie>() is { } conclusion)
        {
            var afterConclusion = context.Clock.CountedDaysAfter(conclusion.On, context.Options.ArbeidsdeskundigOnderzoekTermDays);
            if (afterConclusion is { } a && (due is not { } current || a < current))
            {
                due = a;
            }
        }

        var done = context.FirstDone(ObligationCodes.ArbeidsdeskundigOnderzoek)?.On;
        output.Add(Rule, context.CreateObligation(Rule, due, done, Derivation));
    }

    /// <summary>The date of the first-year evaluation when it was held before counted day 364.</summary>
    private static NodaTime.LocalDate? EarlierEvaluation(RuleContext context) =>
        context.FirstDone(ObligationCodes.Eerstejaarsevaluatie) is { } evaluation
        && (context.Clock.DateOfCountedDay(EerstejaarsevaluatieRule.DueDay) is not { } d || evaluation.On < d)
            ? evaluation.On
            : null;

    // Built when the explanation is read.
    private static string Derivation(RuleContext context)
    {
        var usual = EarlierEvaluation(context) ?? context.Clock.DateOfCountedDay(EerstejaarsevaluatieRule.DueDay);
        var text =
            $"Before the first-year evaluation (UWV Werkwijzer Poortwachter): {context.ExplainCountedDay(EerstejaarsevaluatieRule.DueDay)}."
            + (
                EarlierEvaluation(context) is { } held
                    ? $" The first-year evaluation was held earlier, on {RuleContext.Iso(held)}, so the assessment was due by then."
                    : string.Empty
            );
        if (context.First<GeenTerugkeerEigenFunctie>() is not { } conclusion)
        {
            return text;
        }

        var term = context.Options.ArbeidsdeskundigOnderzoekTermDays;
        var afterConclusion = context.Clock.CountedDaysAfter(conclusion.On, term);
        text +=
            $" The bedrijfsarts concluded on {RuleContext.Iso(conclusion.On)} that return to the own job is not expected, which starts the assessment: due {term} counted days later (practice)"
            + (afterConclusion is { } ac ? $", on {RuleContext.Iso(ac)}" : string.Empty);
        return afterConclusion is { } a && (usual is not { } current || a < current)
            ? text + ", the earlier date, which applies."
            : text + "; the earlier date above applies.";
    }
}
