using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Json.Tests.Support;

/// <summary>The sample cases of samples/cases, copied next to the tests.</summary>
public static class Samples
{
    /// <summary>The assessment date the tests use, so their output does not depend on today.</summary>
    public static readonly LocalDate AsOf = new(2025, 6, 2);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "cases");

    public static IEnumerable<string> CaseFiles =>
        System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal)!;

    public static TheoryDataFiles Files => new(CaseFiles);

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    /// <summary>Every field of a case, event fields included, as text: equal text means equal cases.</summary>
    public static string Describe(SicknessCase c)
    {
        var sb = new StringBuilder();
        sb.Append(c.CaseId).Append('|').Append(c.FirstSickDay).Append('|').Append(c.EmploymentEndsOn?.ToString() ?? "-").AppendLine();
        foreach (var p in c.Sickness)
        {
            sb.Append("sick ").Append(p.From).Append("..").Append(p.Until?.ToString() ?? "open").AppendLine();
        }

        foreach (var l in c.Leave)
        {
            sb.Append("leave ").Append(l.Kind).Append(' ').Append(l.From).Append("..").Append(l.Until).AppendLine();
        }

        foreach (var e in c.Events)
        {
            sb.Append(e.GetType().Name).Append(' ').Append(e.Type).Append(' ').Append(e.On);
            switch (e)
            {
                case Loonsanctie s:
                    sb.Append(" weeks=").Append(s.Weeks);
                    break;
                case Verlenging v:
                    sb.Append(" until=").Append(v.Until);
                    break;
                case Spoor2Uitstel u:
                    sb.Append(" until=").Append(u.Until);
                    break;
                case ReIntegratieDocument d:
                    sb.Append(" visieWerkgever=").Append(d.VisieWerkgever?.ToString() ?? "-");
                    sb.Append(" visieWerknemer=").Append(d.VisieWerknemer?.ToString() ?? "-");
                    break;
                case Spoor2Trajectplan t:
                    sb.Append(" months=").Append(t.PlannedMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
                    break;
                case Afwijking a:
                    sb.Append(" obligation=").Append(a.Obligation).Append(" dueBy=").Append(a.DueBy).Append(" reason=").Append(a.Reason);
                    break;
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}

/// <summary>Theory data of file names.</summary>
public sealed class TheoryDataFiles : Xunit.TheoryData<string>
{
    public TheoryDataFiles(IEnumerable<string> files)
    {
        foreach (var f in files)
        {
            Add(f);
        }
    }
}
