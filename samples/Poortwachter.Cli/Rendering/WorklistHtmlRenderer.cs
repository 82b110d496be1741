using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Portfolio;
using Poortwachter.Timeline;

namespace Poortwachter.Cli.Rendering;

/// <summary>
/// The worklist as one self-contained HTML page a casemanager can print: each section a table (overdue, due soon,
/// sanction risks, ends in sight), then the portfolio's figures. No scripts, fonts or images from elsewhere; printed on
/// A4, each section starts on a new page and a table's header repeats on every page. Every case value is HTML-escaped
/// after its control, bidi and invisible characters are made visible (<see cref="SafeText"/>).
/// </summary>
internal static class WorklistHtmlRenderer
{
    private const string Css =
        PageCss.Base
        + "\n"
        + """
            td.number, th.number { text-align: right; }
            .sev-high { color: #c62828; font-weight: 700; } .sev-warning { color: #b45309; font-weight: 600; } .sev-info { color: #555; }
            .explanation { color: #444; font-size: .85rem; }
            section.overdue tr td:first-child { border-left: 4px solid #c62828; }
            .none { color: #555; font-style: italic; }
            dl.summary { display: grid; grid-template-columns: max-content auto; gap: .2rem 1.2rem; }
            dl.summary dt { font-weight: 600; }
            dl.summary dd { margin: 0; }
            footer { margin-top: 2rem; font-size: .8rem; color: #666; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 9pt; }
              section { break-before: page; }
              section:first-of-type { break-before: auto; }
              h2 { break-after: avoid; margin-top: 0; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              th { background: none; }
              .sev-high, .sev-warning { color: #000; }
              footer { display: none; }
            }
            """;

    private static readonly WorklistSection[] Sections =
    [
        WorklistSection.Overdue,
        WorklistSection.DueSoon,
        WorklistSection.Risk,
        WorklistSection.End,
    ];

    public static void Render(TextWriter w, Worklist worklist, TextLanguage l)
    {
        var f = worklist.Figures;
        var asOf = D(worklist.AsOf, l);
        w.Write($"<!DOCTYPE html>\n<html lang=\"{TextLanguages.Code(l)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<title>Poortwachter: {l.Say("worklist on", "werklijst op")} {asOf}</title>\n");
        w.Write("<style>\n");
        w.Write(Css);
        w.Write("\n</style>\n</head>\n<body>\n");
        w.Write($"<h1>{l.Say("Worklist", "Werklijst")} {asOf}</h1>\n");
        var cases = f.Cases.ToString(CultureInfo.InvariantCulture);
        var within = worklist.Within.ToString(CultureInfo.InvariantCulture);
        w.Write(
            l.Say(
                $"<p class=\"sub\">Wet verbetering poortwachter: {cases} {(f.Cases == 1 ? "case" : "cases")} as of {asOf}; due soon means within {within} days, an end in sight within 13 weeks.</p>\n",
                $"<p class=\"sub\">Wet verbetering poortwachter: {cases} {(f.Cases == 1 ? "zaak" : "zaken")} op {asOf}; de uiterste datum nadert binnen {within} dagen, een einde in zicht binnen 13 weken.</p>\n"
            )
        );

        foreach (var section in Sections)
        {
            var items = worklist.Items.Where(i => i.Section == section).ToList();
            var code = WorklistSections.Code(section);
            w.Write(
                $"<section class=\"{code}\" id=\"{code}\">\n<h2>{Heading(section, l)} ({items.Count.ToString(CultureInfo.InvariantCulture)})</h2>\n"
            );
            if (items.Count == 0)
            {
                w.Write($"<p class=\"none\">{l.Say("Nothing in this section.", "Niets in dit onderdeel.")}</p>\n</section>\n");
                continue;
            }

            w.Write(
                l.Say(
                    "<table>\n<thead><tr><th>Case</th><th>Item</th><th>Date</th><th>Status</th><th>Explanation</th></tr></thead>\n<tbody>\n",
                    "<table>\n<thead><tr><th>Zaak</th><th>Onderdeel</th><th>Datum</th><th>Status</th><th>Toelichting</th></tr></thead>\n<tbody>\n"
                )
            );
            foreach (var i in items)
            {
                w.Write(
                    $"<tr><td class=\"nowrap\">{E(i.CaseId)}</td><td>{E(ItemName(i, l))}</td><td class=\"nowrap\">{E(i.Date is { } d ? D(d, l) : "-")}</td><td class=\"nowrap\">{Status(i, l)}</td><td class=\"explanation\">{E(i.TextIn(l))}</td></tr>\n"
                );
            }

            w.Write("</tbody>\n</table>\n</section>\n");
        }

        w.Write($"<section class=\"figures\" id=\"figures\">\n<h2>{l.Say("Figures", "Kengetallen")}</h2>\n");
        w.Write("<dl class=\"summary\">\n");
        Term(w, l.Say("Cases", "Zaken"), cases);
        Term(
            w,
            l.Say("Open loonsanctie risks (statutory obligations overdue)", "Open loonsanctierisico's (wettelijke verplichtingen te laat)"),
            f.LoonsanctieRisks.ToString(CultureInfo.InvariantCulture)
        );
        w.Write("</dl>\n");
        w.Write(
            l.Say(
                "<h3>On time per obligation kind (of those due)</h3>\n<table>\n<thead><tr><th>Obligation</th><th class=\"number\">On time</th><th class=\"number\">Late</th><th class=\"number\">Overdue</th><th class=\"number\">Rate</th></tr></thead>\n<tbody>\n",
                "<h3>Op tijd per soort verplichting (van wat uiterlijk moest)</h3>\n<table>\n<thead><tr><th>Verplichting</th><th class=\"number\">Op tijd</th><th class=\"number\">Te laat uitgevoerd</th><th class=\"number\">Te laat</th><th class=\"number\">Percentage op tijd</th></tr></thead>\n<tbody>\n"
            )
        );
        foreach (var kind in f.OnTime)
        {
            w.Write(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"<tr><td>{E(kind.Kind)}</td><td class=\"number\">{kind.OnTime}</td><td class=\"number\">{kind.Late}</td><td class=\"number\">{kind.Overdue}</td><td class=\"number\">{kind.Rate:P0}</td></tr>\n"
                )
            );
        }

        w.Write("</tbody>\n</table>\n");
        w.Write(
            l.Say(
                "<h3>Cases per quarter of the wachttijd</h3>\n<table>\n<thead><tr><th>Weeks 1-26</th><th>Weeks 27-52</th><th>Weeks 53-78</th><th>Weeks 79-104</th><th>Ended</th></tr></thead>\n<tbody>\n",
                "<h3>Zaken per kwart van de wachttijd</h3>\n<table>\n<thead><tr><th>Week 1-26</th><th>Week 27-52</th><th>Week 53-78</th><th>Week 79-104</th><th>Geëindigd</th></tr></thead>\n<tbody>\n"
            )
        );
        w.Write(
            string.Create(
                CultureInfo.InvariantCulture,
                $"<tr><td>{f.Weeks1To26}</td><td>{f.Weeks27To52}</td><td>{f.Weeks53To78}</td><td>{f.Weeks79To104}</td><td>{f.Ended}</td></tr>\n"
            )
        );
        w.Write("</tbody>\n</table>\n</section>\n");
        w.Write(
            l.Say(
                $"<footer>Made by poortwachter {E(CliApp.Version)}. Each date's derivation is in the explanation; the law's articles are named there.</footer>\n",
                $"<footer>Gemaakt door poortwachter {E(CliApp.Version)}. De afleiding van elke datum staat in de toelichting, met de artikelen van de wet.</footer>\n"
            )
        );
        w.Write("</body>\n</html>\n");
    }

    /// <summary>The heading of a section.</summary>
    internal static string Heading(WorklistSection section, TextLanguage l) =>
        section switch
        {
            WorklistSection.Overdue => l.Say("Overdue", "Te laat"),
            WorklistSection.DueSoon => l.Say("Due soon", "Uiterste datum nadert"),
            WorklistSection.Risk => l.Say("Sanction risks", "Sanctierisico's"),
            _ => l.Say("End of wage payment or dismissal ban in sight", "Einde loondoorbetaling of opzegverbod in zicht"),
        };

    private static string ItemName(WorklistItem i, TextLanguage l)
    {
        var sequence = i.Sequence > 0 ? " #" + i.Sequence.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return i.Section switch
        {
            WorklistSection.Risk => WarningCodes.Label(i.Kind, l) + sequence,
            WorklistSection.End when i.Kind == "last-day" => l.Say("last day of wage payment", "laatste dag loondoorbetaling"),
            WorklistSection.End when i.Kind == "ban-end" => l.Say("end of the dismissal ban", "einde opzegverbod"),
            _ => i.Kind + sequence,
        };
    }

    private static string Status(WorklistItem i, TextLanguage l)
    {
        var severity = i.Severity is { } s ? $" <span class=\"sev-{Severities.Code(s)}\">({E(l.Severity(s))})</span>" : string.Empty;
        return i.Section switch
        {
            WorklistSection.Overdue => E(l.Status(ObligationStatus.Overdue)) + severity,
            WorklistSection.DueSoon => E(l.Status(ObligationStatus.Open)),
            WorklistSection.Risk => i.Severity is { } r
                ? $"<span class=\"sev-{Severities.Code(r)}\">{E(l.Severity(r))}</span>"
                : E(i.Status),
            _ => E(l.State(i.Status == "interrupted" ? WachttijdState.Interrupted : WachttijdState.Running)),
        };
    }

    private static void Term(TextWriter w, string term, string value) => w.Write($"<dt>{E(term)}</dt><dd>{E(value)}</dd>\n");

    private static string D(NodaTime.LocalDate date, TextLanguage language) => Dates.Show(date, language);

    /// <summary>Text for the page: control, bidi and invisible characters written visibly, then HTML-encoded.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(SafeText.Visible(text, maxLength: 0));
}
