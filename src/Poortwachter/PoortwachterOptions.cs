using System;
using System.Collections.Generic;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter;

/// <summary>
/// The settings of the engine, with documented defaults. The law leaves some terms open ("periodiek") and
/// practice fills them in; hosts may choose otherwise here. The engine copies the options when it is built.
/// </summary>
public sealed class PoortwachterOptions
{
    /// <summary>
    /// Gets or sets the interval between evaluations of the plan van aanpak, in counted days. Default 42
    /// (six weeks): the law says "periodiek" (Regeling procesgang art. 4 lid 2 onder b), six weeks is practice.
    /// </summary>
    public int EvaluationIntervalDays { get; set; } = 42;

    /// <summary>Gets or sets how many days ahead of a deadline an open obligation gets a due-soon warning. Default 14.</summary>
    public int DueSoonDays { get; set; } = 14;

    /// <summary>
    /// Gets or sets the week of the wachttijd from which practice expects the first-year evaluation. Default 46
    /// (window weeks 46 to 52); an evaluation before it is reported as early.
    /// </summary>
    public int EerstejaarsevaluatieWindowStartWeek { get; set; } = 46;

    /// <summary>
    /// Gets or sets the term in counted days within which spoor 2 must start after the conclusion that return
    /// within the own organisation is not feasible, and after the first-year evaluation at the latest. Default 42
    /// (six weeks; UWV policy).
    /// </summary>
    public int Spoor2TermDays { get; set; } = 42;

    /// <summary>
    /// Gets or sets a value indicating whether a first-year evaluation also counts as a periodic evaluation, so
    /// the next evaluation runs from it. Default <see langword="true"/>: it is the evaluation of art. 4 lid 2 onder b
    /// at the end of the first sick year.
    /// </summary>
    public bool EerstejaarsevaluatieCountsAsEvaluation { get; set; } = true;

    /// <summary>Gets the codes of shipped or host rules to switch off.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets host rules to add. A host rule with the code of a shipped rule replaces that rule.
    /// </summary>
    public IList<IRule> Rules { get; } = [];

    /// <summary>Gets host extensions of the end of the wachttijd, run after the shipped ones.</summary>
    public IList<IWachttijdExtension> Extensions { get; } = [];

    /// <summary>Switches off a rule by its code.</summary>
    /// <param name="code">The rule code, such as <c>arbeidsdeskundig-onderzoek</c>.</param>
    /// <returns>These options.</returns>
    public PoortwachterOptions Disable(string code)
    {
        DisabledRules.Add(code);
        return this;
    }

    /// <summary>Adds a host rule, or replaces the shipped rule with the same code.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>These options.</returns>
    public PoortwachterOptions Add(IRule rule)
    {
        Rules.Add(rule ?? throw new ArgumentNullException(nameof(rule)));
        return this;
    }

    internal PoortwachterOptions Copy()
    {
        var copy = new PoortwachterOptions
        {
            EvaluationIntervalDays = EvaluationIntervalDays,
            DueSoonDays = DueSoonDays,
            EerstejaarsevaluatieWindowStartWeek = EerstejaarsevaluatieWindowStartWeek,
            Spoor2TermDays = Spoor2TermDays,
            EerstejaarsevaluatieCountsAsEvaluation = EerstejaarsevaluatieCountsAsEvaluation,
        };
        foreach (var d in DisabledRules)
        {
            copy.DisabledRules.Add(d);
        }

        foreach (var r in Rules)
        {
            copy.Rules.Add(r);
        }

        foreach (var e in Extensions)
        {
            copy.Extensions.Add(e);
        }

        return copy;
    }

    internal void Check(string paramName)
    {
        if (EvaluationIntervalDays is < 1 or > 364)
        {
            throw new ArgumentException(
                $"{nameof(EvaluationIntervalDays)} is {EvaluationIntervalDays}: The evaluation interval must be 1 to 364 counted days.",
                paramName
            );
        }

        if (DueSoonDays is < 0 or > 365)
        {
            throw new ArgumentException($"{nameof(DueSoonDays)} is {DueSoonDays}: The due-soon window must be 0 to 365 days.", paramName);
        }

        if (EerstejaarsevaluatieWindowStartWeek is < 1 or > 52)
        {
            throw new ArgumentException(
                $"{nameof(EerstejaarsevaluatieWindowStartWeek)} is {EerstejaarsevaluatieWindowStartWeek}: The window must start in week 1 to 52.",
                paramName
            );
        }

        if (Spoor2TermDays is < 1 or > 364)
        {
            throw new ArgumentException(
                $"{nameof(Spoor2TermDays)} is {Spoor2TermDays}: The spoor-2 term must be 1 to 364 counted days.",
                paramName
            );
        }
    }
}
