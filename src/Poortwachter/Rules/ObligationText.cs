using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Engine;

namespace Poortwachter.Rules;

/// <summary>
/// The explanation of an obligation made by <see cref="RuleContext.CreateObligation(RuleDescriptor, LocalDate?, LocalDate?, DeferredText, Afwijking?, bool, int, ObligationStatus?)"/>:
/// the rule's derivation, the deviation that moved the date, then the reason for the status. It holds the judge of the
/// assessment and the dates it prints, not the rule context.
/// </summary>
internal sealed class ObligationText(
    DeferredText derivation,
    StatusJudge judge,
    string kind,
    LocalDate? dueBy,
    LocalDate? fulfilledOn,
    bool employerObligation,
    Afwijking? deviation,
    LocalDate? dueWithoutDeviation
) : DeferredText
{
    /// <inheritdoc/>
    public override void Write(TextBuffer text)
    {
        var start = text.Length;
        derivation.Write(text);
        if (deviation is not null)
        {
            EngineTexts.WriteDeviated(text, start, dueWithoutDeviation, deviation);
        }

        judge.WriteReason(text, start, dueBy, fulfilledOn, employerObligation, kind);
    }
}
