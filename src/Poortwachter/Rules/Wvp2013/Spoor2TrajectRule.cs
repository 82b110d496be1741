using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The milestones of a spoor-2 trajectory as re-integration bureaus run it: the start (phase 1, diagnose and
/// orientation), the trajectory plan (phase 2, guidance and mediation), the planned end (start plus the planned
/// months), the placement with another employer (phase 3, placement and aftercare) and the end of the aftercare.
/// Bureau practice, off by default.
/// </summary>
internal sealed class Spoor2TrajectRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            MilestoneCodes.Spoor2Start,
            "Spoor-2 trajectory phases (milestones)",
            "the start of spoor 2 (diagnose and orientation), the trajectory plan (guidance and mediation), the planned end, the placement (placement and aftercare) and 13 weeks of aftercare (practice, configurable)",
            new LegalSource(Laws.Spoor2Praktijk, section: "fasen: diagnose en orientatie, begeleiding en bemiddeling, plaatsing en nazorg"),
            LegalCharacter.Practice,
            string.Empty,
            Wvp2013Facts.InForceFrom
        )
        {
            EnabledByDefault = false,
            YieldsObligations = false,
            MilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.Spoor2Start] = "Spoor 2 starts: diagnose and orientation",
                [MilestoneCodes.Spoor2Begeleiding] = "Spoor 2: guidance and mediation (trajectory plan)",
                [MilestoneCodes.Spoor2TrajectEinde] = "Spoor 2: planned end of the trajectory",
                [MilestoneCodes.Spoor2Plaatsing] = "Spoor 2: placed with another employer (aftercare)",
                [MilestoneCodes.Spoor2NazorgEinde] = "Spoor 2: end of the aftercare",
            },
            DutchTitle = "Fasen van het tweede-spoortraject (mijlpalen)",
            DutchDueRule =
                "de start van het tweede spoor (diagnose en oriëntatie), het trajectplan (begeleiding en bemiddeling), het geplande einde, de plaatsing (plaatsing en nazorg) en 13 weken nazorg (praktijk, instelbaar)",
            DutchMilestoneTitles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MilestoneCodes.Spoor2Start] = "Start tweede spoor: diagnose en oriëntatie",
                [MilestoneCodes.Spoor2Begeleiding] = "Tweede spoor: begeleiding en bemiddeling (trajectplan)",
                [MilestoneCodes.Spoor2TrajectEinde] = "Tweede spoor: gepland einde van het traject",
                [MilestoneCodes.Spoor2Plaatsing] = "Tweede spoor: geplaatst bij een andere werkgever (nazorg)",
                [MilestoneCodes.Spoor2NazorgEinde] = "Tweede spoor: einde van de nazorg",
            },
        };

    /// <inheritdoc/>
    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
    {
        if (context.FirstDone(ObligationCodes.Spoor2)?.On is not { } started)
        {
            return;
        }

        var source = Descriptor.LegalBasis;
        output.Add(
            new Milestone(
                MilestoneCodes.Spoor2Start,
                started,
                source,
                DeferredText.Of(
                    started,
                    static (on, text) =>
                    {
                        if (text.Language == TextLanguage.Dutch)
                        {
                            text.Append(
                                $"Het tweede spoor is gestart op {on}: fase 1, diagnose en oriëntatie (intake, wat de werknemer kan en wil, het zoekprofiel)."
                            );
                            return;
                        }

                        text.Append(
                            $"Spoor 2 started on {on}: phase 1, diagnose and orientation (intake, what the employee can and wants, the search profile)."
                        );
                    }
                )
            )
        );
        var plan = context.First<Spoor2Trajectplan>();
        if (plan is not null)
        {
            output.Add(
                new Milestone(
                    MilestoneCodes.Spoor2Begeleiding,
                    plan.On,
                    source,
                    DeferredText.Of(
                        plan.On,
                        static (on, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                text.Append(
                                    $"Het trajectplan van {on} opent fase 2, begeleiding en bemiddeling (sollicitaties, werkervaringsplaatsen)."
                                );
                                return;
                            }

                            text.Append(
                                $"The trajectory plan of {on} opens phase 2, guidance and mediation (applications, work-experience places)."
                            );
                        }
                    )
                )
            );
            if (plan.PlannedMonths is { } months)
            {
                var plannedEnd = started.PlusMonths(months);
                LocalDate? after = context.End.LastDay is { } last && plannedEnd > last ? last : null;
                output.Add(
                    new Milestone(
                        MilestoneCodes.Spoor2TrajectEinde,
                        plannedEnd,
                        source,
                        DeferredText.Of((months, started, plannedEnd, after), static (facts, text) => WritePlannedEnd(text, facts))
                    )
                );
            }
        }

        if (context.First<Spoor2Plaatsing>() is { } placement)
        {
            output.Add(
                new Milestone(
                    MilestoneCodes.Spoor2Plaatsing,
                    placement.On,
                    source,
                    DeferredText.Of(
                        placement.On,
                        static (on, text) =>
                        {
                            if (text.Language == TextLanguage.Dutch)
                            {
                                text.Append($"Geplaatst bij een andere werkgever op {on}: fase 3, plaatsing en nazorg.");
                                return;
                            }

                            text.Append($"Placed with another employer on {on}: phase 3, placement and aftercare.");
                        }
                    )
                )
            );
            var days = context.Options.Spoor2NazorgDays;
            var aftercareEnd = context.Clock.CountedDaysAfter(placement.On, days);
            var capped = false;
            if (context.End.LastDay is { } before && before < placement.On)
            {
                aftercareEnd = null; // placed after the wachttijd ended: no aftercare within it
            }
            else if (context.End.LastDay is { } last && (aftercareEnd is not { } a || a > last))
            {
                aftercareEnd = last;
                capped = true;
            }

            if (aftercareEnd is { } on)
            {
                output.Add(
                    new Milestone(
                        MilestoneCodes.Spoor2NazorgEinde,
                        on,
                        source,
                        DeferredText.Of((days, on, capped), static (facts, text) => WriteAftercareEnd(text, facts))
                    )
                );
            }
        }
    }

    private static void WritePlannedEnd(TextBuffer text, (int Months, LocalDate Started, LocalDate PlannedEnd, LocalDate? After) facts)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            text.Append(
                $"Het plan voorziet in {facts.Months} {(facts.Months == 1 ? "maand" : "maanden")} vanaf de start op {facts.Started}: {facts.PlannedEnd} (kalendermaanden)."
            );
            if (facts.After is { } dutchLast)
            {
                text.Append($" Dat is na de laatste dag van de wachttijd, {dutchLast}.");
            }

            return;
        }

        text.Append($"The plan foresees {facts.Months} months from the start on {facts.Started}: {facts.PlannedEnd} (calendar months).");
        if (facts.After is { } last)
        {
            text.Append($" That is after the last day of the wachttijd, {last}.");
        }
    }

    private static void WriteAftercareEnd(TextBuffer text, (int Days, LocalDate On, bool Capped) facts)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            text.Append($"De nazorg loopt {facts.Days} getelde ziektedagen na de plaatsing");
            if (facts.Capped)
            {
                text.Append($", maar niet na de laatste dag van de wachttijd: {facts.On}.");
            }
            else
            {
                text.Append($": {facts.On}.");
            }

            return;
        }

        text.Append($"Aftercare runs {facts.Days} counted days after the placement");
        if (facts.Capped)
        {
            text.Append($", but not past the last day of the wachttijd: {facts.On}.");
        }
        else
        {
            text.Append($": {facts.On}.");
        }
    }
}
