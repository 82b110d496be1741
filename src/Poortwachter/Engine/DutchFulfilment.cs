using Poortwachter.Assessments;

namespace Poortwachter.Engine;

/// <summary>
/// The verb a Dutch text uses for an obligation that is done, as a casemanager says it: a plan van aanpak is
/// <c>opgesteld</c>, an evaluatie <c>gehouden</c>, a melding <c>gedaan</c>, the WIA-aanvraag <c>ingediend</c>, the
/// tweede spoor <c>gestart</c>, an onderzoek <c>uitgevoerd</c> (the word for a step the list does not know).
/// </summary>
internal static class DutchFulfilment
{
    /// <summary>The past participle for an obligation code: <c>opgesteld</c>, <c>gehouden</c>, <c>gedaan</c>, ...</summary>
    /// <param name="kind">The obligation code; <see langword="null"/> gives the general word.</param>
    /// <returns>The participle, lower case.</returns>
    public static string Participle(string? kind) =>
        kind switch
        {
            ObligationCodes.Probleemanalyse
            or ObligationCodes.PlanVanAanpak
            or ObligationCodes.ReIntegratieverslag
            or ObligationCodes.Spoor2Trajectplan
            or ObligationCodes.Spoor2Voortgangsrapportage
            or ObligationCodes.Spoor2Eindrapportage => "opgesteld",
            ObligationCodes.Evaluatie or ObligationCodes.Eerstejaarsevaluatie => "gehouden",
            ObligationCodes.UwvZiekmelding or ObligationCodes.VangnetZiekmelding or ObligationCodes.ZiekUitDienstMelding => "gedaan",
            ObligationCodes.WiaAanvraag => "ingediend",
            ObligationCodes.Spoor2 => "gestart",
            _ => "uitgevoerd",
        };

    /// <summary>The participle with a capital first letter, to open a sentence: <c>Opgesteld</c>.</summary>
    /// <param name="kind">The obligation code.</param>
    /// <returns>The participle, capitalised.</returns>
    public static string Capitalised(string? kind)
    {
        var word = Participle(kind);
        return char.ToUpperInvariant(word[0]) + word.Substring(1);
    }
}
