using System;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// The start of spoor 2, re-integration with another employer. UWV policy: when return within the own
/// organisation is not feasible, spoor 2 starts within six weeks of that conclusion, and at the latest six weeks
/// after the first-year evaluation (Beleidsregels beoordelingskader poortwachter; UWV Werkwijzer Poortwachter).
/// Both terms run on the clock. Without a recorded conclusion the obligation has not arisen; from the end of the
/// first sick year the engine then warns that the decision is missing.
/// </summary>
public sealed class Spoor2Rule : IRule
{
    /// <summary>Gets the descriptor of this rule.</summary>
    public static RuleDescriptor Rule { get; } =
        new(
            ObligationCodes.Spoor2,
            "Spoor 2 (start of re-integration with another employer)",
            "6 weeks after the conclusion that return within the own organisation is not feasible, and at the latest 6 weeks after the first-year evaluation (term configurable)",
            new LegalSource(Laws.BeoordelingskaderPoortwachter, section: "eerstejaarsevaluatie; UWV Werkwijzer Poortwachter 4.3.1"),
            LegalCharacter.Policy,
            "A late or missing spoor 2 is the most common cause of a loonsanctie: up to 52 more weeks of wages (WIA art. 25 lid 9).",
            Wvp2013Facts.InForceFrom
        );

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Evaluate(RuleContext context, RuleOutput output)
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

        // The texts are built only when read (lazy explanations, issue 6).
        string anchorLabel() =>
            heldFirst ? $"the first-year evaluation of {RuleContext.Iso(evaluation!.On)}"
            : yearEnd is { } y ? $"the end of the first sick year, counted day 364 ({RuleContext.Iso(y)})"
            : "the end of the first sick year, counted day 364";

        LocalDate? latest = anchor is { } a ? clock.CountedDaysAfter(a, term) : null;
        string latestText() =>
            latest is { } l
                ? $"at the latest {term} counted days after {anchorLabel()}: {RuleContext.Iso(l)}"
                : $"at the latest {term} counted days after {anchorLabel()}";
        var done = context.FirstDone(ObligationCodes.Spoor2)?.On;
        var conclusion = context.First<GeenTerugkeerEigenOrganisatie>();

        if (conclusion is null)
        {
            if (done is not null)
            {
                output.Add(
                    Rule,
                    context.CreateObligation(
                        Rule,
                        latest,
                        done,
                        () =>
                            $"Spoor 2 started without a recorded conclusion that return within the own organisation is not feasible; it is measured against the latest date UWV policy allows, {latestText()}."
                    )
                );
                return;
            }

            var status = ObligationStatus.NotApplicable;
            Func<string> explanation = () =>
                $"No conclusion is recorded that return within the own organisation is not feasible (event 'geen-terugkeer-eigen-organisatie'), so spoor 2 has not become due. If that is concluded, spoor 2 is due within {term} counted days of the conclusion, and {latestText()}.";
            output.Add(Rule, new Obligation(Rule.Code, latest, status, null, Rule.Source, Rule.Character, explanation));
            if (
                anchor is { } an
                && context.AsOf >= an
                && (context.Case.EmploymentEndsOn is not { } end || end >= context.AsOf)
                && clock.SicknessState != Timeline.SicknessState.Recovered
            )
            {
                var late = latest is { } lt && context.AsOf > lt;
                output.Add(
                    new Warning(
                        WarningKinds.Spoor2Decision,
                        late ? Severity.High : Severity.Warning,
                        () =>
                            $"The first sick year is over ({anchorLabel()}) and no decision on spoor 2 is recorded. Unless there is a concrete prospect of return within the own organisation, UWV expects spoor 2 {latestText()}"
                            + (late ? "; that date has passed. " : ". ")
                            + Rule.Stake,
                        Rule.Code
                    )
                );
            }

            return;
        }

        var afterConclusion = clock.CountedDaysAfter(conclusion.On, term);
        LocalDate? due = afterConclusion;
        var latestApplies = latest is { } lat && (due is not { } d || lat < d);
        if (latestApplies)
        {
            due = latest;
        }

        Func<string> derivation = () =>
            $"Return within the own organisation is not feasible since {RuleContext.Iso(conclusion.On)}: spoor 2 is due {term} counted days later"
            + (afterConclusion is { } ac ? $", on {RuleContext.Iso(ac)}" : string.Empty)
            + $", and {latestText()}."
            + (latestApplies ? $" The earlier of the two applies: {RuleContext.Iso(latest!.Value)}." : string.Empty);

        output.Add(Rule, context.CreateObligation(Rule, due, done, derivation));
    }
}
