using System;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The start of spoor 2, re-integration with another employer. UWV policy: when return within the own
/// organisation is not feasible, spoor 2 starts within six weeks of that conclusion, and at the latest six weeks
/// after the first-year evaluation (Beleidsregels beoordelingskader poortwachter; UWV Werkwijzer Poortwachter).
/// Both terms run on the clock. Without a recorded conclusion the obligation has not arisen; from the end of the
/// first sick year the engine then warns that the decision is missing.
/// </summary>
/// <remarks>
/// <para>Spoor 2 may be postponed (event <c>spoor-2-uitstel</c>) only for a concrete prospect of full return in the
/// own work on short term; the engine re-checks the prospect once its date has passed: held (the employee was fully
/// fit by then), held and sick again (due a term after the relapse), or expired (due a term after the prospect's
/// date, with a warning).</para>
/// <para>An early start, before week 52, is allowed and reported as such; spoor 1 may run alongside.</para>
/// </remarks>
internal sealed class Spoor2Rule : IRule
{
    /// <summary>The last counted day before week 52: a start on or before it is early.</summary>
    public const int LastEarlyDay = 357;

    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.Spoor2,
            "Spoor 2 (start of re-integration with another employer)",
            "6 weeks after the conclusion that return within the own organisation is not feasible, and at the latest 6 weeks after the first-year evaluation; a postponement for a concrete prospect of full return moves it to 6 weeks after the prospect's date if that return does not come (term configurable)",
            new LegalSource(Laws.BeoordelingskaderPoortwachter, section: "eerstejaarsevaluatie; UWV Werkwijzer Poortwachter 4.3.1"),
            LegalCharacter.Policy,
            "A late or missing spoor 2 is the most common cause of a loonsanctie: up to 52 more weeks of wages (WIA art. 25 lid 9).",
            Wvp2013Facts.InForceFrom
        )
        {
            OverdueSeverity = Severity.High,
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason = Wvp2013Facts.NoSpoor2PastAowAge,
            DutchDoneParticiple = "gestart",
            DutchTitle = "Tweede spoor (start van re-integratie bij een andere werkgever)",
            DutchDueRule =
                "6 weken na de conclusie dat terugkeer binnen de eigen organisatie niet haalbaar is, en uiterlijk 6 weken na de eerstejaarsevaluatie; uitstel voor een concreet vooruitzicht op volledige terugkeer verschuift de start naar 6 weken na de datum van dat vooruitzicht als die terugkeer uitblijft (termijn instelbaar)",
            DutchStake =
                "Een tweede spoor dat te laat start of ontbreekt, is de meest voorkomende oorzaak van een loonsanctie: verlenging van de loondoorbetaling met ten hoogste 52 weken (WIA art. 25 lid 9).",
            DutchPastAowAgeReason = Wvp2013Facts.NoSpoor2PastAowAgeDutch,
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        var warningsBefore = output.Warnings.Count;
        var obligationsBefore = output.Obligations.Count;
        EvaluateStart(context, output);
        if (context.FirstDone(ObligationCodes.Spoor2)?.On is { } started && !StartedLate(output, obligationsBefore))
        {
            // An early start is reported where the rule's warnings begin; a start after its own due date is late, not
            // early: one case, one message (fulfilled-late, from the engine).
            ReportEarlyStart(context, started, output, warningsBefore);
        }
    }

    private static bool StartedLate(RuleOutput output, int from)
    {
        for (var i = from; i < output.Obligations.Count; i++)
        {
            var o = output.Obligations[i].Obligation;
            if (o.Kind == ObligationCodes.Spoor2 && o.Status == ObligationStatus.FulfilledLate)
            {
                return true;
            }
        }

        return false;
    }

    private static void EvaluateStart(RuleContext context, RuleOutput output)
    {
        var term = context.Options.Spoor2TermDays;
        var clock = context.Clock;
        var yearEnd = clock.DateOfCountedDay(EerstejaarsevaluatieRule.DueDay);
        var evaluation = context.FirstDone(ObligationCodes.Eerstejaarsevaluatie);
        LocalDate? anchor = yearEnd;
        var heldFirst = evaluation is not null && (yearEnd is not { } ye || evaluation.On <= ye);
        if (heldFirst)
        {
            anchor = evaluation!.On;
        }

        LocalDate? latest = anchor is { } a ? clock.CountedDaysAfter(a, term) : null;
        // The texts are written only when read (lazy explanations).
        var texts = new AnchorText(heldFirst ? evaluation!.On : null, yearEnd, latest, term);
        var done = context.FirstDone(ObligationCodes.Spoor2)?.On;
        var conclusion = context.First<GeenTerugkeerEigenOrganisatie>();
        var postponement = context.Last<Spoor2Uitstel>();
        LocalDate? baseDue;
        DeferredText baseDerivation;
        if (conclusion is null)
        {
            if (postponement is null)
            {
                EvaluateWithoutConclusion(context, output, anchor, texts, latest, term, done);
                return;
            }

            baseDue = latest;
            baseDerivation = NoConclusionPostponedText(texts);
        }
        else
        {
            var afterConclusion = clock.CountedDaysAfter(conclusion.On, term);
            var latestApplies = latest is { } lat && (afterConclusion is not { } d || lat < d);
            baseDue = latestApplies ? latest : afterConclusion;
            baseDerivation = ConclusionText(texts, conclusion.On, term, afterConclusion, latestApplies ? latest : null);

            if (postponement is null)
            {
                output.Add(Descriptor, context.CreateObligation(Descriptor, baseDue, done, baseDerivation));
                return;
            }
        }

        Spoor2UitstelCheck.Evaluate(context, output, postponement, baseDue, baseDerivation, term, done);
    }

    private static void EvaluateWithoutConclusion(
        RuleContext context,
        RuleOutput output,
        LocalDate? anchor,
        AnchorText texts,
        LocalDate? latest,
        int term,
        LocalDate? done
    )
    {
        if (done is not null)
        {
            output.Add(Descriptor, context.CreateObligation(Descriptor, latest, done, StartedWithoutConclusionText(texts)));
            return;
        }

        var explanation = new NoConclusionText(texts);
        if (context.Aow is { } aow && aow.Lapses(Descriptor, latest))
        {
            // Past the AOW age by the latest date: spoor 2 is not required, and no decision on it is missing.
            output.Add(Descriptor, context.CreateObligation(Descriptor, latest, null, explanation));
            return;
        }

        output.Add(Descriptor, context.CreateObligation(Descriptor, latest, null, explanation, judged: ObligationStatus.NotApplicable));
        if (
            anchor is { } an
            && context.AsOf >= an
            && (Engine.EmployerDuties.EndOn(context.Case) is not { } end || end >= context.AsOf)
            && context.Clock.SicknessState != SicknessState.Recovered
            // After a shortened wachttijd the re-integration obligations lapse (WIA art. 23 lid 6, 66 lid 6).
            && context.VervroegdeIva is null
        )
        {
            var late = latest is { } lt && context.AsOf > lt;
            output.Add(
                new Warning(
                    WarningCodes.Spoor2Decision,
                    late ? Severity.High : Severity.Warning,
                    new DecisionText(texts, late),
                    Descriptor.Code
                )
            );
        }
    }

    private static void ReportEarlyStart(RuleContext context, LocalDate started, RuleOutput output, int at)
    {
        var day = context.Clock.CountedDaysThrough(started);
        if (day < 1 || day > LastEarlyDay)
        {
            return;
        }

        output.Warnings.Insert(
            at,
            new Warning(
                WarningCodes.Early,
                Severity.Info,
                DeferredText.Of(
                    (started, day),
                    static (facts, text) =>
                    {
                        var (on, counted) = facts;
                        if (text.Language == TextLanguage.Dutch)
                        {
                            text.Append(
                                $"Het tweede spoor is gestart op {on}, getelde ziektedag {counted} (week {WachttijdClock.WeekOf(counted)}), vóór week 52: een vroege start is toegestaan en vaak verstandig, en het eerste spoor mag daarnaast doorlopen (Beleidsregels beoordelingskader poortwachter: werkgever en werknemer zijn vrij om al vroeg op werk elders te richten)."
                            );
                            return;
                        }

                        text.Append(
                            $"Spoor 2 started on {on}, counted day {counted} (week {WachttijdClock.WeekOf(counted)}), before week 52: an early start is allowed and often wise, and spoor 1 may run alongside (Beleidsregels beoordelingskader poortwachter: employer and employee are free to aim at work elsewhere early)."
                        );
                    }
                ),
                Descriptor.Code
            )
        );
    }

    private static DeferredText NoConclusionPostponedText(AnchorText texts) =>
        DeferredText.Of(
            texts,
            static (texts, text) =>
            {
                text.Append(
                    text.Language == TextLanguage.Dutch
                        ? "Er is geen conclusie over terugkeer binnen de eigen organisatie vastgelegd; het tweede spoor moet starten "
                        : "No conclusion on return within the own organisation is recorded; spoor 2 is due "
                );
                texts.WriteLatest(text);
                text.Append('.');
            }
        );

    private static DeferredText ConclusionText(
        AnchorText texts,
        LocalDate since,
        int term,
        LocalDate? afterConclusion,
        LocalDate? latestApplies
    ) => DeferredText.Of((texts, since, term, afterConclusion, latestApplies), static (facts, text) => WriteConclusion(text, facts));

    private static void WriteConclusion(
        TextBuffer text,
        (AnchorText Texts, LocalDate Since, int Term, LocalDate? AfterConclusion, LocalDate? LatestApplies) facts
    )
    {
        var dutch = text.Language == TextLanguage.Dutch;
        if (dutch)
        {
            text.Append(
                $"Terugkeer binnen de eigen organisatie is niet haalbaar sinds {facts.Since}: het tweede spoor moet {facts.Term} getelde ziektedagen later starten"
            );
        }
        else
        {
            text.Append(
                $"Return within the own organisation is not feasible since {facts.Since}: spoor 2 is due {facts.Term} counted days later"
            );
        }

        if (facts.AfterConclusion is { } ac)
        {
            text.Append(dutch ? ", op " : ", on ");
            text.AppendDate(ac);
        }

        text.Append(dutch ? ", en " : ", and ");
        facts.Texts.WriteLatest(text);
        text.Append('.');
        if (facts.LatestApplies is { } l)
        {
            text.Append(dutch ? " De eerdere van de twee geldt: " : " The earlier of the two applies: ");
            text.AppendDate(l);
            text.Append('.');
        }
    }

    private static DeferredText StartedWithoutConclusionText(AnchorText texts) =>
        DeferredText.Of(
            texts,
            static (texts, text) =>
            {
                text.Append(
                    text.Language == TextLanguage.Dutch
                        ? "Het tweede spoor is gestart zonder vastgelegde conclusie dat terugkeer binnen de eigen organisatie niet haalbaar is; het wordt getoetst aan de uiterste datum die het UWV-beleid toestaat, "
                        : "Spoor 2 started without a recorded conclusion that return within the own organisation is not feasible; it is measured against the latest date UWV policy allows, "
                );
                texts.WriteLatest(text);
                text.Append('.');
            }
        );

    /// <summary>
    /// The anchor of spoor 2 and its latest date in words: the first-year evaluation held first, or the end of the first
    /// sick year (counted day 364), and the term after it (UWV policy).
    /// </summary>
    private sealed class AnchorText(LocalDate? heldFirstOn, LocalDate? yearEnd, LocalDate? latest, int term)
    {
        public void WriteLabel(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                if (heldFirstOn is { } heldOn)
                {
                    text.Append($"de eerstejaarsevaluatie van {heldOn}");
                }
                else if (yearEnd is { } end)
                {
                    text.Append($"het einde van het eerste ziektejaar, getelde ziektedag 364 ({end})");
                }
                else
                {
                    text.Append("het einde van het eerste ziektejaar, getelde ziektedag 364");
                }

                return;
            }

            if (heldFirstOn is { } held)
            {
                text.Append($"the first-year evaluation of {held}");
            }
            else if (yearEnd is { } y)
            {
                text.Append($"the end of the first sick year, counted day 364 ({y})");
            }
            else
            {
                text.Append("the end of the first sick year, counted day 364");
            }
        }

        public void WriteLatest(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append("uiterlijk ");
                WriteDutchTerm(text);
                text.Append(" na ");
            }
            else
            {
                text.Append($"at the latest {term} counted days after ");
            }

            WriteLabel(text);
            if (latest is { } l)
            {
                text.Append($": {l}");
            }
        }

        /// <summary>
        /// The Dutch warning's clause: "uiterlijk op 27 januari 2025 is gestart, zes weken (42 getelde ziektedagen) na
        /// de eerstejaarsevaluatie van 16 december 2024".
        /// </summary>
        public void WriteDutchStartedBy(TextBuffer text)
        {
            if (latest is { } l)
            {
                text.Append($"uiterlijk op {l} is gestart, ");
                WriteDutchTerm(text);
                text.Append(" na ");
                WriteLabel(text);
                return;
            }

            text.Append("uiterlijk ");
            WriteDutchTerm(text);
            text.Append(" na ");
            WriteLabel(text);
            text.Append(" is gestart");
        }

        /// <summary>Whether the first-year evaluation was held first, and on which day.</summary>
        public LocalDate? HeldFirstOn => heldFirstOn;

        /// <summary>The end of the first sick year, counted day 364, when the case reaches it.</summary>
        public LocalDate? YearEnd => yearEnd;

        // "zes weken (42 getelde ziektedagen)" for a term of whole weeks, else "45 getelde ziektedagen".
        private void WriteDutchTerm(TextBuffer text)
        {
            if (term % 7 == 0)
            {
                Timeline.CountedDayText.AppendWeeksInWords(text, term / 7);
                text.Append($" ({term} getelde ziektedagen)");
                return;
            }

            text.Append($"{term} getelde ziektedagen");
        }

        public void WriteTermAndLatest(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                WriteDutchTerm(text);
                text.Append(" na de conclusie, en ");
            }
            else
            {
                text.Append($"{term} counted days of the conclusion, and ");
            }

            WriteLatest(text);
        }
    }

    /// <summary>Why spoor 2 has not become due: no conclusion on return within the own organisation is recorded.</summary>
    private sealed class NoConclusionText(AnchorText texts) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                text.Append(
                    "Er is geen conclusie vastgelegd dat terugkeer binnen de eigen organisatie niet haalbaar is (gebeurtenis 'geen-terugkeer-eigen-organisatie'), dus het tweede spoor is nog niet vereist. Wordt dat geconcludeerd, dan moet het tweede spoor starten binnen "
                );
                texts.WriteTermAndLatest(text);
                text.Append('.');
                return;
            }

            text.Append(
                "No conclusion is recorded that return within the own organisation is not feasible (event 'geen-terugkeer-eigen-organisatie'), so spoor 2 has not become due. If that is concluded, spoor 2 is due within "
            );
            texts.WriteTermAndLatest(text);
            text.Append('.');
        }
    }

    /// <summary>The warning that the first sick year is over and no decision on spoor 2 is recorded.</summary>
    private sealed class DecisionText(AnchorText texts, bool late) : DeferredText
    {
        public override void Write(TextBuffer text)
        {
            if (text.Language == TextLanguage.Dutch)
            {
                if (texts.HeldFirstOn is { } held)
                {
                    text.Append($"De eerstejaarsevaluatie is op {held} gehouden");
                }
                else if (texts.YearEnd is { } yearEnd)
                {
                    text.Append($"Het eerste ziektejaar eindigde op {yearEnd} (getelde ziektedag 364)");
                }
                else
                {
                    text.Append("Het eerste ziektejaar is voorbij (getelde ziektedag 364)");
                }

                text.Append(
                    " en er is geen besluit over het tweede spoor vastgelegd. Tenzij er een concreet vooruitzicht is op terugkeer binnen de eigen organisatie, verwacht UWV dat het tweede spoor "
                );
                texts.WriteDutchStartedBy(text);
                text.Append(late ? "; die datum is verstreken. " : ". ");
                text.Append(Descriptor.DutchStake);
                return;
            }

            text.Append("The first sick year is over (");
            texts.WriteLabel(text);
            text.Append(
                ") and no decision on spoor 2 is recorded. Unless there is a concrete prospect of return within the own organisation, UWV expects spoor 2 "
            );
            texts.WriteLatest(text);
            text.Append(late ? "; that date has passed. " : ". ");
            text.Append(Descriptor.Stake);
        }
    }
}
