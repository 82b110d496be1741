using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Engine;

/// <summary>
/// When the employer's duties end. Normally with the employment: UWV then takes over the re-integration (Ziektewet art.
/// 38 lid 2; WIA art. 26 lid 1). An eigenrisicodrager ZW keeps them for its former employee (WIA art. 26 lid 2:
/// "artikel 25, eerste, tweede, derde, vijfde, zesde, zevende en achtste lid, van overeenkomstige toepassing op de
/// eigenrisicodrager"; Ziektewet art. 63a lid 1), except in a safety-net case, which UWV carries (WIA art. 26 lid 2 names
/// only art. 29 lid 2 onder a, b and c).
/// </summary>
internal static class EmployerDuties
{
    /// <summary>Returns whether the employer's re-integration duties go on after employment ends.</summary>
    /// <param name="case">The case.</param>
    /// <returns><see langword="true"/> for an eigenrisicodrager ZW in a case without a safety net.</returns>
    public static bool ContinueAfterEmployment(SicknessCase @case) => @case.EigenrisicodragerZw && @case.Vangnet is null;

    /// <summary>Returns the last day of the employer's duties: the last day of employment, or none when they go on.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The day, or <see langword="null"/>.</returns>
    public static LocalDate? EndOn(SicknessCase @case) => ContinueAfterEmployment(@case) ? null : @case.EmploymentEndsOn;
}
