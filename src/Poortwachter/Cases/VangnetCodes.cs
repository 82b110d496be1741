using System;
using System.Collections.Generic;

namespace Poortwachter.Cases;

/// <summary>
/// The stable codes of the safety nets (<i>vangnet</i>) a case can name in <see cref="SicknessCase.Vangnet"/>: the
/// employee claims sickness benefit (<i>ziekengeld</i>) from UWV although the employer goes on paying wage. Ziektewet
/// art. 38 then does not apply (lid 4, except the RIV at the end of employment): the employer reports the sickness to
/// UWV under art. 38a instead, and keeps its re-integration duties. A code never changes once released.
/// </summary>
public static class VangnetCodes
{
    /// <summary>Unfit for work because of organ donation (Ziektewet art. 29 lid 2 onder e): reported within six weeks (art. 38a lid 3).</summary>
    public const string Orgaandonatie = "orgaandonatie";

    /// <summary>
    /// Unfit for work because of the pregnancy, before the pregnancy leave (Ziektewet art. 29a lid 1): reported within
    /// six weeks (art. 38a lid 3). Sickness right after the leave, from the same cause, is then art. 29a lid 4 and is
    /// reported on its fourth day (art. 38a lid 2 onder a). No voluntary extension (WIA art. 24 lid 1 onder a).
    /// </summary>
    public const string Zwangerschap = "zwangerschap";

    /// <summary>
    /// Unfit for work right after the birth leave because of the birth or the pregnancy (Ziektewet art. 29a lid 4): the
    /// case starts on the first day after the leave and is reported on its fourth day (art. 38a lid 2 onder a). No
    /// voluntary extension (WIA art. 24 lid 1 onder a).
    /// </summary>
    public const string Bevalling = "bevalling";

    /// <summary>The no-riskpolis (Ziektewet art. 29b, any of its groups): reported within six weeks (art. 38a lid 3).</summary>
    public const string NoRiskpolis = "no-riskpolis";

    /// <summary>Gets every code, in the order of the articles.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly<string>([Orgaandonatie, Zwangerschap, Bevalling, NoRiskpolis]);

    /// <summary>Returns whether a code is one of <see cref="All"/> (ordinal, case-sensitive).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for a known code.</returns>
    public static bool IsKnown(string? code) => code is Orgaandonatie or Zwangerschap or Bevalling or NoRiskpolis;

    /// <summary>
    /// Returns whether the report to UWV is due after six weeks (Ziektewet art. 38a lid 3: art. 29 lid 2 onder e, 29a lid
    /// 1, 29b) rather than on the fourth day of the incapacity (lid 2 onder a).
    /// </summary>
    internal static bool ReportsAfterSixWeeks(string code) => code is Orgaandonatie or Zwangerschap or NoRiskpolis;

    /// <summary>Returns whether a voluntary extension is barred: "tenzij ... artikel 29a, eerste of vierde lid ... van de Ziektewet van toepassing is" (WIA art. 24 lid 1 onder a).</summary>
    internal static bool BarsVerlenging(string? code) => code is Zwangerschap or Bevalling;
}
