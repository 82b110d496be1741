using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The labour-expert assessment (<i>arbeidsdeskundig onderzoek</i>): whether return in the own work or the own
/// organisation is possible. UWV policy expects it when the bedrijfsarts sees no return to the own work, and at
/// the latest before the first-year evaluation: by counted day 364, or the day of the first-year evaluation
/// when that was held earlier.
/// </summary>
internal sealed class ArbeidsdeskundigOnderzoekRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.ArbeidsdeskundigOnderzoek,
            "Arbeidsdeskundig onderzoek (labour-expert assessment)",
            "before the first-year evaluation: counted day 364, or the day of the eerstejaarsevaluatie if held earlier; after the bedrijfsarts' conclusion that return to the own job is not expected, 6 weeks after it if earlier (practice, configurable)",
            new LegalSource(Laws.WerkwijzerPoortwachter),
            LegalCharacter.Policy,
            "Without it, the choice for or against spoor 2 at the first-year evaluation is not founded, and a late spoor 2 is the most common cause of a loonsanctie (WIA art. 25 lid 9).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason =
                ": it prepares spoor 2 and UWV's check of the re-integratieverslag, and past the AOW age there is neither (BW 7:658a as amended by Stb. 2015, 376; WIA art. 43 onder g). Not required.",
            DutchDoneParticiple = "uitgevoerd",
            DutchTitle = "Arbeidsdeskundig onderzoek",
            DutchDueRule =
                "vóór de eerstejaarsevaluatie: getelde ziektedag 364, of de dag van de eerstejaarsevaluatie als die eerder is gehouden; na de conclusie van de bedrijfsarts dat terugkeer in de eigen functie niet te verwachten is: 6 weken daarna, als dat eerder is (praktijk, instelbaar)",
            DutchStake =
                "Zonder dit onderzoek is de keuze over het tweede spoor bij de eerstejaarsevaluatie niet onderbouwd, en een te laat tweede spoor is de meest voorkomende oorzaak van een loonsanctie (WIA art. 25 lid 9).",
            DutchPastAowAgeReason =
                ": het onderzoek bereidt het tweede spoor en de toetsing van het re-integratieverslag door UWV voor, en na de AOW-leeftijd is er geen van beide (BW 7:658a zoals gewijzigd bij Stb. 2015, 376; WIA art. 43 onder g). Niet vereist.",
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var due = new Due(context);
        var done = context.FirstDone(ObligationCodes.ArbeidsdeskundigOnderzoek)?.On;
        output.Add(Descriptor, context.CreateObligation(Descriptor, due.Date, done, due));
    }

    /// <summary>
    /// The competing dates, found once: the usual date (counted day 364, or a first-year evaluation held earlier) and
    /// the date the bedrijfsarts' conclusion sets; the earlier one wins. The derivation formats what was found.
    /// </summary>
    private sealed class Due : Assessments.DeferredText
    {
        private readonly RuleContext _context;
        private readonly LocalDate? _heldEarlier;
        private readonly GeenTerugkeerEigenFunctie? _conclusion;
        private readonly LocalDate? _afterConclusion;
        private readonly bool _conclusionWins;

        public Due(RuleContext context)
        {
            _context = context;
            var yearEnd = context.Clock.DateOfCountedDay(EerstejaarsevaluatieRule.DueDay);
            _heldEarlier =
                context.FirstDone(ObligationCodes.Eerstejaarsevaluatie) is { } evaluation && (yearEnd is not { } d || evaluation.On < d)
                    ? evaluation.On
                    : null;
            var usual = _heldEarlier ?? yearEnd;
            _conclusion = context.First<GeenTerugkeerEigenFunctie>();
            if (_conclusion is not null)
            {
                _afterConclusion = context.Clock.CountedDaysAfter(_conclusion.On, context.Options.ArbeidsdeskundigOnderzoekTermDays);
                _conclusionWins = _afterConclusion is { } a && (usual is not { } current || a < current);
            }

            Date = _conclusionWins ? _afterConclusion : usual;
        }

        public LocalDate? Date { get; }

        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                WriteDutch(text);
                return;
            }

            text.Append(
                $"Before the first-year evaluation (UWV Werkwijzer Poortwachter): {_context.CountedDay(EerstejaarsevaluatieRule.DueDay)}."
            );
            if (_heldEarlier is { } held)
            {
                text.Append($" The first-year evaluation was held earlier, on {held}, so the assessment was due by then.");
            }

            if (_conclusion is null)
            {
                return;
            }

            text.Append(
                $" The bedrijfsarts concluded on {_conclusion.On} that return to the own job is not expected, which starts the assessment: due {_context.Options.ArbeidsdeskundigOnderzoekTermDays} counted days later (practice)"
            );
            if (_afterConclusion is { } ac)
            {
                text.Append($", on {ac}");
            }

            text.Append(_conclusionWins ? ", the earlier date, which applies." : "; the earlier date above applies.");
        }

        private void WriteDutch(TextBuffer text)
        {
            text.Append(
                $"Vóór de eerstejaarsevaluatie (UWV Werkwijzer Poortwachter): {_context.CountedDay(EerstejaarsevaluatieRule.DueDay)}."
            );
            if (_heldEarlier is { } held)
            {
                text.Append($" De eerstejaarsevaluatie is eerder gehouden, op {held}, dus het onderzoek moest uiterlijk toen klaar zijn.");
            }

            if (_conclusion is null)
            {
                return;
            }

            text.Append(
                $" De bedrijfsarts heeft op {_conclusion.On} geconcludeerd dat terugkeer in de eigen functie niet te verwachten is, waarmee het onderzoek begint: uiterlijk {_context.Options.ArbeidsdeskundigOnderzoekTermDays} getelde ziektedagen later (praktijk)"
            );
            if (_afterConclusion is { } ac)
            {
                text.Append($", op {ac}");
            }

            text.Append(_conclusionWins ? ", de eerdere datum, die geldt." : "; de eerdere datum hierboven geldt.");
        }
    }
}
