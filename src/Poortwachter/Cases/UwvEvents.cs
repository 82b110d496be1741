using System;
using NodaTime;

namespace Poortwachter.Cases;

/// <summary>
/// UWV's decision to extend wage continuation because the re-integration efforts fell short
/// (<i>loonsanctie</i>, WIA art. 25 lid 9), code <c>loonsanctie</c>.
/// </summary>
public sealed class Loonsanctie : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of UWV's decision.</param>
    /// <param name="weeks">The length of the extension in weeks (1 to 52).</param>
    public Loonsanctie(LocalDate on, int weeks)
        : base(on) => Weeks = weeks;

    /// <summary>Gets the length of the extension in weeks; the statute allows 1 to 52.</summary>
    public int Weeks { get; }

    /// <inheritdoc/>
    public override string Type => EventCodes.Loonsanctie;
}

/// <summary>
/// UWV found the employer's repair sufficient (<i>bekorting</i> of a loonsanctie, WIA art. 25 lid 12-14),
/// code <c>bekorting</c>: the sanction ends six weeks later.
/// </summary>
public sealed class Bekorting : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of UWV's finding.</param>
    public Bekorting(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.Bekorting;
}

/// <summary>
/// A voluntary extension of wage continuation granted by UWV at the joint request of employer and
/// employee (<i>vrijwillige verlenging</i>, WIA art. 24), code <c>verlenging</c>.
/// </summary>
public sealed class Verlenging : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date on which UWV granted the extension.</param>
    /// <param name="until">The new last day of wage continuation set by UWV.</param>
    public Verlenging(LocalDate on, LocalDate until)
        : base(on) => Until = until;

    /// <summary>Gets the new last day of wage continuation.</summary>
    public LocalDate Until { get; }

    /// <inheritdoc/>
    public override string Type => EventCodes.Verlenging;
}

/// <summary>
/// Employer and employee asked UWV to extend wage continuation (<i>verzoek om verlenging</i>, WIA art. 24 lid 1, or a
/// further extension, lid 2), code <c>verlenging-verzoek</c>, dated on the day the request was made; UWV's grant is the
/// event <see cref="Verlenging"/>. A request made before any 42nd-week report counts as that report from its day
/// ("wordt ... dit verzoek, beschouwd als een aangifte op grond van het eerste lid", Ziektewet art. 38 lid 8), whatever
/// UWV decides on it. The first request comes on or before the first grant.
/// </summary>
public sealed class VerlengingVerzoek : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The day the request was made.</param>
    public VerlengingVerzoek(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.VerlengingVerzoek;
}

/// <summary>
/// The employer's report to UWV that the shortfall behind a loonsanctie is repaired (<i>herstelmelding</i>, WIA art. 25
/// lid 12), code <c>herstelmelding</c>, dated on the day UWV received it: UWV decides on it within three weeks of
/// receipt (lid 13), and a late decision ends the sanction that much earlier (lid 14).
/// </summary>
public sealed class Herstelmelding : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The day UWV received the report.</param>
    public Herstelmelding(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.Herstelmelding;
}

/// <summary>
/// UWV's decision that the shortfall is not repaired (<i>beschikking waarin wordt vastgesteld dat een tekortkoming
/// niet is hersteld</i>, WIA art. 25 lid 14), code <c>herstel-afgewezen</c>: the sanction runs on, but a decision given
/// later than three weeks after the herstelmelding ends it that much earlier.
/// </summary>
public sealed class HerstelAfgewezen : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of UWV's decision.</param>
    public HerstelAfgewezen(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.HerstelAfgewezen;
}

/// <summary>
/// The employee received UWV's letter about the WIA application (<i>kennisgeving</i>, WIA art. 64 lid 2), code
/// <c>uwv-wia-brief</c>, dated on the day of receipt. A letter received after the wachttijd has lasted 89 weeks gives
/// the employee four weeks from receipt to apply on time (art. 64 lid 6).
/// </summary>
public sealed class UwvWiaBrief : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The day the employee received the letter.</param>
    public UwvWiaBrief(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.UwvWiaBrief;
}

/// <summary>
/// The re-integratieverslag was supplemented after a voluntary extension (<i>aanvulling</i>, WIA art. 25 lid 4 onder
/// b), code <c>riv-aanvulling</c>: due 13 weeks before the extended end when the RIV was made before the extension.
/// </summary>
public sealed class RivAanvulling : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of the supplement.</param>
    public RivAanvulling(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.RivAanvulling;
}

/// <summary>
/// The employee applied to UWV for a shortened wachttijd (<i>verkorte wachttijd</i>, the route to an early IVA benefit,
/// WIA art. 23 lid 6 and 66), code <c>vervroegde-iva-aanvraag</c>, dated on the day the application was made. The
/// application also counts as the WIA application (art. 66 lid 1) and, when no 42nd-week report was made, as that
/// report (Ziektewet art. 38 lid 8). It can be made only once (art. 66 lid 2).
/// </summary>
public sealed class VervroegdeIvaAanvraag : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The day the employee applied.</param>
    public VervroegdeIvaAanvraag(LocalDate on)
        : base(on) { }

    /// <inheritdoc/>
    public override string Type => EventCodes.VervroegdeIvaAanvraag;
}

/// <summary>
/// UWV's decision on the application for a shortened wachttijd (WIA art. 23 lid 6), code <c>vervroegde-iva-besluit</c>,
/// dated on the day of the decision. When granted, UWV fixes the end of the shortened wachttijd
/// (<see cref="WachttijdEndsOn"/>, its last day): at least 13 and at most 78 weeks, and not earlier than ten weeks after
/// the application; the IVA benefit starts the next day. The employer's wage continuation does not end with it.
/// </summary>
public sealed class VervroegdeIvaBesluit : CaseEvent
{
    /// <summary>Initializes the event.</summary>
    /// <param name="on">The date of UWV's decision.</param>
    /// <param name="granted">Whether UWV granted the shortened wachttijd.</param>
    /// <param name="wachttijdEndsOn">The last day of the shortened wachttijd as UWV fixed it: required when granted, absent when refused.</param>
    public VervroegdeIvaBesluit(LocalDate on, bool granted, LocalDate? wachttijdEndsOn)
        : base(on)
    {
        Granted = granted;
        WachttijdEndsOn = wachttijdEndsOn;
    }

    /// <summary>Gets a value indicating whether UWV granted the shortened wachttijd.</summary>
    public bool Granted { get; }

    /// <summary>Gets the last day of the shortened wachttijd as UWV fixed it; <see langword="null"/> when refused.</summary>
    public LocalDate? WachttijdEndsOn { get; }

    /// <inheritdoc/>
    public override string Type => EventCodes.VervroegdeIvaBesluit;
}
