using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Changes;

/// <summary>
/// The summary of a change, in either language: what changed (<c>plan van aanpak 17 days later</c>), then why (the case
/// facts that differ, or the other assessment date). It holds the two items, whose derivations <see cref="Full"/> adds.
/// </summary>
internal sealed class ChangeText(
    object? previous,
    object? current,
    IReadOnlyList<CaseFactChange> facts,
    LocalDate? previousAsOf,
    LocalDate? asOf,
    Interruption? recovery = null
) : DeferredText
{
    /// <summary>Gets or sets the change this text describes (set once, by the change's constructor).</summary>
    public Change Change { get; set; } = null!;

    /// <inheritdoc/>
    public override void Write(TextBuffer text)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        var c = Change;
        if (c.What == ChangeKinds.Added)
        {
            text.Append(dutch ? "nieuw: " : "new: ");
            Title(c, text);
            Dated(c, c.CurrentDate, text);
            if (c.CurrentStatus is { } status)
            {
                text.Append(", ");
                Severity(c, text, dutch);
                text.Append(ChangeWords.Status(c.Subject, status, dutch));
            }
        }
        else if (c.What == ChangeKinds.Removed)
        {
            text.Append(dutch ? "vervallen: " : "no longer: ");
            Title(c, text);
        }
        else
        {
            Title(c, text);
            if ((c.What & ChangeKinds.Moved) != ChangeKinds.None)
            {
                Moved(c, text, dutch);
            }

            if ((c.What & ChangeKinds.StatusChanged) != ChangeKinds.None)
            {
                text.Append((c.What & ChangeKinds.Moved) != ChangeKinds.None ? ", " : ": ");
                Severity(c, text, dutch);
                text.Append(dutch ? "nu " : "now ");
                text.Append(ChangeWords.Status(c.Subject, c.CurrentStatus!, dutch));
                text.Append(" (was ");
                text.Append(ChangeWords.Status(c.Subject, c.PreviousStatus!, dutch));
                text.Append(')');
            }
        }

        Why(text, dutch);
    }

    /// <summary>Writes the item's derivation in the previous and the current assessment.</summary>
    public void WriteDerivations(TextBuffer text)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        if (previous is not null)
        {
            text.Append(dutch ? "\nEerder: " : "\nBefore: ");
            Derivation(previous, text);
        }

        if (current is not null)
        {
            text.Append(dutch ? "\nNu: " : "\nNow: ");
            Derivation(current, text);
        }
    }

    private static void Derivation(object item, TextBuffer text)
    {
        switch (item)
        {
            case Obligation o:
                o.WriteExplanation(text);
                break;
            case Milestone m:
                m.WriteExplanation(text);
                break;
            case Warning w:
                w.WriteMessage(text);
                break;
        }
    }

    private void Why(TextBuffer text, bool dutch)
    {
        var separator = ": ";
        if (previousAsOf is null)
        {
            text.Append(separator);
            text.Append(dutch ? "nieuwe zaak" : "new case");
            return;
        }

        if (asOf is null)
        {
            text.Append(separator);
            text.Append(dutch ? "zaak niet meer in het bestand" : "case no longer in the portfolio");
            return;
        }

        for (var i = 0; i < facts.Count; i++)
        {
            text.Append(separator);
            facts[i].WriteDescription(text);
            separator = "; ";
        }

        if (recovery is not null)
        {
            // Why a case ended by recovery when only the date moved: the fit days reached four weeks (BW 7:629 lid 10).
            text.Append(separator);
            text.Append(dutch ? "hersteld sinds " : "fit since ");
            text.AppendDate(recovery.From);
            text.Append(", ");
            text.AppendNumber(recovery.FitDays);
            text.Append(dutch ? " hersteldagen op " : " fit days by ");
            text.AppendDate(asOf.Value);
            text.Append(dutch ? " (28 hersteldagen beëindigen een ziekteperiode, BW 7:629 lid 10)" : " (28 end a case, BW 7:629 lid 10)");
            separator = "; ";
        }

        if (previousAsOf != asOf)
        {
            text.Append(separator);
            text.Append(dutch ? "beoordeeld op " : "assessed on ");
            text.AppendDate(asOf.Value);
            text.Append(dutch ? " in plaats van " : " instead of ");
            text.AppendDate(previousAsOf.Value);
        }
    }

    private static void Severity(Change c, TextBuffer text, bool dutch)
    {
        if (c.Subject == ChangeSubject.Warning)
        {
            text.Append(dutch ? "ernst " : "severity ");
        }
    }

    private static void Title(Change c, TextBuffer text)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        switch (c.Subject)
        {
            case ChangeSubject.Obligation:
                ChangeWords.Code(c.Kind, text);
                Number(c.Sequence, text);
                break;
            case ChangeSubject.Milestone:
                ChangeWords.Code(c.Kind, text);
                Number(c.Occurrence > 1 ? c.Occurrence : 0, text);
                break;
            case ChangeSubject.Warning:
                // The warning named in words ("waarschuwing 'te laat'"), not by its code.
                text.Append(dutch ? "waarschuwing '" : "warning '");
                text.Append(WarningCodes.Label(c.Kind, text.Language));
                text.Append('\'');
                if (c.About is { } about)
                {
                    text.Append(dutch ? " over " : " about ");
                    ChangeWords.Code(about, text);
                    Number(c.Sequence, text);
                }

                break;
            default:
                text.Append(ChangeWords.WachttijdItem(c.Kind, dutch));
                break;
        }
    }

    private static void Number(int n, TextBuffer text)
    {
        if (n > 0)
        {
            text.Append(text.Language == TextLanguage.Dutch ? " nr. " : " #");
            text.AppendNumber(n);
        }
    }

    private static void Dated(Change c, LocalDate? date, TextBuffer text)
    {
        if (date is not { } d)
        {
            return;
        }

        var dutch = text.Language == TextLanguage.Dutch;
        text.Append(c.Subject == ChangeSubject.Obligation ? (dutch ? ", uiterlijk op " : ", due by ") : (dutch ? ", op " : ", on "));
        text.AppendDate(d);
    }

    private static void Moved(Change c, TextBuffer text, bool dutch)
    {
        if (c.PreviousDate is null)
        {
            var obligation = c.Subject == ChangeSubject.Obligation;
            text.Append(obligation ? (dutch ? " nu uiterlijk op " : " now due by ") : (dutch ? " nu op " : " now on "));
            text.AppendDate(c.CurrentDate!.Value);
            return;
        }

        if (c.CurrentDate is null)
        {
            text.Append(dutch ? " zonder datum" : " no longer dated");
            return;
        }

        var days = c.DaysMoved;
        var n = days < 0 ? -days : days;
        text.Append(' ');
        text.AppendNumber(n);
        text.Append(dutch ? (n == 1 ? " dag " : " dagen ") : (n == 1 ? " day " : " days "));
        text.Append(
            days > 0 ? "later"
            : dutch ? "eerder"
            : "earlier"
        );
    }

    /// <summary>The reason: the summary, then both derivations.</summary>
    internal sealed class Full(ChangeText summary) : DeferredText
    {
        /// <inheritdoc/>
        public override void Write(TextBuffer text)
        {
            summary.Change.WriteSummary(text);
            summary.WriteDerivations(text);
        }
    }
}

/// <summary>The description of a case fact that differs, in either language.</summary>
internal sealed class CaseFactText : DeferredText
{
    /// <summary>Gets or sets the fact this text describes (set once, by its constructor).</summary>
    public CaseFactChange Fact { get; set; } = null!;

    /// <inheritdoc/>
    public override void Write(TextBuffer text)
    {
        var dutch = text.Language == TextLanguage.Dutch;
        var f = Fact;
        switch (f.Fact)
        {
            case CaseFact.SicknessPeriod:
                Sickness(f, text, dutch);
                return;
            case CaseFact.LeavePeriod:
                text.Append(
                    f.Code == Cases.LeaveKinds.ZwangerschapBevalling
                        ? (dutch ? "zwangerschaps- en bevallingsverlof" : "pregnancy and birth leave")
                        : f.Code
                );
                text.Append(dutch ? " vanaf " : " from ");
                text.AppendDate(f.Date!.Value);
                if (f.Change == FactChange.Changed)
                {
                    text.Append(dutch ? " eindigt nu op " : " now ends on ");
                    Value(f.CurrentValue, text, dutch);
                    return;
                }

                Verb(f.Change, text, dutch);
                return;
            case CaseFact.Event:
                text.Append(dutch ? "gebeurtenis " : "event ");
                text.Append(f.Code);
                text.Append(dutch ? " op " : " on ");
                text.AppendDate(f.Date!.Value);
                Verb(f.Change, text, dutch);
                return;
            default:
                text.Append(ChangeWords.FactName(f.Fact, dutch));
                text.Append(dutch ? " nu " : " now ");
                Value(f.CurrentValue, text, dutch);
                text.Append(" (was ");
                Value(f.PreviousValue, text, dutch);
                text.Append(')');
                return;
        }
    }

    private static void Sickness(CaseFactChange f, TextBuffer text, bool dutch)
    {
        text.Append(dutch ? "ziekteperiode vanaf " : "sickness period from ");
        text.AppendDate(f.Date!.Value);
        if (f.Change == FactChange.Changed)
        {
            if (f.CurrentValue == "open")
            {
                text.Append(dutch ? " loopt weer door" : " is open again");
            }
            else
            {
                text.Append(dutch ? " eindigt nu op " : " now ends on ");
                Value(f.CurrentValue, text, dutch);
            }

            return;
        }

        var until = f.Change == FactChange.Added ? f.CurrentValue : f.PreviousValue;
        if (until is not null && until != "open")
        {
            text.Append(dutch ? " tot en met " : " to ");
            Value(until, text, dutch);
        }

        Verb(f.Change, text, dutch);
        if (f.Samentelling)
        {
            text.Append(" (samentelling)");
        }
        else if (f.StartsNewWachttijd)
        {
            text.Append(dutch ? " (nieuwe wachttijd)" : " (new wachttijd)");
        }
    }

    private static void Verb(FactChange change, TextBuffer text, bool dutch) =>
        text.Append(
            change switch
            {
                FactChange.Added => dutch ? " toegevoegd" : " added",
                FactChange.Removed => dutch ? " verwijderd" : " removed",
                _ => dutch ? " gewijzigd" : " changed",
            }
        );

    /// <summary>Writes a value: a date in the language's prose, a flag as yes or no, nothing as none, a code as it is.</summary>
    private static void Value(string? value, TextBuffer text, bool dutch)
    {
        if (value is null)
        {
            text.Append(dutch ? "geen" : "none");
        }
        else if (value == "true" || value == "false")
        {
            text.Append(value == "true" ? (dutch ? "ja" : "yes") : (dutch ? "nee" : "no"));
        }
        else if (LocalDatePattern.Iso.Parse(value) is { Success: true } parsed)
        {
            text.AppendDate(parsed.Value);
        }
        else
        {
            text.Append(value);
        }
    }
}

/// <summary>The words of change texts in both languages (the glossary's terms).</summary>
internal static class ChangeWords
{
    /// <summary>
    /// Writes a code as words, the same in both languages (the codes are the Dutch terms of art): <c>plan-van-aanpak</c>
    /// as <c>plan van aanpak</c>, <c>re-integratieverslag</c> keeps its hyphen, <c>uwv</c>, <c>wia</c>, <c>iva</c>,
    /// <c>aow</c>, <c>zw</c> and <c>wga</c> in capitals.
    /// </summary>
    public static void Code(string code, TextBuffer text)
    {
        var start = 0;
        while (start <= code.Length)
        {
            var end = code.IndexOf('-', start);
            if (end < 0)
            {
                end = code.Length;
            }

            var word = code.Substring(start, end - start);
            var acronym = word is "uwv" or "wia" or "iva" or "aow" or "zw" or "wga";
            text.Append(acronym ? word.ToUpperInvariant() : word);
            if (end < code.Length)
            {
                text.Append(word == "re" ? '-' : ' ');
            }

            start = end + 1;
        }
    }

    public static string Status(ChangeSubject subject, string code, bool dutch) =>
        subject switch
        {
            ChangeSubject.Obligation => code switch
            {
                // "Done on time", not "on time": "now on time (was open)" would read as still within the term.
                "fulfilled" => dutch ? "op tijd uitgevoerd" : "done on time",
                "fulfilled-late" => dutch ? "te laat uitgevoerd" : "done late",
                "overdue" => dutch ? "te laat" : "overdue",
                "not-applicable" => dutch ? "niet van toepassing" : "not required",
                "suspended" => dutch ? "opgeschort" : "suspended",
                _ => code,
            },
            ChangeSubject.Warning => code switch
            {
                "info" => "info",
                // One severity scale in every Dutch text: hoog, middel, info (the table and the page say the same).
                "warning" => dutch ? "middel" : "warning",
                "high" => dutch ? "hoog" : "high",
                _ => code,
            },
            _ => code switch
            {
                "running" => dutch ? "loopt" : "running",
                "interrupted" => dutch ? "onderbroken" : "interrupted",
                "ended-recovered" => dutch ? "geëindigd door herstel" : "ended by recovery",
                "ended" => dutch ? "geëindigd" : "ended",
                _ => code,
            },
        };

    public static string WachttijdItem(string item, bool dutch) =>
        item switch
        {
            WachttijdItems.LastDay => dutch ? "laatste dag van loondoorbetaling" : "last day of wage continuation",
            WachttijdItems.WachttijdEndsOn => dutch ? "einde van de verkorte wachttijd" : "end of the shortened wachttijd",
            WachttijdItems.BanEnd => dutch ? "einde van het opzegverbod bij ziekte" : "end of the dismissal ban during sickness",
            _ => "wachttijd",
        };

    public static string FactName(CaseFact fact, bool dutch) =>
        fact switch
        {
            CaseFact.FirstSickDay => dutch ? "eerste ziektedag" : "first sick day",
            CaseFact.EmploymentEndsOn => dutch ? "laatste dag van het dienstverband" : "last day of employment",
            CaseFact.LastWorkingDay => dutch ? "laatste werkdag" : "last working day",
            CaseFact.ReachesAowAgeOn => dutch ? "datum AOW-leeftijd" : "AOW age reached on",
            // The Dutch terms of art, the same in both languages.
            CaseFact.Vangnet => "vangnet",
            CaseFact.EigenrisicodragerZw => "eigenrisicodrager ZW",
            _ => "eigenrisicodrager WGA",
        };
}
