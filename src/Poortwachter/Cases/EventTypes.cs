using System;
using System.Collections.Generic;
using Poortwachter.Assessments;

namespace Poortwachter.Cases;

/// <summary>The former name of <see cref="EventCodes"/>, kept so that hosts' code compiles; each constant is the same value.</summary>
[Obsolete("Renamed to EventCodes (a class of codes is called ...Codes, docs/design.md); EventTypes will be removed in 1.0.")]
public static class EventTypes
{
    /// <summary>See <see cref="EventCodes.GeenTerugkeerEigenOrganisatie"/>.</summary>
    public const string GeenTerugkeerEigenOrganisatie = EventCodes.GeenTerugkeerEigenOrganisatie;

    /// <summary>See <see cref="EventCodes.GeenTerugkeerEigenFunctie"/>.</summary>
    public const string GeenTerugkeerEigenFunctie = EventCodes.GeenTerugkeerEigenFunctie;

    /// <summary>See <see cref="EventCodes.Spoor2Uitstel"/>.</summary>
    public const string Spoor2Uitstel = EventCodes.Spoor2Uitstel;

    /// <summary>See <see cref="EventCodes.Spoor2Plaatsing"/>.</summary>
    public const string Spoor2Plaatsing = EventCodes.Spoor2Plaatsing;

    /// <summary>See <see cref="EventCodes.Loonsanctie"/>.</summary>
    public const string Loonsanctie = EventCodes.Loonsanctie;

    /// <summary>See <see cref="EventCodes.Bekorting"/>.</summary>
    public const string Bekorting = EventCodes.Bekorting;

    /// <summary>See <see cref="EventCodes.Verlenging"/>.</summary>
    public const string Verlenging = EventCodes.Verlenging;

    /// <summary>See <see cref="EventCodes.VerlengingVerzoek"/>.</summary>
    public const string VerlengingVerzoek = EventCodes.VerlengingVerzoek;

    /// <summary>See <see cref="EventCodes.Afwijking"/>.</summary>
    public const string Afwijking = EventCodes.Afwijking;

    /// <summary>See <see cref="EventCodes.Herstelmelding"/>.</summary>
    public const string Herstelmelding = EventCodes.Herstelmelding;

    /// <summary>See <see cref="EventCodes.HerstelAfgewezen"/>.</summary>
    public const string HerstelAfgewezen = EventCodes.HerstelAfgewezen;

    /// <summary>See <see cref="EventCodes.UwvWiaBrief"/>.</summary>
    public const string UwvWiaBrief = EventCodes.UwvWiaBrief;

    /// <summary>See <see cref="EventCodes.RivAanvulling"/>.</summary>
    public const string RivAanvulling = EventCodes.RivAanvulling;

    /// <summary>See <see cref="EventCodes.VervroegdeIvaAanvraag"/>.</summary>
    public const string VervroegdeIvaAanvraag = EventCodes.VervroegdeIvaAanvraag;

    /// <summary>See <see cref="EventCodes.VervroegdeIvaBesluit"/>.</summary>
    public const string VervroegdeIvaBesluit = EventCodes.VervroegdeIvaBesluit;

    /// <summary>See <see cref="EventCodes.DeviableObligations"/>.</summary>
    public static readonly IReadOnlyCollection<string> DeviableObligations = EventCodes.DeviableObligations;
}
