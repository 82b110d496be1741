using Poortwachter.Assessments;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The spoor-2 trajectory plan (<i>trajectplan</i>): person and search profile, planned activities and length.
/// Bureau practice, off by default: when work elsewhere is sought, UWV expects employer and employee to agree an
/// adjusted plan for it (Beleidsregels beoordelingskader poortwachter, herplaatsing bij een andere werkgever); the
/// four-week term is practice and configurable (<see cref="PoortwachterOptions.Spoor2TrajectplanTermDays"/>).
/// </summary>
internal sealed class Spoor2TrajectplanRule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Descriptor { get; } =
        new(
            ObligationCodes.Spoor2Trajectplan,
            "Spoor-2 trajectplan (trajectory plan with person and search profile)",
            "4 weeks (28 counted days) after the start of spoor 2 (practice, configurable)",
            new LegalSource(
                Laws.Spoor2Praktijk,
                section: "trajectplan; Beleidsregels beoordelingskader poortwachter, herplaatsing bij een andere werkgever"
            ),
            LegalCharacter.Practice,
            "Without a plan the search for work elsewhere has no agreed direction; UWV judges whether the spoor-2 efforts were adequate and imposes a loonsanctie when chances were missed (WIA art. 25 lid 9).",
            Wvp2013Facts.InForceFrom
        )
        {
            EnabledByDefault = false,
            PastAowAge = AowAgeEffect.LapsesFromAowDate,
            PastAowAgeReason = Wvp2013Facts.NoSpoor2PastAowAge,
            DutchDoneParticiple = "opgesteld",
            DutchTitle = "Trajectplan tweede spoor (met persoons- en zoekprofiel)",
            DutchDueRule = "4 weken (28 getelde ziektedagen) na de start van het tweede spoor (praktijk, instelbaar)",
            DutchStake =
                "Zonder plan heeft het zoeken naar werk elders geen afgesproken richting; UWV beoordeelt in hoeverre de inspanningen in het tweede spoor voldoende waren en legt een loonsanctie op als kansen zijn gemist (WIA art. 25 lid 9).",
            DutchPastAowAgeReason = Wvp2013Facts.NoSpoor2PastAowAgeDutch,
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

        var term = context.Options.Spoor2TrajectplanTermDays;
        var due = context.Clock.CountedDaysAfter(started, term);
        var done = context.FirstDone(ObligationCodes.Spoor2Trajectplan)?.On;
        output.Add(
            Descriptor,
            context.CreateObligation(
                Descriptor,
                due,
                done,
                DeferredText.Of((started, term, due), static (facts, text) => Write(text, facts))
            )
        );
    }

    private static void Write(TextBuffer text, (NodaTime.LocalDate Started, int Term, NodaTime.LocalDate? Due) facts)
    {
        if (text.Language == TextLanguage.Dutch)
        {
            text.Append(
                $"Het tweede spoor is gestart op {facts.Started}; in de praktijk van re-integratiebureaus wordt het trajectplan binnen {facts.Term} getelde ziektedagen opgesteld"
            );
        }
        else
        {
            text.Append($"Spoor 2 started on {facts.Started}; bureau practice drafts the trajectory plan within {facts.Term} counted days");
        }

        if (facts.Due is { } d)
        {
            text.Append(": ");
            text.AppendDate(d);
        }

        text.Append('.');
    }
}
