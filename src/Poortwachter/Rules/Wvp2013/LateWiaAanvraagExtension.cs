using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Rules.Wvp2013;

/// <summary>
/// A late WIA application extends wage continuation by the delay (BW 7:629 lid 11 onder a), counted from the
/// statutory due date (WIA art. 64 lid 3). An application within four weeks of a late UWV letter counts as on time
/// (art. 64 lid 6). While the application is still missing after its due date, the end is open: it is shown as if the
/// application is made the day after the assessment date, the earliest it can still come, and moves later every day.
/// </summary>
internal sealed class LateWiaAanvraagExtension : IStatutoryPeriodExtension
{
    /// <summary>The code of this extension.</summary>
    public const string ExtensionCode = "wia-aanvraag-te-laat";

    /// <inheritdoc/>
    public string Code => ExtensionCode;

    /// <inheritdoc/>
    /// <remarks>The application is an obligation, not a decision: nothing of it is reported as ignored.</remarks>
    public bool IsDecision(CaseEvent caseEvent) => false;

    /// <inheritdoc/>
    public LegalSource LegalBasis => new(Laws.Bw7, "629", "11 onder a");

    /// <inheritdoc/>
    public WachttijdEndChange? Apply(WachttijdEndContext context)
    {
        if (context.WachttijdEndsOn is not null)
        {
            // A shortened wachttijd (WIA art. 23 lid 6): the application for it is the WIA application (WIA art. 66 lid 1), so none can be late.
            return null;
        }

        var clock = context.Clock;
        // The end the application counts back from is counted day 728 or later, so its due date is a counted day.
        if (clock.DateOfCountedDay(clock.CountedDaysThrough(context.ReferenceEnd) - (WiaAanvraagRule.WeeksBeforeEnd * 7)) is not { } due)
        {
            return null;
        }

        LocalDate? applied = null;
        for (var at = 0; at < context.Events.Count; at++)
        {
            var e = context.Events[at];
            if (e is Cases.ObligationFulfilled f && f.Obligation == ObligationCodes.WiaAanvraag)
            {
                applied = f.On;
                break;
            }
        }

        var protection = LateLetterProtection.For(clock, context.Events, context.Case.Vangnet is not null);
        var onTimeUntil = protection is { } p && p.Until > due ? p.Until : due;
        if (applied is { } a ? a <= onTimeUntil : context.AsOf <= onTimeUntil)
        {
            return null;
        }

        // Missing: the earliest it can still come is the day after the assessment date.
        var until = applied ?? context.AsOf.PlusDays(1);
        var delay = Period.DaysBetween(due, until);
        var newLast = context.LastDay.PlusDays(delay);
        return new WachttijdEndChange(
            Code,
            newLast,
            movesReferenceEnd: false,
            LegalBasis,
            new DelayText(applied, due, delay, context.AsOf, context.LastDay, newLast, protection)
        )
        {
            LeavesEndOpen = applied is null,
        };
    }

    /// <summary>The derivation of the extension by the delay, written when read.</summary>
    private sealed class DelayText(
        LocalDate? applied,
        LocalDate due,
        int delay,
        LocalDate asOf,
        LocalDate lastDay,
        LocalDate newLast,
        LateLetterProtection.Protection? protection
    ) : Assessments.DeferredText
    {
        public override void Write(Assessments.TextBuffer text)
        {
            if (text.Language == Assessments.TextLanguage.Dutch)
            {
                WriteDutch(text);
                return;
            }

            if (applied is { } a)
            {
                text.Append($"The WIA application was made on {a}, {delay} day(s) after its due date {due}");
            }
            else
            {
                text.Append(
                    $"The WIA application was due on {due} and is still missing on {asOf}: made tomorrow at the earliest, it is {delay} day(s) late"
                );
            }

            text.Append($": wage continuation is extended by the delay, from {lastDay} to {newLast} (BW 7:629 lid 11 onder a)");
            text.Append(
                applied is null ? "; the end stays open until the application is made, and moves a day later for every day it is not." : "."
            );
            if (protection is { } q)
            {
                text.Append(' ');
                q.Write(text);
                text.Append(" No application came within those four weeks, so the delay counts from the due date of art. 64 lid 3.");
            }
        }

        private void WriteDutch(Assessments.TextBuffer text)
        {
            var days = delay;
            var word = delay == 1 ? "dag" : "dagen";
            if (applied is { } a)
            {
                text.Append($"De WIA-aanvraag is gedaan op {a}, {days} {word} na de uiterste datum van {due}");
            }
            else
            {
                text.Append(
                    $"De WIA-aanvraag moest uiterlijk op {due} worden gedaan en ontbreekt nog op {asOf}: wordt zij op zijn vroegst morgen gedaan, dan is zij {days} {word} te laat"
                );
            }

            text.Append($": de loondoorbetaling wordt verlengd met de vertraging, van {lastDay} tot {newLast} (BW 7:629 lid 11 onder a)");
            text.Append(
                applied is null
                    ? "; het einde blijft open totdat de aanvraag is gedaan, en schuift elke dag dat zij uitblijft een dag op."
                    : "."
            );
            if (protection is { } q)
            {
                text.Append(' ');
                q.Write(text);
                text.Append(
                    " Binnen die vier weken is geen aanvraag gedaan, dus de vertraging telt vanaf de uiterste datum van art. 64 lid 3."
                );
            }
        }
    }
}
