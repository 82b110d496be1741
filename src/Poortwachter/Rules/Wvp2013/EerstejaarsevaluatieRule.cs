using NodaTime;
using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The first-year evaluation (<i>eerstejaarsevaluatie</i>, "opschudmoment"): at the end of the first sick year,
/// by counted day 364 (Regeling procesgang art. 4 lid 2 onder b); practice holds it in weeks 46 to 52, and an
/// earlier one is reported as early.
/// </summary>
internal sealed class EerstejaarsevaluatieRule : IRule
{
    /// <summary>The counted day by which the evaluation is due: the end of week 52.</summary>
    public const int DueDay = 364;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.Eerstejaarsevaluatie,
            "Eerstejaarsevaluatie (first-year evaluation)",
            "counted day 364, the end of the first sick year; practice window weeks 46-52 (configurable)",
            new LegalSource(Laws.RegelingProcesgang, "4", "2 onder b"),
            LegalCharacter.Statute,
            Wvp2013Facts.LoonsanctieStake + " The outcome belongs in the re-integratieverslag (Regeling procesgang art. 6 lid 1 onder h).",
            Wvp2013Facts.InForceFrom
        )
        {
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason = Wvp2013Facts.NoPlanPastAowAge,
            DutchDoneParticiple = "gehouden",
            DutchTitle = "Eerstejaarsevaluatie",
            DutchDueRule =
                "getelde ziektedag 364, het einde van het eerste ziektejaar; in de praktijk in week 46 tot en met 52 (instelbaar)",
            DutchStake =
                Wvp2013Facts.LoonsanctieStakeDutch
                + " De uitkomst hoort in het re-integratieverslag (Regeling procesgang art. 6 lid 1 onder h).",
            DutchPastAowAgeReason = Wvp2013Facts.NoPlanPastAowAgeDutch,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var timing = new Timing(context);
        var done = context.FirstDone(ObligationCodes.Eerstejaarsevaluatie)?.On;
        var deviation = context.AfwijkingFor(ObligationCodes.Eerstejaarsevaluatie);
        output.Add(Descriptor, context.CreateObligation(Descriptor, timing.Due, done, timing, deviation));
        if (done is { } d && timing.WindowStart is { } w && d < w && deviation is null)
        {
            var windowWeek = timing.WindowWeek;
            output.Add(new Warning(WarningCodes.Early, Severity.Info, new EarlyText(d, windowWeek, w), Descriptor.Code));
        }
    }

    /// <summary>When the evaluation is due and when practice's window opens, found once; its derivation formats them.</summary>
    private sealed class Timing : Assessments.DeferredText
    {
        private readonly RuleContext _context;

        public Timing(RuleContext context)
        {
            _context = context;
            Due = context.Clock.DateOfCountedDay(DueDay);
            WindowWeek = context.Options.EerstejaarsevaluatieWindowStartWeek;
            WindowDay = ((WindowWeek - 1) * 7) + 1;
            WindowStart = context.Clock.DateOfCountedDay(WindowDay);
        }

        public LocalDate? Due { get; }

        public int WindowWeek { get; }

        public int WindowDay { get; }

        public LocalDate? WindowStart { get; }

        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append(
                    $"Aan het einde van het eerste ziektejaar (Regeling procesgang art. 4 lid 2 onder b): {_context.CountedDay(DueDay)}. In de praktijk vindt zij plaats vanaf week {WindowWeek} (getelde ziektedag {WindowDay}"
                );
            }
            else
            {
                text.Append(
                    $"At the end of the first sick year (Regeling procesgang art. 4 lid 2 onder b): {_context.CountedDay(DueDay)}. Practice holds it from week {WindowWeek} (counted day {WindowDay}"
                );
            }

            if (WindowStart is { } ws)
            {
                text.Append($", {ws}");
            }

            text.Append(").");
        }
    }

    /// <summary>The notice that the first-year evaluation was held before practice's window, written when read.</summary>
    private sealed class EarlyText(LocalDate held, int windowWeek, LocalDate windowStart) : Assessments.DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append(
                    $"De eerstejaarsevaluatie is gehouden op {held}, vóór week {windowWeek} ({windowStart}): UWV verwacht dat zij terugkijkt op het hele eerste ziektejaar; overweeg opnieuw te evalueren tegen het einde van week 52 (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie)."
                );
                return;
            }

            text.Append(
                $"The first-year evaluation was held on {held}, before week {windowWeek} ({windowStart}): UWV expects it to look back on the whole first sick year; consider evaluating again near the end of week 52 (Beleidsregels beoordelingskader poortwachter, eerstejaarsevaluatie)."
            );
        }
    }
}
