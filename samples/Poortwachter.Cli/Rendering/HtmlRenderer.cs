using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The assessment as one self-contained HTML page: the wachttijd drawn as an inline-SVG timeline (week axis,
/// sickness, interruptions and leave as bands, each obligation as a numbered marker at its due date coloured by
/// status, milestones, the end of the wachttijd), then the obligations, milestones and warnings as tables. No
/// scripts, fonts or images from elsewhere; print-friendly. Every text is HTML-escaped after its control, bidi and
/// invisible characters are made visible (<see cref="SafeText"/>), and every number is written with the invariant
/// culture, whatever the culture of the process.
/// </summary>
internal static class HtmlRenderer
{
    private const double Left = 150;
    private const double Width = 1000;
    private const double Right = 30;

    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1b1b1b; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
        .sub { color: #555; margin-top: 0; }
        dl.summary { display: grid; grid-template-columns: max-content auto; gap: .2rem 1.2rem; }
        dl.summary dt { font-weight: 600; }
        dl.summary dd { margin: 0; }
        figure { margin: 1.5rem 0; }
        svg { width: 100%; height: auto; background: #fff; }
        svg text { font-family: inherit; font-size: 11px; fill: #333; }
        svg .row-label { font-weight: 600; }
        svg .marker-label { font-size: 9px; fill: #fff; font-weight: 700; }
        figcaption { font-size: .85rem; color: #444; }
        .legend span { display: inline-block; margin-right: 1rem; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%; vertical-align: middle; margin-right: .3rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e3e3e3; padding: .35rem .5rem; }
        th { background: #f5f5f5; }
        td.nowrap { white-space: nowrap; }
        .status { font-weight: 600; white-space: nowrap; }
        .s-fulfilled { color: #2e7d32; } .s-fulfilled-late { color: #b45309; } .s-open { color: #1565c0; }
        .s-overdue { color: #c62828; } .s-suspended { color: #8d6e00; } .s-not-applicable { color: #757575; }
        .sev-high { color: #c62828; font-weight: 700; } .sev-warning { color: #b45309; font-weight: 600; } .sev-info { color: #555; }
        .explanation { color: #444; font-size: .85rem; }
        footer { margin-top: 2rem; font-size: .8rem; color: #666; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          h2 { break-after: avoid; }
          figure { break-inside: avoid; }
          tr { break-inside: avoid; }
          th { background: none; }
          .s-fulfilled, .s-fulfilled-late, .s-open, .s-overdue, .s-suspended, .s-not-applicable { color: #000; }
          footer { display: none; }
        }
        """;

    private const string OverdueCss = """

        tr.overdue td { background: #fdecea; }
        tr.overdue td.status { color: #fff; background: #c62828; }
        @media print { tr.overdue td { background: none; font-weight: 700; } tr.overdue td.status { color: #000; background: none; } }
        """;

    public static void Render(TextWriter w, Assessment a, SicknessCase @case, RuleTitles titles)
    {
        var t = a.Wachttijd;
        var l = titles.Language;
        var dutch = l == TextLanguage.Dutch;
        w.Write($"<!DOCTYPE html>\n<html lang=\"{TextLanguages.Code(l)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<title>Poortwachter: {l.Say("case", "zaak")} {E(a.CaseId)} {l.Say("as of", "op")} {D(a.AsOf, l)}</title>\n");
        w.Write("<style>\n");
        w.Write(Css);
        // Overdue work stands out on both pages: the row tinted, its status in a red badge.
        w.Write(OverdueCss);

        w.Write("\n</style>\n</head>\n<body>\n");
        w.Write($"<h1>{l.Say("Case", "Zaak")} {E(a.CaseId)}</h1>\n");
        w.Write(
            l.Say(
                $"<p class=\"sub\">Wet verbetering poortwachter, assessed as of {D(a.AsOf, l)} with rule set {E(a.RuleSet)}.</p>\n",
                $"<p class=\"sub\">Wet verbetering poortwachter, beoordeeld op {D(a.AsOf, l)} met regelset {E(a.RuleSet)}.</p>\n"
            )
        );

        w.Write("<dl class=\"summary\">\n");
        Term(w, l.Say("First sick day", "Eerste ziektedag"), Dates.Show(t.FirstSickDay, l));
        Term(w, l.Say("State", "Stand"), l.State(t.State));
        Term(w, l.Say("Counted sick days", "Getelde ziektedagen"), Weeks.CountedDays(t, l));
        Term(w, LastDayText.Label(a, l), LastDayText.Value(a, l));
        if (t.WachttijdEndsOn is { } shortened)
        {
            Term(w, LastDayText.Shortened(l), Dates.Show(shortened, l));
        }

        Term(w, l.Say("WIA can start", "WIA kan ingaan"), LastDayText.WiaStart(a, l));
        w.Write("</dl>\n");

        w.Write($"<h2>{l.Say("Timeline", "Tijdlijn")}</h2>\n<figure>\n");
        Svg(w, a, @case, titles);
        w.Write("<figcaption><div class=\"legend\">");
        foreach (
            var status in new[]
            {
                ObligationStatus.Fulfilled,
                ObligationStatus.FulfilledLate,
                ObligationStatus.Open,
                ObligationStatus.Overdue,
                ObligationStatus.Suspended,
                ObligationStatus.NotApplicable,
            }
        )
        {
            w.Write(
                $"<span><i class=\"swatch\" style=\"background:{Colour(ObligationStatuses.Code(status))}\"></i>{l.Status(status)}</span>"
            );
        }

        w.Write(
            l.Say(
                "</div>Numbered markers are the obligations of the table below, at their due dates. The axis shows calendar weeks from the first sick day; counted weeks pause while the employee is fit or on leave.</figcaption>\n</figure>\n",
                "</div>De genummerde punten zijn de verplichtingen uit de tabel hieronder, op hun uiterste datum. De as toont kalenderweken vanaf de eerste ziektedag; de getelde weken staan stil zolang de werknemer hersteld is of verlof heeft.</figcaption>\n</figure>\n"
            )
        );

        w.Write(
            l.Say(
                "<h2>Obligations</h2>\n<table>\n<thead><tr><th>#</th><th>Obligation</th><th>Due by</th><th>Status</th><th>Done on</th><th>Legal basis</th></tr></thead>\n<tbody>\n",
                "<h2>Verplichtingen</h2>\n<table>\n<thead><tr><th>Nr.</th><th>Verplichting</th><th>Uiterlijk</th><th>Status</th><th>Uitgevoerd op</th><th>Grondslag</th></tr></thead>\n<tbody>\n"
            )
        );
        for (var i = 0; i < a.Obligations.Count; i++)
        {
            var o = a.Obligations[i];
            var status = ObligationStatuses.Code(o.Status);
            var overdue = o.Status == ObligationStatus.Overdue ? " class=\"overdue\"" : string.Empty;
            w.Write(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"<tr id=\"o{i + 1}\"{overdue}><td>{i + 1}</td><td><strong>{E(titles.Title(o))}</strong><br><code>{E(o.Kind)}</code>"
                )
            );
            w.Write($"<div class=\"explanation\">{E(o.ExplanationIn(l))}</div></td>");
            w.Write(
                $"<td class=\"nowrap\">{D(o.DueBy, l)}</td><td class=\"status s-{status}\">{Marker(o.Status)} {E(l.Status(o.Status))}</td>"
            );
            w.Write(
                $"<td class=\"nowrap\">{D(o.FulfilledOn, l)}</td><td>{E(o.LegalBasis.CitationIn(l))} <em>({l.Character(o.LegalCharacter)})</em></td></tr>\n"
            );
        }

        w.Write("</tbody>\n</table>\n");

        w.Write(
            l.Say(
                "<h2>Milestones</h2>\n<table>\n<thead><tr><th>Date</th><th>Milestone</th><th>Legal basis</th></tr></thead>\n<tbody>\n",
                "<h2>Mijlpalen</h2>\n<table>\n<thead><tr><th>Datum</th><th>Mijlpaal</th><th>Grondslag</th></tr></thead>\n<tbody>\n"
            )
        );
        foreach (var m in a.Milestones)
        {
            w.Write(
                $"<tr><td class=\"nowrap\">{D(m.On, l)}</td><td><strong>{E(titles.MilestoneTitle(m.Kind))}</strong><br><code>{E(m.Kind)}</code>"
            );
            w.Write($"<div class=\"explanation\">{E(m.ExplanationIn(l))}</div></td><td>{E(m.LegalBasis.CitationIn(l))}</td></tr>\n");
        }

        w.Write("</tbody>\n</table>\n");

        w.Write($"<h2>{l.Say("Warnings", "Waarschuwingen")}</h2>\n");
        if (a.Warnings.Count == 0)
        {
            w.Write(l.Say("<p>No warnings.</p>\n", "<p>Geen waarschuwingen.</p>\n"));
        }
        else
        {
            w.Write(
                l.Say(
                    "<table>\n<thead><tr><th>Severity</th><th>Kind</th><th>Obligation</th><th>Message</th></tr></thead>\n<tbody>\n",
                    "<table>\n<thead><tr><th>Ernst</th><th>Soort</th><th>Verplichting</th><th>Melding</th></tr></thead>\n<tbody>\n"
                )
            );
            foreach (var warning in a.Warnings)
            {
                var severity = Severities.Code(warning.Severity);
                w.Write(
                    $"<tr><td class=\"sev-{severity}\">{E(l.Severity(warning.Severity))}</td><td title=\"{E(warning.Kind)}\">{E(WarningCodes.Label(warning.Kind, l))}</td><td>{E(warning.Obligation ?? "-")}</td><td>{E(warning.MessageIn(l))}</td></tr>\n"
                );
            }

            w.Write("</tbody>\n</table>\n");
        }

        w.Write(
            l.Say(
                $"<footer>Made by poortwachter {E(CliApp.Version)}. The case holds dates and process facts only: no name, no BSN, no medical data.</footer>\n",
                $"<footer>Gemaakt door poortwachter {E(CliApp.Version)}. De zaak bevat alleen datums en procesfeiten: geen naam, geen BSN, geen medische gegevens.</footer>\n"
            )
        );
        w.Write("</body>\n</html>\n");
    }

    private static void Svg(TextWriter w, Assessment a, SicknessCase @case, RuleTitles titles)
    {
        var l = titles.Language;
        var t = a.Wachttijd;
        var start = t.FirstSickDay;
        var end = start.PlusWeeks(104).PlusDays(-1);
        void Extend(LocalDate? d)
        {
            if (d is { } x && x > end)
            {
                end = x;
            }
        }

        Extend(t.LastDay);
        Extend(t.WiaStart);
        Extend(a.AsOf);
        foreach (var o in a.Obligations)
        {
            Extend(o.DueBy);
        }

        foreach (var m in a.Milestones)
        {
            Extend(m.On);
        }

        var days = Math.Max(1, Period.DaysBetween(start, end) + 1);
        double X(LocalDate d)
        {
            var offset = Math.Clamp(Period.DaysBetween(start, d), 0, days);
            return Left + (Width * offset / days);
        }

        const double axisY = 34;
        const double sickY = 52;
        const double fitY = 76;
        const double leaveY = 100;
        const double obligationsY = 134;
        const double milestoneY = 206;
        var labels = LayOutMilestoneLabels(a, X, titles);
        var rows = 3;
        foreach (var label in labels)
        {
            rows = Math.Max(rows, label.Row + 1);
        }

        var height = milestoneY + 18 + (rows * 13) + 5;

        w.Write(
            $"<svg viewBox=\"0 0 {N(Left + Width + Right)} {N(height)}\" role=\"img\" aria-label=\"{l.Say("Timeline of the wachttijd of case", "Tijdlijn van de wachttijd van zaak")} {E(a.CaseId)}\">\n"
        );
        w.Write(
            $"<title>{l.Say("Wachttijd of case", "Wachttijd van zaak")} {E(a.CaseId)}: {D(start, l)} {l.Say("to", "tot en met")} {D(t.LastDay, l)}</title>\n"
        );

        // Week axis: a tick every 4 weeks, labelled every 13 weeks.
        w.Write($"<line x1=\"{N(Left)}\" y1=\"{N(axisY)}\" x2=\"{N(Left + Width)}\" y2=\"{N(axisY)}\" stroke=\"#555\"/>\n");
        for (var week = 0; start.PlusWeeks(week) <= end; week += 4)
        {
            var x = X(start.PlusWeeks(week));
            var major = week % 13 == 0 || week == 104;
            w.Write(
                $"<line x1=\"{N(x)}\" y1=\"{N(axisY - (major ? 6 : 3))}\" x2=\"{N(x)}\" y2=\"{N(milestoneY)}\" stroke=\"{(major ? "#d0d0d0" : "#eeeeee")}\"/>\n"
            );
        }

        for (var week = 0; start.PlusWeeks(week) <= end; week += 13)
        {
            var x = X(start.PlusWeeks(week));
            // A Dutch date (4 januari 2027) is wider than an ISO one: near the right edge it ends at its tick.
            var tick = l == TextLanguage.Dutch && x > Left + Width - 45 ? "end" : "middle";
            w.Write(
                $"<text x=\"{N(x)}\" y=\"{N(axisY - 18)}\" text-anchor=\"{tick}\">{(week == 0 ? l.Say("day 1", "dag 1") : N(week) + l.Say(" weeks", " weken"))}</text>\n"
            );
            w.Write(
                $"<text x=\"{N(x)}\" y=\"{N(axisY - 8)}\" text-anchor=\"{tick}\" font-size=\"9\">{D(start.PlusWeeks(week), l)}</text>\n"
            );
        }

        RowLabel(w, l.Say("Sickness", "Ziekte"), sickY);
        RowLabel(w, l.Say("Fit (interruption)", "Onderbreking"), fitY);
        RowLabel(w, l.Say("Leave (Wazo)", "Verlof (Wazo)"), leaveY);
        RowLabel(w, l.Say("Obligations", "Verplichtingen"), obligationsY + 14);
        RowLabel(w, l.Say("Milestones", "Mijlpalen"), milestoneY + 18);

        // Sickness as known up to the assessment date, then projected as the engine projects it.
        foreach (var p in @case.EffectiveSickness)
        {
            if (p.From > a.AsOf || (p.Until is { } u0 && u0 < start))
            {
                continue;
            }

            var from = p.From < start ? start : p.From;
            var until = p.Until is { } u && u <= a.AsOf ? u : a.AsOf;
            Band(
                w,
                X(from),
                X(until.PlusDays(1)),
                sickY,
                "#e57373",
                l.Say(
                    $"sick {Dates.Iso(from)} to {Dates.Iso(p.Until)}",
                    p.Until is { } last ? $"ziek van {D(from, l)} tot en met {D(last, l)}" : $"ziek vanaf {D(from, l)} (nog niet hersteld)"
                )
            );
        }

        if (
            t.State is Timeline.WachttijdState.Running or Timeline.WachttijdState.Interrupted
            && t.LastDay is { } lastDay
            && lastDay > a.AsOf
        )
        {
            w.Write(
                $"<rect x=\"{N(X(a.AsOf.PlusDays(1)))}\" y=\"{N(sickY - 8)}\" width=\"{N(Math.Max(1, X(lastDay.PlusDays(1)) - X(a.AsOf.PlusDays(1))))}\" height=\"16\" fill=\"none\" stroke=\"#e57373\" stroke-dasharray=\"4 3\"><title>{l.Say("projected: assumed sick until " + D(lastDay, l), "aangenomen: ziek tot en met " + D(lastDay, l) + " (vooruitberekening)")}</title></rect>\n"
            );
        }

        foreach (var i in t.Interruptions)
        {
            var until = i.Until ?? a.AsOf;
            Band(
                w,
                X(i.From),
                X(until.PlusDays(1)),
                fitY,
                "#81c784",
                l.Say(
                    $"fit {Dates.Iso(i.From)} to {Dates.Iso(i.Until)} ({N(i.FitDays)} fit days)",
                    (
                        i.Until is { } fitUntil
                            ? $"hersteld van {D(i.From, l)} tot en met {D(fitUntil, l)}"
                            : $"hersteld vanaf {D(i.From, l)}"
                    ) + $" ({N(i.FitDays)} {(i.FitDays == 1 ? "hersteldag" : "hersteldagen")})"
                )
            );
        }

        foreach (var leave in @case.Leave)
        {
            Band(
                w,
                X(leave.From),
                X(leave.Until.PlusDays(1)),
                leaveY,
                "#9575cd",
                l.Say(
                    $"{LeaveKinds.Code(leave.Kind)} leave {Dates.Iso(leave.From)} to {Dates.Iso(leave.Until)}",
                    $"verlof ({LeaveKinds.Code(leave.Kind)}) van {D(leave.From, l)} tot en met {D(leave.Until, l)}"
                )
            );
        }

        // Obligations: numbered markers in three lanes so that close dates stay readable.
        var lanes = new double[3] { double.MinValue, double.MinValue, double.MinValue };
        for (var i = 0; i < a.Obligations.Count; i++)
        {
            var o = a.Obligations[i];
            if (o.DueBy is not { } due)
            {
                continue;
            }

            var x = X(due);
            var lane = 0;
            for (var k = 0; k < lanes.Length; k++)
            {
                if (x - lanes[k] >= 16)
                {
                    lane = k;
                    break;
                }

                if (lanes[k] < lanes[lane])
                {
                    lane = k;
                }
            }

            lanes[lane] = x;
            var y = obligationsY + (lane * 18);
            var status = ObligationStatuses.Code(o.Status);
            w.Write(
                l.Say(
                    $"<g><title>#{N(i + 1)} {E(o.Kind)}{(o.Sequence > 0 ? " " + o.Sequence.ToString(CultureInfo.InvariantCulture) : string.Empty)}: due {Dates.Iso(due)}, {status}</title>",
                    $"<g><title>{N(i + 1)}. {E(titles.Title(o))}: uiterlijk {D(due, l)}, {E(l.Status(o.Status))}</title>"
                )
            );
            w.Write($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"7.5\" fill=\"{Colour(status)}\" stroke=\"#fff\" stroke-width=\"1\"/>");
            w.Write($"<text class=\"marker-label\" x=\"{N(x)}\" y=\"{N(y + 3)}\" text-anchor=\"middle\">{N(i + 1)}</text></g>\n");
        }

        // Milestones as dashed lines with their labels in rows where they do not collide; the end of the wachttijd as a
        // solid line.
        for (var i = 0; i < a.Milestones.Count; i++)
        {
            var m = a.Milestones[i];
            var (x, anchor, row) = labels[i];
            var isEnd = m.Kind == MilestoneCodes.EindeWachttijd;
            w.Write(
                $"<line x1=\"{N(x)}\" y1=\"{N(axisY)}\" x2=\"{N(x)}\" y2=\"{N(milestoneY + 6)}\" stroke=\"{(isEnd ? "#000" : "#607d8b")}\" stroke-width=\"{N(isEnd ? 2.5 : 1.2)}\"{(isEnd ? string.Empty : " stroke-dasharray=\"5 3\"")}><title>{E(MilestoneLabel(m, titles))}</title></line>\n"
            );
            var y = milestoneY + 18 + (row * 13);
            w.Write(
                $"<text x=\"{N(x + (anchor == "end" ? -3 : 3))}\" y=\"{N(y)}\" text-anchor=\"{anchor}\">{E(MilestoneLabel(m, titles))}</text>\n"
            );
        }

        if (t.LastDay is null)
        {
            var x = X(start.PlusWeeks(104).PlusDays(-1));
            w.Write(
                $"<line x1=\"{N(x)}\" y1=\"{N(axisY)}\" x2=\"{N(x)}\" y2=\"{N(milestoneY)}\" stroke=\"#999\" stroke-dasharray=\"2 3\"/>\n"
            );
            w.Write(
                $"<text x=\"{N(x - 3)}\" y=\"{N(milestoneY + 18)}\" text-anchor=\"end\">{l.Say("104 weeks (the case ended by recovery)", "104 weken (de zaak is geëindigd door herstel)")}</text>\n"
            );
        }

        var asOfX = X(a.AsOf);
        w.Write(
            $"<line x1=\"{N(asOfX)}\" y1=\"{N(axisY - 4)}\" x2=\"{N(asOfX)}\" y2=\"{N(milestoneY + 6)}\" stroke=\"#1565c0\" stroke-width=\"2\"/>\n"
        );
        w.Write(
            asOfX > Left + (Width * 0.85)
                ? $"<text x=\"{N(asOfX - 3)}\" y=\"{N(obligationsY - 14)}\" text-anchor=\"end\" fill=\"#1565c0\" style=\"fill:#1565c0\" font-weight=\"600\">{l.Say("as of", "peildatum")} {D(a.AsOf, l)}</text>\n"
                : $"<text x=\"{N(asOfX + 3)}\" y=\"{N(obligationsY - 14)}\" fill=\"#1565c0\" style=\"fill:#1565c0\" font-weight=\"600\">{l.Say("as of", "peildatum")} {D(a.AsOf, l)}</text>\n"
        );
        w.Write("</svg>\n");
    }

    private static void RowLabel(TextWriter w, string label, double y) =>
        w.Write($"<text class=\"row-label\" x=\"8\" y=\"{N(y + 4)}\">{E(label)}</text>\n");

    private static void Band(TextWriter w, double x1, double x2, double y, string colour, string title) =>
        w.Write(
            $"<rect x=\"{N(x1)}\" y=\"{N(y - 8)}\" width=\"{N(Math.Max(1.5, x2 - x1))}\" height=\"16\" rx=\"3\" fill=\"{colour}\"><title>{E(title)}</title></rect>\n"
        );

    private static void Term(TextWriter w, string term, string value) => w.Write($"<dt>{E(term)}</dt><dd>{E(value)}</dd>\n");

    private static string Marker(ObligationStatus status) =>
        status switch
        {
            ObligationStatus.Overdue => "!!",
            ObligationStatus.Suspended => "||",
            ObligationStatus.Fulfilled => "&#10003;",
            ObligationStatus.FulfilledLate => "&#10003;",
            ObligationStatus.Open => "&#9675;",
            _ => "&ndash;",
        };

    private static string Colour(string status) =>
        status switch
        {
            "fulfilled" => "#2e7d32",
            "fulfilled-late" => "#ef6c00",
            "open" => "#1565c0",
            "overdue" => "#c62828",
            "suspended" => "#f9a825",
            _ => "#9e9e9e",
        };

    /// <summary>
    /// A milestone's label on the chart: its code and ISO date in English (as the page always had), its title and Dutch
    /// date in Dutch, such as <c>Einde wachttijd 28 februari 2027</c>.
    /// </summary>
    private static string MilestoneLabel(Milestone m, RuleTitles titles) =>
        titles.Language == TextLanguage.Dutch
            ? titles.MilestoneTitle(m.Kind) + " " + Dates.Show(m.On, titles.Language)
            : m.Kind + " " + Dates.Iso(m.On);

    /// <summary>A date in the page's language, already safe for HTML (digits, letters, dashes).</summary>
    private static string D(LocalDate? date, TextLanguage language) => Dates.Show(date, language);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for the page: control, bidi and invisible characters written visibly (<c>\u001b</c>), so none reaches the
    /// page raw, then HTML-encoded. Nothing is shortened: the page is the case's full record.
    /// </summary>
    private static string E(string text) => WebUtility.HtmlEncode(SafeText.Visible(text, maxLength: 0));

    /// <summary>
    /// Places each milestone label in the first row where it does not overlap a label already there (an estimate of
    /// 6 px a character at the timeline's font size), so close milestones stay readable.
    /// </summary>
    private static List<(double X, string Anchor, int Row)> LayOutMilestoneLabels(
        Assessment a,
        Func<LocalDate, double> position,
        RuleTitles titles
    )
    {
        const double charWidth = 6;
        var result = new List<(double X, string Anchor, int Row)>(a.Milestones.Count);
        var rowEnds = new List<(double From, double To)>[12];
        foreach (var m in a.Milestones)
        {
            var x = position(m.On);
            var length = MilestoneLabel(m, titles).Length * charWidth;
            // A label that would run past the right edge of the chart ends at its line instead.
            var anchor = x > Left + (Width * 0.8) || x + 3 + length > Left + Width + Right ? "end" : "start";
            var from = anchor == "end" ? x - 3 - length : x + 3;
            var to = from + length;
            var row = 0;
            for (; row < rowEnds.Length - 1; row++)
            {
                var taken = rowEnds[row] ??= [];
                if (!taken.Exists(r => from < r.To + 4 && r.From < to + 4))
                {
                    break;
                }
            }

            (rowEnds[row] ??= []).Add((from, to));
            result.Add((x, anchor, row));
        }

        return result;
    }
}
