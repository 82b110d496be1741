using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Tests.Support;

/// <summary>Renders an assessment as stable, reviewable text for golden files.</summary>
public static class AssessmentText
{
    public static string Render(Assessment a)
    {
        var sb = new StringBuilder();
        var w = a.Wachttijd;
        sb.AppendLine(CultureInfo.InvariantCulture, $"case {a.CaseId} as of {Iso(a.AsOf)} ({a.RuleSet})");
        sb.AppendLine(
            CultureInfo.InvariantCulture,
            $"wachttijd: day 1 {Iso(w.FirstSickDay)}, {WachttijdStates.Code(w.State)}, {w.CountedDays} counted days, week {w.Week}, last day {Iso(w.LastDay)}, WIA from {Iso(w.WiaStart)}"
        );
        sb.AppendLine("obligations:");
        foreach (var o in a.Obligations)
        {
            var name = o.Sequence > 0 ? $"{o.Kind} #{o.Sequence}" : o.Kind;
            sb.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {name, -30} due {Iso(o.DueBy), -10}  {ObligationStatuses.Code(o.Status), -14} done {Iso(o.FulfilledOn), -10}  [{LegalCharacters.Code(o.LegalCharacter)}; {o.LegalBasis}]"
            );
            sb.AppendLine(CultureInfo.InvariantCulture, $"      {o.Explanation}");
        }

        sb.AppendLine("milestones:");
        foreach (var m in a.Milestones)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {m.Kind, -30} {Iso(m.On)}  [{m.LegalBasis}]");
        }

        sb.AppendLine("warnings:");
        foreach (var x in a.Warnings)
        {
            sb.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {Severities.Code(x.Severity), -7} {x.Kind}{(x.Obligation is null ? string.Empty : " " + x.Obligation)}: {x.Message}"
            );
        }

        return sb.ToString();
    }

    private static string Iso(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-";
}
