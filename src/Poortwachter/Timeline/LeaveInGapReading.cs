namespace Poortwachter.Timeline;

/// <summary>
/// How pregnancy and birth leave (Wazo) between two sickness periods is read when deciding whether they are one case
/// (<i>samentelling</i>, BW 7:629 lid 10; Ziektewet art. 38 lid 1; WIA art. 23 lid 3). Leave days never count as sick
/// days under either reading (BW 7:629 lid 4; WIA art. 23 lid 5).
/// </summary>
public enum LeaveInGapReading
{
    /// <summary>
    /// The literal reading, the default: the interruption between two sickness periods is every day between them,
    /// fit days and leave days alike. The periods are one case when that interruption is shorter than four weeks (limb
    /// a), or when both directly adjoin the leave: the first ends the day before it starts and the second starts the
    /// day after it ends (limb b, "direct voorafgaan aan en aansluiten op"). Limb b would be pointless if leave days
    /// did not count as interruption, which is why this reading is the default.
    /// </summary>
    Literal = 0,

    /// <summary>
    /// The neutral reading: leave days are left out when the interruption is measured, so only fit days interrupt.
    /// Sickness, 14 fit days, 16 weeks of leave and sickness again is then one case. Some practitioner sources read
    /// "niet in aanmerking genomen" (WIA art. 23 lid 5) this way.
    /// </summary>
    Neutral = 1,
}
