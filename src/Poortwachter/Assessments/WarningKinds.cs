using System;

namespace Poortwachter.Assessments;

/// <summary>The former name of <see cref="WarningCodes"/>, kept so that hosts' code compiles; each constant is the same value.</summary>
[Obsolete("Renamed to WarningCodes (a class of codes is called ...Codes, docs/design.md); WarningKinds will be removed in 1.0.")]
public static class WarningKinds
{
    /// <summary>See <see cref="WarningCodes.Overdue"/>.</summary>
    public const string Overdue = WarningCodes.Overdue;

    /// <summary>See <see cref="WarningCodes.DueSoon"/>.</summary>
    public const string DueSoon = WarningCodes.DueSoon;

    /// <summary>See <see cref="WarningCodes.FulfilledLate"/>.</summary>
    public const string FulfilledLate = WarningCodes.FulfilledLate;

    /// <summary>See <see cref="WarningCodes.WagePeriodExtended"/>.</summary>
    public const string WagePeriodExtended = WarningCodes.WagePeriodExtended;

    /// <summary>See <see cref="WarningCodes.WachttijdVerkort"/>.</summary>
    public const string WachttijdVerkort = WarningCodes.WachttijdVerkort;

    /// <summary>See <see cref="WarningCodes.VervroegdeIvaInBehandeling"/>.</summary>
    public const string VervroegdeIvaInBehandeling = WarningCodes.VervroegdeIvaInBehandeling;

    /// <summary>See <see cref="WarningCodes.Spoor2Decision"/>.</summary>
    public const string Spoor2Decision = WarningCodes.Spoor2Decision;

    /// <summary>See <see cref="WarningCodes.DeviationApplied"/>.</summary>
    public const string DeviationApplied = WarningCodes.DeviationApplied;

    /// <summary>See <see cref="WarningCodes.ReIntegratievisieOntbreekt"/>.</summary>
    public const string ReIntegratievisieOntbreekt = WarningCodes.ReIntegratievisieOntbreekt;

    /// <summary>See <see cref="WarningCodes.NewWachttijd"/>.</summary>
    public const string NewWachttijd = WarningCodes.NewWachttijd;

    /// <summary>See <see cref="WarningCodes.EventAfterAsOf"/>.</summary>
    public const string EventAfterAsOf = WarningCodes.EventAfterAsOf;

    /// <summary>See <see cref="WarningCodes.EventIgnored"/>.</summary>
    public const string EventIgnored = WarningCodes.EventIgnored;

    /// <summary>See <see cref="WarningCodes.ImplausibleEvent"/>.</summary>
    public const string ImplausibleEvent = WarningCodes.ImplausibleEvent;

    /// <summary>See <see cref="WarningCodes.RivSupplement"/>.</summary>
    public const string RivSupplement = WarningCodes.RivSupplement;

    /// <summary>See <see cref="WarningCodes.ZiekUitDienst"/>.</summary>
    public const string ZiekUitDienst = WarningCodes.ZiekUitDienst;

    /// <summary>See <see cref="WarningCodes.AowLeeftijd"/>.</summary>
    public const string AowLeeftijd = WarningCodes.AowLeeftijd;

    /// <summary>See <see cref="WarningCodes.Early"/>.</summary>
    public const string Early = WarningCodes.Early;

    /// <summary>See <see cref="WarningCodes.Spoor2Uitstel"/>.</summary>
    public const string Spoor2Uitstel = WarningCodes.Spoor2Uitstel;

    /// <summary>See <see cref="WarningCodes.Spoor2UitstelVerlopen"/>.</summary>
    public const string Spoor2UitstelVerlopen = WarningCodes.Spoor2UitstelVerlopen;

    /// <summary>See <see cref="WarningCodes.Spoor2Voortgang"/>.</summary>
    public const string Spoor2Voortgang = WarningCodes.Spoor2Voortgang;

    /// <summary>See <see cref="WarningCodes.Spoor2EindrapportageOntbreekt"/>.</summary>
    public const string Spoor2EindrapportageOntbreekt = WarningCodes.Spoor2EindrapportageOntbreekt;

    /// <summary>See <see cref="WarningCodes.Label(string, TextLanguage)"/>.</summary>
    /// <param name="kind">The warning code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(string kind, TextLanguage language) => WarningCodes.Label(kind, language);
}
